"""DOCX output read back through python-docx: text, styles, East-Asian fonts, page, footer, properties."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from newsconv.model import Heading, Paragraph, inline_text

W_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia")


@pytest.fixture(scope="module")
def seed_docx(seed_outputs):
    return docx.Document(io.BytesIO(seed_outputs["docx"]))


def _fonts(style) -> dict[str, str]:
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    return {attr: rfonts.get(qn(attr)) for attr in W_FONT_ATTRS} | {
        "theme": [k for k in rfonts.attrib if k.endswith("Theme") or k.endswith("theme")]
    }


def test_text_and_style_of_every_paragraph(seed_docx, seed_doc):
    got = [(p.style.name, p.text) for p in seed_docx.paragraphs]
    expected = [("Title", seed_doc.meta.title), ("Article Meta", "作者：史航 刘洋")]
    for block in seed_doc.blocks:
        style = "Heading 1" if isinstance(block, Heading) else "Body Text"
        expected.append((style, inline_text(block.content)))
    assert got == expected


def test_page_is_a4_with_profile_margins(seed_docx):
    section = seed_docx.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert abs(section.left_margin - Mm(25)) < Mm(0.5)
    assert abs(section.top_margin - Mm(25)) < Mm(0.5)


@pytest.mark.parametrize(
    ("style", "latin", "east_asian"),
    [
        ("Title", "Arial", "黑体"),
        ("Body Text", "Times New Roman", "宋体"),
        ("Heading 1", "Arial", "黑体"),
        ("Quote", "Times New Roman", "楷体"),
        ("Article Meta", "Times New Roman", "宋体"),
    ],
)
def test_styles_carry_latin_and_east_asian_fonts(seed_docx, style, latin, east_asian):
    fonts = _fonts(seed_docx.styles[style])
    assert fonts == {"w:ascii": latin, "w:hAnsi": latin, "w:eastAsia": east_asian, "theme": []}


def test_document_defaults_carry_east_asian_font_and_language(seed_docx):
    rpr = seed_docx.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "宋体"
    assert rfonts.get(qn("w:ascii")) == "Times New Roman"
    assert rfonts.get(qn("w:eastAsiaTheme")) is None
    lang = rpr.find(qn("w:lang"))
    # Chinese in the East-Asian slot, English for Latin words and numbers, as Word sets a Chinese
    # document up (a Chinese Latin language makes LibreOffice break numbers and words anywhere)
    assert (lang.get(qn("w:eastAsia")), lang.get(qn("w:val"))) == ("zh-CN", "en-US")


def test_body_first_line_indent_in_both_units(seed_docx):
    ind = seed_docx.styles["Body Text"].element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    assert ind.get(qn("w:firstLine")) == "480"  # two 12 pt characters, in twips
    heading_ind = seed_docx.styles["Heading 1"].element.pPr.find(qn("w:ind"))
    assert heading_ind.get(qn("w:firstLine")) == "0"


def test_headings_are_black_and_keep_with_next(seed_docx):
    style = seed_docx.styles["Heading 1"]
    assert str(style.font.color.rgb) == "000000"
    assert style.paragraph_format.keep_with_next is True
    assert style.font.bold is True


def test_footer_has_a_page_field_in_the_profile_format(seed_docx):
    footer = seed_docx.sections[0].footer.paragraphs[0]
    instructions = [el.text for el in footer._p.iter(qn("w:instrText"))]
    assert [i.strip() for i in instructions] == ["PAGE"]
    assert footer.text == "— 1 —"  # the field's cached result between the dashes
    assert footer.style.name == "Footer"


def test_core_properties(seed_docx, english_outputs):
    core = seed_docx.core_properties
    assert core.title == "田家街道“1+5”全域党建引领经济社会发展"
    assert core.author == "史航; 刘洋"
    assert core.keywords == "首页, 走进大洼, 动态要闻"
    assert core.created is None  # the seed prints no date, and newsconv never stamps the clock's
    english = docx.Document(io.BytesIO(english_outputs["docx"])).core_properties
    assert english.created == dt.datetime(2024, 5, 6, 10, 30, tzinfo=dt.UTC)
    assert english.author == "Mary Okafor; Tom Lindqvist"


def test_app_properties_name_newsconv_and_no_thumbnail(seed_outputs):
    import zipfile

    from lxml import etree

    package = zipfile.ZipFile(io.BytesIO(seed_outputs["docx"]))
    names = package.namelist()
    assert not [n for n in names if "thumbnail" in n.lower()]
    assert b"thumbnail" not in package.read("_rels/.rels")
    app = etree.fromstring(package.read("docProps/app.xml"))
    ns = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.findtext("ep:Application", namespaces=ns) == "newsconv"
    assert b"Microsoft" not in package.read("docProps/app.xml")
    assert docx.Document(io.BytesIO(seed_outputs["docx"])).paragraphs  # still opens


def test_package_holds_only_what_the_document_uses(seed_outputs):
    """No Word 2010 stylesWithEffects copy of the styles and no table styles but the default:
    the package is what a clerk's Word needs, and the third of the bytes it was before."""
    import zipfile

    from lxml import etree

    package = zipfile.ZipFile(io.BytesIO(seed_outputs["docx"]))
    assert "word/stylesWithEffects.xml" not in package.namelist()
    assert b"stylesWithEffects" not in package.read("[Content_Types].xml")
    assert b"stylesWithEffects" not in package.read("word/_rels/document.xml.rels")
    styles = etree.fromstring(package.read("word/styles.xml"))
    tables = styles.findall(f"{qn('w:style')}[@{qn('w:type')}='table']")
    assert [s.get(qn("w:styleId")) for s in tables] == ["TableNormal"]
    used = {p.style.name for p in docx.Document(io.BytesIO(seed_outputs["docx"])).paragraphs}
    assert {"Title", "Article Meta", "Body Text", "Heading 1"} <= used
    assert len(seed_outputs["docx"]) < 30_000


def test_english_article_paragraphs(english_outputs, english_doc):
    document = docx.Document(io.BytesIO(english_outputs["docx"]))
    body = [p.text for p in document.paragraphs if p.style.name == "Body Text"]
    assert body == [inline_text(b.content) for b in english_doc.blocks if isinstance(b, Paragraph)]
    assert [p.text for p in document.paragraphs if p.style.name == "Article Meta"] == [
        "By Mary Okafor and Tom Lindqvist · 6 May 2024, 10:30"
    ]
