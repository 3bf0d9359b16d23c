"""Markdown for a compiled issue: the issue's keys in the front matter, the editor's note, a
contents list linking to each article's heading, the articles (their own headings one level
down) and the 版记 after a rule.

Links use the identifiers pandoc gives headings (its ``auto_identifiers``), so the contents
work when pandoc turns the file into HTML, EPUB or DOCX.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from newsconv.model import Block, Document, Heading, Issue
from newsconv.profiles import Profile
from newsconv.writers.issue import articles_in, issue_number, issue_texts


def pandoc_identifier(text: str, seen: dict[str, int]) -> str:
    """The id pandoc's ``auto_identifiers`` gives a heading: lower case, spaces to hyphens, only
    letters, digits, ``_``, ``-`` and ``.`` kept, nothing before the first letter; ``section``
    when nothing is left; ``-1``, ``-2`` after a repeat."""
    ident = "".join("-" if ch.isspace() else ch.lower() for ch in text)
    ident = "".join(ch for ch in ident if ch in "_-." or unicodedata.category(ch)[0] in "LN")
    while ident and not unicodedata.category(ident[0]).startswith("L"):
        ident = ident[1:]
    ident = ident or "section"
    if ident in seen:
        seen[ident] += 1
        return f"{ident}-{seen[ident]}"
    seen[ident] = 0
    return ident


def issue_front_matter(issue: Issue, title: str) -> dict[str, Any]:
    data: dict[str, Any] = {"title": title, "name": issue.name}
    if issue.number:
        data["number"] = issue_number(issue.number)
    for key in ("office", "send_to", "cc", "distribute_to"):
        if value := getattr(issue, key):
            data[key] = value
    if issue.date:
        data["date"] = issue.date.isoformat()
    if issue.copies:
        data["copies"] = issue.copies
    return data


def _shifted(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    return tuple(Heading(b.level + 1, b.content) if isinstance(b, Heading) else b for b in blocks)


def issue_markdown(doc: Document, profile: Profile, blocks_markdown: Callable[[tuple[Block, ...]], str],
                   escape: Callable[[str], str]) -> str:
    texts = issue_texts(doc, profile)
    parts: list[str] = []
    seen: dict[str, int] = {}
    if texts.editor_note:
        note = blocks_markdown(texts.editor_note)
        parts.append(f"**{escape(profile.bundle.editor_label)}**{note}")
    ids = []
    if profile.bundle.contents and texts.articles:
        contents_id = pandoc_identifier(profile.bundle.contents_title, seen)
        ids = [pandoc_identifier(a.title, seen) for a in texts.articles]
        items = [f"{n}. [{escape(a.title)}](#{i})" for n, (a, i) in enumerate(zip(texts.articles, ids), 1)]
        parts.append(f"## {escape(profile.bundle.contents_title)}" if contents_id else "")
        parts.append("\n".join(items))
    for article, block in zip(texts.articles, articles_in(doc), strict=True):
        parts.append(f"## {escape(article.title)}")
        if article.meta:
            parts.append(f"*{escape(article.meta)}*")
        body = blocks_markdown(_shifted(block.blocks))
        if body:
            parts.append(body)
    if texts.has_record:
        rows = [" ".join(r for r in row if r) if isinstance(row, tuple) else row
                for group in texts.record for row in group]
        parts.append("* * *")
        parts.append("\\\n".join(escape(r) for r in rows))
    return "\n\n".join(p for p in parts if p)
