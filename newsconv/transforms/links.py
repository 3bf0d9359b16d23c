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

from newsconv.model import Document, Emph, Inline, LineBreak, Link, Meta, Strong, Text, merge_text
from newsconv.transforms import TransformOptions
from newsconv.transforms.walk import BlockMap

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


class _SafeLinks(BlockMap):
    def __init__(self, opts: TransformOptions) -> None:
        self.opts = opts

    def inlines(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return _inlines(content, self.opts)

    def figure_src(self, src: str | None) -> str | None:
        kept = safe_url(src)
        if src is not None and kept is None:
            self.opts.noted("links", f"figure source {src[:60]!r} dropped")
        return kept

    def article_meta(self, meta: Meta) -> Meta:
        return _meta(meta, self.opts)


def _meta(meta: Meta, opts: TransformOptions) -> Meta:
    url = safe_url(meta.url)
    if meta.url is not None and url is None:
        opts.noted("links", f"article address {meta.url[:60]!r} dropped")
    related = tuple(replace(r, url=safe_url(r.url)) for r in meta.related)
    official, issue = meta.official, meta.issue
    if official is not None and official.attachments:
        official = replace(official, attachments=tuple(replace(a, blocks=_SafeLinks(opts).blocks(a.blocks))
                                                       for a in official.attachments))
    if issue is not None and issue.editor_note:
        issue = replace(issue, editor_note=_SafeLinks(opts).blocks(issue.editor_note))
    return replace(meta, url=url, related=related, official=official, issue=issue)


def safe_links(doc: Document, opts: TransformOptions) -> Document:
    return Document(_meta(doc.meta, opts), _SafeLinks(opts).top(doc.blocks))
