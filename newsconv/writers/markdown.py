"""Markdown writer: YAML front matter for the metadata, a CommonMark body.

The title lives in the front matter (as pandoc, Hugo and Jekyll expect), so body headings
start at ``##``. Text is escaped only where CommonMark would read it as markup, and nothing
is inserted inside Chinese text: no spaces, no line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, assert_never

from newsconv.model import (
    Article,
    Attachment,
    Block,
    Document,
    Emph,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Meta,
    Official,
    Paragraph,
    Quote,
    Role,
    Rule,
    Strong,
    Table,
    Text,
    format_published,
)
from newsconv.profiles import Profile
from newsconv.writers import WriteOptions
from newsconv.writers.common import bcp47

# Keys in the front matter for each role. The writers' key is pandoc's `author`, so that pandoc
# (and the templates that follow it) print the byline; newsconv's reader takes `authors` too.
ROLE_KEYS: dict[Role, str] = {
    Role.AUTHOR: "author",
    Role.REPORTER: "reporters",
    Role.CORRESPONDENT: "correspondents",
    Role.EDITOR: "editors",
    Role.PHOTOGRAPHER: "photographers",
    Role.TRANSLATOR: "translators",
}

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Line starts CommonMark reads as block markup: ATX heading, quote, bullet, ordered-list
# marker, or a line of = or - (setext underline / thematic break).
_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|=+\s*$|-+\s*$)")


def escape_text(value: str) -> str:
    """Backslash-escape what CommonMark would read as inline markup."""
    value = _INLINE_SPECIAL.sub(r"\\\1", value)
    return _ENTITY.sub("&amp;", value)


def _escape_block_start(line: str) -> str:
    """Escape a line start that would open a heading, quote, list or setext underline."""
    line = line.lstrip(" \t")  # four leading spaces would make a code block
    m = _BLOCK_START.match(line)
    if not m:
        return line
    if line[0].isdigit():
        cut = len(line) - len(line.lstrip("0123456789"))
        return line[:cut] + "\\" + line[cut:]  # "1. x" -> "1\. x": text, not a list item
    return "\\" + line


def _inlines(content: tuple[Inline, ...]) -> str:
    out: list[str] = []
    for node in content:
        match node:
            case Text(value):
                out.append(escape_text(value))
            case Emph(children):
                out.append(f"*{_inlines(children)}*")
            case Strong(children):
                out.append(f"**{_inlines(children)}**")
            case Link(children, url):
                out.append(f"[{_inlines(children)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)")
            case LineBreak():
                out.append("\\\n")
            case _:
                assert_never(node)
    return "".join(out)


def _paragraph(content: tuple[Inline, ...]) -> str:
    lines = _inlines(content).split("\n")
    return "\n".join(_escape_block_start(line) for line in lines)


def _indent(text: str, prefix: str, first: str | None = None) -> str:
    lines = text.split("\n")
    head = first if first is not None else prefix
    return "\n".join([head + lines[0]] + [(prefix + line) if line else prefix.rstrip() for line in lines[1:]])


def _block(block: Block) -> str:
    match block:
        case Heading(level, content):
            return "#" * min(level + 1, 6) + " " + _inlines(content).replace("\n", " ")
        case Paragraph(content):
            return _paragraph(content)
        case Quote(children):
            return _indent(blocks_markdown(children), "> ")
        case ListBlock(items, ordered, start):
            parts = []
            for i, item in enumerate(items):
                marker = f"{start + i}. " if ordered else "- "
                parts.append(_indent(blocks_markdown(item) or "", " " * len(marker), marker))
            return "\n".join(parts)
        case Figure(caption, src):
            if src:
                return f"![{_inlines(caption)}](<{src}>)"
            return f"*{_inlines(caption)}*" if caption else ""
        case Table():
            return _table(block)
        case Rule():
            return "* * *"
        case Article(meta, children):
            from newsconv.writers.common import meta_line
            from newsconv.writers.markdown_issue import _shifted

            head = [f"## {escape_text(meta.title)}"] if meta.title else []
            line = [f"*{escape_text(text)}*"] if (text := meta_line(meta)) else []
            return "\n\n".join([*head, *line, blocks_markdown(_shifted(children))])
        case _:
            assert_never(block)


def _cell(content: tuple[Inline, ...]) -> str:
    # a cell is one line: breaks become <br>, which GFM and pandoc read inside pipe tables
    return _inlines(content).replace("\\\n", "<br>").replace("\n", " ").strip()


def _table(table: Table) -> str:
    """A GFM pipe table (pandoc reads it too); a table with no header row gets an empty one,
    which pandoc reads as headerless; the caption follows as pandoc's ``Table:`` line."""
    width = table.columns
    if not width:
        return ""
    rows = [[_cell(c) for c in row] + [""] * (width - len(row)) for row in table.rows]
    head, body = (rows[: table.header], rows[table.header:]) if table.header else ([[""] * width], rows)
    lines = ["| " + " | ".join(row) + " |" for row in head[:1]]
    lines.append("|" + "|".join(["---"] * width) + "|")
    lines += ["| " + " | ".join(row) + " |" for row in head[1:] + body]
    if table.caption:
        lines += ["", "Table: " + _inlines(table.caption).replace("\\\n", " ")]
    return "\n".join(lines)


def blocks_markdown(blocks: Iterable[Block]) -> str:
    return "\n\n".join(part for part in (_block(b) for b in blocks) if part)


def front_matter(meta: Meta) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if meta.title:
        data["title"] = meta.title
    if meta.subtitle:
        data["subtitle"] = meta.subtitle
    for role, key in ROLE_KEYS.items():
        names = meta.people([role])
        if names:
            data[key] = list(names)
    if meta.published:
        data["date"] = format_published(meta.published)
    if meta.source:
        data["source"] = meta.source
    if meta.section:
        data["section"] = list(meta.section)
    if meta.language:
        data["lang"] = bcp47(meta.language)
    if meta.url:
        data["url"] = meta.url
    if meta.related:
        data["related"] = [
            {k: v for k, v in (("title", r.title), ("url", r.url), ("kind", r.kind)) if v} for r in meta.related
        ]
    if meta.official is not None:
        data.update(official_front_matter(meta.official))
    if meta.extra:
        data["extra"] = dict(meta.extra)
    return data


def official_front_matter(official: Official) -> dict[str, Any]:
    """An official document's parts as front matter keys, named as ``-M`` names them."""
    data: dict[str, Any] = {}
    for key in ("copy_number", "secrecy", "urgency", "issuer", "issuer_mark", "doc_number", "signer", "recipients"):
        if value := getattr(official, key):
            data[key] = value
    if official.attachments:
        data["attachments"] = [a.name for a in official.attachments]
    if official.date:
        data["doc_date"] = official.date.isoformat()
    if not official.sealed:
        data["seal"] = "none"
    for key in ("note", "cc", "printed_by"):
        if value := getattr(official, key):
            data[key] = value
    if official.printed_date:
        data["printed_date"] = official.printed_date.isoformat()
    return data


def attachment_pages(attachments: tuple[Attachment, ...]) -> str:
    """The text of the attachments after the body, each under its ``附件N`` line and title (the
    names stay in the front matter; newsconv reads the pages back under them)."""
    parts = []
    for n, attachment in enumerate(attachments, 1):
        if attachment.blocks:
            label = "附件" if len(attachments) == 1 else f"附件{n}"
            parts.append("\n\n".join((label, escape_text(attachment.name), blocks_markdown(attachment.blocks))))
    return "\n\n".join(parts)


def write_markdown(doc: Document, profile: Profile | None = None, options: WriteOptions | None = None) -> str:
    import yaml  # a real YAML emitter: quoting rules for arbitrary titles are not to be hand-written

    if doc.meta.issue is not None:
        from newsconv.profiles import load_profile
        from newsconv.writers.markdown_issue import issue_front_matter, issue_markdown

        body = issue_markdown(doc, profile or load_profile(), blocks_markdown, escape_text)
        data = issue_front_matter(doc.meta.issue, doc.meta.title or "")
        if doc.meta.language:
            data["lang"] = bcp47(doc.meta.language)
        dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000, default_flow_style=False)
        return f"---\n{dumped}---\n\n{body}\n"
    body = blocks_markdown(doc.blocks)
    if doc.meta.official is not None and (pages := attachment_pages(doc.meta.official.attachments)):
        body = f"{body}\n\n{pages}" if body else pages
    data = front_matter(doc.meta)
    head = ""
    if data:
        dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000, default_flow_style=False)
        head = f"---\n{dumped}---\n\n"
    return head + body + "\n"

