"""The raw-text reader: a whole news page pasted into a .txt file, read into a Document.

``read_text`` returns the document; ``explain`` returns, for every input line, what it became
and the rule that decided, so a clerk can see why a line was dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsconv.errors import InputError
from newsconv.model import Document, Meta
from newsconv.readers import ReadOptions
from newsconv.readers.decode import decode, normalize_newlines
from newsconv.readers.text.blocks import build_blocks, group_paragraphs, group_text, mark_headings
from newsconv.readers.text.classify import Decision, Kind, classify
from newsconv.readers.text.dates import likely_year
from newsconv.readers.text.lexicon import load_lexicon
from newsconv.readers.text.lines import split_lines
from newsconv.readers.text.meta import MetaCollector, detect_language

__all__ = ["Analysis", "Decision", "Kind", "analyse", "explain", "read_text"]


@dataclass(slots=True)
class Analysis:
    decisions: list[Decision]
    document: Document


def _text_of(data: bytes | str, opts: ReadOptions) -> str:
    text = data if isinstance(data, str) else decode(data, encoding=opts.encoding, source=opts.source)
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError("is empty (no text, or only white space); nothing to convert", path=opts.source)
    return text


def analyse(data: bytes | str, opts: ReadOptions) -> Analysis:
    text = _text_of(data, opts)
    lines = split_lines(text)
    decisions = classify(lines, load_lexicon(opts.lexicon))
    groups = group_paragraphs(decisions)
    mark_headings(groups)
    texts = [group_text(g) for g in groups]

    collected = MetaCollector(decisions, likely_year(text))
    paragraphs = [i for i, g in enumerate(groups) if g[0].kind is Kind.PARAGRAPH or g[0].kind is Kind.CONTINUATION]
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


def read_text(data: bytes | str, opts: ReadOptions) -> Document:
    """Read a pasted news page (bytes in any supported encoding, or text) into a Document."""
    return analyse(data, opts).document


def explain(data: bytes | str, opts: ReadOptions) -> list[Decision]:
    """Every input line with what it became and the rule that decided."""
    return analyse(data, opts).decisions
