"""The DOCX writer's OOXML helpers: everything python-docx has no API for.

This is the only module that touches ``docx.oxml``: East-Asian fonts (``w:eastAsia``),
languages, character-unit indents (``w:firstLineChars``), fields (PAGE), hyperlinks, borders.
"""

from __future__ import annotations

import re
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def _child(parent: Any, tag: str) -> Any:
    """The first child named ``tag``, created (appended) when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def set_run_fonts(rpr: Any, *, latin: str, east_asian: str) -> None:
    """Explicit Latin and East-Asian fonts on an ``w:rPr``; theme fonts removed (they would win)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # w:rFonts comes first in CT_RPr's sequence
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")


def set_language(rpr: Any, *, latin: str, east_asian: str) -> None:
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), latin)
    lang.set(qn("w:eastAsia"), east_asian)


def doc_defaults_rpr(styles_element: Any) -> Any:
    """The ``w:rPr`` of the document defaults (``w:docDefaults/w:rPrDefault``)."""
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_element.insert(0, defaults)
    rpr_default = _child(defaults, "w:rPrDefault")
    return _child(rpr_default, "w:rPr")


def set_indent_chars(ppr: Any, *, first_line_twips: int, first_line_chars: int,
                     left_twips: int = 0, left_chars: int = 0) -> None:
    """Indents in both units: Word reads ``*Chars`` (hundredths of a character), LibreOffice the twips."""
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    for attr in ("w:hanging", "w:hangingChars"):
        ind.attrib.pop(qn(attr), None)
    ind.set(qn("w:firstLine"), str(first_line_twips))
    ind.set(qn("w:firstLineChars"), str(first_line_chars))
    ind.set(qn("w:left"), str(left_twips))
    ind.set(qn("w:leftChars"), str(left_chars))


def set_snap_to_grid(ppr: Any, snap: bool) -> None:
    """Whether a paragraph's lines snap to the section's line grid (``w:snapToGrid``).

    LibreOffice gives a line of type larger than the grid's base size (a 22 pt title on the
    GB/T 9704 grid) two grid lines even with exact line spacing; a paragraph that does not snap
    takes exactly its line spacing, which the profile sets to the grid pitch.
    """
    found = ppr.find(qn("w:snapToGrid"))
    if found is None:
        found = OxmlElement("w:snapToGrid")
        ppr.insert_element_before(found, "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                                  "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                                  "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                                  "w:sectPr", "w:pPrChange")
    found.set(qn("w:val"), "1" if snap else "0")


def remove_borders(ppr: Any) -> None:
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def clear_character_spacing(rpr: Any) -> None:
    for tag in ("w:spacing", "w:kern"):
        found = rpr.find(qn(tag))
        if found is not None:
            rpr.remove(found)


def set_character_spacing(rpr: Any, twentieths_pt: int) -> None:
    spacing = _child(rpr, "w:spacing")
    spacing.set(qn("w:val"), str(twentieths_pt))


def _field_run(paragraph: Any, kind: str, text: str | None = None) -> None:
    run = paragraph.add_run()
    if kind == "instr":
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = text or ""
        run._r.append(instr)
    else:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)


def add_page_field(paragraph: Any) -> None:
    """A PAGE field (begin, instruction, separate, cached result "1", end)."""
    _field_run(paragraph, "begin")
    _field_run(paragraph, "instr", " PAGE ")
    _field_run(paragraph, "separate")
    paragraph.add_run("1")
    _field_run(paragraph, "end")


def add_hyperlink(paragraph: Any, url: str, text: str, style_id: str | None = None) -> None:
    """A real hyperlink (``w:hyperlink`` with an external relationship) holding ``text``."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    if style_id:
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), style_id)
        rpr.append(rstyle)
        run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def remove_core_dates(core_element: Any) -> None:
    """Drop created/modified when the article has no date (never stamp the clock's time)."""
    for tag in ("dcterms:created", "dcterms:modified"):
        found = core_element.find(qn(tag))
        if found is not None:
            core_element.remove(found)


def set_doc_grid(sectpr: Any, line_pitch_twips: int) -> None:
    """A line grid (``w:docGrid w:type="lines"``): Word lays body lines on it.

    Only lines: LibreOffice reads a ``linesAndChars`` grid's character pitch differently from
    Word (PRINT.md), so characters per line come from the runs' character spacing instead.
    """
    grid = sectpr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sectpr.append(grid)
    for attr in list(grid.attrib):
        del grid.attrib[attr]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(line_pitch_twips))


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def add_custom_properties(package: Any, properties: dict[str, str]) -> None:
    """``docProps/custom.xml``: named text properties (Word: File > Properties > Custom).

    A reference document's own custom properties are kept; ours replace those of the same name.
    """
    from docx.opc.constants import CONTENT_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    existing = next((rel.target_part for rel in package.rels.values()
                     if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES and not rel.is_external), None)
    root = None
    if existing is not None:
        try:
            root = etree.fromstring(existing.blob)
        except etree.XMLSyntaxError:
            root = None
    if root is None:
        root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    for old in root.findall(f"{{{_CUSTOM_NS}}}property"):
        if old.get("name") in properties:
            root.remove(old)
    pids = [int(p.get("pid", "1")) for p in root.findall(f"{{{_CUSTOM_NS}}}property") if p.get("pid", "").isdigit()]
    pid = max([1, *pids])
    for name, value in properties.items():
        pid += 1
        prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property", fmtid=_CUSTOM_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = _XML_INVALID.sub("", value)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if existing is not None:
        existing._blob = blob
        return
    part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def set_application(package: Any, application: str) -> None:
    """``docProps/app.xml`` naming the program that made the file, and no blank thumbnail.

    python-docx's template says "Microsoft Macintosh Word" and counts one page, and carries a
    blank ``docProps/thumbnail.jpeg`` that file browsers would show as the document's preview.
    """
    from lxml import etree

    root = etree.Element(f"{{{_APP_NS}}}Properties", nsmap={None: _APP_NS, "vt": _VT_NS})
    for tag, value in (("Application", application), ("DocSecurity", "0"), ("ScaleCrop", "false"),
                       ("LinksUpToDate", "false"), ("SharedDoc", "false"), ("HyperlinksChanged", "false")):
        etree.SubElement(root, f"{{{_APP_NS}}}{tag}").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    for rel_id, rel in list(package.rels.items()):
        if rel.is_external:
            continue
        if rel.reltype == RELATIONSHIP_TYPE.EXTENDED_PROPERTIES:
            rel.target_part._blob = blob
        elif rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            package.rels.pop(rel_id)


def clear_body(body: Any) -> None:
    """Remove every paragraph and table from a document body, keeping its section settings."""
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def has_text(story: Any) -> bool:
    """Whether a header or footer holds any text or field."""
    return any((t.text or "").strip() for t in story._element.iter(qn("w:t"))) or any(
        True for _ in story._element.iter(qn("w:fldSimple"))
    ) or any(True for _ in story._element.iter(qn("w:instrText")))


def set_table_grid(table_element: Any, *, header_rows: int) -> None:
    """Single 0.5 pt borders on every cell edge (without relying on a "Table Grid" style a
    reference document may lack), full width, and the header rows repeated on each page."""
    tbl_pr = table_element.tblPr
    for tag in ("w:tblStyle", "w:tblBorders"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    width = _child(tbl_pr, "w:tblW")
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), "5000")
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")  # eighths of a point
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), "000000")
        borders.append(line)
    tbl_pr.append(borders)
    for row in table_element.tr_lst[:header_rows]:
        _child(row.get_or_add_trPr(), "w:tblHeader").set(qn("w:val"), "1")


_RUN_BREAKS = re.compile(r"([\t\n])")


def add_text_run(paragraph_element: Any, text: str) -> Any:
    """A ``w:r`` with ``text`` appended to a ``w:p``: tabs as ``w:tab``, newlines as ``w:br``.
    (python-docx's ``add_run`` walks the text a character at a time into a list: 2 GB for a
    paragraph of 20 million characters.)"""
    run = OxmlElement("w:r")
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            run.append(OxmlElement("w:tab"))
        elif piece == "\n":
            run.append(OxmlElement("w:br"))
        elif piece:
            t = OxmlElement("w:t")
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)
    paragraph_element.append(run)
    return run


def set_paragraph_rule(ppr: Any, *, edge: str = "bottom", color: str = "000000", eighths: int = 8,
                       space_pt: int = 0) -> None:
    """A rule along one edge of a paragraph (``w:pBdr``): the red rule under a 发文字号 or a
    masthead, a 版记 rule. ``eighths`` is the width in eighths of a point (0.35 mm = 8)."""
    borders = _child(ppr, "w:pBdr")
    line = borders.find(qn(f"w:{edge}"))
    if line is None:
        line = OxmlElement(f"w:{edge}")
        order = ("top", "left", "bottom", "right", "between", "bar")
        later = [borders.find(qn(f"w:{e}")) for e in order[order.index(edge) + 1:]]
        following = next((e for e in later if e is not None), None)
        if following is not None:
            following.addprevious(line)
        else:
            borders.append(line)
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(eighths))
    line.set(qn("w:space"), str(space_pt))
    line.set(qn("w:color"), color.lstrip("#").upper())


def set_page_break_before(ppr: Any) -> None:
    """The paragraph starts a new page (an attachment, an article of an issue)."""
    _child(ppr, "w:pageBreakBefore").set(qn("w:val"), "1")


def float_table_at_bottom(table_element: Any, *, left_twips: int | None = None, top_twips: int | None = None) -> None:
    """Anchor a table to the bottom edge of the type area (``w:tblpPr``): where GB/T 9704 puts
    the 版记, whatever the text above it leaves.

    LibreOffice 7.4 ignores ``w:tblpYSpec="bottom"`` and keeps a table as wide as the type area
    in the text unless it is placed horizontally from the page's edge (but not from both of the
    page's edges in its lower left quarter). Given ``left_twips`` (from the page's left edge) and
    ``top_twips`` (from the type area's top), the table stands there in Word and LibreOffice."""
    tbl_pr = table_element.tblPr
    position = _child(tbl_pr, "w:tblpPr")
    position.set(qn("w:vertAnchor"), "margin")
    if top_twips is None:
        position.set(qn("w:tblpYSpec"), "bottom")
    else:
        position.set(qn("w:tblpY"), str(top_twips))
    if left_twips is None:
        position.set(qn("w:horzAnchor"), "margin")
        position.set(qn("w:tblpXSpec"), "center")
    else:
        position.set(qn("w:horzAnchor"), "page")
        position.set(qn("w:tblpX"), str(left_twips))
    for side in ("w:leftFromText", "w:rightFromText", "w:topFromText", "w:bottomFromText"):
        position.set(qn(side), "0")
    tbl_pr.remove(position)
    tbl_pr.insert(1 if tbl_pr.find(qn("w:tblStyle")) is not None else 0, position)  # after w:tblStyle


def set_hanging_indent(ppr: Any, *, left_twips: int, hanging_twips: int, right_twips: int = 0) -> None:
    """A paragraph whose lines after the first stand ``hanging_twips`` further in than its first
    line (抄送：… wrapped under the first office, 附件：1.… under the first character of the name)."""
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    for attr in list(ind.attrib):
        del ind.attrib[attr]
    ind.set(qn("w:left"), str(left_twips))
    ind.set(qn("w:right"), str(right_twips))
    ind.set(qn("w:hanging"), str(hanging_twips))
    ind.set(qn("w:firstLineChars"), "0")  # a style's character indent would win in Word


def set_table_rules(table_element: Any, *, top: int, inside: int, bottom: int, width_twips: int,
                    color: str = "000000") -> None:
    """Horizontal rules only, no cell margins at the sides, ``width_twips`` wide: the 版记's rules
    (widths in eighths of a point; 0 for none)."""
    tbl_pr = table_element.tblPr
    for tag in ("w:tblStyle", "w:tblBorders", "w:tblCellMar"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    width = _child(tbl_pr, "w:tblW")
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(width_twips))
    borders = OxmlElement("w:tblBorders")
    for edge, eighths in (("top", top), ("left", 0), ("bottom", bottom), ("right", 0), ("insideH", inside),
                          ("insideV", 0)):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single" if eighths else "nil")
        if eighths:
            line.set(qn("w:sz"), str(eighths))
            line.set(qn("w:space"), "0")
            line.set(qn("w:color"), color.lstrip("#").upper())
        borders.append(line)
    tbl_pr.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        side = OxmlElement(f"w:{edge}")
        side.set(qn("w:w"), "0")
        side.set(qn("w:type"), "dxa")
        margins.append(side)
    tbl_pr.append(margins)
    layout = _child(tbl_pr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")


def set_row_height(row_element: Any, twips: int) -> None:
    """An exact row height (``w:trHeight w:hRule="exact"``)."""
    height = _child(row_element.get_or_add_trPr(), "w:trHeight")
    height.set(qn("w:val"), str(twips))
    height.set(qn("w:hRule"), "exact")


def set_cell_width(cell_element: Any, twips: int) -> None:
    tc_pr = cell_element.get_or_add_tcPr()
    width = _child(tc_pr, "w:tcW")
    width.set(qn("w:w"), str(twips))
    width.set(qn("w:type"), "dxa")


def set_grid_columns(table_element: Any, twips: list[int]) -> None:
    grid = table_element.tblGrid
    for old in list(grid):
        grid.remove(old)
    for width in twips:
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(width))
        grid.append(col)


def set_cell_rule(cell_element: Any, *, edge: str, eighths: int, color: str = "000000") -> None:
    """A rule on one edge of a table cell (``w:tcBorders``): a thin rule between a 版记's parts."""
    tc_pr = cell_element.get_or_add_tcPr()
    borders = _child(tc_pr, "w:tcBorders")
    line = _child(borders, f"w:{edge}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(eighths))
    line.set(qn("w:space"), "0")
    line.set(qn("w:color"), color.lstrip("#").upper())
