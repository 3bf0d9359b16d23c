"""Reading PDFs back the way a print desk checks them: fonts, text, lines with positions."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader
from pypdf.generic import DictionaryObject



def _apply_character_spacing_per_glyph() -> None:
    """Make pdfminer (under pdfplumber) add character spacing after every glyph, as PDF 32000
    §9.4.4 says, and as poppler and Acrobat do. pdfminer.six adds it only between the glyphs of
    one string (pdfminer/pdfminer.six#1128), so text set with negative tracking in several
    strings (reportlab switches font subsets mid-line) reads back too far right."""
    from pdfminer import utils
    from pdfminer.pdfdevice import PDFTextDevice

    def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace,
                                 rise, dxscale, ncs, graphicstate):  # noqa: ANN001, PLR0913
        x, y = pos
        for obj in seq:
            if isinstance(obj, int | float):
                x -= obj * dxscale
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    x += self.render_char(utils.translate_matrix(matrix, (x, y)), font, fontsize, scaling, rise,
                                          cid, ncs, graphicstate)
                    x += charspace
                    if cid == 32 and wordspace:
                        x += wordspace
        return x, y

    PDFTextDevice.render_string_horizontal = render_string_horizontal


_apply_character_spacing_per_glyph()

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def _fonts_in(resources: DictionaryObject | None, seen: set[int]) -> list[DictionaryObject]:
    if resources is None:
        return []
    fonts: list[DictionaryObject] = []
    font_dict = resources.get("/Font")
    if font_dict is not None:
        for ref in font_dict.get_object().values():
            fonts.append(ref.get_object())
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            fonts.extend(_fonts_in(obj.get("/Resources"), seen))
    return fonts


def unembedded_fonts(data: bytes) -> list[str]:
    """Names of fonts used or declared in the PDF that are not embedded (should be empty)."""
    reader = PdfReader(io.BytesIO(data))
    missing: list[str] = []
    for page in reader.pages:
        for font in _fonts_in(page.get("/Resources"), set()):
            name = str(font.get("/BaseFont", "?")).lstrip("/")
            descriptors = []
            if font.get("/Subtype") == "/Type0":
                for child in font["/DescendantFonts"]:
                    descriptors.append(child.get_object().get("/FontDescriptor"))
            else:
                descriptors.append(font.get("/FontDescriptor"))
            for desc in descriptors:
                desc = desc.get_object() if desc is not None else None
                if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.append(name)
    return missing


def base14_declared(data: bytes) -> list[str]:
    """Base-14 font names written anywhere in the file (reportlab's stray Helvetica, for one)."""
    text = data.decode("latin-1")
    return sorted({name for name in BASE14 if re.search(rf"/BaseFont\s*/{re.escape(name)}\b", text)})


@dataclass(frozen=True)
class TextLine:
    page: int
    top: float
    x0: float
    x1: float
    text: str
    size: float
    ends: tuple[float, ...] = ()  # the right edge of each character of text

    def right_of(self, skip: str = "") -> float:
        """The right edge of the last character not in skip (nor a space)."""
        for char, end in zip(reversed(self.text), reversed(self.ends)):
            if char not in skip and not char.isspace():
                return end
        return self.x0


def text_lines(data: bytes) -> list[TextLine]:
    """Every line of text, in reading order, with its position (points from the page's top-left)."""
    lines: list[TextLine] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            rows: dict[int, list[dict]] = {}
            for ch in page.chars:
                rows.setdefault(round(ch["bottom"]), []).append(ch)
            for key in sorted(rows):
                chars = sorted(rows[key], key=lambda c: c["x0"])
                text = "".join(c["text"] for c in chars)
                if not text.strip():
                    continue
                lines.append(TextLine(number, chars[0]["top"], chars[0]["x0"], chars[-1]["x1"], text,
                                      max(c["size"] for c in chars), tuple(c["x1"] for c in chars)))
    return lines


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def squash(text: str) -> str:
    return "".join(text.split())


def bold_text(data: bytes) -> str:
    """Every character drawn bold, in drawing order: set in a face whose name says Bold, or in a
    regular face filled and stroked (text render mode 2), which is how newsconv's PDF writer and
    LibreOffice embolden a face that has no bold weight."""
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.layout import LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    found: list[str] = []

    class Device(PDFLayoutAnalyzer):
        stroked = False

        def render_string(self, textstate, seq, ncs, graphicstate):  # noqa: ANN001
            self.stroked = textstate.render in (1, 2, 5, 6) and graphicstate.linewidth > 0
            super().render_string(textstate, seq, ncs, graphicstate)

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):  # noqa: ANN001
            adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
            char = self.cur_item._objs[-1]
            if isinstance(char, LTChar) and (self.stroked or "bold" in char.fontname.lower()):
                found.append(char.get_text())
            return adv

    manager = PDFResourceManager()
    device = Device(manager)
    interpreter = PDFPageInterpreter(manager, device)
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
    return "".join(found)
