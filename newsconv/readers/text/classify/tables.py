"""Tables as a pasted page holds them: rows of tab-separated cells (what a browser copies of a
``<table>``), or one cell per line (what some renderers and editors give).

A run of lines is a table only when its rows agree: two rows at least of two cells or more for
tab-separated rows; for one cell per line, three rows at least whose columns keep their kind
(a column of numbers stays numbers, a column of words stays words). Whether a table belongs to
the article or to the page around it (a calendar, a results box, navigation laid out in a
table) is decided later, with the body: a table inside the article's body is kept as a table,
one outside it is page furniture like any other line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from newsconv.readers.text.lines import Line, display_len

# (a Chinese table's figure carries its unit: ``10项``, ``8.6万元``, ``1200人次``; not a year or a month)
_NUMBER = re.compile(r"^[-+−–]?[$€£¥]?\d[\d.,:/'’]*\s*(?:%|[kKmMbB]n?|st|nd|rd|th"
                     r"|[万亿]?(?:元|项|个|人次|人|家|户|吨|亩|次|件|所|座|名|辆|套|台|条|处|场|公里|千米|平方米|米)|[万亿])?$")
_MIN_CELL_ROWS = 3  # rows a one-cell-per-line table needs (fewer is a list, not a table)
_MAX_COLUMNS = 8  # widest one-cell-per-line table looked for
_MAX_CELL = 50  # full-width cells (100 Latin letters): a longer line or cell is running text


@dataclass(frozen=True, slots=True)
class PastedTable:
    """A table found in a page's lines: lines ``start`` to ``end`` of the lines read (inclusive,
    0-based; ``nos`` are their input line numbers), the first ``header`` rows heading
    the columns. ``columns`` is None for tab-separated rows (a line per row) and the number of
    columns when the page gives one cell per line. ``spaced`` rows were pasted with their cells
    separated by spaces (a browser or editor that does not copy tabs): the page gives their lines
    with tabs in their place."""

    start: int
    end: int
    nos: tuple[int, ...]
    header: int
    columns: int | None = None
    spaced: bool = False

    def cells(self, texts: dict[int, str]) -> tuple[list[list[str]], int]:
        """The table's rows of cells and how many head it, from the texts of its lines that are
        kept (input line number -> text); a header row printed twice in a row (a sticky header
        and its copy) counts once."""
        numbers = self.nos
        if self.columns is None:
            rows = [split_cells(texts[no]) for no in numbers if no in texts]
        else:
            rows = [[texts.get(no, "") for no in numbers[k : k + self.columns]]
                    for k in range(0, len(numbers), self.columns)]
            rows = [row for row in rows if any(row)]
        header = min(self.header, len(rows))
        if header == 2 and rows[0] == rows[1]:
            del rows[1]
            header = 1
        return rows, header


def split_cells(text: str) -> list[str]:
    """A tab-separated row's cells, white space trimmed, empty cells at the row's end dropped."""
    cells = [cell.strip() for cell in text.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def is_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell))


def find_tables(lines: list[Line], may_be_cell: Callable[[int], bool]) -> list[PastedTable]:
    """The tables among ``lines``; ``may_be_cell(i)`` says whether line ``i`` may be part of one
    (it is not a line the first pass knows for page furniture)."""
    tables: list[PastedTable] = []
    i = 0
    n = len(lines)
    while i < n:
        text = lines[i].text
        if (" " in text or "\u3000" in text) and (table := _spaced(lines, i, may_be_cell)) is not None:
            tables.append(table)
            i = table.end + 1
            continue
        if "\t" in lines[i].text:
            j = i
            while j < n and "\t" in lines[j].text and may_be_cell(j) and _filled(lines[j].text) >= 2:
                j += 1
            if j - i >= 2 and (table := _tabbed(lines[i:j], i)) is not None:
                tables.append(table)
            i = max(j, i + 1)
            continue
        j = i
        while j < n and _may_be_one_cell(lines[j].text) and may_be_cell(j) and (
                j == i or (" " not in lines[j].text and "\u3000" not in lines[j].text)
                or _spaced(lines, j, may_be_cell) is None):
            j += 1  # (a table of rows pasted with spaces starts where the run stops)
        if j - i >= 2 * _MIN_CELL_ROWS and sum(is_number(lines[k].text) for k in range(i, j)) >= _MIN_CELL_ROWS:
            table = _one_cell_per_line(lines[i:j], i)
            if table is not None:
                tables.append(table)
                i = table.end + 1
                continue
        i = max(i + 1, j)
    return tables


# A row whose cells a paste separated by spaces: three cells at least, none running text.
_SPACED_MIN_CELLS = 3
_SPACED_MAX_CELL = 16
_DIGIT = re.compile(r"\d")
_NO_FIGURE = frozenset({"—", "-", "–", "－", "/", "——", "…"})
# A comma inside a figure (1,024.5) is no punctuation. (``[。，；！？!?]|[,;]\s``, opening with one class so
# that a search skips through a line fast: a mark, or , or ; with a space after it.)
_RUNNING_TEXT = re.compile(r"[。，；！？!?,;](?:(?<=[。，；！？!?])|\s)")


def spaced_cells(text: str, width: int | None = None, least: int = _SPACED_MIN_CELLS) -> list[str] | None:
    """The cells of a line that may be a table row pasted with spaces between its cells (``least``
    of them at least); given the table's ``width``, a two-character name spaced out in a cell
    (``张  磊``) is one cell."""
    if (" " not in text and "\u3000" not in text) or "\t" in text or len(text) > 200 or _RUNNING_TEXT.search(text):
        return None  # (the common case: no space, or running text)
    cells = text.split()
    if len(cells) < least or any(display_len(cell) > _SPACED_MAX_CELL for cell in cells):
        return None
    if width is not None and len(cells) > width:
        cells = _spaced_names_joined(cells, len(cells) - width)
    return cells


def _spaced_names_joined(cells: list[str], extra: int) -> list[str]:
    """``cells`` with up to ``extra`` pairs of one Chinese character each (a name spaced out to
    three characters' width) joined, from the left."""
    out: list[str] = []
    for cell in cells:
        if (extra and out and len(out[-1]) == 1 and len(cell) == 1 and "\u4e00" <= out[-1] <= "\u9fff"
                and "\u4e00" <= cell <= "\u9fff"):
            out[-1] += cell
            extra -= 1
        else:
            out.append(cell)
    return out


def _spaced(lines: list[Line], i: int, may_be_cell: Callable[[int], bool]) -> PastedTable | None:
    """Rows from line ``i`` on whose cells are separated by spaces: three rows at least, all of
    one width, a column of figures in every row under the header (a dash where a figure is not
    given) and a column of words (a list of names or of menu items has no figures; a run of
    figures alone is no table either; headlines of as many words do not have a figure in every
    row)."""
    if i + 2 >= len(lines) or not _DIGIT.search(lines[i + 1].text):
        return None  # (the common case: no figure in the first data row)
    first = spaced_cells(lines[i].text)
    if first is None:
        return _two_columns(lines, i, may_be_cell)
    if not may_be_cell(i):
        return None
    rows = [first]
    j = i + 1
    while j < len(lines) and may_be_cell(j) and (cells := spaced_cells(lines[j].text, len(first))) is not None \
            and len(cells) == len(first):
        rows.append(cells)
        j += 1
    if len(rows) < 3:
        return None
    header = _header_rows(rows)
    data = rows[header:]
    # a column of figures in every row (a dash for a figure not given), and a column of words
    figures = [all(is_number(row[k]) or row[k] in _NO_FIGURE for row in data) for k in range(len(first))]
    numeric = [sum(1 for row in data if is_number(row[k])) for k in range(len(first))]
    if len(data) < 2 or not any(figures) or min(numeric) > 0.4 * len(data):
        return None
    return PastedTable(i, j - 1, tuple(line.no for line in lines[i:j]), header, spaced=True)


def _two_columns(lines: list[Line], i: int, may_be_cell: Callable[[int], bool]) -> PastedTable | None:
    """Rows of two cells from line ``i`` on, pasted with a space between: a header of two labels
    with no figure, then three rows or more of a label and a figure (``区县（市） 入选数量`` /
    ``建德市 17`` / …). Two columns say less than three, hence the header and the rows' kinds."""
    first = spaced_cells(lines[i].text, least=2)
    if first is None or len(first) != 2 or _DIGIT.search(lines[i].text) or not may_be_cell(i):
        return None
    j = i + 1
    while j < len(lines) and may_be_cell(j) and (cells := spaced_cells(lines[j].text, least=2)) is not None \
            and len(cells) == 2 and (is_number(cells[1]) or _is_day(cells[1])) and not is_number(cells[0]):
        j += 1
    if j - i - 1 < _MIN_CELL_ROWS:
        return None  # (three rows under the header at least, as for a table pasted one cell per line)
    return PastedTable(i, j - 1, tuple(line.no for line in lines[i:j]), 1, spaced=True)


def _is_day(cell: str) -> bool:
    """A cell that gives a day, a month or a span of them (``11月15日``, ``9月10日—10月10日``,
    ``2025年11月中旬``): a timetable's."""
    return bool(_DAY_CELL.match(cell))


# (a year, a month, a day or a part of the month, then where the span ends)
_DAY_CELL = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬|底|初)?(?:\s*[—–\-~～至]\s*\S{1,16})?$")


def _filled(text: str) -> int:
    return sum(1 for cell in text.split("\t") if cell.strip())


def _may_be_one_cell(text: str) -> bool:
    return bool(text) and "\t" not in text and display_len(text) <= _MAX_CELL


def _tabbed(run: list[Line], offset: int) -> PastedTable | None:
    """Tab-separated rows that agree on a number of cells (most rows have the commonest count),
    hold no running text in a cell, and have a column of numbers: a table of data. Rows of links
    or labels laid out in a table (navigation, share buttons, a page's layout) are left as lines."""
    rows = [split_cells(line.text) for line in run]
    width, count = Counter(len(row) for row in rows).most_common(1)[0]
    if width < 2 or count < max(2, len(run) // 2):
        return None
    if any(display_len(cell) > _MAX_CELL for row in rows for cell in row):
        return None
    header = _header_rows(rows)
    data = [row for row in rows[header:] if len(row) == width]
    numeric = [sum(1 for row in data if is_number(row[k])) for k in range(width)]
    if not data or max(numeric) < max(2, 0.6 * len(data)):
        return None
    return PastedTable(offset, offset + len(run) - 1, tuple(line.no for line in run), header)


def _one_cell_per_line(run: list[Line], offset: int) -> PastedTable | None:
    """The narrowest column count that splits the run into rows whose columns keep their kind (a
    column of numbers in every row, a column of words in every row, under at most two header rows
    of words); a line or two before the first row (a heading) and after the last are left out."""
    numeric = [is_number(line.text) for line in run]
    for columns in range(2, _MAX_COLUMNS + 1):
        for skip in range(min(columns, 3)):
            used = (len(run) - skip) // columns * columns
            if used < columns * _MIN_CELL_ROWS:
                break
            rows = [numeric[k : k + columns] for k in range(skip, skip + used, columns)]
            header = 0
            while header < 2 and not any(rows[header]):
                header += 1
            data = list(zip(*rows[header:], strict=True))
            if (len(rows) - header >= _MIN_CELL_ROWS and any(all(column) for column in data)
                    and any(not any(column) for column in data)):
                return PastedTable(offset + skip, offset + skip + used - 1,
                                   tuple(line.no for line in run[skip : skip + used]), header, columns)
    return None


def _header_rows(rows: list[list[str]]) -> int:
    """Leading rows (two at most) with no number in a table whose other rows have some: they head
    the columns (a header printed twice, as sticky headers are copied, counts as one block)."""
    header = 0
    while header < min(2, len(rows) - 1) and not any(is_number(c) for c in rows[header]):
        header += 1
    rest = rows[header:]
    if header and not any(is_number(c) for row in rest for c in row):
        return 0  # no numbers anywhere: nothing tells a header row from the others
    return header
