"""DOCX from a profile, read back through python-docx and the package XML: the gbt9704 page,
odd and even footers, running header and footer, properties, every block type, --reference-doc."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from newsconv.convert import render
from newsconv.errors import ConfigError
from newsconv.model import (
    Document,
    Emph,
    Figure,
    Heading,
    Link,
    ListBlock,
    Meta,
    Paragraph,
    Person,
    Quote,
    Strong,
    Text,
)
from newsconv.profiles import load_profile
from newsconv.writers import WriteOptions

CUSTOM_NS = {"c": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
             "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}


@pytest.fixture(scope="module")
def official(seed_doc):
    return docx.Document(io.BytesIO(render(seed_doc, "docx", load_profile("gbt9704"))))


def _rich_article() -> Document:
    meta = Meta(
        title="区政府召开防汛工作会议",
        authors=(Person("张三"),),
        source="大洼区融媒体中心",
        url="https://www.example.gov.cn/news/2024/0506.html",
        section=("首页", "动态要闻"),
        published=dt.date(2024, 5, 6),
        language="zh",
    )
    blocks = (
        Heading(1, (Text("一、总体要求"),)),
        Paragraph((Text("会议强调，要"), Strong((Text("压实责任"),)), Text("，详见"),
                   Link((Text("通知全文"),), "https://www.example.gov.cn/notice"), Text("。"))),
        Heading(2, (Text("（一）明确分工"),)),
        Quote((Paragraph((Text("“宁可十防九空，不可失防万一。”"),)),)),
        ListBlock(((Paragraph((Text("排查隐患"),)),), (Paragraph((Text("储备物资"),)),)), ordered=True, start=1),
        ListBlock(((Paragraph((Emph((Text("值班值守"),)),)),),), ordered=False, start=1),
        Figure((Text("图为会议现场"),), "photo.jpg"),
    )
    return Document(meta=meta, blocks=blocks)


def _custom_properties(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        if "docProps/custom.xml" not in package.namelist():
            return {}
        root = etree.fromstring(package.read("docProps/custom.xml"))
    return {p.get("name"): p.findtext("vt:lpwstr", namespaces=CUSTOM_NS) for p in root.findall("c:property", CUSTOM_NS)}


# ---------------------------------------------------------------------------- the gbt9704 page


def test_gbt9704_page_and_grid(official):
    section = official.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    assert int(grid.get(qn("w:linePitch"))) == 579  # 225 mm / 22 lines = 28.95 pt, in twips


def test_gbt9704_body_style(official):
    body = official.styles["Body Text"]
    rfonts = body.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert rfonts.get(qn("w:ascii")) == "Times New Roman"
    assert body.font.size == Pt(16)  # 三号
    fmt = body.paragraph_format
    assert fmt.line_spacing == Pt(28.95) and fmt.line_spacing_rule.name == "EXACTLY"
    assert fmt.widow_control is False  # widow control would leave pages short of 22 lines
    assert body.element.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5"  # -0.25 pt: 28 characters a line
    ind = body.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200" and ind.get(qn("w:firstLine")) == "640"


@pytest.mark.parametrize(
    ("style", "east_asian", "size", "bold"),
    # GB/T 9704: the title is 小标宋 and 1. headings 仿宋, neither of them bold
    [("Title", "方正小标宋简体", 22, False), ("Heading 1", "黑体", 16, False),
     ("Heading 2", "楷体_GB2312", 16, False), ("Heading 3", "仿宋_GB2312", 16, False)],
)
def test_gbt9704_heading_fonts(official, style, east_asian, size, bold):
    found = official.styles[style]
    assert found.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == east_asian
    assert found.font.size == Pt(size)
    assert bool(found.font.bold) is bold


def test_gbt9704_odd_and_even_footers(official):
    assert official.settings.odd_and_even_pages_header_footer is True
    section = official.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    for paragraph in (odd, even):
        assert [t.text.strip() for t in paragraph._p.iter(qn("w:instrText"))] == ["PAGE"]
        assert paragraph.text.replace("1", "N") == "— N —"
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and odd.paragraph_format.right_indent == Pt(14)
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT and even.paragraph_format.left_indent == Pt(14)
    # the number's top stands 7 mm under the type area: footer distance = 35 - 7 mm - one 14 pt line
    assert abs(section.footer_distance.mm - (35 - 7 - 14 / 72 * 25.4)) < 0.1


def test_news_profile_numbers_centred_on_every_page(seed_outputs):
    document = docx.Document(io.BytesIO(seed_outputs["docx"]))
    assert document.settings.odd_and_even_pages_header_footer is False
    assert document.sections[0].footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_gbt9704_dates_in_chinese(tmp_path):
    data = render(_rich_article(), "docx", load_profile("gbt9704"))
    meta = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.name == "Article Meta"]
    assert meta == ["来源：大洼区融媒体中心\u30002024年5月6日\u3000作者：张三"]
    iso = tmp_path / "iso.toml"
    iso.write_text('extends = "gbt9704"\nname = "iso"\n[date]\nstyle = "iso"\n', encoding="utf-8")
    data = render(_rich_article(), "docx", load_profile(str(iso)))
    meta = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.name == "Article Meta"]
    assert meta == ["来源：大洼区融媒体中心\u30002024-05-06\u3000作者：张三"]


# ---------------------------------------------------------------------------- blocks and properties


def test_every_block_type_in_its_style():
    data = render(_rich_article(), "docx", load_profile("news"))
    document = docx.Document(io.BytesIO(data))
    rows = [(p.style.name, p.text) for p in document.paragraphs]
    assert rows == [
        ("Title", "区政府召开防汛工作会议"),
        ("Article Meta", "来源：大洼区融媒体中心\u30002024年5月6日\u3000作者：张三"),
        ("Heading 1", "一、总体要求"),
        ("Body Text", "会议强调，要压实责任，详见通知全文。"),
        ("Heading 2", "（一）明确分工"),
        ("Quote", "“宁可十防九空，不可失防万一。”"),
        ("List Number", "排查隐患"),
        ("List Number", "储备物资"),
        ("List Bullet", "值班值守"),
        ("Caption", "图为会议现场"),
    ]
    body = document.paragraphs[3]
    assert [r.text for r in body.runs if r.bold] == ["压实责任"]
    assert [r.text for r in document.paragraphs[8].runs if r.italic] == ["值班值守"]
    links = body._p.findall(qn("w:hyperlink"))
    assert len(links) == 1
    rel = document.part.rels[links[0].get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://www.example.gov.cn/notice"
    assert "".join(t.text for t in links[0].iter(qn("w:t"))) == "通知全文"


def test_core_and_custom_properties():
    data = render(_rich_article(), "docx", load_profile("news"))
    core = docx.Document(io.BytesIO(data)).core_properties
    assert core.title == "区政府召开防汛工作会议"
    assert core.author == "张三"
    assert core.subject == "首页 > 动态要闻"
    assert core.created == dt.datetime(2024, 5, 6, tzinfo=dt.UTC)
    assert _custom_properties(data) == {
        "source": "大洼区融媒体中心",
        "url": "https://www.example.gov.cn/news/2024/0506.html",
        "section": "首页 > 动态要闻",
    }


def test_created_from_source_date_epoch(seed_doc, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714990000")
    core = docx.Document(io.BytesIO(render(seed_doc, "docx", load_profile("news")))).core_properties
    assert core.created == dt.datetime(2024, 5, 6, 10, 6, 40, tzinfo=dt.UTC)
    assert core.modified == core.created


def test_running_header_and_footer(seed_doc, tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text('extends = "gbt9704"\nname = "desk"\n[running]\nheader = "内部资料　{title}"\n'
                    'footer = "大洼区委办公室"\n', encoding="utf-8")
    document = docx.Document(io.BytesIO(render(seed_doc, "docx", load_profile(str(desk)))))
    section = document.sections[0]
    title = seed_doc.meta.title
    for header in (section.header, section.even_page_header):  # odd and even pages alike
        assert [p.text for p in header.paragraphs if p.text] == [f"内部资料　{title}"]
    for footer in (section.footer, section.even_page_footer):
        texts = [p.text for p in footer.paragraphs if p.text]
        assert "大洼区委办公室" in texts and any(t.startswith("— ") for t in texts)


# ---------------------------------------------------------------------------- --reference-doc


def _reference(with_custom: bool) -> bytes:
    reference = docx.Document()
    reference.sections[0].left_margin = Mm(40)
    reference.styles["Body Text"].font.size = Pt(13)
    reference.sections[0].footer.paragraphs[0].text = "内部资料"
    buffer = io.BytesIO()
    reference.save(buffer)
    if not with_custom:
        return buffer.getvalue()
    # add the reference's own custom property the way Word stores it
    from newsconv.writers.docx import oxml

    again = docx.Document(io.BytesIO(buffer.getvalue()))
    oxml.add_custom_properties(again.part.package, {"department": "办公室"})
    buffer = io.BytesIO()
    again.save(buffer)
    return buffer.getvalue()


def test_reference_doc_styles_page_and_footer_are_kept():
    data = render(_rich_article(), "docx", load_profile("gbt9704"), WriteOptions(reference_docx=_reference(False)))
    document = docx.Document(io.BytesIO(data))
    assert round(document.sections[0].left_margin.mm) == 40
    assert document.styles["Body Text"].font.size == Pt(13)
    assert document.sections[0].footer.paragraphs[0].text == "内部资料"  # its footer, not page numbers
    assert document.paragraphs[0].text == "区政府召开防汛工作会议"  # the reference's own text is gone
    assert "Article Meta" in [s.name for s in document.styles]  # styles it lacks are added


def test_reference_doc_custom_properties_are_merged():
    data = render(_rich_article(), "docx", load_profile("news"), WriteOptions(reference_docx=_reference(True)))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.namelist().count("docProps/custom.xml") == 1
    assert _custom_properties(data)["department"] == "办公室"
    assert _custom_properties(data)["source"] == "大洼区融媒体中心"


def test_unreadable_reference_doc():
    with pytest.raises(ConfigError, match="not a readable .docx"):
        render(_rich_article(), "docx", load_profile("news"), WriteOptions(reference_docx=b"PK\x03\x04 broken"))


def test_long_metadata_is_cut_to_what_word_takes():
    long = "很长的副标题" * 60  # 360 characters
    doc = Document(meta=Meta(title="标" * 300, subtitle=long, source="来" * 300, language="zh"), blocks=())
    core = docx.Document(io.BytesIO(render(doc, "docx", load_profile("news")))).core_properties
    assert len(core.title) == 255 and core.title.endswith("…")
    assert core.subject == long[:254] + "…"
    assert len(core.comments) == 255
