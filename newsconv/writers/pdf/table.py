"""PDF tables: columns sized to their text, cells set with newsconv's own line breaking, thin
rules around every cell, split between pages by rows with the header rows repeated.

A ``TableBlock`` has the same surface as ``layout.TextBlock`` (wrap, split, draw_on, space
before and after), so the page loop sets it like any paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from newsconv.writers.pdf.layout import Flowable, TextBlock, TextStyle, measure

_PAD_EM = 0.25  # space between a cell's rules and its text, in ems of the cell text
_RULE = 0.5  # points


def cell_style(body: TextStyle) -> TextStyle:
    """The body role set flush left, without indents or space around paragraphs."""
    role = replace(body.role, first_line_indent=0, left_indent=0, align="left", space_before=0.0,
                   space_after=0.0, keep_with_next=False, widow_control=False)
    return TextStyle(role, body.chain, body.name)


class _Cell:
    """One cell: a TextBlock per line of its text (a line break in the cell starts a new one)."""

    def __init__(self, text: str, style: TextStyle) -> None:
        self.parts = [TextBlock(line, style) for line in text.split("\n") if line.strip()]
        self.style = style

    def natural_width(self, limit: float) -> tuple[float, float]:
        """(the widest unbreakable piece, the width of the longest line unbroken), in points."""
        narrow = wide = 0.0
        for part in self.parts:
            m = measure(part.text, self.style, limit)
            narrow = max(narrow, max(m.widths, default=0.0))
            wide = max(wide, sum(m.widths) + sum(m.gaps[1:]))
        return narrow, wide

    def wrap(self, width: float) -> float:
        return sum(part.wrap(width) for part in self.parts)

    def draw_on(self, canvas: Any, x: float, top: float, width: float) -> None:
        for part in self.parts:
            height = part.wrap(width)
            top -= height
            part.draw_on(canvas, x, top)


class TableBlock(Flowable):
    """A table in the page loop: laid out for the frame's width, split between rows."""

    def __init__(self, rows: list[list[str]], header: int, style: TextStyle, *,
                 first_part: bool = True, widths: list[float] | None = None) -> None:
        self.style = cell_style(style)
        columns = max((len(r) for r in rows), default=0)
        self.rows = [[_Cell(text, self.style) for text in row + [""] * (columns - len(row))] for row in rows]
        self.cell_texts = rows
        self.header = min(header, len(rows))
        self.first_part = first_part
        self.text = "\n".join("\t".join(row) for row in rows)  # for font coverage checks
        self.widths = widths
        self.heights: list[float] = []
        self.height = 0.0

    @property
    def pad(self) -> float:
        return self.style.size * _PAD_EM

    @property
    def space_before(self) -> float:
        return self.style.leading / 2 if self.first_part else 0.0

    @property
    def space_after(self) -> float:
        return self.style.leading / 2

    def _column_widths(self, width: float) -> list[float]:
        """Each column as wide as its longest line where the table fits, else the room beyond
        the widest words shared out by how much more each column would like."""
        columns = len(self.rows[0]) if self.rows else 0
        inner = width - 2 * self.pad * columns
        sizes = [[cell.natural_width(inner) for cell in column] for column in zip(*self.rows, strict=True)]
        narrow = [max((n for n, _ in col), default=0.0) for col in sizes]
        wide = [max(max((w for _, w in col), default=0.0), n) for col, n in zip(sizes, narrow, strict=True)]
        if sum(wide) <= inner:
            spare = inner - sum(wide)
            return [w + spare * (w / sum(wide) if sum(wide) else 1 / columns) for w in wide]
        # columns whose longest line fits in a fair share keep it unbroken (a short name or a
        # number is never wrapped to make room for a long description); the rest share what is left
        widths: dict[int, float] = {}
        while True:
            open_columns = [i for i in range(columns) if i not in widths]
            fair = (inner - sum(widths.values())) / max(len(open_columns), 1)
            settled = {i: wide[i] for i in open_columns if wide[i] <= fair}
            if not settled:
                break
            widths.update(settled)
        open_columns = [i for i in range(columns) if i not in widths]
        room = inner - sum(widths.values())
        least = sum(narrow[i] for i in open_columns)
        want = sum(wide[i] - narrow[i] for i in open_columns)
        for i in open_columns:
            if least >= room or want <= 0:
                widths[i] = room / len(open_columns)
            else:
                widths[i] = narrow[i] + (room - least) * (wide[i] - narrow[i]) / want
        return [widths[i] for i in range(columns)]

    def wrap(self, width: float) -> float:
        if self.widths is None:
            self.widths = self._column_widths(width)
        self.heights = [max((cell.wrap(w) for cell, w in zip(row, self.widths, strict=True)), default=0.0)
                        + 2 * self.pad for row in self.rows]
        self.height = sum(self.heights)
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        yield self.style, self.text

    def kept_height(self, width: float) -> float:
        self.wrap(width)
        return sum(self.heights[: self.header + 1])

    def split(self, width: float, height: float) -> tuple[TableBlock, TableBlock] | None:
        """The rows that fit in ``height`` (the header rows and at least one more) and the rest,
        which repeats the header rows."""
        self.wrap(width)
        used, fit = 0.0, 0
        for h in self.heights:
            if used + h > height + 1e-6:
                break
            used += h
            fit += 1
        if fit <= self.header or fit >= len(self.rows):
            return None
        head = TableBlock(self.cell_texts[:fit], self.header, self.style, first_part=self.first_part, widths=self.widths)
        rest = self.cell_texts[:self.header] + self.cell_texts[fit:]
        tail = TableBlock(rest, self.header, self.style, first_part=False, widths=self.widths)
        return head, tail

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        assert self.widths is not None
        top = y + self.height
        lefts = [x]
        for w in self.widths:
            lefts.append(lefts[-1] + w + 2 * self.pad)
        canvas.saveState()
        canvas.setLineWidth(_RULE)
        canvas.setStrokeColorRGB(0, 0, 0)
        row_top = top
        for row, h in zip(self.rows, self.heights, strict=True):
            for cell, left, w in zip(row, lefts, self.widths, strict=False):
                cell.draw_on(canvas, left + self.pad, row_top - self.pad, w)
            canvas.line(x, row_top, lefts[-1], row_top)
            row_top -= h
        canvas.line(x, row_top, lefts[-1], row_top)
        for left in lefts:
            canvas.line(left, top, left, row_top)
        canvas.restoreState()
