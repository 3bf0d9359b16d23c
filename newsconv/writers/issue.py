"""A compiled issue's parts as every writer prints them (信息简报, 每日要闻): the masthead's name,
``第12期``, the compiling office and the date, the editor's note, each article's title and its
source and date line, and the 版记 rows (``报送：…。``, ``抄送：…。``, ``发送：…。``, ``共印50份``).

Writers place them; this module only says what they read, so PDF, DOCX, HTML and Markdown
print the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsconv.model import Article, ArticleSequence, Block, Document, DocumentBlocks, Issue, Meta
from newsconv.profiles import Profile
from newsconv.writers.common import meta_line
from newsconv.writers.official import official_date

RecordRow = str | tuple[str, str]

_END_MARKS = "。；;，,、.：:"
# labels of the 版记 rows, in the order they are printed
RECORD_LABELS = (("send_to", "报送："), ("cc", "抄送："), ("distribute_to", "发送："))


def issue_number(number: str | None) -> str | None:
    """``第12期`` from ``12``; a number already written with 第…期 (or 总第…期) stays as given."""
    if not number:
        return None
    text = number.strip()
    if re.search(r"第.*期", text):
        return text
    return f"第{text}期"


@dataclass(frozen=True, slots=True)
class ArticleTexts:
    """One article's heading as an issue prints it: its place in the issue (from 1), title and
    meta line. Its blocks are not here: a writer takes them from the document as it reaches
    them (an issue's articles may be read one at a time, ``ArticleSequence``)."""

    number: int
    title: str
    meta: str

    @property
    def anchor(self) -> str:
        """The id its title carries in HTML and the bookmark name in DOCX and PDF."""
        return f"article-{self.number}"


@dataclass(frozen=True, slots=True)
class IssueTexts:
    """Every printed part of an issue; None or empty where the issue has not got it."""

    name: str
    number: str | None  # 第12期
    office: str | None
    date: str | None  # 2024年5月6日
    editor_note: tuple[Block, ...]
    articles: tuple[ArticleTexts, ...]
    record: tuple[tuple[RecordRow, ...], ...]  # groups of rows between rules

    @property
    def has_record(self) -> bool:
        return bool(self.record)


def _names(text: str) -> str:
    return " ".join(text.split()).rstrip(_END_MARKS).strip()


def record_groups(issue: Issue) -> tuple[tuple[RecordRow, ...], ...]:
    """The 版记: 报送, 抄送 and 发送 rows (a full stop after the last office), then the office and
    the print run (``共印50份``) on one line."""
    rows: list[RecordRow] = []
    for key, label in RECORD_LABELS:
        value = getattr(issue, key)
        if value:
            rows.append(f"{label}{_names(value)}。")
    groups: list[tuple[RecordRow, ...]] = [tuple(rows)] if rows else []
    if issue.copies:
        groups.append(((issue.office or "", f"共印{issue.copies}份"),))
    return tuple(groups)


def article_texts(meta: Meta, number: int, profile: Profile) -> ArticleTexts:
    return ArticleTexts(number, meta.title or f"（{number}）", meta_line(meta, date_style=profile.date_style))


def article_metas(blocks: DocumentBlocks) -> list[Meta]:
    """The metadata of the articles among a document's blocks, in order, without reading any
    article's blocks."""
    if isinstance(blocks, ArticleSequence):
        return list(blocks.heads)
    return [b.meta for b in blocks if isinstance(b, Article)]


def articles_in(doc: Document) -> Iterator[Article]:
    """``doc``'s articles in order, each read when it is reached."""
    return (b for b in doc.blocks if isinstance(b, Article))


def issue_texts(doc: Document, profile: Profile) -> IssueTexts:
    """The printed form of ``doc``'s issue (``doc.meta.issue`` must be set) and its articles'
    headings."""
    issue = doc.meta.issue
    assert issue is not None
    articles = article_metas(doc.blocks)
    return IssueTexts(
        name=issue.name,
        number=issue_number(issue.number),
        office=issue.office,
        date=official_date(issue.date) if issue.date else None,
        editor_note=issue.editor_note,
        articles=tuple(article_texts(a, n, profile) for n, a in enumerate(articles, 1)),
        record=record_groups(issue),
    )


def issue_title(issue: Issue) -> str:
    """The issue's title in document properties and file names: ``每日要闻 第12期``."""
    number = issue_number(issue.number)
    return f"{issue.name} {number}" if number else issue.name
