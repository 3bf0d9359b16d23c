"""Body lines to blocks: re-joining hard-wrapped paragraphs, sub-headings and their levels.

A paragraph starts after a blank line, at an indented line when the page marks paragraphs
by indentation, or after a line that is shorter than the page's wrap width. Chinese lines are
joined with no space and Latin lines with one (``lines.join_wrapped``).
"""

from __future__ import annotations

import re

from newsconv.model import Block, Heading, ListBlock, Paragraph, Table, text
from newsconv.readers.text.classify import Decision, Kind, is_prose
from newsconv.readers.text.classify.tables import split_cells
from newsconv.readers.text.lines import (
    Wrap,
    cjk_count,
    display_len,
    ends_sentence,
    is_mostly_cjk,
    join_wrapped,
    latin_words,
)

_HEADING_LEVELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^第[一二三四五六七八九十百零〇]+[章编]"), 1),
    (re.compile(r"^第[一二三四五六七八九十百零〇]+节"), 2),
    (re.compile(r"^[一二三四五六七八九十]+[、.．]"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 2),
    (re.compile(r"^\d{1,2}[.．、](?!\d)"), 3),
    (re.compile(r"^[（(]\d{1,2}[)）]"), 4),
)
_MIN_INDENT = 2  # two half-width columns: one U+3000 or two spaces


def heading_level(text: str) -> int | None:
    """The level a numbering pattern gives (``一、`` 1, ``（一）`` 2, ``1.`` 3, ``（1）`` 4)."""
    for pattern, level in _HEADING_LEVELS:
        if pattern.match(text):
            return level
    return None


def is_heading_shaped(text: str) -> bool:
    """A short line without closing punctuation: a sub-heading when it stands between paragraphs."""
    size = display_len(text)
    if heading_level(text) is not None and size <= 50 and not ends_sentence(text):
        return True
    limit = 32 if is_mostly_cjk(text) else 90
    return 2 <= size <= limit and not ends_sentence(text) and text[-1] not in "，,、：:;；"


_CLOSING = frozenset("”’」』）】〕〗〉》。，、；：！？…)]\"'.,;:!?")


def _only_closing(text: str) -> bool:
    """A line of nothing but closing marks (``”``, ``。”``): the end of the line before it,
    wrapped by the browser, never a paragraph of its own."""
    stripped = text.strip()
    return 0 < len(stripped) <= 3 and all(c in _CLOSING for c in stripped)


def _continues(prev: Decision, cur: Decision, *, indent_marks: bool, wrap: Wrap | None) -> bool:
    """Whether ``cur`` carries on the paragraph ``prev`` started."""
    if _only_closing(cur.line.text):
        return True
    if indent_marks and cur.line.indent >= _MIN_INDENT:
        return False
    if wrap is None:
        return indent_marks and cur.line.indent < _MIN_INDENT and not ends_sentence(prev.line.text)
    if not wrap.fills(prev.line.raw):
        return False
    if is_mostly_cjk(prev.line.text):
        return True
    return not wrap.first_word_fits(prev.line.raw, cur.line.text)


def group_paragraphs(decisions: list[Decision], wrap: Wrap | None) -> list[list[Decision]]:
    """Body lines grouped into paragraphs; later lines of a group are marked as continuations."""
    body = [d for d in decisions if d.kind in (Kind.PARAGRAPH, Kind.HEADING)]
    indented = sum(1 for d in body if d.line.indent >= _MIN_INDENT)
    indent_marks = 0 < indented < len(body) and indented >= len(body) // 3
    groups: list[list[Decision]] = []
    prev: Decision | None = None
    for d in decisions:
        if d.kind is Kind.BLANK:
            prev = None
            continue
        if d.kind is Kind.LIST_ITEM:
            groups.append([d])  # one item a line
            prev = None
            continue
        if d.kind is Kind.TABLE_ROW:
            if groups and groups[-1][0].table is d.table:
                groups[-1].append(d)  # the rows (or cells) of one table are one block
            else:
                groups.append([d])
            prev = None
            continue
        if d.kind not in (Kind.PARAGRAPH, Kind.HEADING):
            prev = None if d.kind is not Kind.META else prev
            continue
        if d.part is not None or (prev is not None and prev.part is not None):
            groups.append([d])  # a document's salutation, issuer or date is a paragraph of its own
        elif prev is not None and groups and _continues(prev, d, indent_marks=indent_marks, wrap=wrap):
            rule = ("only closing marks: the end of the line before" if _only_closing(d.line.text)
                    else _continuation_rule(indent_marks, wrap))
            d.kind, d.rule = Kind.CONTINUATION, rule
            groups[-1].append(d)
        else:
            groups.append([d])
        prev = d
    return groups


def _continuation_rule(indent_marks: bool, wrap: Wrap | None) -> str:
    if wrap is not None:
        unit = "characters" if wrap.measure is len else "columns"
        return f"previous line fills the wrap width ({wrap.width} {unit}): same paragraph"
    return "not indented where indentation starts paragraphs: same paragraph"


def group_text(group: list[Decision]) -> str:
    if group[0].kind is Kind.TABLE_ROW:
        return " ".join(" ".join(split_cells(d.line.text)) for d in group)
    joined = ""
    previous = ""
    # of the text joined so far, counted a line at a time when first needed (linear in the paragraph)
    han = words = counted = 0
    for k, d in enumerate(group):
        glued = bool(joined and previous and not previous[-1].isspace() and not d.line.raw[:1].isspace())
        if glued:
            for before in group[counted:k]:
                han += cjk_count(before.line.text)
                words += latin_words(before.line.text)
            counted = k
        if glued and han > words:
            joined += d.line.text  # Chinese text wrapped by characters splits Latin words too: "（BB" + "C）"
        else:
            joined = join_wrapped(joined, d.line.text)
        previous = d.line.raw
    return joined


_NUMBER_FIELD = re.compile(r"^[^\s:：]{1,8}[:：]\s*[\d+（(]")


def mark_headings(groups: list[list[Decision]], texts: list[str]) -> None:
    """Single-line groups that are short and unpunctuated, between paragraphs, become headings
    (``texts``: each group's text, which marking a heading leaves as it is)."""
    for i, group in enumerate(groups):
        if len(group) != 1 or group[0].kind in (Kind.LIST_ITEM, Kind.TABLE_ROW) or group[0].part is not None:
            continue
        if i + 1 >= len(groups) or not is_heading_shaped(texts[i]) or _NUMBER_FIELD.match(texts[i]):
            continue  # (``受理电话：0355-12380``: a field and its number, no heading)
        numbered = heading_level(texts[i]) is not None
        table_after = groups[i + 1][0].kind is Kind.TABLE_ROW
        if not numbered and not table_after and is_heading_shaped(texts[i + 1]):
            continue  # a run of short lines is a list or chrome, not a heading
        after_text = ends_sentence(texts[i - 1]) or is_prose(texts[i - 1]) or groups[i - 1][0].kind is Kind.TABLE_ROW
        if i > 0 and not numbered and not after_text:
            continue
        group[0].kind = Kind.HEADING
        group[0].rule = (
            "numbered heading" if numbered else "short line without closing punctuation between paragraphs"
        )


_ITEM_MARKER = re.compile(r"^(?:(?P<num>\d{1,2})[.)）、．]\s*|[•●▪■◆◇►▶·]\s*|[-–*]\s+)")


def _list_block(items: list[str]) -> ListBlock:
    first = _ITEM_MARKER.match(items[0])
    ordered = bool(first and first["num"])
    start = int(first["num"]) if ordered and first else 1
    return ListBlock(tuple((Paragraph(text(_ITEM_MARKER.sub("", item, count=1))),) for item in items), ordered, start)


def _table_block(group: list[Decision]) -> Table:
    """A pasted table's rows as the model's table; the rows are padded to the widest."""
    pasted = group[0].table
    assert pasted is not None
    rows, header = pasted.cells({d.line.no: d.line.text for d in group})
    width = max(len(row) for row in rows)
    return Table(tuple(tuple(text(cell) for cell in row + [""] * (width - len(row))) for row in rows), header)


def build_blocks(groups: list[list[Decision]], texts: list[str]) -> list[Block]:
    """Blocks from paragraph groups: headings renumbered from 1 in the order they nest, runs of
    list items as one list (ordered when numbered, markers removed)."""
    levels = {
        heading_level(value) or 1 for group, value in zip(groups, texts) if group[0].kind is Kind.HEADING
    }
    renumber = {level: i for i, level in enumerate(sorted(levels), 1)}
    blocks: list[Block] = []
    items: list[str] = []
    for group, value in zip(groups, texts):
        if group[0].kind is Kind.LIST_ITEM:
            items.append(value)
            continue
        if items:
            blocks.append(_list_block(items))
            items = []
        if not value:
            continue
        if group[0].kind is Kind.TABLE_ROW:
            blocks.append(_table_block(group))
        elif group[0].kind is Kind.HEADING:
            blocks.append(Heading(renumber[heading_level(value) or 1], text(value)))
        else:
            blocks.append(Paragraph(text(value)))
    if items:
        blocks.append(_list_block(items))
    return blocks
