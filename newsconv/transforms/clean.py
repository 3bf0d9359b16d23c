"""Text every writer can write: no control characters, no lone surrogates, no noncharacters.

Inputs bring characters that are not text: a vertical tab or an escape pasted from a terminal,
a lone surrogate from a JSON file, U+FFFE from a broken converter. XML (DOCX, HTML) forbids
most C0 controls and UTF-8 cannot encode a lone surrogate, so one of them would stop a
conversion. Here a vertical tab, form feed or line/paragraph separator becomes a space, other
controls are dropped and a lone surrogate becomes U+FFFD, in the text and in the metadata.

Quotes and lists nested more than ``MAX_NESTING`` deep (no article does that; a hostile file
does, to exhaust the writers' recursion) are flattened into their parent at that depth.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any, assert_never

from newsconv.model import Document, Emph, Inline, LineBreak, Link, Meta, Strong, Text, merge_text
from newsconv.transforms import TransformOptions
from newsconv.transforms.walk import BlockMap

MAX_NESTING = 16
_SPACE_LIKE = re.compile(r"[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
_DROP = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ANY_BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """``value`` with every character XML and UTF-8 refuse replaced or dropped."""
    if not _ANY_BAD.search(value):
        return value  # the usual case: nothing to copy
    value = _SPACE_LIKE.sub(" ", value)
    value = _DROP.sub("", value)
    return _SURROGATE.sub("\ufffd", value)


def _inlines(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in content:
        match node:
            case Text(value):
                out.append(Text(clean_text(value)))
            case Emph(children):
                out.append(Emph(_inlines(children)))
            case Strong(children):
                out.append(Strong(_inlines(children)))
            case Link(children, url):
                out.append(Link(_inlines(children), clean_text(url)))
            case LineBreak():
                out.append(node)
            case _:
                assert_never(node)
    return merge_text(out)


class _Clean(BlockMap):
    max_depth = MAX_NESTING

    def inlines(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return _inlines(content)

    def figure_src(self, src: str | None) -> str | None:
        return clean_text(src) if src is not None else None

    def article_meta(self, meta: Meta) -> Meta:
        return _meta(meta)


def _value(value: Any) -> Any:
    """Any metadata value cleaned: strings, tuples, and the parts (people, links, an official
    document's or an issue's parts, the blocks they hold) field by field."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(_value(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _value(getattr(value, f.name)) for f in fields(value)})
    return value


def _meta(meta: Meta) -> Meta:
    return Meta(**{f.name: _value(getattr(meta, f.name)) for f in fields(Meta)})


def clean(doc: Document, opts: TransformOptions) -> Document:
    return Document(_meta(doc.meta), _Clean().top(doc.blocks))
