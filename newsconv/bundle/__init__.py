"""Compiled issues (``newsconv bundle``): many articles in one 简报 or 每日要闻 with a masthead,
its number, a contents list and a 版记.

    compile.py    the articles in order into one issue document (and the 摘要 form)
    meta.py       the issue's masthead and 版记 from -M, newsconv.toml's [bundle], a cover page
    numbering.py  --issue auto: the next number after the one newsconv.toml recorded
    command.py    the command: inputs through the batch runner, outputs written, the number recorded
"""

from newsconv.bundle.compile import Piece, compile_issue, sort_pieces

__all__ = ["Piece", "compile_issue", "sort_pieces"]
