"""Tables: one model node, read from Markdown, HTML and DOCX, written by every writer and read back."""

from __future__ import annotations

import io
import re

import pytest

from newsconv.convert import convert, render
from newsconv.model import Document, LineBreak, Meta, Paragraph, Table, Text, to_json
from newsconv.profiles import load_profile
from newsconv.readers import ReadOptions

ROWS = [("项目", "完成数", "备注"), ("新建道路", "12", "含支路"), ("改造小区", "1,024", "")]
TABLE = Table(tuple(tuple((Text(c),) if c else () for c in row) for row in ROWS), header=1, caption=(Text("表1 进度"),))
DOC = Document(Meta(title="年度进度", language="zh"),
               (Paragraph((Text("全年工作进展如下。"),)), TABLE, Paragraph((Text("以上为统计。"),))))


def _doc_bytes() -> bytes:
    return to_json(DOC).encode()


@pytest.mark.parametrize("fmt", ["json", "md", "html", "docx"])
def test_table_round_trips_through_newsconvs_own_formats(fmt: str) -> None:
    from newsconv.convert import parse

    data = convert(_doc_bytes(), input_format="json", output_formats=[fmt])[fmt]
    back = parse(data, fmt, ReadOptions())
    tables = [b for b in back.blocks if isinstance(b, Table)]
    assert tables == [TABLE]


def test_markdown_is_a_pipe_table_commonmark_tools_read() -> None:
    from markdown_it import MarkdownIt

    md = convert(_doc_bytes(), input_format="json", output_formats=["md"])["md"].decode()
    html = MarkdownIt("commonmark").enable("table").render(md.split("---\n", 2)[2])
    assert "<th>项目</th>" in html and "<td>1,024</td>" in html


def test_docx_table_has_grid_borders_and_a_repeated_header_row() -> None:
    import docx

    data = convert(_doc_bytes(), input_format="json", output_formats=["docx"])["docx"]
    document = docx.Document(io.BytesIO(data))
    [table] = document.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [list(r) for r in ROWS]
    xml = table._tbl.xml
    assert re.search(r'<w:insideV w:val="single"', xml) and re.search(r'<w:tblHeader w:val="1"', xml)
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)


def test_html_table_has_a_head_and_a_caption() -> None:
    from lxml import html

    page = html.fromstring(convert(_doc_bytes(), input_format="json", output_formats=["html"])["html"])
    assert page.xpath("string(//table/caption)") == "表1 进度"
    assert page.xpath("//table/thead/tr/th/text()") == ["项目", "完成数", "备注"]
    assert page.xpath("//table/tbody/tr[2]/td[2]/text()") == ["1,024"]


def test_pandoc_formats_get_a_real_table() -> None:
    rst = convert(_doc_bytes(), input_format="json", output_formats=["rst"])["rst"].decode()
    assert ".. table:: 表1 进度" in rst and "1,024" in rst


def test_pdf_draws_cells_in_columns_with_rules() -> None:
    import pdfplumber

    pdf = render(DOC, "pdf", load_profile("news"))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        words = {w["text"]: w for w in page.extract_words()}
        assert {"项目", "完成数", "新建道路", "1,024"} <= set(words)
        # columns: a header cell and the cells under it start at the same x
        assert abs(words["项目"]["x0"] - words["新建道路"]["x0"]) < 0.5
        assert abs(words["完成数"]["x0"] - words["12"]["x0"]) < 0.5
        assert words["项目"]["x0"] < words["完成数"]["x0"] < words["备注"]["x0"]
        # rules: four horizontal (top, under each of three rows) and four vertical
        horizontal = {round(line["top"]) for line in page.lines if abs(line["top"] - line["bottom"]) < 0.1}
        vertical = {round(line["x0"]) for line in page.lines if abs(line["x0"] - line["x1"]) < 0.1}
        assert len(horizontal) == 4 and len(vertical) == 4


def test_a_long_pdf_table_splits_between_pages_and_repeats_its_header() -> None:
    import pdfplumber

    head = ((Text("序号"),), (Text("内容"),))
    rows = (head, *(((Text(str(i)),), (Text("事项说明" * (i % 5 + 1)),)) for i in range(80)))
    doc = Document(Meta(title="长表", language="zh"), (Table(rows, header=1),))
    with pdfplumber.open(io.BytesIO(render(doc, "pdf", load_profile("news")))) as pdf:
        assert len(pdf.pages) >= 2
        texts = [page.extract_text() for page in pdf.pages]
    assert all("序号" in t for t in texts)  # the header row on every page
    numbers = [int(n) for t in texts for n in re.findall(r"^(\d+) ", t, re.M)]
    assert numbers == list(range(80))  # every row once, in order


def test_cell_line_breaks_survive_in_docx_and_markdown() -> None:
    import docx

    table = Table((((Text("甲"),), (Text("一"), LineBreak(), Text("二"))),))
    data = to_json(Document(Meta(title="t"), (table,))).encode()
    out = convert(data, input_format="json", output_formats=["docx", "md"])
    assert docx.Document(io.BytesIO(out["docx"])).tables[0].cell(0, 1).text == "一\n二"
    assert "| 甲 | 一<br>二 |" in out["md"].decode()
