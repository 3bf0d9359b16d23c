"""PDF layout: a reportlab flowable that sets one paragraph with newsconv's own line breaking.

Each ``TextBlock`` measures its atoms once, breaks them into lines for the frame's width
(``linebreak.Breaker``), justifies by spreading space between wide characters and at spaces,
and splits between pages without leaving a single line of a paragraph alone at the top or
the bottom of a page where it can be avoided.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth

from newsconv.profiles import RoleStyle
from newsconv.writers.pdf.fonts import Face, FontChain
from newsconv.writers.pdf.linebreak import (
    COMPRESS_BEFORE,
    GRID_HAN_LATIN_GAP,
    HAN_LATIN_GAP,
    Breaker,
    Span,
    adjacent_marks,
    compressible,
    expansion_points,
    is_space,
    measure_atoms,
    split_atoms,
)

_FAKE_BOLD_STROKE = 0.028  # stroke width, in ems, that makes a regular face read as bold


@dataclass(frozen=True, slots=True)
class TextStyle:
    """A role resolved for the PDF: its profile style and the faces that draw it."""

    role: RoleStyle
    chain: FontChain
    name: str = ""  # the role's name in the profile
    grid: bool = False  # the page has a character grid (GB/T 9704): lines break as Word's do

    @property
    def face(self) -> Face:
        """The face whose em box sets the line (the East-Asian one)."""
        return self.chain.east_asian

    @property
    def size(self) -> float:
        return self.role.size

    @property
    def leading(self) -> float:
        # a multiple applies to the em (the CJK body): 1.0 is solid setting
        return self.role.leading(1.0)

    def fake_bold(self, face: Face) -> bool:
        return self.role.bold and not face.bold


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
    runs: list[list[tuple[Face, str]]]  # each atom cut into runs of one face
    kerned: list[float]  # the width an atom gave up to a neighbouring mark
    leading: list[bool]  # given up from its leading side: drawn that much to the left
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


_WIDTHS: dict[tuple[str, float, str], float] = {}


def _run_width(face: Face, text: str, size: float) -> float:
    key = (face.name, size, text)
    width = _WIDTHS.get(key)
    if width is None:
        width = _WIDTHS[key] = stringWidth(text, face.name, size)
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
    return width


_ATOM_WIDTHS: dict[tuple[int, float, float, str], float] = {}


def measure(text: str, style: TextStyle, line_width: float) -> _Measured:
    size, spacing, chain = style.size, style.role.letter_spacing, style.chain
    key_base = (id(chain), size, spacing)  # chains live as long as the process (fonts.role_chain)

    def width_of(atom: str) -> float:
        key = (*key_base, atom)
        width = _ATOM_WIDTHS.get(key)
        if width is None:
            width = sum(_run_width(face, run, size) for face, run in chain.runs(atom)) + spacing * len(atom)
            if len(_ATOM_WIDTHS) > 200_000:
                _ATOM_WIDTHS.clear()
            _ATOM_WIDTHS[key] = width
        return width

    atoms = _split_wide(split_atoms(text), line_width, width_of)
    widths, gaps = measure_atoms(atoms, width_of, size, GRID_HAN_LATIN_GAP if style.grid else HAN_LATIN_GAP)
    kerned, leading = adjacent_marks(atoms, widths, size)
    return _Measured(atoms, widths, gaps, [chain.runs(a) for a in atoms], kerned, leading)


Placement = Literal["flow", "new page", "foot"]


class Flowable:
    """What the page loop sets: something with a height for a width, drawn at a point, perhaps
    split between pages. ``placement`` says where: in the flow (the default), after a page break
    (``new page``; ``odd`` starts it on an odd page), or at the foot of the type area (``foot``:
    the 版记 of an official document, the end of an issue; ``even`` puts it on an even page, the
    last side of a sheet printed on both sides)."""

    placement: Placement = "flow"
    odd: bool = False
    even: bool = False
    height: float = 0.0

    @property
    def keep_with_next(self) -> bool:
        return False

    @property
    def space_before(self) -> float:
        return 0.0

    @property
    def space_after(self) -> float:
        return 0.0

    def wrap(self, width: float) -> float:
        raise NotImplementedError

    def split(self, width: float, height: float) -> tuple[Flowable, Flowable] | None:
        return None

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        raise NotImplementedError

    def kept_height(self, width: float) -> float:
        """The height of what must stay on a page with a heading above it."""
        return self.wrap(width)

    def release(self) -> None:
        """Forget what laying out cost, once drawn."""

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        """The text it draws, with its style (for the check that every character has a font)."""
        return iter(())


class RoleSpaced(Flowable):
    """A flowable drawn in one role's style, spaced above and below as that role says."""

    style: TextStyle

    @property
    def space_before(self) -> float:
        return self.style.role.space_before

    @property
    def space_after(self) -> float:
        return self.style.role.space_after


class TextBlock(Flowable):
    """One paragraph, heading, title or meta line, set line by line; split between pages."""

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
        self.text = text
        self.style = style
        self.outline = outline
        self.measured = measured
        self.spans = spans
        self.first_part = first_part
        self.last_part = last_part
        self._width = 0.0
        self.height = 0.0
        self.canv: Any = None

    def wrap(self, width: float) -> float:
        """Lay the block out for a width; returns its height."""
        self._width = width
        if self.spans is None or self._laid_width != width:
            self.spans = self._lay_out(width)
            self._laid_width = width
        self.height = len(self.spans) * self.style.leading
        return self.height

    _laid_width: float = -1.0

    @property
    def keep_with_next(self) -> bool:
        return self.style.role.keep_with_next

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        yield self.style, self.text

    def kept_height(self, width: float) -> float:
        self.wrap(width)
        lines = len(self.spans or ())
        keep = min(lines, 2 if self.style.role.widow_control else 1)
        if self.style.role.widow_control and lines <= 3:
            keep = lines  # a paragraph of three lines or fewer moves whole (see split)
        return keep * self.style.leading

    @property
    def space_before(self) -> float:
        return self.style.role.space_before if self.first_part else 0.0

    @property
    def space_after(self) -> float:
        return self.style.role.space_after if self.last_part else 0.0

    def split(self, width: float, height: float) -> tuple[TextBlock, TextBlock] | None:
        """The lines that fit in ``height`` and the rest, or None when the block must move whole."""
        spans = self.spans if self.spans is not None and self._laid_width == width else self._lay_out(width)
        fit = int((height + 1e-6) // self.style.leading)
        total = len(spans)
        if fit >= total:
            return None
        role = self.style.role
        if role.keep_with_next:
            return None  # headings move whole
        if role.widow_control:
            if total <= 3:
                return None  # short paragraphs move whole
            fit = min(fit, total - 2)  # leave at least two lines for the next page
            if fit < 2:
                return None  # never strand one line at the bottom of a page
        elif fit < 1:
            return None  # without widow control (GB/T 9704's grid), every line of the page is filled
        head = TextBlock(self.text, self.style, outline=self.outline, measured=self.measured,
                         spans=spans[:fit], first_part=self.first_part, last_part=False)
        tail = TextBlock(self.text, self.style, measured=self.measured, spans=spans[fit:],
                         first_part=False, last_part=self.last_part)
        head._laid_width = tail._laid_width = width
        return head, tail

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        """Draw the block with its bottom-left corner at (x, y)."""
        canvas.saveState()
        canvas.translate(x, y)
        self.canv = canvas
        try:
            self.draw()
        finally:
            self.canv = None
            canvas.restoreState()

    # -- layout

    def _indent(self) -> tuple[float, float]:
        """(left indent of every line, extra first-line indent), in points."""
        role = self.style.role
        return role.left_indent * role.size, role.first_line_indent * role.size

    def release(self) -> None:
        """Forget the measured atoms once the block is drawn (a long article holds millions)."""
        self.measured = None
        self.spans = None
        self._laid_width = -1.0

    def _lay_out(self, width: float) -> list[Span]:
        left, first = self._indent()
        if not self.first_part and self.measured is None:
            first = 0.0  # the continuation of a paragraph set in pieces has no first-line indent
        if self.measured is None:
            self.measured = measure(self.text, self.style, max(width - left - first, 1.0))
        m = self.measured
        if width not in m.cache:
            m.cache[width] = _break_lines(m, self.style, width - left - first, width - left)
        return m.cache[width]

    def draw(self) -> None:
        canvas = self.canv
        assert self.measured is not None and self.spans is not None
        if self.outline is not None:
            canvas.bookmarkPage(self.outline.key)
            canvas.addOutlineEntry(self.outline.title, self.outline.key, level=self.outline.level, closed=False)
        style, role = self.style, self.style.role
        leading = style.leading
        # the em box is centred in the line: baseline = half the extra leading + the em's ascent
        baseline_drop = (leading - style.size) / 2 + style.face.ascent * style.size
        left, first = self._indent()
        if role.color != "#000000":  # restored with the canvas state when the block is drawn
            canvas.setFillColorRGB(*(c / 255 for c in role.rgb))
        text = canvas.beginText()
        font: Face | None = None
        stroked = False
        m = self.measured
        for n, span in enumerate(self.spans):
            is_first_line = n == 0 and self.first_part
            is_last_line = (n == len(self.spans) - 1 and self.last_part) or (
                span.end < len(m.atoms) and m.atoms[span.end] == "\n")  # a line broken on purpose
            x0 = left + (first if is_first_line else 0.0)
            avail = self._width - x0
            y = self.height - n * leading - baseline_drop
            extra, points = 0.0, []
            width = span.width - kerned_width(m, span)
            if span.squeeze:
                pass  # the line is full: its marks give up space instead
            elif role.align == "justify" and not is_last_line:
                points = expansion_points(m.atoms, span, m.kerned)
                if points:
                    extra = max(avail - width, 0.0) / len(points)
            elif role.align == "center":
                x0 += (avail - width) / 2
            elif role.align == "right":
                x0 += avail - width
            for x, face, piece, tc in _pieces(m, span, x0, extra, set(points), role.letter_spacing, style.size):
                if face is not font:
                    text.setFont(face.name, style.size)
                    font = face
                if style.fake_bold(face) != stroked:
                    stroked = style.fake_bold(face)
                    if stroked:
                        canvas.setLineWidth(style.size * _FAKE_BOLD_STROKE)
                        canvas.setStrokeColorRGB(0, 0, 0)
                    text.setTextRenderMode(2 if stroked else 0)
                text.setTextOrigin(x, y)
                text.setCharSpace(tc)
                text.textOut(piece)
        canvas.drawText(text)


def _break_lines(m: _Measured, style: TextStyle, first_width: float, width: float) -> list[Span]:
    """The lines of a block; a newline in its text (a title's chosen breaks, a line break in the
    article) ends a line there."""
    em, grid = style.size, style.grid
    if "\n" not in m.atoms:
        return Breaker(m.atoms, m.widths, m.gaps, em=em, grid=grid).lines(first_width, width)
    spans: list[Span] = []
    start = 0
    for end in [*(i for i, a in enumerate(m.atoms) if a == "\n"), len(m.atoms)]:
        if end > start:
            breaker = Breaker(m.atoms[start:end], m.widths[start:end], m.gaps[start:end], em=em, grid=grid)
            for span in breaker.lines(first_width if not spans else width, width):
                spans.append(Span(span.start + start, span.end + start, span.width, span.trim, span.squeeze))
        start = end + 1
    return spans


def _kerned_in_line(m: _Measured, span: Span, end: int) -> set[int]:
    """The marks of a line set beside another mark of the same line (none on a squeezed line,
    whose marks are already compressed)."""
    if span.squeeze:
        return set()
    return {i for i in range(span.start, end) if m.kerned[i] and (i > span.start if m.leading[i] else i + 1 < end)}


def kerned_width(m: _Measured, span: Span) -> float:
    """The width a line's marks set side by side save."""
    end = span.end
    while end > span.start and is_space(m.atoms[end - 1]):
        end -= 1
    return sum(m.kerned[i] for i in _kerned_in_line(m, span, end))


def _positions(m: _Measured, span: Span, x0: float, extra: float, points: set[int], em: float) -> list[float]:
    """Where each atom of a line is drawn: natural widths and Han-Latin gaps, plus justification
    space after the expansion points, minus the space compressed marks give up."""
    end = span.end
    while end > span.start and is_space(m.atoms[end - 1]):
        end -= 1
    squeezed: set[int] = set()
    give = 0.0
    if span.squeeze:
        squeezed = set(compressible(m.atoms, span.start, span.end, span.trim))
        give = span.squeeze / len(squeezed) if squeezed else 0.0
    kerned = _kerned_in_line(m, span, end)
    xs: list[float] = []
    x = x0
    for i in range(span.start, end):
        if i > span.start:
            x += m.gaps[i]
        if i in kerned:  # a mark beside another: one blank half goes
            if m.leading[i]:
                x -= m.kerned[i]
            xs.append(x)
            x += m.widths[i] - (0.0 if m.leading[i] else m.kerned[i])
        elif i in squeezed and m.atoms[i] in COMPRESS_BEFORE:
            x -= give  # the blank half before an opening mark goes
            xs.append(x)
            x += m.widths[i]
        else:
            xs.append(x)
            x += m.widths[i] - (give if i in squeezed else 0.0)
        x += extra if i in points else 0.0
    return xs


def _pieces(
    m: _Measured, span: Span, x0: float, extra: float, points: set[int], letter_spacing: float, size: float
) -> list[tuple[float, Face, str, float]]:
    """(x, face, text, character spacing) runs that draw one line.

    Every character's place follows from its atom's place (``_positions``). Consecutive
    characters of one face share a run while one character spacing puts each of them where it
    belongs (the letter spacing inside a word; letter spacing plus justification space between
    Chinese characters); anything else starts a new run at its own position.
    """
    pieces: list[tuple[float, Face, str, float]] = []
    run_x, run_face, run_text, run_tc = 0.0, None, "", 0.0
    last_x = last_adv = 0.0
    for offset, x in enumerate(_positions(m, span, x0, extra, points, size)):
        for face, text in m.runs[span.start + offset]:
            for char in text:
                adv = _run_width(face, char, size)
                if run_face is face:
                    spacing = x - last_x - last_adv
                    if len(run_text) == 1:
                        run_tc = spacing
                        run_text += char
                    elif abs(spacing - run_tc) < 1e-6:
                        run_text += char
                    else:
                        pieces.append((run_x, run_face, run_text, run_tc))
                        run_x, run_text, run_tc = x, char, letter_spacing
                else:
                    if run_text:
                        pieces.append((run_x, run_face, run_text, run_tc))
                    run_x, run_face, run_text, run_tc = x, face, char, letter_spacing
                last_x, last_adv = x, adv
                x += adv + letter_spacing
    if run_text:
        pieces.append((run_x, run_face, run_text, run_tc))
    return pieces


def _kept_height(heading: Flowable, following: Callable[[int], Flowable | None], width: float) -> float:
    """The height a heading needs on its page, with the headings right after it (``following(1)``,
    …): the headings and the first lines of the block that follows, as Word keeps them together."""
    k, needed, after = 0, 0.0, 0.0
    block: Flowable | None = heading
    while block is not None and block.keep_with_next:
        needed += (max(after, block.space_before) if k else 0.0) + block.wrap(width)
        after = block.space_after
        k += 1
        block = following(k)
    if block is not None and block.placement == "flow":
        needed += max(after, block.space_before) + block.kept_height(width)
    return needed


class _Ahead:
    """The blocks still to set, made only as the page loop reaches them (an issue's articles
    one at a time): the next one, and the few after it that a heading is kept with."""

    def __init__(self, blocks: Iterable[Flowable]) -> None:
        self._source = iter(blocks)
        self._ahead: deque[Flowable] = deque()
        self._index = -1  # of the block last taken

    def take(self) -> tuple[int, Flowable] | None:
        if not self._ahead and not self._fill(1):
            return None
        self._index += 1
        return self._index, self._ahead.popleft()

    def after(self, k: int) -> Flowable | None:
        """The ``k``-th block after the one last taken (1: the next), or None past the end."""
        return self._ahead[k - 1] if self._fill(k) else None

    def _fill(self, count: int) -> bool:
        while len(self._ahead) < count:
            block = next(self._source, None)
            if block is None:
                return False
            self._ahead.append(block)
        return True


class RuleBlock(Flowable):
    """A horizontal rule across the type area (or ``length`` points of it, centred): the red
    rule under a 发文字号 or a masthead, the rules of a 版记, a rule between articles."""

    def __init__(self, thickness: float, color: tuple[int, int, int] = (0, 0, 0), *, length: float | None = None,
                 before: float = 0.0, after: float = 0.0, placement: Placement = "flow") -> None:
        self.thickness, self.color, self.length = thickness, color, length
        self.before, self.after, self.placement = before, after, placement

    @property
    def space_before(self) -> float:
        return self.before

    @property
    def space_after(self) -> float:
        return self.after

    def wrap(self, width: float) -> float:
        self._width = width
        self.height = self.thickness
        return self.height

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        length = min(self.length or self._width, self._width)
        left = x + (self._width - length) / 2
        canvas.saveState()
        canvas.setStrokeColorRGB(*(c / 255 for c in self.color))
        canvas.setLineWidth(self.thickness)
        canvas.line(left, y + self.thickness / 2, left + length, y + self.thickness / 2)
        canvas.restoreState()


class PageBreak(Flowable):
    """What follows starts on a new page (``odd``: an odd page, a blank one put in if needed)."""

    placement: Placement = "new page"

    def __init__(self, *, odd: bool = False) -> None:
        self.odd = odd

    def wrap(self, width: float) -> float:
        return 0.0

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        pass


class StackBlock(Flowable):
    """Flowables set as one piece, never split: a masthead, a 版记, a signature with its date.
    Space between children is the larger of one's space after and the next one's space before."""

    def __init__(self, children: list[Flowable], *, placement: Placement = "flow", before: float = 0.0,
                 after: float = 0.0) -> None:
        self.children, self.placement, self.before, self.after = children, placement, before, after

    @property
    def space_before(self) -> float:
        return self.before

    @property
    def space_after(self) -> float:
        return self.after

    def _gaps(self) -> list[float]:
        return [0.0] + [max(a.space_after, b.space_before) for a, b in zip(self.children, self.children[1:])]

    def wrap(self, width: float) -> float:
        self._width = width
        self.height = sum(c.wrap(width) for c in self.children) + sum(self._gaps())
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        for child in self.children:
            yield from child.texts()

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        top = y + self.height
        for child, gap in zip(self.children, self._gaps(), strict=True):
            top -= gap + child.wrap(self._width)
            child.draw_on(canvas, x, top)


@dataclass(frozen=True, slots=True)
class Frame:
    """The type area of every page: bottom-left corner and size, in points."""

    x: float
    y: float
    width: float
    height: float


@dataclass(slots=True)
class PageInfo:
    """What was set on a page, for what is drawn around it (a page number, or none on a blank
    page and on the page of a 版记 after one)."""

    number: int
    flow: int = 0  # blocks (or parts of blocks) set in the flow
    foot: bool = False  # a block set at the foot

    @property
    def blank(self) -> bool:
        return self.flow == 0 and not self.foot


def paginate(canvas: Any, blocks: Iterable[Flowable], frame: Frame, on_page: Any, *,
             placed: Any = None, draw: bool = True) -> None:
    """Set the blocks down the type area of page after page; ``on_page(canvas, info)`` draws
    what stands around each page once it is set (``info``: a ``PageInfo``).

    Space between blocks is the larger of one's space after and the next one's space before,
    and none at the top of a page; a block that does not fit is split where its widow rules
    allow or moves to the next page; a heading moves with the first lines after it. A page
    break starts a new page (an odd one when asked); a block placed at the foot is set on the
    bottom edge of the type area, on a new page when it does not fit under what is there (and
    on the next page again when it must be on an even page and this one is odd).
    (reportlab's platypus does the same with more machinery and keeps a heading with the whole
    of the next paragraph; this loop is all newsconv needs.)

    ``blocks`` is read as the loop goes (a generator makes each block only when it is about to
    be set) and each block forgets its lines once it is set, so memory holds one page's blocks,
    not the document's. ``placed(block, page)`` is told the page of each block set (of its
    first part when it is split); with ``draw=False`` nothing is drawn (an issue's DOCX learns
    the PDF's pages this way).
    """
    def put(block: Flowable, x: float, y: float) -> None:
        if draw:
            block.draw_on(canvas, x, y)
        if placed is not None:
            placed(block, canvas.getPageNumber())

    ahead = _Ahead(blocks)
    pending: list[tuple[int, Flowable]] = []  # the block being set, put back: moved or split
    remaining, at_top, after, checked = frame.height, True, 0.0, -1
    info = PageInfo(canvas.getPageNumber())

    def new_page() -> None:
        nonlocal remaining, at_top, after, info
        on_page(canvas, info)
        canvas.showPage()
        remaining, at_top, after = frame.height, True, 0.0
        info = PageInfo(canvas.getPageNumber())

    while (taken := pending.pop() if pending else ahead.take()) is not None:
        index, block = taken
        if block.placement == "new page":
            if not at_top:
                new_page()
            if block.odd and canvas.getPageNumber() % 2 == 0:
                new_page()  # a blank page, so what follows starts on an odd one
            continue
        gap = 0.0 if at_top else max(after, block.space_before)
        height = block.wrap(frame.width)
        if block.placement == "foot":
            if gap + height > remaining + 1e-6 and not at_top:
                new_page()
            if block.even and canvas.getPageNumber() % 2:
                new_page()
            put(block, frame.x, frame.y)
            remaining, at_top, after = 0.0, False, 0.0
            info.foot = True
            block.release()
            continue
        if block.keep_with_next and not at_top and index != checked:
            checked = index
            if gap + _kept_height(block, ahead.after, frame.width) > remaining + 1e-6:
                pending.append((index, block))
                new_page()
                continue
        if gap + height <= remaining + 1e-6:
            put(block, frame.x, frame.y + remaining - gap - height)
            remaining -= gap + height
            at_top, after = False, block.space_after
            info.flow += 1
            block.release()
            continue
        parts = block.split(frame.width, remaining - gap)
        if parts is not None:
            head, tail = parts
            put(head, frame.x, frame.y + remaining - gap - head.wrap(frame.width))
            info.flow += 1
            pending.append((index, tail))
            block.release()  # the tail keeps what it still needs
        elif at_top:  # taller than a page and unsplittable: set it and let it run over
            put(block, frame.x, frame.y + remaining - height)
            info.flow += 1
        else:
            pending.append((index, block))
        new_page()
    on_page(canvas, info)
    canvas.showPage()
