"""What a line became and why: the kinds of line, the decision per line, the chosen article."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsconv.readers.text.classify.tables import PastedTable
from newsconv.readers.text.lines import Line


class Kind(StrEnum):
    BLANK = "blank"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    RELATED = "related"
    TITLE = "title"
    SUBTITLE = "subtitle"
    META = "meta"
    CAPTION = "caption"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CONTINUATION = "continuation"
    LIST_ITEM = "list item"
    TABLE_ROW = "table row"
    FOOTER = "footer"


# Kinds whose lines end up in the document's body.
BODY_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.CONTINUATION, Kind.LIST_ITEM, Kind.TABLE_ROW})


@dataclass(slots=True)
class Decision:
    """What one line became, and the rule that said so."""

    line: Line
    kind: Kind
    rule: str
    part: str | None = None  # a part of an official document kept in the body: "salutation", "issuer", ...
    table: PastedTable | None = None  # the table a row (or a cell, one per line) belongs to


@dataclass(frozen=True, slots=True)
class Choice:
    """A title (or none), the body's first and last line, and what made the choice."""

    title: int | None
    start: int
    end: int
    score: float
    boxes: tuple[tuple[int, int], ...] = ()
