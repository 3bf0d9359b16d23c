"""Articles into one issue: the order (as given, or by date, title or input name), the 摘要
form (``--summary first-paragraph``), and the issue document that every writer lays out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from newsconv.bundle.spool import SpooledArticles
from newsconv.model import Article, Block, Document, DocumentBlocks, Issue, Meta, Paragraph
from newsconv.writers.issue import article_metas, issue_title

Sort = Literal["given", "date", "title", "name"]
SORTS: tuple[Sort, ...] = ("given", "date", "title", "name")
Summary = Literal["none", "first-paragraph"]
SUMMARIES: tuple[Summary, ...] = ("none", "first-paragraph")


@dataclass(frozen=True, slots=True)
class Piece:
    """One input read: its name (as given on the command line) and its document (in ``newsconv
    bundle``, its metadata and its articles waiting in the spool, ``SpooledArticles``)."""

    name: str
    doc: Document


def _day(value: dt.date | dt.datetime | None) -> dt.datetime:
    if value is None:
        return dt.datetime.max
    return value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)


def sort_pieces(pieces: Sequence[Piece], key: Sort) -> list[Piece]:
    """The inputs in the order asked for; ties (and undated articles, which go last by date)
    keep the order given."""
    if key == "date":
        return sorted(pieces, key=lambda p: _day(p.doc.meta.published))
    if key == "title":
        return sorted(pieces, key=lambda p: p.doc.meta.title or "")
    if key == "name":
        return sorted(pieces, key=lambda p: p.name)
    return list(pieces)


def first_paragraph(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The 摘要 of an article: its first paragraph with text (its first block when it has none)."""
    for block in blocks:
        if isinstance(block, Paragraph) and "".join(getattr(n, "text", "") for n in block.content).strip():
            return (block,)
    return blocks[:1]


def articles_of(doc: Document, summary: Summary = "none") -> list[Article]:
    """The articles an input gives: itself, or the articles of an issue read back (JSON)."""
    held = [b for b in doc.blocks if isinstance(b, Article)]
    if held:
        found = held
    else:
        meta = replace(doc.meta, issue=None)
        found = [Article(meta, doc.blocks)]
    if summary == "first-paragraph":
        found = [Article(a.meta, first_paragraph(a.blocks)) for a in found]
    return found


def latest_date(docs: Sequence[Document]) -> dt.date | None:
    dates = [d.meta.published for d in docs if d.meta.published is not None]
    if not dates:
        return None
    latest = max(dates, key=_day)
    return latest.date() if isinstance(latest, dt.datetime) else latest


def _summarised(article: Article) -> Article:
    return Article(article.meta, first_paragraph(article.blocks))


def issue_articles(docs: Sequence[Document], summary: Summary = "none") -> DocumentBlocks:
    """Every input's articles in order: a tuple, or, when every input's articles wait in one
    spool (``newsconv bundle``), a sequence that reads each from it when it is reached."""
    parts = [doc.blocks for doc in docs]
    spooled = [p for p in parts if isinstance(p, SpooledArticles)]
    joined = SpooledArticles.joined(spooled) if spooled and len(spooled) == len(parts) else None
    if joined is not None:
        return joined.map(_summarised, _same) if summary == "first-paragraph" else joined
    return tuple(a for doc in docs for a in articles_of(doc, summary))


def _same(meta: Meta) -> Meta:
    return meta


def compile_issue(docs: Sequence[Document], issue: Issue, *, summary: Summary = "none") -> Document:
    """One document holding every article in order, with the issue as its masthead and 版记.
    Without a date of its own the issue takes its latest article's (never the clock's)."""
    if issue.date is None:
        issue = replace(issue, date=latest_date(docs))
    articles = issue_articles(docs, summary)
    languages = [m.language for m in article_metas(articles) if m.language]
    language = max(dict.fromkeys(languages), key=languages.count) if languages else "zh"  # the most common
    meta = Meta(title=issue_title(issue), published=issue.date, language=language, source=issue.office,
                issue=issue)
    return Document(meta, articles)
