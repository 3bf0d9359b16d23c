"""Reading PDFs back the way a print desk checks them: fonts, text, lines with positions."""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def _apply_character_spacing_per_glyph() -> None:
    """pdfminer (under pdfplumber) reads character spacing as newsconv check does: after every
    glyph, as PDF 32000 §9.4.4 says (see render_string_per_glyph)."""
    from pdfminer.pdfdevice import PDFTextDevice

    from newsconv.check.pdfread import render_string_per_glyph

    PDFTextDevice.render_string_horizontal = render_string_per_glyph


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
    font: str = ""  # the font of the line's first character

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
                while chars and not chars[0]["text"].strip():
                    chars.pop(0)
                while chars and not chars[-1]["text"].strip():
                    chars.pop()
                if not chars:
                    continue
                lines.append(TextLine(number, chars[0]["top"], chars[0]["x0"], chars[-1]["x1"],
                                      "".join(c["text"] for c in chars), max(c["size"] for c in chars),
                                      tuple(c["x1"] for c in chars), chars[0]["fontname"].split("+")[-1]))
    return lines


def body_line_texts(data: bytes) -> list[str]:
    """Each line's characters without spaces, page numbers (— 3 —) left out, and without a pause
    mark hung at its end (LibreOffice 7.4 does not draw a comma hung from a justified line)."""
    texts = [squash(line.text) for line in text_lines(data)]
    return [t.rstrip("，、。") for t in texts if not (t.startswith("—") and t.endswith("—"))]


def same_lines(ours: bytes, theirs: bytes) -> tuple[int, int]:
    """(lines holding the same characters in both PDFs, matched in order; lines of the longer)."""
    a, b = body_line_texts(ours), body_line_texts(theirs)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()), max(len(a), len(b))


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


# ---------------------------------------------------------------------------- line-breaking rules

# clreq (PRINT.md): what may not start or end a line. Kept here, apart from newsconv's own
# lists, so that the check does not share a mistake with the code it checks.
FORBIDDEN_START = set("、，。．：；！？”’」』）】〕〗〉》…·％,.;:!?)]}%")
FORBIDDEN_END = set("“‘「『（【〔〖〈《([{")


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


@dataclass(frozen=True)
class Violation:
    page: int
    rule: str
    text: str


def _paragraph_starts(lines: list[TextLine], margin_left: float, indent: float) -> list[bool]:
    """Whether each line begins a block: indented by the first-line indent, or set in another
    font or size than the line before (a heading, the title, a centred line)."""
    starts = []
    for n, line in enumerate(lines):
        prev = lines[n - 1] if n else None
        starts.append(
            prev is None or (indent > 0 and abs(line.x0 - margin_left - indent) < 1)
            or abs(line.x0 - margin_left) > indent + 1
            or abs(line.size - prev.size) > 0.1 or line.font != prev.font
        )
    return starts


def body_lines_of(data: bytes) -> list[TextLine]:
    """Text lines without the page numbers (a line that is only a number and dashes)."""
    return [line for line in text_lines(data) if not re.fullmatch(r"\W*\d+\W*", line.text.strip())]


def line_break_violations(data: bytes, source_text: str, *, margin_left: float, indent: float) -> list[Violation]:
    """Rule breaks in a PDF's text, read from its lines and their positions.

    ``source_text`` is the article's text (title, meta line, blocks), which tells a word cut at
    a line end from two words a space separated. ``margin_left`` and ``indent`` (points) tell a
    paragraph's first line, which is indented, from its continuation lines.
    """
    lines = body_lines_of(data)
    starts = _paragraph_starts(lines, margin_left, indent)
    problems: list[Violation] = []
    for n, line in enumerate(lines):
        text = line.text.strip()
        after = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
        continues = n + 1 < len(lines) and not starts[n + 1]
        if text[0] in FORBIDDEN_START and not starts[n]:
            problems.append(Violation(line.page, "starts with a closing mark", text))
        if text[-1] in FORBIDDEN_END and continues:
            problems.append(Violation(line.page, "ends with an opening mark", text))
        if (text.endswith("—") and after.startswith("—")) or (text.endswith("…") and after.startswith("…")):
            problems.append(Violation(line.page, "splits —— or ……", f"{text} | {after}"))
        if after and text[-1].isascii() and text[-1].isalnum() and after[0].isascii() and after[0].isalnum():
            tail = re.search(r"[A-Za-z0-9]+$", text).group()
            head = re.match(r"[A-Za-z0-9]+", after).group()
            joined = re.search(r"(?<![A-Za-z0-9])" + re.escape(tail) + r"(\s*)" + re.escape(head) + r"(?![A-Za-z0-9])",
                               source_text)
            # a word longer than a whole line has to be cut somewhere
            too_long = stringish_width(tail + head, line.size) >= line_width(lines)
            if joined is not None and not joined.group(1) and not too_long:
                problems.append(Violation(line.page, "splits a word", f"{text} | {after}"))
        last_of_block = n + 1 == len(lines) or starts[n + 1]
        if last_of_block and not starts[n] and len(text) == 1 and _is_han(text):
            problems.append(Violation(line.page, "a single character alone on a last line", text))
    return problems


def stringish_width(word: str, size: float) -> float:
    """A generous width for a Latin word (0.6 em a character), to tell words longer than a line."""
    return len(word) * size * 0.6


def line_width(lines: list[TextLine]) -> float:
    return max((line.x1 - line.x0 for line in lines), default=0.0)


def page_break_violations(data: bytes, *, margin_left: float, indent: float) -> list[Violation]:
    """Widows, orphans and stranded headings, read from the PDF: a paragraph's single line alone
    at the top or the bottom of a page (where the paragraph has three lines or more, so that it
    could be avoided), a heading as the last line of a page."""
    lines = body_lines_of(data)
    starts = _paragraph_starts(lines, margin_left, indent)
    body_font = max({line.font for line in lines}, key=lambda f: sum(line.font == f for line in lines))
    problems: list[Violation] = []
    pages = sorted({line.page for line in lines})
    for page in pages[:-1]:
        on_page = [n for n, line in enumerate(lines) if line.page == page]
        last = on_page[-1]
        nxt = last + 1
        if nxt >= len(lines):
            continue
        if lines[last].font != body_font and starts[last] and lines[nxt].page != page:
            problems.append(Violation(page, "a heading at the foot of a page", lines[last].text))
            continue
        continued = not starts[nxt]
        if continued and starts[last] and lines[last].font == body_font:
            # the paragraph's first line alone at the foot (orphan), if it has 3+ lines
            length = 1 + next((k for k in range(nxt, len(lines)) if starts[k]), len(lines)) - nxt
            if length >= 3:
                problems.append(Violation(page, "a paragraph's first line alone at the foot of a page",
                                          lines[last].text))
        if continued:
            end = next((k for k in range(nxt + 1, len(lines)) if starts[k]), len(lines))
            begin = max((k for k in range(0, nxt) if starts[k]), default=0)
            if end == nxt + 1 and end - begin >= 3:
                problems.append(Violation(page + 1, "a paragraph's last line alone at the head of a page",
                                          lines[nxt].text))
    return problems
