"""A finished PDF read back as a print desk measures it (pdfminer.six): every glyph with its
baseline, size, face and colour, the horizontal rules with their widths and colours, and
which fonts are embedded.

Positions come from the glyphs' baselines, not from the boxes PDF producers declare for their
fonts (reportlab, LibreOffice and Word each declare other ascents): the em box of a Chinese
face is taken as 0.88 em above the baseline and 0.12 em below, as the faces themselves draw it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

_SUBSET = re.compile(r"^[A-Z]{6}\+")
EM_ASCENT, EM_DESCENT = 0.88, 0.12


@dataclass(frozen=True, slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    baseline: float  # points from the page's top
    size: float
    font: str  # the PostScript name, without a subset prefix
    color: tuple[float, float, float]  # fill colour as RGB, 0-1
    stroked: bool  # filled and stroked: a synthetic bold


@dataclass(frozen=True, slots=True)
class Line:
    """Glyphs on one baseline, left to right."""

    page: int
    glyphs: tuple[Glyph, ...]

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)

    @property
    def squashed(self) -> str:
        return "".join(self.text.split())

    @property
    def baseline(self) -> float:
        return self.glyphs[0].baseline

    @property
    def size(self) -> float:
        return max(g.size for g in self.glyphs)

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def em_top(self) -> float:
        return self.baseline - EM_ASCENT * self.size

    @property
    def em_bottom(self) -> float:
        return self.baseline + EM_DESCENT * self.size

    @property
    def color(self) -> tuple[float, float, float]:
        return self.glyphs[0].color


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule: a stroked line or a thin filled rectangle."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    color: tuple[float, float, float]

    @property
    def width(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class PdfDocument:
    pages: list[Page]
    fonts: dict[str, bool]  # font name -> embedded


def _rgb(color: Any, space: Any = None) -> tuple[float, float, float]:
    """A colour as RGB: gray, RGB and CMYK (pdfminer gives the raw components)."""
    if color is None:
        return 0.0, 0.0, 0.0
    if isinstance(color, int | float):
        return float(color), float(color), float(color)
    values = [float(v) for v in color if isinstance(v, int | float)]
    if len(values) == 1:
        return values[0], values[0], values[0]
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return 0.0, 0.0, 0.0


def is_red(color: tuple[float, float, float]) -> bool:
    red, green, blue = color
    return red > 0.75 and green < 0.3 and blue < 0.3


def _embedded(font: Any) -> bool:
    descriptor = getattr(font, "descriptor", None) or {}
    return any(key in descriptor for key in ("FontFile", "FontFile2", "FontFile3"))


def render_string_per_glyph(self: Any, seq: Any, matrix: Any, pos: Any, font: Any, fontsize: float,
                            scaling: float, charspace: float, wordspace: float, rise: float, dxscale: float,
                            ncs: Any, graphicstate: Any) -> Any:
    """pdfminer's ``PDFTextDevice.render_string_horizontal`` with character spacing after every
    glyph, as PDF 32000 §9.4.4 says and poppler and Acrobat do. pdfminer.six adds it only
    between the glyphs of one string (pdfminer/pdfminer.six#1128), so text set with negative
    tracking in several strings (reportlab switches font subsets mid-line) would read back too
    far right."""
    from pdfminer import utils

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


def _device(manager: Any, fonts: dict[str, bool]) -> Any:
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.layout import LTChar, LTCurve

    class Device(PDFLayoutAnalyzer):  # type: ignore[misc]
        """Collects glyphs and horizontal rules, page by page."""

        def __init__(self) -> None:
            super().__init__(manager, laparams=None)
            self.pages: list[Page] = []
            self.glyphs: list[Glyph] = []
            self.stroked = False
            self.cur_item_done: list[Any] = []

        def begin_page(self, page: Any, ctm: Any) -> None:
            super().begin_page(page, ctm)
            x0, y0, x1, y1 = page.mediabox
            self.pages.append(Page(len(self.pages) + 1, x1 - x0, y1 - y0))
            self.glyphs = []

        def end_page(self, page: Any) -> None:
            super().end_page(page)
            current = self.pages[-1]
            current.lines = _lines(current.number, self.glyphs)
            for item in self.cur_item_done or ():
                rule = _rule(item, current, LTCurve)
                if rule is not None:
                    current.rules.append(rule)
            current.rules = _merged(current.rules)

        def receive_layout(self, ltpage: Any) -> None:
            self.cur_item_done = list(ltpage)

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
            self.stroked = textstate.render in (1, 2, 5, 6) and graphicstate.linewidth > 0
            super().render_string(textstate, seq, ncs, graphicstate)

        render_string_horizontal = render_string_per_glyph

        def render_char(self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float, cid: int,
                        ncs: Any, graphicstate: Any) -> float:
            adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
            char = self.cur_item._objs[-1]
            if isinstance(char, LTChar):
                name = _SUBSET.sub("", char.fontname)
                fonts[name] = fonts.get(name, False) or _embedded(font)
                height = self.pages[-1].height
                self.glyphs.append(Glyph(char.get_text(), char.x0, char.x1, height - char.matrix[5], char.size, name,
                                         _rgb(graphicstate.ncolor), self.stroked))
            return adv

    return Device()


def _lines(number: int, glyphs: list[Glyph]) -> list[Line]:
    rows: dict[int, list[Glyph]] = {}
    for glyph in glyphs:
        rows.setdefault(round(glyph.baseline * 2), []).append(glyph)
    out = []
    for key in sorted(rows):
        row = sorted(rows[key], key=lambda g: g.x0)
        while row and not row[0].text.strip():
            row.pop(0)
        while row and not row[-1].text.strip():
            row.pop()
        if row:
            out.append(Line(number, tuple(row)))
    return out


def _rule(item: Any, page: Page, curve_type: type) -> Rule | None:
    """A horizontal rule from a line or a thin rectangle at least a third of the page wide."""
    if not isinstance(item, curve_type):
        return None
    x0, y0, x1, y1 = item.bbox
    if x1 - x0 < page.width / 3:
        return None
    stroke = bool(getattr(item, "stroke", False))
    fill = bool(getattr(item, "fill", False))
    if y1 - y0 < 0.5 and stroke:  # a stroked line: its width is the line width
        middle = page.height - (y0 + y1) / 2
        half = (getattr(item, "linewidth", 0) or 0) / 2
        return Rule(page.number, middle - half, middle + half, x0, x1, _rgb(item.stroking_color))
    if 0 < y1 - y0 < 3 and fill:  # a filled rectangle as thin as a rule
        return Rule(page.number, page.height - y1, page.height - y0, x0, x1, _rgb(item.non_stroking_color))
    return None


def _merged(rules: list[Rule]) -> list[Rule]:
    """One rule where a producer drew the same one twice (LibreOffice does for paragraph borders)."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: r.top):
        if out and abs(out[-1].top - rule.top) < 0.2 and abs(out[-1].x0 - rule.x0) < 1:
            continue
        out.append(rule)
    return out


def read_pdf(data: bytes, source: str) -> PdfDocument:
    """Every page's lines and rules, and the fonts; an InputError for a damaged or encrypted file."""
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFSyntaxError

    from newsconv.errors import InputError

    fonts: dict[str, bool] = {}
    manager = PDFResourceManager()
    device = _device(manager, fonts)
    interpreter = PDFPageInterpreter(manager, device)
    try:
        for page in PDFPage.get_pages(io.BytesIO(data)):
            interpreter.process_page(page)
    except PDFSyntaxError as exc:
        raise InputError(f"not a readable PDF ({exc}); check that the file is whole", path=source) from None
    except Exception as exc:  # pdfminer raises many kinds on damaged or encrypted files
        if type(exc).__name__.startswith(("PDFEncryption", "PDFPassword")):
            raise InputError("the PDF is encrypted; save an unprotected copy to check it", path=source) from None
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", path=source) from None
    if not device.pages:
        raise InputError("the PDF has no pages", path=source)
    return PdfDocument(device.pages, fonts)
