"""PDF layout: a reportlab flowable that sets one paragraph with newsconv's own line breaking.

Each ``TextBlock`` measures its atoms once, breaks them into lines for the frame's width
(``linebreak.Breaker``), justifies by spreading space between wide characters and at spaces,
and splits between pages without leaving a single line of a paragraph alone at the top or
the bottom of a page where it can be avoided.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from newsconv.profiles import RoleStyle
from newsconv.writers.pdf.fonts import Face
from newsconv.writers.pdf.linebreak import Breaker, Span, expansion_points, is_space, measure_atoms, split_atoms

_FAKE_BOLD_STROKE = 0.028  # stroke width, in ems, that makes a regular face read as bold


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A role resolved for the PDF: its profile style and the face that draws it."""

    role: RoleStyle
    face: Face

    @property
    def size(self) -> float:
        return self.role.size

    @property
    def leading(self) -> float:
        # a multiple applies to the em (the CJK body): 1.0 is solid setting
        return self.role.leading(1.0)

    @property
    def fake_bold(self) -> bool:
        return self.role.bold and not self.face.bold


@dataclass(frozen=True, slots=True)
class Outline:
    """An outline (bookmark) entry drawn with the block's first line."""

    key: str
    title: str
    level: int


@dataclass(slots=True)
class _Measured:
    atoms: list[str]
    widths: list[float]
    gaps: list[float]
    cache: dict[float, list[Span]] = field(default_factory=dict)


def _split_wide(atoms: list[str], limit: float, width_of: Any) -> list[str]:
    """Cut a word or URL wider than the whole line (the only case a word is split)."""
    out: list[str] = []
    for atom in atoms:
        if is_space(atom) or width_of(atom) <= limit:
            out.append(atom)
            continue
        piece = ""
        for ch in atom:
            if piece and width_of(piece + ch) > limit:
                out.append(piece)
                piece = ""
            piece += ch
        if piece:
            out.append(piece)
    return out


def measure(text: str, style: TextStyle, line_width: float) -> _Measured:
    size, name, spacing = style.size, style.face.name, style.role.letter_spacing

    def width_of(atom: str) -> float:
        return stringWidth(atom, name, size) + spacing * len(atom)

    atoms = _split_wide(split_atoms(text), line_width, width_of)
    widths, gaps = measure_atoms(atoms, width_of, size)
    return _Measured(atoms, widths, gaps)


class TextBlock(Flowable):  # type: ignore[misc]
    """One paragraph, heading, title or meta line, set line by line."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        outline: Outline | None = None,
        measured: _Measured | None = None,
        spans: list[Span] | None = None,
        first_part: bool = True,
        last_part: bool = True,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.outline = outline
        self.measured = measured
        self.spans = spans
        self.first_part = first_part
        self.last_part = last_part
        self.keepWithNext = style.role.keep_with_next
        self._width = 0.0

    # -- platypus protocol

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        if self.spans is None or self._laid_width != availWidth:
            self.spans = self._lay_out(availWidth)
            self._laid_width = availWidth
        self.width, self.height = availWidth, len(self.spans) * self.style.leading
        return self.width, self.height

    _laid_width: float = -1.0

    def getSpaceBefore(self) -> float:
        return self.style.role.space_before if self.first_part else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.role.space_after if self.last_part else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        spans = self.spans if self.spans is not None and self._laid_width == availWidth else self._lay_out(availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        total = len(spans)
        if fit >= total:
            return [self]
        if self.style.role.keep_with_next or total <= 3:
            return []  # headings and short paragraphs move whole
        fit = min(fit, total - 2)  # leave at least two lines for the next page
        if fit < 2:
            return []  # never strand one line at the bottom of a page
        head = TextBlock(self.text, self.style, outline=self.outline, measured=self.measured,
                         spans=spans[:fit], first_part=self.first_part, last_part=False)
        tail = TextBlock(self.text, self.style, measured=self.measured, spans=spans[fit:],
                         first_part=False, last_part=self.last_part)
        head._laid_width = tail._laid_width = availWidth
        return [head, tail]

    # -- layout

    def _indent(self) -> tuple[float, float]:
        """(left indent of every line, extra first-line indent), in points."""
        role = self.style.role
        return role.left_indent * role.size, role.first_line_indent * role.size

    def _lay_out(self, width: float) -> list[Span]:
        left, first = self._indent()
        if self.measured is None:
            self.measured = measure(self.text, self.style, max(width - left - first, 1.0))
        m = self.measured
        if width not in m.cache:
            breaker = Breaker(m.atoms, m.widths, m.gaps, em=self.style.size)
            m.cache[width] = breaker.lines(width - left - first, width - left)
        return m.cache[width]

    def draw(self) -> None:
        canvas = self.canv
        assert self.spans is not None and self.measured is not None
        if self.outline is not None:
            canvas.bookmarkPage(self.outline.key)
            canvas.addOutlineEntry(self.outline.title, self.outline.key, level=self.outline.level, closed=False)
        style, role = self.style, self.style.role
        leading = style.leading
        # the em box is centred in the line: baseline = half the extra leading + the em's ascent
        baseline_drop = (leading - style.size) / 2 + style.face.ascent * style.size
        left, first = self._indent()
        text = canvas.beginText()
        text.setFont(style.face.name, style.size)
        if style.fake_bold:
            canvas.setLineWidth(style.size * _FAKE_BOLD_STROKE)
            canvas.setStrokeColorRGB(0, 0, 0)
            text.setTextRenderMode(2)
        m = self.measured
        for n, span in enumerate(self.spans):
            is_first_line = n == 0 and self.first_part
            is_last_line = n == len(self.spans) - 1 and self.last_part
            x0 = left + (first if is_first_line else 0.0)
            avail = self._width - x0
            y = self.height - n * leading - baseline_drop
            extra, points = 0.0, []
            if role.align == "justify" and not is_last_line:
                points = expansion_points(m.atoms, span)
                if points:
                    extra = max(avail - span.width, 0.0) / len(points)
            elif role.align == "center":
                x0 += (avail - span.width) / 2
            elif role.align == "right":
                x0 += avail - span.width
            for x, piece, tc in _pieces(m, span, x0, extra, set(points), role.letter_spacing):
                text.setTextOrigin(x, y)
                text.setCharSpace(tc)
                text.textOut(piece)
        canvas.drawText(text)


def _pieces(
    m: _Measured, span: Span, x0: float, extra: float, points: set[int], letter_spacing: float
) -> list[tuple[float, str, float]]:
    """(x, text, character spacing) runs for one line.

    A run drawn with character spacing ``letter_spacing + a`` places every atom where layout
    wants it as long as each one-character atom is followed by exactly ``a`` of justification
    space, and multi-character atoms (words) occur only where ``a`` is 0. Anything else starts
    a new run at its own position.
    """
    end = span.end
    while end > span.start and is_space(m.atoms[end - 1]):
        end -= 1
    pieces: list[tuple[float, str, float]] = []
    x = x0
    run_x, run_text, run_a = x0, "", 0.0
    prev_len, prev_after = 0, 0.0
    for i in range(span.start, end):
        atom = m.atoms[i]
        if i > span.start:
            x += m.gaps[i]
        after = extra if i in points else 0.0
        joinable = (
            bool(run_text)
            and m.gaps[i] == 0.0
            and prev_after == prev_len * run_a  # the previous atom advanced as the run does
            and (len(atom) == 1 or run_a == 0.0)
        )
        if joinable:
            run_text += atom
        else:
            if run_text:
                pieces.append((run_x, run_text, letter_spacing + run_a))
            run_x, run_text = x, atom
            run_a = after if len(atom) == 1 else 0.0
        prev_len, prev_after = len(atom), after
        x += m.widths[i] + after
    if run_text:
        pieces.append((run_x, run_text, letter_spacing + run_a))
    return pieces

