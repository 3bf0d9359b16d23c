"""The DOCX writer's OOXML helpers: everything python-docx has no API for.

This is the only module that touches ``docx.oxml``: East-Asian fonts (``w:eastAsia``),
languages, character-unit indents (``w:firstLineChars``), fields (PAGE), hyperlinks, borders.
"""

from __future__ import annotations

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
