"""DOCX pieces of an official document (GB/T 9704-2012 §7), placed where the PDF places them:
the 版头 as paragraphs of exact heights (the red mark, the 发文字号 with the red rule as its
bottom border), 主送, 附件说明 with hanging indents, the 署名 and 成文日期 by right indents, the
附注, attachments from a new page, and the 版记 as a table anchored to the foot of the type area.

``rule_paragraph`` and ``record_table`` are general: a compiled issue's masthead rule and its
版记 are built with them too. Every piece is a paragraph in a named style (Issuer Mark, Document
Number, Addressees, Signature, …), so a clerk can restyle the whole document in Word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsconv.model import Block, Document
from newsconv.profiles import OfficialLayout, Profile
from newsconv.writers.docx import oxml
from newsconv.writers.official import (
    SIGNER_LABEL,
    OfficialTexts,
    ems,
    letterhead_places,
    official_texts,
    signature_place,
)

TWIPS = 20  # per point

Paragraph = Callable[[Any, str, str | None], Any]  # (document, style name, text) -> a new paragraph


def _twips(points: float) -> int:
    return round(points * TWIPS)


def _exact(paragraph: Any, *, line: float, before: float = 0.0, after: float = 0.0) -> None:
    """Exact line height and spacing in points, off the line grid (LibreOffice would give a line
    taller than the grid's base two grid lines)."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    fmt = paragraph.paragraph_format
    fmt.line_spacing = Pt(line)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.space_before = Pt(max(before, 0.0))
    fmt.space_after = Pt(after)
    oxml.set_snap_to_grid(paragraph._p.get_or_add_pPr(), False)


def _char(profile: Profile, role: str) -> float:
    """One character of a role in points: its size and letter spacing (the grid's pitch for 3号)."""
    style = profile.role(role)
    return style.size + style.letter_spacing


def rule_paragraph(paragraph: Any, *, color: str, width: float, space: float) -> None:
    """A rule under a paragraph (its bottom border), ``space`` points under its last line: the
    red rule of a 版头 or a masthead. Word takes whole points for the space and eighths of a
    point for the width."""
    oxml.set_paragraph_rule(paragraph._p.get_or_add_pPr(), edge="bottom", color=color,
                            eighths=max(2, round(width * 8)), space_pt=max(0, min(31, round(space))))


# ---------------------------------------------------------------------------- the 版头


def _vertical_metrics(profile: Profile, role: str) -> tuple[float, float]:
    """The ascent and descent (ems, from its ``hhea`` table) of the face the PDF draws a role
    with: installed, the font Word and LibreOffice draw too; a stand-in, the face newsconv's
    fontconfig file gives LibreOffice. A line of exact height at least as tall as these has its
    extra space shared above and below, which places the mark's em box."""
    try:
        from fontTools.ttLib import TTFont

        from newsconv.writers.pdf.fonts import role_chain

        face = role_chain(profile, role).east_asian
        font = TTFont(face.path, fontNumber=0, lazy=True)
        units = font["head"].unitsPerEm
        return font["hhea"].ascent / units, -font["hhea"].descent / units
    except Exception:  # noqa: BLE001 - an unreadable font: the ideographic em box
        return 0.88, 0.12


def add_letterhead(document: Any, texts: OfficialTexts, profile: Profile, paragraph: Paragraph, *,
                   reserve: bool = False) -> float:
    """The 版头's paragraphs; returns the space (points) the title needs above it to start where
    the PDF starts it. With ``reserve`` the mark and the rule are left out, their room kept."""
    layout = profile.official
    body = profile.role("body")
    pitch = body.leading(1.0)
    mark = profile.role("mark")
    number_size = profile.role("doc number").size
    places = letterhead_places(texts, ems(texts.mark or ""), layout, pitch, mark.size, profile.page.frame_width,
                               number_size)
    bottom = 0.0  # where the last paragraph ends, from the type area's top
    for line in texts.head:
        _exact(paragraph(document, "Document Head", line), line=pitch)
        bottom += pitch
    if texts.mark and places.mark_top is not None:
        ascent, descent = _vertical_metrics(profile, "mark")
        height = max(1.2, ascent + descent) * places.mark_size
        em_top = (height - (ascent + descent) * places.mark_size) / 2 + (ascent - 0.88) * places.mark_size
        mark_paragraph = paragraph(document, "Issuer Mark", None if reserve else texts.mark)
        _exact(mark_paragraph, line=height, before=places.mark_top - em_top - bottom)
        if places.mark_size != mark.size and not reserve:
            from docx.shared import Pt

            for run in mark_paragraph.runs:
                run.font.size = Pt(places.mark_size)
        bottom = places.mark_top - em_top + height
    number = paragraph(document, "Document Number", None)
    _number_line(number, texts, profile)
    top = places.number_top if places.number_top is not None else bottom
    # a line exactly as tall as the face, its em box where the PDF centres it in a grid line:
    # the rule under it is then rule_below under the glyphs whatever an application does with
    # extra leading
    ascent, descent = _vertical_metrics(profile, "doc number")
    height = (ascent + descent) * number_size
    em_top = (ascent - 0.88) * number_size  # the em box's top under the line's top
    line_top = top + (pitch - number_size) / 2 - em_top
    _exact(number, line=height, before=line_top - bottom)
    bottom = line_top + height
    if places.rule_top is not None and not reserve:
        space = round(places.rule_top - bottom)
        rule_paragraph(number, color=layout.rule_color, width=layout.rule_width, space=space)
        bottom += space + max(2, round(layout.rule_width * 8)) / 8
    return places.height - bottom


def _number_line(paragraph: Any, texts: OfficialTexts, profile: Profile) -> None:
    """发文字号 centred; with a 签发人, 发文字号 one character in from the left and ``签发人：`` with
    the name (楷体) one character in from the right, at a right tab stop."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Pt

    if not texts.signer:
        if texts.doc_number:
            paragraph.add_run(texts.doc_number)
        return
    inset = profile.official.signer_inset * profile.role("doc number").size
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.left_indent = Pt(inset)
    fmt.right_indent = Pt(0)
    fmt.tab_stops.add_tab_stop(Pt(profile.page.frame_width - inset), WD_TAB_ALIGNMENT.RIGHT)  # from the margin
    paragraph.add_run(f"{texts.doc_number or ''}\t{SIGNER_LABEL}")
    name = paragraph.add_run(texts.signer)
    signer = profile.role("signer")
    oxml.set_run_fonts(name._r.get_or_add_rPr(), latin=signer.latin, east_asian=signer.east_asian)


# ---------------------------------------------------------------------------- under the body


def add_attachment_list(document: Any, texts: OfficialTexts, profile: Profile, paragraph: Paragraph) -> None:
    """附件说明 one line under the body, two characters in; further names under the first one's
    number; wrapped lines under the first character of the name (§7.3.4)."""
    role = profile.role("attachment list")
    char = _char(profile, "attachment list")
    indent = role.first_line_indent * char
    lead = ems(texts.attachment_items[0].lead) * char if texts.attachment_items else 0.0
    pitch = profile.role("body").leading(1.0)
    for n, item in enumerate(texts.attachment_items):
        p = paragraph(document, "Attachment List", item.text)
        left = indent + (0.0 if n == 0 else lead)
        hang = ems(item.lead + item.number if n == 0 else item.number) * char
        oxml.set_hanging_indent(p._p.get_or_add_pPr(), left_twips=_twips(left + hang), hanging_twips=_twips(hang))
        if n == 0:
            from docx.shared import Pt

            p.paragraph_format.space_before = Pt(profile.official.attachment_list_lines_before * pitch)


def add_signature(document: Any, texts: OfficialTexts, profile: Profile, paragraph: Paragraph) -> None:
    """署名 and 成文日期 by right indents, as GB/T 9704 §7.3.5 places them (sealed: the date four
    characters from the right, the 署名 centred over it; unsealed: the 署名 two from the right,
    the date two right of its start), and the 附注 under them, kept on one page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    layout = profile.official
    char = _char(profile, "signature")
    pitch = profile.role("body").leading(1.0)
    issuer_w, date_w = ems(texts.issuer or ""), ems(texts.date or "")
    place = signature_place(issuer_w, date_w, sealed=texts.sealed, date_right=layout.date_right,
                            signature_right=layout.signature_right, date_shift=layout.date_shift)
    lines = layout.sealed_lines_before if texts.sealed else layout.unsealed_lines_before
    rows = []
    if texts.issuer:
        rows.append((texts.issuer, place.issuer_right if texts.date else place.date_right))
    if texts.date:
        rows.append((texts.date, place.date_right))
    for n, (text, right) in enumerate(rows):
        p = paragraph(document, "Signature", text)
        fmt = p.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fmt.right_indent = Pt(right * char)
        fmt.keep_with_next = n + 1 < len(rows) or bool(texts.note)
        if n == 0:
            fmt.space_before = Pt(lines * pitch)
    if texts.note:
        paragraph(document, "Document Note", texts.note)


def add_attachment_page(document: Any, label: str, title: Callable[[Any], None] | None, profile: Profile,
                        paragraph: Paragraph) -> None:
    """An attachment's first lines from a new page: ``附件1`` (黑体) flush left on the first line,
    its title centred on the third (§7.3.8)."""
    from docx.shared import Pt

    first = paragraph(document, "Attachment Label", label)
    oxml.set_page_break_before(first._p.get_or_add_pPr())
    if title is not None:
        heading = paragraph(document, "Title", None)
        title(heading)
        pitch = profile.role("body").leading(1.0)
        heading.paragraph_format.space_before = Pt(max(profile.official.attachment_title_line - 2, 0) * pitch)


# ---------------------------------------------------------------------------- the 版记


RecordRow = str | tuple[str, str]


def record_table(document: Any, groups: Sequence[Sequence[RecordRow]], profile: Profile, *, role: str = "record",
                 style: str = "Record") -> Any:
    """A 版记 as a one-column table anchored to the foot of the type area: rules as wide as the
    type area, the first and last thick, the ones between groups thin, each row one line of the
    role's pitch, one character in on both sides; a row is a text (wrapped lines under the first
    character after its label) or a (left, right) pair on one line."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt
    from docx.table import _Cell

    layout: OfficialLayout = profile.official
    record = profile.role(role)
    inset = layout.record_inset * record.size
    width = profile.page.frame_width
    pitch = record.leading(1.0)
    rows = [row for group in groups for row in group]
    table = document.add_table(rows=len(rows), cols=1)
    oxml.set_table_rules(table._tbl, top=round(layout.record_rule_outer * 8), bottom=round(layout.record_rule_outer * 8),
                         inside=0, width_twips=_twips(width))
    oxml.set_grid_columns(table._tbl, [_twips(width)])
    ids: dict[str, str] = getattr(document, "_newsconv_style_ids", {})
    starts = {sum(len(g) for g in groups[:n]) for n in range(1, len(groups))}  # rows with a thin rule above
    for r, (row, tr) in enumerate(zip(rows, table._tbl.tr_lst, strict=True)):
        oxml.set_row_height(tr, _twips(pitch))
        tc = tr.tc_lst[0]
        oxml.set_cell_width(tc, _twips(width))
        if r in starts:
            oxml.set_cell_rule(tc, edge="top", eighths=round(layout.record_rule_inner * 8))
        cell_paragraph = _Cell(tc, table).paragraphs[0]
        cell_paragraph._p.style = ids.get(style, style)
        _exact(cell_paragraph, line=pitch)
        ppr = cell_paragraph._p.get_or_add_pPr()
        if isinstance(row, tuple):
            left, right = row
            oxml.set_hanging_indent(ppr, left_twips=_twips(inset), hanging_twips=0, right_twips=_twips(inset))
            cell_paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(width - inset), WD_TAB_ALIGNMENT.RIGHT)
            cell_paragraph.add_run(f"{left}\t{right}")
        else:
            label, sep, _ = row.partition("：")
            hang = ems(label + sep) * record.size if sep and len(label) <= 6 else 0.0
            oxml.set_hanging_indent(ppr, left_twips=_twips(inset + hang), hanging_twips=_twips(hang),
                                    right_twips=_twips(inset))
            cell_paragraph.add_run(row)
    # the last rule's lower edge on the type area's bottom edge
    page = profile.page
    height = len(rows) * pitch + layout.record_rule_outer  # the rules widen the rows by half their width each
    oxml.float_table_at_bottom(table._tbl, left_twips=_twips(page.margin_left),
                               top_twips=_twips(page.frame_height - height))
    return table


def _record_groups(texts: OfficialTexts) -> list[list[RecordRow]]:
    groups: list[list[RecordRow]] = []
    if texts.cc:
        groups.append([texts.cc])
    if texts.printed_by or texts.printed_date:
        groups.append([(texts.printed_by or "", texts.printed_date or "")])
    return groups


def _record_page(doc: Document, profile: Profile, letterhead: str) -> tuple[bool, bool]:
    """Where the PDF sets the 版记: (alone on a page of its own, after a blank page)."""
    from newsconv.writers.pdf.parts import page_infos

    pages = page_infos(doc, profile, letterhead=letterhead)
    last = pages[-1]
    alone = last.foot and not last.flow
    return alone, alone and len(pages) > 1 and pages[-2].blank


def add_record(document: Any, doc: Document, texts: OfficialTexts, profile: Profile, paragraph: Paragraph,
               letterhead: str) -> None:
    """The 版记 on the page the PDF puts it on: under the text, on the next page, or, when the
    text ends on an even page too full for it, after a blank page; the blank page and the 版记's
    page then carry no page number (a section without footers), as GB/T 9704 §7.5 says."""
    from docx.enum.section import WD_SECTION

    alone, after_blank = _record_page(doc, profile, letterhead) if profile.official.record_even_page else (False, False)
    if after_blank:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        for footer in (section.footer, section.even_page_footer, section.first_page_footer):
            footer.is_linked_to_previous = False
        _exact(paragraph(document, "Record", None), line=1.0)  # the blank page holds this much
        anchor = paragraph(document, "Record", None)
        oxml.set_page_break_before(anchor._p.get_or_add_pPr())
        _exact(anchor, line=1.0)
    elif alone:
        anchor = paragraph(document, "Record", None)
        oxml.set_page_break_before(anchor._p.get_or_add_pPr())
        _exact(anchor, line=1.0)
    record_table(document, _record_groups(texts), profile)
    tail = paragraph(document, "Record", None)  # a document ends with a paragraph: a tiny one
    _exact(tail, line=1.0)


# ---------------------------------------------------------------------------- the whole document


def add_official(document: Any, doc: Document, profile: Profile, *, paragraph: Paragraph,
                 add_blocks: Callable[[Any, tuple[Block, ...]], None], title: Callable[[Any, str], None],
                 letterhead: str = "print") -> None:
    """An official document in the order and places of GB/T 9704 §7 (see the PDF's
    ``official_flowables``, which this follows part by part)."""
    from docx.shared import Pt

    meta = doc.meta
    assert meta.official is not None
    texts = official_texts(meta.official)
    above_title = 0.0
    if texts.has_letterhead:
        above_title = add_letterhead(document, texts, profile, paragraph, reserve=letterhead == "reserve")
    if meta.title:
        heading = paragraph(document, "Title", None)
        title(heading, meta.title)
        if above_title:
            heading.paragraph_format.space_before = Pt(max(above_title, 0.0))
            oxml.set_snap_to_grid(heading._p.get_or_add_pPr(), False)
    if meta.subtitle:
        paragraph(document, "Subtitle", meta.subtitle)
    if texts.recipients:
        paragraph(document, "Addressees", texts.recipients)
    add_blocks(document, doc.blocks)
    if texts.attachment_items:
        add_attachment_list(document, texts, profile, paragraph)
    if texts.issuer or texts.date:
        add_signature(document, texts, profile, paragraph)
    elif texts.note:
        paragraph(document, "Document Note", texts.note)
    for page in texts.pages:
        add_attachment_page(document, page.label, (lambda p, t=page.title: title(p, t)) if page.title else None,
                            profile, paragraph)
        add_blocks(document, page.blocks)
    if texts.has_record:
        add_record(document, doc, texts, profile, paragraph, letterhead)
