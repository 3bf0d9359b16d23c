"""PDF writer (reportlab): print-ready A4 pages with every font embedded.

Layout is reportlab's platypus (frames, page templates, page breaking) with newsconv's own
paragraph flowable (``layout.TextBlock``), because reportlab's CJK wrapping lets closing
punctuation start a line. Output is byte-identical for the same input and options:
reportlab's invariant mode, and dates only from the article or SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, assert_never

from newsconv import __version__
from newsconv.model import (
    Block,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    inline_text,
)
from newsconv.profiles import Profile, load_profile
from newsconv.writers import WriteOptions
from newsconv.writers.common import document_timestamp, meta_line
from newsconv.writers.pdf.fonts import Face, load_face, source_for
from newsconv.writers.pdf.layout import Outline, TextBlock, TextStyle


class _Styles:
    """The profile's roles resolved to registered faces (each face loaded once per process)."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._cache: dict[str, TextStyle] = {}

    def __getitem__(self, role_name: str) -> TextStyle:
        if role_name not in self._cache:
            role = self.profile.role(role_name)
            source = source_for(role.east_asian, self.profile.fonts, bold=role.bold)
            base = None
            if self.profile.source and not self.profile.source.endswith("(built-in profile)"):
                from pathlib import Path

                base = Path(self.profile.source).parent
            self._cache[role_name] = TextStyle(role, load_face(source, base=base))
        return self._cache[role_name]


class _Outline:
    """Outline levels that never jump by more than one (reportlab refuses a jump)."""

    def __init__(self) -> None:
        self.count = 0
        self.level = -1

    def entry(self, title: str, wanted: int) -> Outline:
        self.count += 1
        self.level = min(wanted, self.level + 1)
        return Outline(f"o{self.count}", title, self.level)


def _list_items(items: tuple[tuple[Block, ...], ...], ordered: bool, start: int) -> Iterator[tuple[str, Block]]:
    for n, item in enumerate(items):
        marker = f"{start + n}. " if ordered else "• "
        for k, block in enumerate(item):
            yield (marker if k == 0 else ""), block


def _flowables(blocks: tuple[Block, ...], styles: _Styles, outline: _Outline,
               body: str = "body") -> Iterator[TextBlock]:
    for block in blocks:
        match block:
            case Heading(level, content):
                title = inline_text(content)
                role = f"heading {min(level, 4)}"
                yield TextBlock(title, styles[role], outline=outline.entry(title, level))
            case Paragraph(content):
                yield TextBlock(inline_text(content), styles[body])
            case Quote(children):
                yield from _flowables(children, styles, outline, body="quote")
            case ListBlock(items, ordered, start):
                for marker, item in _list_items(items, ordered, start):
                    if isinstance(item, Paragraph | Heading):
                        yield TextBlock(marker + inline_text(item.content), styles[body])
                    else:
                        yield from _flowables((item,), styles, outline, body)
            case Figure(caption, _):
                if caption:
                    yield TextBlock(inline_text(caption), styles["caption"])
            case Rule():
                yield TextBlock("＊\u3000＊\u3000＊", styles["caption"])
            case _:
                assert_never(block)


def document_flowables(doc: Document, profile: Profile) -> list[TextBlock]:
    styles = _Styles(profile)
    outline = _Outline()
    meta = doc.meta
    out: list[TextBlock] = []
    if meta.title:
        out.append(TextBlock(meta.title, styles["title"], outline=outline.entry(meta.title, 0)))
    if meta.subtitle:
        out.append(TextBlock(meta.subtitle, styles["subtitle"]))
    line = meta_line(meta, date_style=profile.date_style)
    if line:
        out.append(TextBlock(line, styles["meta"]))
    out.extend(_flowables(doc.blocks, styles, outline))
    return out


def _fit(label: str, face: Face, size: float, width: float) -> str:
    """The label, cut with an ellipsis where it is wider than the type area."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(label, face.name, size) <= width:
        return label
    while label and stringWidth(label + "…", face.name, size) > width:
        label = label[:-1]
    return label + "…"


def _page_drawer(profile: Profile, face: Face, title: str) -> Any:
    """Draws what stands outside the type area on every page: page number, running header and footer."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    numbers = profile.page_numbers
    page = profile.page
    size = profile.role("page number").size
    header = _fit(profile.running.text("header", title), face, size, page.frame_width)
    footer = _fit(profile.running.text("footer", title), face, size, page.frame_width)
    number_baseline = page.margin_bottom - numbers.distance - face.ascent * size  # under the number's top

    def draw(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(face.name, size)
        centre = page.margin_left + page.frame_width / 2
        if header:  # its top halfway down the top margin, as the DOCX header
            canvas.drawCentredString(centre, page.height - page.margin_top / 2 - face.ascent * size, header)
        if footer:  # the line under the page number, as in the DOCX footer
            canvas.drawCentredString(centre, number_baseline - (size * 1.3 if numbers.format else 0), footer)
        if numbers.format:
            n = canvas.getPageNumber()
            label = numbers.text(n)
            width = stringWidth(label, face.name, size)
            inset = numbers.inset * size
            align = numbers.align
            if align == "outside":
                align = "right" if n % 2 else "left"
            if align == "right":
                x = page.width - page.margin_right - inset - width
            elif align == "left":
                x = page.margin_left + inset
            else:
                x = centre - width / 2
            canvas.drawString(x, number_baseline, label)
        canvas.restoreState()

    return draw


def _canvas_class(stamp: str | None) -> Any:
    """A canvas whose document info carries the article's date, or no date at all."""
    from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
    from reportlab.pdfgen.canvas import Canvas

    class Info(PDFInfo):  # type: ignore[misc]
        def format(self, document: Any) -> bytes:
            entries: dict[str, Any] = {
                "Title": PDFString(self.title),
                "Author": PDFString(self.author),
                "Subject": PDFString(self.subject),
                "Keywords": PDFString(self.keywords),
                "Creator": PDFString(self.creator),
                "Producer": PDFString(self.producer),
                "Trapped": PDFName(self.trapped),
            }
            if stamp is not None:
                date = PDFDate(ts=document._timeStamp, dateFormatter=lambda *_: stamp)
                entries["CreationDate"] = entries["ModDate"] = date
            return PDFDictionary(entries).format(document)

    class StampedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            info = Info()
            info.__dict__.update(self._doc.info.__dict__)
            self._doc.info = info

    return StampedCanvas


def write_pdf(doc: Document, profile: Profile | None = None, options: WriteOptions | None = None) -> bytes:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    profile = profile or load_profile()
    page = profile.page
    meta = doc.meta
    flowables = document_flowables(doc, profile)
    number_style = _Styles(profile)["page number"]
    body_face = _Styles(profile)["body"].face
    stamp_dt = document_timestamp(meta)
    stamp = stamp_dt.strftime("D:%Y%m%d%H%M%S+00'00'") if stamp_dt else None
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=(page.width, page.height),
        leftMargin=page.margin_left,
        rightMargin=page.margin_right,
        topMargin=page.margin_top,
        bottomMargin=page.margin_bottom,
        title=meta.title or "",
        author="; ".join(meta.writers),
        subject=meta.subtitle or " > ".join(meta.section),
        keywords=", ".join(meta.section),
        creator=f"newsconv {__version__}",
        producer=f"newsconv {__version__} (reportlab)",
        invariant=1,
        initialFontName=body_face.name,  # otherwise an unembedded Helvetica is declared
        initialFontSize=profile.role("body").size,
        lang=meta.language or None,
    )
    frame = Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    drawer = _page_drawer(profile, number_style.face, meta.title or "")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=drawer)])
    if not flowables:
        flowables = [TextBlock(" ", _Styles(profile)["body"])]
    template.build(flowables, canvasmaker=_canvas_class(stamp))
    return out.getvalue()
