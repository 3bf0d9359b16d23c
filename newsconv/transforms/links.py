"""One URL policy for every writer: web and mail links stay, everything else becomes text.

An article read from a DOCX, JSON or HTML file may carry links that run code or reach the
reader's own machine when clicked in Word, a browser or an e-book reader (``javascript:``,
``vbscript:``, ``data:``, ``file:``, ``\\\\host\\share``). Only ``http``, ``https``, ``mailto``
and relative links are kept; the text of any other link stays, without its target.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import assert_never

from newsconv.model import (
    Article,
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
    Paragraph,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
    merge_text,
)
from newsconv.transforms import TransformOptions

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
# Browsers drop these before they look for a scheme, so "java\tscript:" is still javascript:.
_IGNORED = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def safe_url(url: str | None) -> str | None:
    """``url`` trimmed when newsconv may write it as a link target, else None."""
    if url is None:
        return None
    value = url.strip()
    probe = _IGNORED.sub("", value)
    if not probe or probe.startswith("\\") or any(ord(c) < 0x20 or c == "\x7f" for c in value):
        return None  # empty, a Windows share, or control characters
    scheme = _SCHEME.match(probe)
    if scheme is None:
        return value  # relative: a path, a #fragment, //host/path
    return value if scheme.group(1).lower() in ALLOWED_SCHEMES else None


def _inlines(content: tuple[Inline, ...], opts: TransformOptions) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in content:
        match node:
            case Text() | LineBreak():
                out.append(node)
            case Emph(children):
                out.append(Emph(_inlines(children, opts)))
            case Strong(children):
                out.append(Strong(_inlines(children, opts)))
            case Link(children, url):
                kept = safe_url(url)
                inner = _inlines(children, opts)
                if kept is None:
                    opts.noted("links", f"link target {url[:60]!r} dropped (only http, https, mailto and relative links are kept)")
                    out.extend(inner)
                else:
                    out.append(Link(inner, kept))
            case _:
                assert_never(node)
    return merge_text(out)


def _blocks(blocks: tuple[Block, ...], opts: TransformOptions) -> tuple[Block, ...]:
    out: list[Block] = []
    for block in blocks:
        match block:
            case Heading(level, content):
                out.append(Heading(level, _inlines(content, opts)))
            case Paragraph(content):
                out.append(Paragraph(_inlines(content, opts)))
            case Quote(children):
                out.append(Quote(_blocks(children, opts)))
            case ListBlock(items, ordered, start):
                out.append(ListBlock(tuple(_blocks(item, opts) for item in items), ordered, start))
            case Figure(caption, src):
                kept = safe_url(src)
                if src is not None and kept is None:
                    opts.noted("links", f"figure source {src[:60]!r} dropped")
                out.append(Figure(_inlines(caption, opts), kept))
            case Table(rows, header, caption):
                out.append(Table(tuple(tuple(_inlines(cell, opts) for cell in row) for row in rows), header, _inlines(caption, opts)))
            case Article(meta, children):
                out.append(Article(_meta(meta, opts), _blocks(children, opts)))
            case Rule():
                out.append(block)
            case _:
                assert_never(block)
    return tuple(out)


def _meta(meta: Meta, opts: TransformOptions) -> Meta:
    url = safe_url(meta.url)
    if meta.url is not None and url is None:
        opts.noted("links", f"article address {meta.url[:60]!r} dropped")
    related = tuple(replace(r, url=safe_url(r.url)) for r in meta.related)
    official, issue = meta.official, meta.issue
    if official is not None and official.attachments:
        official = replace(official, attachments=tuple(replace(a, blocks=_blocks(a.blocks, opts))
                                                       for a in official.attachments))
    if issue is not None and issue.editor_note:
        issue = replace(issue, editor_note=_blocks(issue.editor_note, opts))
    return replace(meta, url=url, related=related, official=official, issue=issue)


def safe_links(doc: Document, opts: TransformOptions) -> Document:
    return Document(_meta(doc.meta, opts), _blocks(doc.blocks, opts))
