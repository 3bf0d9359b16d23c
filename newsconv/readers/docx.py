"""DOCX reader (python-docx): paragraph styles to blocks, runs to inlines, properties to metadata.

Headings come from the ``Heading 1``–``Heading 6`` styles (or a paragraph's outline level),
lists from the ``List …`` styles or Word numbering, quotes from ``Quote``, captions from
``Caption``, links from ``w:hyperlink``; bold and italic runs are kept. The title is the
``Title`` paragraph, else the document's title property. Metadata comes from the core
properties (title, authors, language) and, for files newsconv made, from its custom
properties (source, url, section) and the creation date, which is the article's.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from typing import Any

from newsconv.errors import InputError
from newsconv.model import (
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
    Person,
    Quote,
    Role,
    Rule,
    Strong,
    Text,
    inline_text,
    merge_text,
)
from newsconv.readers import ReadOptions

_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_RULE_TEXTS = frozenset({"＊\u3000＊\u3000＊", "* * *", "***", "———"})
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _open(data: bytes | str, source: str | None) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if isinstance(data, str):
        raise InputError("a .docx file is binary; read it from a file, not as text", path=source)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc}); save it from Word as .docx", path=source) from None


def _custom_properties(document: Any) -> dict[str, str]:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from lxml import etree

    for rel in document.part.package.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                return {}
            return {p.get("name"): "".join(p.itertext()) for p in root if p.get("name")}
    return {}


# ---------------------------------------------------------------------------- inlines


def _runs(element: Any, document: Any) -> list[Inline]:
    """Inlines of a paragraph (or a hyperlink inside one): bold and italic runs, links, breaks."""
    out: list[Inline] = []

    def add(node: Inline) -> None:
        if isinstance(node, Strong | Emph) and out and type(out[-1]) is type(node):
            # Word splits a bold phrase into several runs: one Strong for them
            out[-1] = type(node)(merge_text((*out[-1].content, *node.content)))  # type: ignore[union-attr]
        else:
            out.append(node)

    for child in element:
        tag = child.tag
        if tag == f"{_W}r":
            props = child.find(f"{_W}rPr")
            bold = _on(props, "b")
            italic = _on(props, "i")
            pieces: list[Inline] = []
            for part in child:
                if part.tag == f"{_W}t":
                    pieces.append(Text(part.text or ""))
                elif part.tag == f"{_W}tab":
                    pieces.append(Text("\t"))
                elif part.tag == f"{_W}br" and part.get(f"{_W}type") in (None, "textWrapping"):
                    pieces.append(LineBreak())
            for piece in pieces:
                if isinstance(piece, Text) and piece.text:
                    node: Inline = piece
                    if italic:
                        node = Emph((node,))
                    if bold:
                        node = Strong((node,))
                    add(node)
                elif isinstance(piece, LineBreak):
                    add(piece)
        elif tag == f"{_W}hyperlink":
            inner = tuple(_runs(child, document))
            rid = child.get(f"{_R}id")
            url = None
            if rid and rid in document.part.rels and document.part.rels[rid].is_external:
                url = document.part.rels[rid].target_ref
            if url and inner:
                add(Link(inner, url))
            else:
                for node in inner:
                    add(node)
        elif tag in (f"{_W}ins", f"{_W}smartTag", f"{_W}customXml", f"{_W}sdt", f"{_W}sdtContent", f"{_W}fldSimple"):
            for node in _runs(child, document):
                add(node)
    return list(merge_text(out))


def _on(props: Any, name: str) -> bool:
    if props is None:
        return False
    flag = props.find(f"{_W}{name}")
    return flag is not None and flag.get(f"{_W}val") not in ("0", "false", "off")


def _strip(content: list[Inline]) -> tuple[Inline, ...]:
    """Leading and trailing white space (and Chinese indent spaces) off a paragraph's inlines."""
    items = list(content)
    while items and isinstance(items[0], Text) and not items[0].text.strip():
        items.pop(0)
    while items and isinstance(items[-1], Text | LineBreak) and not inline_text((items[-1],)).strip():
        items.pop()
    if items and isinstance(items[0], Text):
        items[0] = Text(items[0].text.lstrip(" \t\u3000\u00a0"))
    if items and isinstance(items[-1], Text):
        items[-1] = Text(items[-1].text.rstrip())
    return tuple(items)


# ---------------------------------------------------------------------------- blocks


def _numbering_formats(document: Any) -> dict[tuple[str, str], str]:
    """(numId, level) -> number format (decimal, bullet, …) from the numbering part."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for node in numbering.findall(f"{_W}abstractNum"):
        levels = {lvl.get(f"{_W}ilvl"): (lvl.find(f"{_W}numFmt").get(f"{_W}val")
                                         if lvl.find(f"{_W}numFmt") is not None else "bullet")
                  for lvl in node.findall(f"{_W}lvl")}
        abstract[node.get(f"{_W}abstractNumId")] = levels
    formats = {}
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is None:
            continue
        for level, fmt in abstract.get(ref.get(f"{_W}val"), {}).items():
            formats[(num.get(f"{_W}numId"), level)] = fmt
    return formats


def _one_line_title(text: str, property_title: str) -> str:
    """A title set on several lines (line breaks where a print desk breaks it) is one title: the
    document's title property where it is the same text, else the lines joined (no space between
    Chinese characters)."""
    if "\n" not in text:
        return text
    if property_title and "".join(property_title.split()) == "".join(text.split()):
        return property_title.strip()
    out = ""
    for line in text.split("\n"):
        line = line.strip()
        wide = out and line and unicodedata.east_asian_width(out[-1]) in "WF" and unicodedata.east_asian_width(line[0]) in "WF"
        out += (line if not out or wide else " " + line)
    return out


def _paragraph_kind(paragraph: Any, formats: dict[tuple[str, str], str]) -> tuple[str, int]:
    """(kind, level): title, subtitle, meta, heading, quote, list-bullet, list-number, caption, body."""
    style = paragraph.style.name if paragraph.style is not None else ""
    if style == "Title":
        return "title", 0
    if style == "Subtitle":
        return "subtitle", 0
    if style == "Article Meta":
        return "meta", 0
    if m := _HEADING.match(style):
        return "heading", int(m.group(1))
    ppr = paragraph._p.pPr
    outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    if outline is not None and (outline.get(f"{_W}val") or "9").isdigit() and int(outline.get(f"{_W}val")) < 6:
        return "heading", int(outline.get(f"{_W}val")) + 1
    if style in ("Quote", "Intense Quote", "Block Text"):
        return "quote", 0
    if style == "Caption":
        return "caption", 0
    if style.startswith("List Number"):
        return "list-number", 0
    if style.startswith(("List Bullet", "List Paragraph", "List")):
        kind = "list-bullet"
    else:
        kind = "body"
    num = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num is not None and num.find(f"{_W}numId") is not None:
        num_id = num.find(f"{_W}numId").get(f"{_W}val")
        level = num.find(f"{_W}ilvl").get(f"{_W}val") if num.find(f"{_W}ilvl") is not None else "0"
        if num_id != "0":
            fmt = formats.get((num_id, level), "bullet")
            return ("list-bullet" if fmt in ("bullet", "none") else "list-number"), 0
    return kind, 0


def _body_paragraphs(document: Any) -> list[Any]:
    """The body's paragraphs in order, table cells' paragraphs included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    out: list[Any] = []
    for element in document.element.body.iterchildren():
        if element.tag == f"{_W}p":
            out.append(DocxParagraph(element, document._body))
        elif element.tag == f"{_W}tbl":
            for row in Table(element, document._body).rows:
                for cell in row.cells:
                    out.extend(cell.paragraphs)
    return out


def read_docx(data: bytes | str, opts: ReadOptions) -> Document:
    document = _open(data, opts.source)
    core = document.core_properties
    custom = _custom_properties(document)
    ours = core.last_modified_by == "newsconv" or bool(custom.keys() & {"source", "url", "section"})
    formats = _numbering_formats(document)
    title = subtitle = None
    blocks: list[Block] = []
    quote: list[Block] = []
    items: list[tuple[Block, ...]] = []
    ordered = False

    def flush() -> None:
        nonlocal quote, items
        if quote:
            blocks.append(Quote(tuple(quote)))
            quote = []
        if items:
            blocks.append(ListBlock(tuple(items), ordered=ordered, start=1))
            items = []

    for paragraph in _body_paragraphs(document):
        content = _strip(_runs(paragraph._p, document))
        text = inline_text(content).strip()
        if not text:
            continue
        kind, level = _paragraph_kind(paragraph, formats)
        if kind == "title" and title is None:
            title = _one_line_title(text, document.core_properties.title or "")
            continue
        if kind == "subtitle" and subtitle is None:
            subtitle = text
            continue
        if kind == "meta":
            continue  # newsconv's own meta line: the properties carry the same
        if kind != "quote" and quote or not kind.startswith("list") and items:
            flush()
        if kind.startswith("list"):
            if items and ordered != (kind == "list-number"):
                flush()
            ordered = kind == "list-number"
            items.append((Paragraph(content),))
        elif kind == "quote":
            quote.append(Paragraph(content))
        elif kind == "heading":
            blocks.append(Heading(level, content))
        elif kind == "caption":
            blocks.append(Figure(content, None))
        elif text in _RULE_TEXTS:
            blocks.append(Rule())
        else:
            blocks.append(Paragraph(content))
    flush()
    if not blocks and title is None:
        raise InputError("has no text; nothing to convert", path=opts.source)

    if title is None and core.title:
        title = core.title.strip()
    if title is None and blocks and isinstance(blocks[0], Heading) and blocks[0].level == 1:
        title = inline_text(blocks[0].content)  # a document that opens with its headline as Heading 1
        blocks = blocks[1:]
    people = tuple(Person(name.strip(), Role.AUTHOR) for name in re.split(r"[;；]", core.author or "") if name.strip())
    section_text = custom.get("section") or (core.category if ours else "")
    published = None
    if ours and core.created is not None:
        created = core.created.replace(tzinfo=None)
        published = created.date() if created.time() == created.time().min else created
    from newsconv.readers.text.meta import blocks_language

    language = opts.language or (core.language or "").split("-")[0].lower() or blocks_language(blocks, title)
    meta = Meta(
        title=title,
        subtitle=subtitle,
        authors=people,
        source=custom.get("source") or (core.comments if ours and core.comments else None),
        section=tuple(s.strip() for s in section_text.split(">") if s.strip()),
        published=published,
        language=language or None,
        url=custom.get("url") or None,
    )
    return Document(meta, tuple(blocks))
