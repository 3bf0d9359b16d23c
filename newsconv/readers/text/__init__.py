"""The raw-text reader: a whole news page pasted into a .txt file, read into a Document.

``read_text`` returns the document; ``explain`` returns, for every input line, what it became
and the rule that decided, so a clerk can see why a line was dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsconv.errors import InputError
from newsconv.model import Document, Meta
from newsconv.readers import ReadOptions
from newsconv.readers.decode import decode, normalize_newlines
from newsconv.readers.text import classify as classify_module
from newsconv.readers.text import lexicon as lexicon_module
from newsconv.readers.text import lines as lines_module
from newsconv.readers.text.blocks import build_blocks, group_paragraphs, group_text, mark_headings
from newsconv.readers.text.classify import Decision, Kind, classify
from newsconv.readers.text.classify import shapes as shapes_module
from newsconv.readers.text.dates import likely_year
from newsconv.readers.text.lexicon import Lexicon, load_lexicon
from newsconv.readers.text.lines import Line, Wrap, split_lines
from newsconv.readers.text.meta import MetaCollector, detect_language

__all__ = ["Analysis", "Decision", "Kind", "analyse", "explain", "read_text"]


@dataclass(slots=True)
class Analysis:
    decisions: list[Decision]
    document: Document


# Private-use characters are icon-font glyphs (share and search icons) that print as empty
# boxes; zero-width characters and the object replacement mark (an image as Chromium copies
# it) carry no text.
_INVISIBLE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\u200b-\u200d\u2060\ufeff\ufffc]")


def _text_of(data: bytes | str, opts: ReadOptions) -> str:
    text = data if isinstance(data, str) else decode(data, encoding=opts.encoding, source=opts.source)
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError("is empty (no text, or only white space); nothing to convert", path=opts.source)
    return _INVISIBLE.sub("", text)


# A page longer than this is not one article: only the lines around its densest prose are read
# closely, so that time stays linear and small however long the input is.
CLOSE_READING_LINES = 20_000
_CONTEXT_LINES = 2_000
_CHEAP_PROSE = re.compile(r"[，。；！？,.;!?]")
_SHORT_PROSE = 24  # columns: a line this long with a sentence mark in it is prose, however short
_UNPUNCTUATED_PROSE = 80  # columns: a line this long is prose (or a piece of it) even without marks


def _densest_window(lines: list[Line]) -> tuple[int, int]:
    """[start, end) of the lines around the page's densest prose, found with cheap tests only: a
    line counts by its width when it reads as text (a sentence mark in it, or long), and costs a
    little when it does not (a menu item, a link), so a run of short prose lines (a hard-wrapped
    article, dialogue, verse) weighs as much as a few long paragraphs."""
    best = run = 0
    best_range = run_start = 0, 0
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            continue
        size = len(text) if text.isascii() else 2 * len(text)  # about the columns it takes
        prose = size >= _UNPUNCTUATED_PROSE or (size >= _SHORT_PROSE and _CHEAP_PROSE.search(text) is not None)
        weight = size if prose else -12
        if run <= 0:
            run, run_start = weight, i
        else:
            run += weight
        if run > best:
            best, best_range = run, (run_start, i)
    start = max(0, best_range[0] - _CONTEXT_LINES)
    return start, min(len(lines), start + CLOSE_READING_LINES, best_range[1] + _CONTEXT_LINES + 1)


def _classify_long(lines: list[Line], lexicon: Lexicon, opts: ReadOptions,
                   headlines: frozenset[str]) -> tuple[list[Decision], Wrap | None]:
    if len(lines) <= CLOSE_READING_LINES:
        return classify(lines, lexicon, headlines)
    start, end = _densest_window(lines)
    opts.warning(f"{len(lines):,} lines is more than one article: only lines {start + 1:,}-{end:,} "
                 f"(around the densest prose) were read; the rest was left out as page furniture")
    inner, wrap = classify(lines[start:end], lexicon, headlines)
    far = f"far from the article in a very long input (lines {start + 1}-{end} were read closely)"
    outside = [Decision(line, Kind.BLANK if line.blank else Kind.CHROME, "blank line" if line.blank else far)
               for line in lines]
    return outside[:start] + inner + outside[end:], wrap


Adjust = Callable[[list[Decision]], None]


def analyse(data: bytes | str, opts: ReadOptions, adjust: Adjust | None = None, *,
            headlines: frozenset[str] = frozenset()) -> Analysis:
    """Classify every line, then build the document; ``adjust`` may change decisions in between
    (the HTML reader marks what the page's markup says is inside or outside the article), and
    ``headlines`` are lines (white space folded) that the page's markup names as its headline."""
    text = _text_of(data, opts)
    lines = split_lines(text)
    decisions, wrap = _classify_long(lines, load_lexicon(opts.lexicon), opts, headlines)
    if adjust is not None:
        adjust(decisions)
    groups = group_paragraphs(decisions, wrap)
    texts = [group_text(g) for g in groups]
    mark_headings(groups, texts)

    collected = MetaCollector(decisions, likely_year(text))
    paragraphs = [i for i, g in enumerate(groups) if g[0].kind is Kind.PARAGRAPH]
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else (None, None)
    before = texts[last] if last is not None else None
    collected.bylines_in_body(texts, first, last)
    if last is not None and texts[last] != before:
        groups[last][-1].rule += "; closing byline moved to the authors"

    blocks = build_blocks(groups, texts)
    sample = " ".join(texts[:20]) or (collected.title or "")
    extra: list[tuple[str, str]] = []
    if collected.original_title:
        extra.append(("original_title", collected.original_title))
    if collected.published_text:
        extra.append(("published_text", collected.published_text))
    meta = Meta(
        title=collected.title,
        subtitle=collected.subtitle,
        authors=collected.people_tuple(),
        source=collected.source,
        section=collected.section,
        published=collected.published,
        language=opts.language or detect_language(sample),
        related=tuple(collected.related),
        extra=tuple(extra),
    )
    return Analysis(decisions, Document(meta, tuple(blocks)))


def read_text(data: bytes | str, opts: ReadOptions, adjust: Adjust | None = None, *,
              headlines: frozenset[str] = frozenset()) -> Document:
    """Read a pasted news page (bytes in any supported encoding, or text) into a Document."""
    try:
        return analyse(data, opts, adjust, headlines=headlines).document
    finally:
        forget_lines()


def forget_lines() -> None:
    """Drop the per-line memo caches (they hold every distinct line of the last input)."""
    for cached in (classify_module.is_prose, classify_module.is_title_shaped,
                   classify_module.words, classify_module.topic_terms, shapes_module.credits_of,
                   lines_module.is_mostly_cjk,
                   lines_module.display_len, lines_module.columns, lexicon_module.fold):
        cached.cache_clear()


def explain(data: bytes | str, opts: ReadOptions, adjust: Adjust | None = None, *,
            headlines: frozenset[str] = frozenset()) -> list[Decision]:
    """Every input line with what it became and the rule that decided."""
    try:
        return analyse(data, opts, adjust, headlines=headlines).decisions
    finally:
        forget_lines()
