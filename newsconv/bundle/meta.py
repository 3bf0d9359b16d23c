"""An issue's masthead and 版记 (``Issue``) from what the clerk gives, the first found winning:
``-M KEY=VALUE`` on the command line, a cover page among the inputs, the ``[bundle]`` table of
newsconv.toml.

Keys: name (the publication: 每日要闻), number (12, or 第12期), office (the compiling office),
date, send_to (报送), cc (抄送), distribute_to (发送), copies (印数), editor_note (编者按).

A cover page is a Markdown input (.md, .markdown) whose YAML front matter has no ``title`` and
has at least one key only an issue has (name, number, office, send_to, distribute_to, copies,
editor_note): it is not an article. Its keys set the issue and its text, if any, is the
editor's note.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

from newsconv.errors import UsageError
from newsconv.model import Block, Issue, Paragraph, text

ISSUE_KEYS = ("name", "number", "office", "date", "send_to", "cc", "distribute_to", "copies", "editor_note")
COVER_ONLY_KEYS = frozenset({"name", "number", "office", "send_to", "distribute_to", "copies", "editor_note"})
DEFAULT_NAME = "简报"
Pairs = tuple[tuple[str, str], ...]


def parse_issue_assignments(items: Iterable[str]) -> Pairs:
    """``-M KEY=VALUE`` for ``newsconv bundle``: the issue's keys only."""
    from newsconv.transforms.metadata import parse_assignments

    return parse_assignments(items, ISSUE_KEYS)


def table_pairs(table: Mapping[str, Any], where: str) -> Pairs:
    """Issue keys from a TOML or YAML table (newsconv.toml's [bundle], a cover's front matter);
    other keys are the caller's (``last_issue``)."""
    from newsconv.errors import ConfigError

    out: list[tuple[str, str]] = []
    for key, value in table.items():
        if key not in ISSUE_KEYS:
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "、".join(value)
        elif isinstance(value, bool) or not isinstance(value, str | int | dt.date):
            raise ConfigError(f"{key}: {value!r} is not text, a number, a date or a list of names", path=where)
        out.append((key, value.isoformat() if isinstance(value, dt.date) else str(value)))
    return tuple(out)


def _date(value: str) -> dt.date:
    from newsconv.model import parse_published

    found = parse_published(value)
    if found is None:
        raise UsageError(f"-M date={value}: not a date; write 2024-05-06 or 2024年5月6日")
    return found.date() if isinstance(found, dt.datetime) else found


def _copies(value: str) -> int | None:
    digits = re.sub(r"[共印份\s]", "", value)
    if not digits:
        return None
    if not digits.isdigit() or int(digits) < 1:
        raise UsageError(f"-M copies={value}: not a number of copies; write -M copies=50")
    return int(digits)


def set_issue_key(issue: Issue, key: str, value: str) -> Issue:
    """``issue`` with one key set from text (a usage error when it is bad)."""
    value = value.strip()
    if key == "date":
        return replace(issue, date=_date(value) if value else None)
    if key == "copies":
        return replace(issue, copies=_copies(value))
    if key == "editor_note":
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\\n", value) if p.strip()]
        return replace(issue, editor_note=tuple(Paragraph(text(p)) for p in paragraphs))
    if key == "number":
        return replace(issue, number=value.removeprefix("第").removesuffix("期").strip() or None
                       if re.fullmatch(r"第\s*\d+\s*期", value) else value or None)
    return replace(issue, **{key: value or None}) if key != "name" else replace(issue, name=value or issue.name)


def build_issue(*layers: Pairs, note: tuple[Block, ...] = ()) -> Issue:
    """The issue from layers of keys, the last layer winning; ``note`` (a cover's text) is the
    editor's note unless a layer gives one."""
    issue = Issue(name=DEFAULT_NAME, editor_note=note)
    for pairs in layers:
        for key, value in pairs:
            issue = set_issue_key(issue, key, value)
    return issue


@dataclass(frozen=True, slots=True)
class Cover:
    """A cover page's keys and its text (the editor's note)."""

    pairs: Pairs
    note: tuple[Block, ...]


def is_markdown_name(name: str) -> bool:
    return PurePath(name).suffix.lower() in (".md", ".markdown")


def read_cover(data: bytes, source: str) -> Cover | None:
    """The cover page ``data`` is, or None when it is an article (see the module's rule)."""
    from newsconv.readers.decode import decode
    from newsconv.readers.markdown import _front_matter

    if not data.lstrip(b"\xef\xbb\xbf").startswith(b"---"):
        return None
    front, body = _front_matter(decode(data, source=source), source)
    if "title" in front or not COVER_ONLY_KEYS & set(front):
        return None
    note: tuple[Block, ...] = ()
    if body.strip():
        from newsconv.readers import ReadOptions
        from newsconv.readers.markdown import read_markdown

        note = read_markdown(body, ReadOptions(source=source)).blocks
    return Cover(table_pairs(front, source), note)
