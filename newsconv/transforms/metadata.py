"""Metadata the clerk gives (``-M KEY=VALUE``, a ``[document]`` table in newsconv.toml), set
over what the reader found, as pandoc's ``-M`` does.

Article keys: title, subtitle, author (names split at ``,``, ``，``, ``、`` or ``;``), date,
source, section (``a > b``), lang, url. Official-document keys (GB/T 9704): issuer,
issuer_mark, doc_number, signer, copy_number, secrecy, urgency, recipients, attachments
(names split at ``;`` or ``；``), doc_date (成文日期), cc, printed_by, printed_date, note, and seal (``none`` for a
document that will not be sealed). Giving any official key makes the document an official one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from newsconv.errors import UsageError
from newsconv.model import Attachment, Document, Meta, Official, Person, Role, parse_published
from newsconv.transforms import TransformOptions

ARTICLE_KEYS = ("title", "subtitle", "author", "date", "source", "section", "lang", "url")
OFFICIAL_KEYS = ("issuer", "issuer_mark", "doc_number", "signer", "copy_number", "secrecy", "urgency", "recipients",
                 "attachments", "doc_date", "cc", "printed_by", "printed_date", "note", "seal")
KEYS = ARTICLE_KEYS + OFFICIAL_KEYS
_ALIASES = {"authors": "author", "language": "lang", "seal": "seal", "doc-number": "doc_number"}
# 发文字号 brackets as pasted: [2024], (2024), （2024）, 【2024】 all mean 〔2024〕
_NUMBER_YEAR = re.compile(r"[\[(（【〔［]\s*((?:19|20)\d\d)\s*[\])）】〕］]")


def parse_assignments(items: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """``KEY=VALUE`` strings from the command line as (key, value) pairs; a bad one is a usage error."""
    out: list[tuple[str, str]] = []
    for item in items:
        key, sep, value = item.partition("=")
        key = _ALIASES.get(key.strip().lower(), key.strip().lower().replace("-", "_"))
        if not sep or not key:
            raise UsageError(f"-M {item!r}: write KEY=VALUE, for example -M doc_number=某政发〔2024〕1号")
        if key not in KEYS:
            raise UsageError(f"-M {key}: unknown key; use one of {', '.join(KEYS)}")
        out.append((key, value.strip()))
    return tuple(out)


def normalise_doc_number(text: str) -> str:
    """A 发文字号 with its year in 〔〕 (GB/T 9704 7.2.4), however the brackets were typed."""
    return _NUMBER_YEAR.sub(r"〔\1〕", " ".join(text.split()))


def _date(key: str, value: str) -> dt.date:
    found = parse_published(value)
    if found is None:
        raise UsageError(f"-M {key}={value}: not a date; write 2024-03-18 or 2024年3月18日")
    return found.date() if isinstance(found, dt.datetime) else found


def _names(value: str, pattern: str) -> list[str]:
    return [n.strip() for n in re.split(pattern, value) if n.strip()]


def _article(meta: Meta, key: str, value: str) -> Meta:
    if key == "author":
        others = tuple(p for p in meta.authors if p.role not in (Role.AUTHOR, Role.REPORTER))
        people = tuple(Person(n, Role.AUTHOR) for n in _names(value, r"[,，、;；]"))
        return replace(meta, authors=people + others)
    if key == "date":
        found = parse_published(value)
        if found is None:
            raise UsageError(f"-M date={value}: not a date; write 2024-03-18 or 2024年3月18日")
        return replace(meta, published=found)
    if key == "section":
        return replace(meta, section=tuple(_names(value, r"\s*[>›/]\s*")))
    if key == "lang":
        return replace(meta, language=value.split("-")[0].lower() or None)
    return replace(meta, **{key: value or None})


def set_official(official: Official, key: str, value: str) -> Official:
    """``official`` with one official-document key set from text (a usage error when it is bad)."""
    changes: dict[str, Any]
    if key == "seal":
        changes = {"sealed": value.lower() not in ("none", "no", "false", "0", "无")}
    elif key == "printed_date":
        changes = {key: _date(key, value) if value else None}
    elif key == "doc_date":
        changes = {"date": _date(key, value) if value else None}
    elif key == "recipients":
        changes = {key: value.rstrip("：:").strip() or None}
    elif key == "doc_number":
        changes = {key: normalise_doc_number(value) or None}
    elif key == "attachments":
        changes = {key: tuple(Attachment(n) for n in _names(value, r"[;；]"))}
    else:
        changes = {key: value or None}
    return replace(official, **changes)


def apply_metadata(doc: Document, opts: TransformOptions) -> Document:
    """The given keys set over the document's metadata, in the order given."""
    pairs = opts.metadata
    if not pairs:
        return doc
    meta = doc.meta
    for key, value in pairs:
        if key in ARTICLE_KEYS:
            meta = _article(meta, key, value)
        else:
            meta = replace(meta, official=set_official(meta.official or Official(), key, value))
        opts.noted("metadata", f"{key} = {value!r} (given)")
    return Document(meta, doc.blocks)
