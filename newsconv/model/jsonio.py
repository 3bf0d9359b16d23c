"""The model's JSON form: ``to_json`` and ``from_json``, with a schema version, reading back
exactly what was written and naming the JSON path of anything malformed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, assert_never

from newsconv.errors import InputError
from newsconv.model.nodes import (
    RELATED_KINDS,
    Article,
    Attachment,
    Block,
    Document,
    Emph,
    Figure,
    Heading,
    Inline,
    Issue,
    LineBreak,
    Link,
    ListBlock,
    Meta,
    Official,
    Paragraph,
    Person,
    Quote,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Table,
    Text,
    format_published,
    language_tag,
)

SCHEMA_VERSION = 1
SCHEMA_KEY = "newsconv"
MAX_DEPTH = 64  # quotes and lists inside each other; deeper input is refused, not recursed into
MAX_LIST_START = 10**9


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
            case Article(meta, children):
                out.append({"type": "article", "meta": _meta_out(meta), "blocks": _blocks_out(children)})
            case Rule():
                out.append({"type": "rule"})
            case _:
                assert_never(block)
    return out


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _official_out(official: Official) -> dict[str, Any]:
    return {
        "copy_number": official.copy_number, "secrecy": official.secrecy, "urgency": official.urgency,
        "issuer_mark": official.issuer_mark, "doc_number": official.doc_number, "signer": official.signer,
        "recipients": official.recipients,
        "attachments": [{"name": a.name, "blocks": _blocks_out(a.blocks)} for a in official.attachments],
        "issuer": official.issuer, "date": _date_out(official.date), "sealed": official.sealed,
        "note": official.note, "cc": official.cc, "printed_by": official.printed_by,
        "printed_date": _date_out(official.printed_date),
    }


def _issue_out(issue: Issue) -> dict[str, Any]:
    return {
        "name": issue.name, "number": issue.number, "office": issue.office, "date": _date_out(issue.date),
        "editor_note": _blocks_out(issue.editor_note), "send_to": issue.send_to, "cc": issue.cc,
        "distribute_to": issue.distribute_to, "copies": issue.copies,
    }


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
        **({"official": _official_out(meta.official)} if meta.official is not None else {}),
        **({"issue": _issue_out(meta.issue)} if meta.issue is not None else {}),
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

    def language(self, value: Any, where: str) -> str | None:
        text = self.string(value, where, optional=True)
        if text is not None and language_tag(text) is None:
            raise self.fail(where, "expected a language tag such as zh-CN or en")
        return text

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
        if kind == "article":
            if depth:
                raise self.fail(at, "an article may stand only at the top level")
            return Article(self.meta(node.get("meta", {}), at + ".meta"), self.blocks(node.get("blocks", []),
                                                                                   at + ".blocks", depth + 1))
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

    def date(self, value: Any, where: str) -> dt.date | None:
        raw = self.string(value, where, optional=True)
        if raw is None:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise self.fail(where, f"{raw!r} is not an ISO 8601 date") from None

    def official(self, value: Any, where: str) -> Official:
        node = self.obj(value, where)
        text = {key: self.string(node.get(key), f"{where}.{key}", optional=True) for key in (
            "copy_number", "secrecy", "urgency", "issuer_mark", "doc_number", "signer", "recipients", "issuer",
            "note", "cc", "printed_by")}
        attachments = []
        for i, item in enumerate(self.arr(node.get("attachments", []), where + ".attachments")):
            at = f"{where}.attachments[{i}]"
            entry = self.obj(item, at)
            attachments.append(Attachment(self.string(entry.get("name"), at + ".name"),
                                          self.blocks(entry.get("blocks", []), at + ".blocks", 1)))
        sealed = node.get("sealed", True)
        if not isinstance(sealed, bool):
            raise self.fail(where + ".sealed", "expected true or false")
        return Official(**text, attachments=tuple(attachments), date=self.date(node.get("date"), where + ".date"),
                        sealed=sealed, printed_date=self.date(node.get("printed_date"), where + ".printed_date"))

    def issue(self, value: Any, where: str) -> Issue:
        node = self.obj(value, where)
        copies = node.get("copies")
        return Issue(
            name=self.string(node.get("name"), where + ".name"),
            number=self.string(node.get("number"), where + ".number", optional=True),
            office=self.string(node.get("office"), where + ".office", optional=True),
            date=self.date(node.get("date"), where + ".date"),
            editor_note=self.blocks(node.get("editor_note", []), where + ".editor_note", 1),
            send_to=self.string(node.get("send_to"), where + ".send_to", optional=True),
            cc=self.string(node.get("cc"), where + ".cc", optional=True),
            distribute_to=self.string(node.get("distribute_to"), where + ".distribute_to", optional=True),
            copies=None if copies is None else self.integer(copies, where + ".copies", 0, 10**9),
        )

    def meta(self, value: Any, where: str = "meta") -> Meta:
        node = self.obj(value, where)
        people: list[Person] = []
        for i, item in enumerate(self.arr(node.get("authors", []), where + ".authors")):
            at = f"{where}.authors[{i}]"
            person = self.obj(item, at)
            role = self.choice(person.get("role", Role.AUTHOR.value), at + ".role", (r.value for r in Role), "role")
            people.append(Person(self.string(person.get("name"), at + ".name"), Role(role)))
        related: list[RelatedLink] = []
        for i, item in enumerate(self.arr(node.get("related", []), where + ".related")):
            at = f"{where}.related[{i}]"
            link = self.obj(item, at)
            kind = self.choice(link.get("kind", "related"), at + ".kind", RELATED_KINDS, "kind")
            related.append(
                RelatedLink(
                    self.string(link.get("title"), at + ".title"),
                    self.string(link.get("url"), at + ".url", optional=True),
                    kind,  # type: ignore[arg-type]
                )
            )
        extra = self.obj(node.get("extra", {}), where + ".extra")
        return Meta(
            title=self.string(node.get("title"), where + ".title", optional=True),
            subtitle=self.string(node.get("subtitle"), where + ".subtitle", optional=True),
            authors=tuple(people),
            source=self.string(node.get("source"), where + ".source", optional=True),
            section=tuple(
                self.string(s, f"{where}.section[{i}]")
                for i, s in enumerate(self.arr(node.get("section", []), where + ".section"))
            ),
            published=self.published(node.get("published"), where + ".published"),
            language=self.language(node.get("language"), where + ".language"),
            url=self.string(node.get("url"), where + ".url", optional=True),
            related=tuple(related),
            extra=tuple((str(k), self.string(v, f"{where}.extra.{k}")) for k, v in extra.items()),
            official=self.official(node["official"], where + ".official") if node.get("official") is not None else None,
            issue=self.issue(node["issue"], where + ".issue") if node.get("issue") is not None else None,
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
