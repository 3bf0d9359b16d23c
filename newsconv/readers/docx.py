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
from collections.abc import Iterator
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
    Table,
    Text,
    inline_text,
    language_tag,
    merge_text,
)
from newsconv.readers import ReadOptions

_HEADING = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_RULE_TEXTS = frozenset({"＊\u3000＊\u3000＊", "* * *", "***", "———"})
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


# A .docx is a zip of XML parts. Checked before python-docx inflates and parses anything, so a
# small file cannot cost unbounded time or memory: zipfile never inflates a member past the size
# its header declares, so the declared sizes bound what reading can cost.
MAX_PARTS = 10_000
MAX_INFLATED = 512 * 1024 * 1024  # every part together (images included)
MAX_XML_PART = 64 * 1024 * 1024  # one XML part: a 64 MB document.xml is thousands of pages


def _check_package(data: bytes, source: str | None) -> None:
    def refuse(why: str) -> InputError:
        return InputError(f"not a .docx newsconv will open: {why}", path=source)

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(f"not a readable .docx file ({exc}); save it from Word as .docx", path=source) from None
    if len(members) > MAX_PARTS:
        raise refuse(f"it has {len(members):,} parts (at most {MAX_PARTS:,})")
    total = sum(m.file_size for m in members)
    if total > MAX_INFLATED:
        raise refuse(f"it unpacks to {total >> 20:,} MB (at most {MAX_INFLATED >> 20} MB); is it a zip bomb?")
    for member in members:
        if member.filename.lower().endswith((".xml", ".rels")) and member.file_size > MAX_XML_PART:
            raise refuse(f"its part {member.filename} unpacks to {member.file_size >> 20:,} MB "
                         f"(at most {MAX_XML_PART >> 20} MB)")


def _open(data: bytes | str, source: str | None) -> Any:
    import docx

    if isinstance(data, str):
        raise InputError("a .docx file is binary; read it from a file, not as text", path=source)
    _check_package(data, source)
    return docx.Document(io.BytesIO(data))


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


class _Styles:
    """Paragraph style names by style id, read once. (python-docx's ``paragraph.style`` scans
    every style of the document for each paragraph: hours for a file with thousands of styles.)"""

    def __init__(self, document: Any) -> None:
        from docx.styles import BabelFish

        self.names: dict[str, str] = {}
        self.default = ""
        for style in document.styles.element.findall(f"{_W}style"):
            if style.get(f"{_W}type") != "paragraph":
                continue
            node = style.find(f"{_W}name")
            name = BabelFish.internal2ui(node.get(f"{_W}val") or "") if node is not None else ""
            self.names.setdefault(style.get(f"{_W}styleId") or "", name)
            if style.get(f"{_W}default") in ("1", "true", "on") and not self.default:
                self.default = name

    def of(self, p: Any) -> str:
        ppr = p.find(f"{_W}pPr")
        ref = ppr.find(f"{_W}pStyle") if ppr is not None else None
        if ref is None:
            return self.default
        return self.names.get(ref.get(f"{_W}val") or "", self.default)


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



def _paragraph_kind(p: Any, styles: _Styles, formats: dict[tuple[str, str], str]) -> tuple[str, int]:
    """(kind, level): title, subtitle, meta, heading, quote, list-bullet, list-number, caption, body."""
    style = styles.of(p)
    if style == "Title":
        return "title", 0
    if style == "Subtitle":
        return "subtitle", 0
    if style == "Article Meta":
        return "meta", 0
    if m := _HEADING.match(style):
        return "heading", int(m.group(1))
    ppr = p.find(f"{_W}pPr")
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


def _cell_content(tc: Any, document: Any, nested: list[bool]) -> tuple[Inline, ...]:
    """A table cell's text as inlines: its paragraphs joined by line breaks; a table inside the
    cell flattened to lines of its cells' text (the model's cells hold no tables)."""
    lines: list[tuple[Inline, ...]] = []
    for child in tc.iterchildren():
        if child.tag == f"{_W}p":
            content = _strip(_runs(child, document))
            if inline_text(content).strip():
                lines.append(content)
        elif child.tag == f"{_W}tbl":
            nested[0] = True
            for tr in child.iter(f"{_W}tr"):
                texts = ["".join(t.text or "" for t in tc2.iter(f"{_W}t")).strip() for tc2 in tr.iterchildren(f"{_W}tc")]
                if any(texts):
                    lines.append((Text(" | ".join(texts)),))
        elif child.tag == f"{_W}sdt":
            content = _cell_content(child.find(f"{_W}sdtContent") if child.find(f"{_W}sdtContent") is not None
                                    else child, document, nested)
            if content:
                lines.append(content)
    out: list[Inline] = []
    for n, line in enumerate(lines):
        if n:
            out.append(LineBreak())
        out.extend(line)
    return merge_text(out)


def _unbold(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    if len(content) == 1 and isinstance(content[0], Strong):
        return content[0].content
    return content


def _table(tbl: Any, document: Any, styles: _Styles, opts: ReadOptions) -> list[Any]:
    """A Word table as a Table block, or, for a one-cell table (a frame around text, often the
    whole article), the paragraphs inside it."""
    rows = [list(tr.iterchildren(f"{_W}tc")) for tr in tbl.iterchildren(f"{_W}tr")]
    if sum(len(r) for r in rows) == 1:
        return list(_body_items(rows[0][0], document, styles, opts))
    nested = [False]
    cells = tuple(tuple(_cell_content(tc, document, nested) for tc in row) for row in rows)
    if nested[0]:
        opts.warning("a table inside a table cell was flattened into the cell's text")
    header = 0
    for tr in tbl.iterchildren(f"{_W}tr"):
        props = tr.find(f"{_W}trPr")
        if props is None or props.find(f"{_W}tblHeader") is None or not _on(props, "tblHeader"):
            break
        header += 1
    # header cells are bold by their row's role, not by emphasis in the text
    cells = tuple(tuple(_unbold(c) for c in row) if r < header else row for r, row in enumerate(cells))
    return [Table(cells, header)] if any(inline_text(c).strip() for row in cells for c in row) else []


def _body_items(container: Any, document: Any, styles: _Styles, opts: ReadOptions) -> Iterator[Any]:
    """The paragraph elements and Table blocks of the body (or of a cell), in reading order;
    content controls and tracked insertions opened."""
    for element in container.iterchildren():
        if element.tag == f"{_W}p":
            yield element
        elif element.tag == f"{_W}tbl":
            yield from _table(element, document, styles, opts)
        elif element.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}ins", f"{_W}customXml"):
            yield from _body_items(element, document, styles, opts)


def read_docx(data: bytes | str, opts: ReadOptions) -> Document:
    """The DOCX reader. python-docx and lxml raise many kinds of exceptions on a damaged file
    (XML syntax, zlib, missing parts, attributes of the wrong type); every one of them means
    the file cannot be read, and is reported as such."""
    try:
        return _read_docx(data, opts)
    except InputError:
        raise
    except (RecursionError, MemoryError):
        raise InputError("is too large or too deeply nested to read", path=opts.source) from None
    except Exception as exc:
        what = f"{type(exc).__name__}: {exc}"[:160]
        raise InputError(f"not a readable .docx file ({what}); open it in Word and save it again",
                         path=opts.source) from None


def _read_docx(data: bytes | str, opts: ReadOptions) -> Document:
    document = _open(data, opts.source)
    core = document.core_properties
    custom = _custom_properties(document)
    ours = core.last_modified_by == "newsconv" or bool(custom.keys() & {"source", "url", "section"})
    formats = _numbering_formats(document)
    styles = _Styles(document)
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

    for item in _body_items(document.element.body, document, styles, opts):
        if isinstance(item, Table):
            flush()
            if blocks and isinstance(blocks[-1], Figure) and blocks[-1].src is None and not item.caption:
                item = Table(item.rows, item.header, blocks.pop().caption)  # the Caption paragraph above it
            blocks.append(item)
            continue
        content = _strip(_runs(item, document))
        text = inline_text(content).strip()
        if not text:
            continue
        kind, level = _paragraph_kind(item, styles, formats)
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

    language = opts.language or (language_tag(core.language) or "").split("-")[0].lower() or blocks_language(blocks, title)
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
