"""The document model: ``Document(meta, blocks)``, its blocks and inlines, and its JSON form.

The model holds what an article *is*, never how it looks: no fonts, styles, HTML tags or
paths. Every node is a frozen, slotted dataclass and children are tuples, so a document can
be shared between writers and compared with ``==``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, TypeAlias, assert_never

from newsconv.errors import InputError

SCHEMA_VERSION = 1
SCHEMA_KEY = "newsconv"
MAX_DEPTH = 64  # quotes and lists inside each other; deeper input is refused, not recursed into
MAX_LIST_START = 10**9


class Role(StrEnum):
    """What a person named on an article did."""

    AUTHOR = "author"
    REPORTER = "reporter"
    CORRESPONDENT = "correspondent"
    EDITOR = "editor"
    PHOTOGRAPHER = "photographer"
    TRANSLATOR = "translator"


# The roles whose people wrote the article (shown as its authors in metadata).
WRITER_ROLES = frozenset({Role.AUTHOR, Role.REPORTER, Role.CORRESPONDENT})

RelatedKind = Literal["previous", "next", "related"]
RELATED_KINDS: tuple[RelatedKind, ...] = ("previous", "next", "related")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: Role = Role.AUTHOR


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """Another article the page pointed to (previous/next, related)."""

    title: str
    url: str | None = None
    kind: RelatedKind = "related"


# ---------------------------------------------------------------------------- inlines


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Emph:
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Link:
    content: tuple[Inline, ...]
    url: str


@dataclass(frozen=True, slots=True)
class LineBreak:
    pass


Inline: TypeAlias = Text | Emph | Strong | Link | LineBreak

# ---------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[tuple[Block, ...], ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Figure:
    caption: tuple[Inline, ...]
    src: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    pass


Cell: TypeAlias = tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells; the first ``header`` rows head the columns. Cells hold inline content (a
    line break where a cell had several paragraphs); rows may be shorter than the widest."""

    rows: tuple[tuple[Cell, ...], ...]
    header: int = 0
    caption: tuple[Inline, ...] = ()

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


Block: TypeAlias = Heading | Paragraph | Quote | ListBlock | Figure | Rule | Table


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    source: str | None = None
    section: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    language: str | None = None
    url: str | None = None
    related: tuple[RelatedLink, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()

    def people(self, roles: Iterable[Role]) -> tuple[str, ...]:
        wanted = frozenset(roles)
        return tuple(p.name for p in self.authors if p.role in wanted)

    @property
    def writers(self) -> tuple[str, ...]:
        """Names of the people who wrote the article (authors, reporters, correspondents)."""
        return self.people(WRITER_ROLES)


@dataclass(frozen=True, slots=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...]


# ---------------------------------------------------------------------------- text helpers


def text(value: str) -> tuple[Inline, ...]:
    """Inline content holding one plain string."""
    return (Text(value),) if value else ()


def merge_text(content: Iterable[Inline]) -> tuple[Inline, ...]:
    """Inline content with neighbouring plain strings joined and empty ones dropped (readers
    collect text piece by piece: a DOCX run, an HTML text node, a Markdown token)."""
    out: list[Inline] = []
    for node in content:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
                continue
        out.append(node)
    return tuple(out)


def inline_text(content: Iterable[Inline]) -> str:
    """The plain text of inline content (line breaks become newlines)."""
    parts: list[str] = []
    for node in content:
        match node:
            case Text(value):
                parts.append(value)
            case Emph(children) | Strong(children) | Link(children, _):
                parts.append(inline_text(children))
            case LineBreak():
                parts.append("\n")
            case _:
                assert_never(node)
    return "".join(parts)


def block_texts(blocks: Iterable[Block]) -> Iterator[str]:
    """The plain text of every text-bearing block, in reading order."""
    for block in blocks:
        match block:
            case Heading(_, content) | Paragraph(content):
                yield inline_text(content)
            case Quote(children):
                yield from block_texts(children)
            case ListBlock(items, _, _):
                for item in items:
                    yield from block_texts(item)
            case Figure(caption, _):
                if caption:
                    yield inline_text(caption)
            case Table(rows, _, caption):
                if caption:
                    yield inline_text(caption)
                for row in rows:
                    yield from (inline_text(cell) for cell in row)
            case Rule():
                pass
            case _:
                assert_never(block)


def parse_published(text: str) -> dt.date | dt.datetime | None:
    """A published date from metadata: ISO 8601 (``2024-05-06``, ``2024-05-06T10:30:00+08:00``,
    with a space for the T) or any form the raw-text reader knows (``May 6, 2024``,
    ``2024年5月6日 10:30``); the time is kept as printed, without its zone. None if none is found."""
    value = text.strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace(" ", "T", 1)) if len(value) > 10 else None
        if parsed is not None:
            return parsed.replace(tzinfo=None)
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    from newsconv.readers.text.dates import find_date

    found = find_date(value)
    return found.value if found is not None else None


def format_published(value: dt.date | dt.datetime | None) -> str | None:
    """ISO 8601 form of a published date: ``2024-05-06`` or ``2024-05-06T10:30:00``."""
    if value is None:
        return None
    return value.isoformat()


# ---------------------------------------------------------------------------- JSON out


def _inlines_out(content: Iterable[Inline]) -> list[Any]:
    out: list[Any] = []
    for node in content:
        match node:
            case Text(value):
                out.append(value)  # plain text is a bare string: compact and readable
            case Emph(children):
                out.append({"type": "emph", "content": _inlines_out(children)})
            case Strong(children):
                out.append({"type": "strong", "content": _inlines_out(children)})
            case Link(children, url):
                out.append({"type": "link", "url": url, "content": _inlines_out(children)})
            case LineBreak():
                out.append({"type": "break"})
            case _:
                assert_never(node)
    return out


def _blocks_out(blocks: Iterable[Block]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block in blocks:
        match block:
            case Heading(level, content):
                out.append({"type": "heading", "level": level, "content": _inlines_out(content)})
            case Paragraph(content):
                out.append({"type": "paragraph", "content": _inlines_out(content)})
            case Quote(children):
                out.append({"type": "quote", "blocks": _blocks_out(children)})
            case ListBlock(items, ordered, start):
                out.append(
                    {
                        "type": "list",
                        "ordered": ordered,
                        "start": start,
                        "items": [_blocks_out(item) for item in items],
                    }
                )
            case Figure(caption, src):
                out.append({"type": "figure", "src": src, "caption": _inlines_out(caption)})
            case Table(rows, header, caption):
                out.append({"type": "table", "header": header, "caption": _inlines_out(caption),
                            "rows": [[_inlines_out(cell) for cell in row] for row in rows]})
            case Rule():
                out.append({"type": "rule"})
            case _:
                assert_never(block)
    return out


def _meta_out(meta: Meta) -> dict[str, Any]:
    return {
        "title": meta.title,
        "subtitle": meta.subtitle,
        "authors": [{"name": p.name, "role": p.role.value} for p in meta.authors],
        "source": meta.source,
        "section": list(meta.section),
        "published": format_published(meta.published),
        "language": meta.language,
        "url": meta.url,
        "related": [{"title": r.title, "url": r.url, "kind": r.kind} for r in meta.related],
        "extra": dict(meta.extra),
    }


def to_dict(doc: Document) -> dict[str, Any]:
    return {SCHEMA_KEY: SCHEMA_VERSION, "meta": _meta_out(doc.meta), "blocks": _blocks_out(doc.blocks)}


def to_json(doc: Document) -> str:
    """The document as newsconv JSON (UTF-8 text, stable key order, final newline)."""
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------- JSON in


class _Reader:
    """Reads the JSON form back, naming the JSON path of anything malformed."""

    def __init__(self, source: str | None) -> None:
        self.source = source

    def fail(self, where: str, what: str) -> InputError:
        return InputError(f"not newsconv JSON: {where}: {what}", path=self.source)

    def obj(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def arr(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        return value

    def string(self, value: Any, where: str, *, optional: bool = False) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(where, "expected a string" + (" or null" if optional else ""))
        return value

    def integer(self, value: Any, where: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, "expected a whole number")
        if not low <= value <= high:
            raise self.fail(where, f"expected a number from {low} to {high}")
        return value

    def choice(self, value: Any, where: str, allowed: Iterable[str], what: str) -> str:
        options = tuple(allowed)
        if not isinstance(value, str) or value not in options:
            raise self.fail(where, f"unknown {what} {value!r}; one of {', '.join(options)}")
        return value

    def inlines(self, value: Any, where: str, depth: int = 0) -> tuple[Inline, ...]:
        if depth > MAX_DEPTH:
            raise self.fail(where, f"emphasis and links nested more than {MAX_DEPTH} deep")
        out: list[Inline] = []
        for i, item in enumerate(self.arr(value, where)):
            at = f"{where}[{i}]"
            if isinstance(item, str):
                out.append(Text(item))
                continue
            node = self.obj(item, at)
            kind = node.get("type")
            if kind == "emph":
                out.append(Emph(self.inlines(node.get("content", []), at + ".content", depth + 1)))
            elif kind == "strong":
                out.append(Strong(self.inlines(node.get("content", []), at + ".content", depth + 1)))
            elif kind == "link":
                url = self.string(node.get("url"), at + ".url")
                out.append(Link(self.inlines(node.get("content", []), at + ".content", depth + 1), url))
            elif kind == "break":
                out.append(LineBreak())
            elif kind == "text":
                out.append(Text(self.string(node.get("text"), at + ".text")))
            else:
                raise self.fail(at, f"unknown inline type {kind!r}")
        return tuple(out)

    def blocks(self, value: Any, where: str, depth: int = 0) -> tuple[Block, ...]:
        if depth > MAX_DEPTH:
            raise self.fail(where, f"quotes and lists nested more than {MAX_DEPTH} deep")
        return tuple(self.block(item, f"{where}[{i}]", depth) for i, item in enumerate(self.arr(value, where)))

    def block(self, value: Any, at: str, depth: int = 0) -> Block:
        node = self.obj(value, at)
        kind = node.get("type")
        if kind == "heading":
            level = self.integer(node.get("level"), at + ".level", 1, 6)
            return Heading(level, self.inlines(node.get("content", []), at + ".content"))
        if kind == "paragraph":
            return Paragraph(self.inlines(node.get("content", []), at + ".content"))
        if kind == "quote":
            return Quote(self.blocks(node.get("blocks", []), at + ".blocks", depth + 1))
        if kind == "list":
            items = tuple(
                self.blocks(item, f"{at}.items[{i}]", depth + 1)
                for i, item in enumerate(self.arr(node.get("items", []), at + ".items"))
            )
            ordered = node.get("ordered", False)
            if not isinstance(ordered, bool):
                raise self.fail(at + ".ordered", "expected true or false")
            return ListBlock(items, ordered, self.integer(node.get("start", 1), at + ".start", 0, MAX_LIST_START))
        if kind == "figure":
            src = self.string(node.get("src"), at + ".src", optional=True)
            return Figure(self.inlines(node.get("caption", []), at + ".caption"), src)
        if kind == "table":
            rows = tuple(
                tuple(self.inlines(cell, f"{at}.rows[{r}][{c}]", depth + 1)
                      for c, cell in enumerate(self.arr(row, f"{at}.rows[{r}]")))
                for r, row in enumerate(self.arr(node.get("rows", []), at + ".rows"))
            )
            header = self.integer(node.get("header", 0), at + ".header", 0, len(rows))
            return Table(rows, header, self.inlines(node.get("caption", []), at + ".caption"))
        if kind == "rule":
            return Rule()
        raise self.fail(at, f"unknown block type {kind!r}")

    def published(self, value: Any, where: str) -> dt.date | dt.datetime | None:
        raw = self.string(value, where, optional=True)
        if raw is None:
            return None
        try:
            return dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)
        except ValueError:
            raise self.fail(where, f"{raw!r} is not an ISO 8601 date or date-time") from None

    def meta(self, value: Any) -> Meta:
        node = self.obj(value, "meta")
        people: list[Person] = []
        for i, item in enumerate(self.arr(node.get("authors", []), "meta.authors")):
            at = f"meta.authors[{i}]"
            person = self.obj(item, at)
            role = self.choice(person.get("role", Role.AUTHOR.value), at + ".role", (r.value for r in Role), "role")
            people.append(Person(self.string(person.get("name"), at + ".name"), Role(role)))
        related: list[RelatedLink] = []
        for i, item in enumerate(self.arr(node.get("related", []), "meta.related")):
            at = f"meta.related[{i}]"
            link = self.obj(item, at)
            kind = self.choice(link.get("kind", "related"), at + ".kind", RELATED_KINDS, "kind")
            related.append(
                RelatedLink(
                    self.string(link.get("title"), at + ".title"),
                    self.string(link.get("url"), at + ".url", optional=True),
                    kind,  # type: ignore[arg-type]
                )
            )
        extra = self.obj(node.get("extra", {}), "meta.extra")
        return Meta(
            title=self.string(node.get("title"), "meta.title", optional=True),
            subtitle=self.string(node.get("subtitle"), "meta.subtitle", optional=True),
            authors=tuple(people),
            source=self.string(node.get("source"), "meta.source", optional=True),
            section=tuple(
                self.string(s, f"meta.section[{i}]")
                for i, s in enumerate(self.arr(node.get("section", []), "meta.section"))
            ),
            published=self.published(node.get("published"), "meta.published"),
            language=self.string(node.get("language"), "meta.language", optional=True),
            url=self.string(node.get("url"), "meta.url", optional=True),
            related=tuple(related),
            extra=tuple((str(k), self.string(v, f"meta.extra.{k}")) for k, v in extra.items()),
        )


def from_dict(data: Any, *, source: str | None = None) -> Document:
    reader = _Reader(source)
    root = reader.obj(data, "document")
    version = root.get(SCHEMA_KEY)
    if version != SCHEMA_VERSION:
        raise reader.fail(
            SCHEMA_KEY, f"schema version {version!r}; this newsconv reads version {SCHEMA_VERSION}"
        )
    return Document(reader.meta(root.get("meta", {})), reader.blocks(root.get("blocks", []), "blocks"))


def from_json(data: str, *, source: str | None = None) -> Document:
    """Read newsconv JSON back; ``from_json(to_json(doc)) == doc``."""
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", path=source
        ) from None
    except RecursionError:
        raise InputError(f"not newsconv JSON: nested more than {MAX_DEPTH} deep", path=source) from None
    except ValueError:  # Python refuses to read a number of thousands of digits
        raise InputError("not newsconv JSON: it holds a number thousands of digits long", path=source) from None
    return from_dict(parsed, source=source)
