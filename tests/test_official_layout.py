"""An official document laid out as GB/T 9704-2012 says, read back from the PDF and the DOCX:
positions (from the glyphs' baselines, so that any producer's PDF measures alike), colours,
rules, pages, page numbers; and the DOCX laid out by LibreOffice puts each part on the PDF's page."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from newsconv.convert import parse, render
from newsconv.model import Attachment, Document, Paragraph, text
from newsconv.profiles import load_profile
from newsconv.readers import ReadOptions
from newsconv.transforms import TransformOptions
from newsconv.transforms.metadata import parse_assignments
from newsconv.writers import WriteOptions

from .conftest import needs_tool

MM = 72 / 25.4
PASTED = Path(__file__).parent / "data" / "notice-pasted.txt"
GIVEN = ("doc_number=某政办发[2024]12号", "issuer=某区人民政府办公室", "cc=区委各部门，区人大常委会办公室，区政协办公室",
         "printed_by=某区人民政府办公室", "printed_date=2024-03-19")
GBT = load_profile("gbt9704")
PAGE = GBT.page
PITCH = GBT.role("body").line_spacing  # 28.95 pt
CHAR = GBT.role("body").size + GBT.role("body").letter_spacing  # one character of the grid: 15.75 pt
RIGHT = PAGE.width - PAGE.margin_right
BOTTOM = PAGE.height - PAGE.margin_bottom  # the type area's bottom edge, from the page's top


def notice(*given: str, source: Path = PASTED) -> Document:
    return parse(source.read_bytes(), "text", ReadOptions(source=str(source)),
                 TransformOptions(metadata=parse_assignments(given)))


@dataclass(frozen=True)
class Line:
    page: int
    baseline: float  # points from the page's top
    size: float
    x0: float
    x1: float
    text: str
    color: tuple[float, ...]
    font: str

    @property
    def em_top(self) -> float:
        return self.baseline - 0.88 * self.size  # the ideographic em box

    @property
    def em_bottom(self) -> float:
        return self.baseline + 0.12 * self.size

    @property
    def middle(self) -> float:
        """The middle of the em box: the middle of its line, whatever the size."""
        return self.baseline - 0.38 * self.size

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Rule:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    color: tuple[float, ...]


def read_pdf(data: bytes) -> tuple[list[Line], list[Rule], int]:
    lines: list[Line] = []
    rules: list[Rule] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rows: dict[int, list[dict]] = {}
            for ch in page.chars:
                rows.setdefault(round((page.height - ch["matrix"][5]) * 2), []).append(ch)
            for key in sorted(rows):
                chars = sorted(rows[key], key=lambda c: c["x0"])
                chars = [c for c in chars if c["text"].strip()]
                if not chars:
                    continue
                color = tuple(chars[0]["non_stroking_color"] or (0,))
                lines.append(Line(page.page_number, key / 2, max(c["size"] for c in chars), chars[0]["x0"],
                                  chars[-1]["x1"], "".join(c["text"] for c in chars), color,
                                  chars[0]["fontname"].split("+")[-1]))
            for item in [*page.lines, *page.rects]:
                if item["width"] > 100 and item["height"] < 3:
                    width = item.get("linewidth", 0) if item in page.lines else item["height"]
                    middle = (item["top"] + item["bottom"]) / 2
                    color = tuple(item.get("stroking_color") or item.get("non_stroking_color") or (0,))
                    rules.append(Rule(page.page_number, middle - width / 2, middle + width / 2, item["x0"], item["x1"],
                                      color))
        pages = len(pdf.pages)
    return lines, _merged(rules), pages


def _merged(rules: list[Rule]) -> list[Rule]:
    """One rule where a producer drew the same one twice (LibreOffice does for paragraph borders)."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (r.page, r.top)):
        if out and out[-1].page == rule.page and abs(out[-1].top - rule.top) < 0.2:
            continue
        out.append(rule)
    return out


def find(lines: list[Line], start: str) -> Line:
    """The first line that is ``start`` exactly, else the first that starts with it."""
    squashed = [(line, line.text.replace(" ", "")) for line in lines]
    exact = [line for line, t in squashed if t == start]
    return exact[0] if exact else next(line for line, t in squashed if t.startswith(start))


def is_red(color: tuple[float, ...]) -> bool:
    return len(color) == 3 and color[0] > 0.9 and color[1] < 0.1 and color[2] < 0.1


@pytest.fixture(scope="module")
def doc() -> Document:
    return notice(*GIVEN)


@pytest.fixture(scope="module")
def pdf(doc):
    return read_pdf(render(doc, "pdf", GBT))


# ---------------------------------------------------------------------------- the PDF


def test_the_letterhead_red_mark_number_and_rule(pdf):
    lines, rules, _ = pdf
    mark = find(lines, "某区人民政府办公室文件")
    assert mark.page == 1 and is_red(mark.color)
    assert abs(mark.centre - (PAGE.margin_left + PAGE.frame_width / 2)) < 1  # centred
    assert abs(mark.em_top - (PAGE.margin_top + 35 * MM)) < 0.5 * MM  # 35 mm under the type area's top
    number = find(lines, "某政办发〔2024〕12号")
    assert number.page == 1 and abs(number.size - 16) < 0.01 and not is_red(number.color)
    assert abs(number.centre - mark.centre) < 1
    assert number.em_top - mark.em_bottom > 2 * PITCH - 1  # two blank lines under the mark
    red = [r for r in rules if is_red(r.color)]
    assert len(red) == 1 and red[0].page == 1
    assert abs(red[0].x0 - PAGE.margin_left) < 0.5 and abs(red[0].x1 - RIGHT) < 0.5  # 156 mm wide
    assert abs(red[0].top - (number.em_bottom + 4 * MM)) < 0.3 * MM  # 4 mm under the 发文字号


def test_title_addressees_and_body(pdf):
    lines, rules, _ = pdf
    title = find(lines, "关于开展2024年春季安全生产大检查的通知")
    rule = next(r for r in rules if is_red(r.color))
    assert title.size == 22 and title.em_top > rule.bottom + 2 * PITCH - 1  # two blank lines under the rule
    addressees = find(lines, "各街道办事处，区政府各部门：")
    assert abs(addressees.x0 - PAGE.margin_left) < 0.5  # flush left
    assert abs(addressees.middle - title.middle - 2 * PITCH) < 0.5  # one blank line under the title
    first = find(lines, "为深入贯彻落实")
    assert abs(first.x0 - PAGE.margin_left - 2 * 16) < 0.5 and abs(first.baseline - addressees.baseline - PITCH) < 0.5


def test_attachment_list_signature_date_and_note(pdf):
    lines, _, _ = pdf
    listed = find(lines, "附件：1.安全生产大检查工作方案")
    last_body = lines[lines.index(listed) - 1]
    assert last_body.text.endswith("报区应急管理局。")
    second = find(lines, "2.检查情况统计表")
    assert abs(listed.baseline - last_body.baseline - 2 * PITCH) < 0.5  # one blank line under the body
    assert abs(listed.x0 - PAGE.margin_left - 2 * 16) < 0.5  # two characters in
    assert abs(second.x0 - (listed.x0 + 3 * CHAR)) < 1.5  # the second number under the first
    issuer = find(lines, "某区人民政府办公室")
    date = find(lines, "2024年3月18日")
    note = find(lines, "（此件公开发布）")
    assert issuer.page == date.page == note.page
    assert abs(date.x1 - (RIGHT - 4 * CHAR)) < 1.5  # the date ends four characters from the right
    assert abs(issuer.centre - date.centre) < 1  # the 署名 centred over it
    assert abs(date.baseline - issuer.baseline - PITCH) < 0.5
    assert issuer.baseline - second.baseline > 2 * PITCH  # room for the seal
    assert abs(note.baseline - date.baseline - PITCH) < 0.5 and abs(note.x0 - PAGE.margin_left - 32) < 0.5


def test_the_record_at_the_foot_of_an_even_last_page_between_three_rules(pdf):
    lines, rules, pages = pdf
    assert pages % 2 == 0
    black = [r for r in rules if r.page == pages and not is_red(r.color)]
    assert len(black) == 3
    assert all(abs(r.x0 - PAGE.margin_left) < 0.5 and abs(r.x1 - RIGHT) < 0.5 for r in black)
    widths = [round((r.bottom - r.top) / MM, 2) for r in black]
    assert widths == [0.35, 0.25, 0.35]
    assert abs(black[-1].bottom - BOTTOM) < 0.1  # the last rule on the type area's bottom edge
    cc = find(lines, "抄送：区委各部门")
    printed = find(lines, "某区人民政府办公室2024年3月19日印发")
    assert cc.page == printed.page == pages and cc.size == printed.size == 14
    assert black[0].bottom < cc.em_top < cc.em_bottom < black[1].top < printed.em_top < printed.em_bottom < black[2].top
    assert cc.text.endswith("。")
    assert abs(cc.x0 - PAGE.margin_left - 14) < 0.5 and abs(printed.x0 - PAGE.margin_left - 14) < 0.5
    assert abs(printed.x1 - (RIGHT - 14)) < 0.5  # 印发日期 one character in from the right


def test_page_numbers_outside_on_every_page(pdf):
    lines, _, pages = pdf
    numbers = [line for line in lines if line.text.startswith("—")]
    assert [n.text.replace(" ", "") for n in numbers] == [f"—{n}—" for n in range(1, pages + 1)]
    for number in numbers:
        if number.page % 2:
            assert abs(number.x1 - (RIGHT - 14)) < 0.5
        else:
            assert abs(number.x0 - (PAGE.margin_left + 14)) < 0.5


def test_without_a_seal_the_signature_stands_two_characters_from_the_right():
    lines, _, _ = read_pdf(render(notice(*GIVEN, "seal=none"), "pdf", GBT))
    issuer = find(lines, "某区人民政府办公室")
    date = find(lines, "2024年3月18日")
    listed = find(lines, "2.检查情况统计表")
    assert abs(issuer.x1 - (RIGHT - 2 * CHAR)) < 1.5
    assert abs(date.x0 - (issuer.x0 + 2 * CHAR)) < 1.5  # its first character two characters right
    assert abs(issuer.baseline - listed.baseline - 2 * PITCH) < 0.5  # one blank line under the 附件说明
    # a date longer than the 署名 ends two characters from the right, the 署名 moving left as far
    lines, _, _ = read_pdf(render(notice(*GIVEN, "seal=none", "issuer=某局"), "pdf", GBT))
    issuer, date = find(lines, "某局"), find(lines, "2024年3月18日")
    assert abs(date.x1 - (RIGHT - 2 * CHAR)) < 1.5 and abs(date.x0 - (issuer.x0 + 2 * CHAR)) < 1.5


def test_a_report_to_a_higher_office_has_the_signer_beside_the_number():
    lines, _, _ = read_pdf(render(notice(*GIVEN, "signer=张明"), "pdf", GBT))
    number = find(lines, "某政办发〔2024〕12号")
    assert abs(number.x0 - (PAGE.margin_left + 16)) < 0.5  # one character in from the left
    assert number.text.endswith("签发人：张明") and abs(number.x1 - (RIGHT - 16)) < 0.5
    with pdfplumber.open(io.BytesIO(render(notice(*GIVEN, "signer=张明"), "pdf", GBT))) as pdf:
        page = pdf.pages[0]
        on_line = [c for c in page.chars if abs(page.height - c["matrix"][5] - number.baseline) < 0.6]
        name = [c for c in on_line if c["text"] in "张明"]
        label = [c for c in on_line if c["text"] in "签发人"]
    assert {c["fontname"].split("+")[-1] for c in name} == {"FandolKai-Regular"}  # the name in 楷体
    assert {c["fontname"].split("+")[-1] for c in label} == {"FandolFang-Regular"}


def test_letterhead_reserve_leaves_the_red_parts_out_and_everything_where_it_was():
    printed = read_pdf(render(notice(*GIVEN), "pdf", GBT))
    reserved = read_pdf(render(notice(*GIVEN), "pdf", GBT, WriteOptions(letterhead="reserve")))
    assert not any(is_red(line.color) for line in reserved[0]) and not any(is_red(r.color) for r in reserved[1])
    assert "某区人民政府办公室文件" not in [line.text for line in reserved[0]]
    kept = [line for line in printed[0] if not is_red(line.color)]
    assert [(line.page, round(line.baseline, 1), line.text) for line in kept] == [
        (line.page, round(line.baseline, 1), line.text) for line in reserved[0]]


def _with_paragraphs(n: int) -> Document:
    base = notice(*GIVEN)
    filler = tuple(Paragraph(text("各单位要结合实际，认真组织开展隐患排查整治，对发现的问题及时整改到位。" * 3)) for _ in range(n))
    return Document(base.meta, base.blocks + filler)


def test_a_record_that_does_not_fit_an_even_page_goes_after_a_blank_page_and_neither_has_a_number():
    from newsconv.writers.pdf.parts import page_infos

    for n in range(1, 60):
        doc = _with_paragraphs(n)
        infos = page_infos(doc, GBT)
        if len(infos) >= 4 and infos[-2].blank:
            break
    else:
        pytest.fail("no length of text put the record after a blank page")
    lines, rules, pages = read_pdf(render(doc, "pdf", GBT))
    assert pages == len(infos) and pages % 2 == 0
    assert not [line for line in lines if line.page == pages - 1]  # blank: no text, no number
    last = [line.text for line in lines if line.page == pages]
    assert last[0].startswith("抄送") and not any(t.startswith("—") for t in last)
    assert [line.text.replace(" ", "") for line in lines if line.text.startswith("—")][-1] == f"—{pages - 2}—"


def test_attachments_on_pages_of_their_own_before_the_record():
    base = notice(*GIVEN)
    official = dataclasses.replace(base.meta.official, attachments=(
        Attachment("安全生产大检查工作方案", (Paragraph(text("一是企业自查，二是街道检查，三是区级督查。")),)),
        Attachment("检查情况统计表", (Paragraph(text("各单位按月填报。")),))))
    doc = Document(dataclasses.replace(base.meta, official=official), base.blocks)
    lines, rules, pages = read_pdf(render(doc, "pdf", GBT))
    date = find(lines, "2024年3月18日")
    for n, name in ((1, "安全生产大检查工作方案"), (2, "检查情况统计表")):
        label = find(lines, f"附件{n}")
        title = next(line for line in lines if line.text == name and line.size == 22)
        assert label.page == date.page + n and label.font == "NotoSansSC-Bold"  # 黑体, its own page
        assert abs(label.x0 - PAGE.margin_left) < 0.5 and abs(label.em_top - PAGE.margin_top - (PITCH - 16) / 2) < 0.5
        assert title.page == label.page and abs(title.middle - label.middle - 2 * PITCH) < 0.5  # the third line
        assert abs(title.centre - (PAGE.margin_left + PAGE.frame_width / 2)) < 1
    cc = find(lines, "抄送")
    assert cc.page == pages and pages % 2 == 0 and cc.page >= find(lines, "附件2").page


def test_the_news_profile_sets_the_parts_sensibly():
    news = load_profile("news")
    lines, rules, pages = read_pdf(render(notice(*GIVEN), "pdf", news))
    assert is_red(find(lines, "某区人民政府办公室文件").color)
    date = find(lines, "2024年3月18日")
    assert date.x1 < news.page.width - news.page.margin_right - 2 * date.size  # set in from the right
    black = [r for r in rules if r.page == pages and not is_red(r.color)]
    assert len(black) == 3 and abs(black[-1].bottom - (news.page.height - news.page.margin_bottom)) < 0.1


# ---------------------------------------------------------------------------- the DOCX


@pytest.fixture(scope="module")
def document(doc):
    return docx.Document(io.BytesIO(render(doc, "docx", GBT)))


def _paragraph(document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _twips(value) -> float:
    return value / 12700  # EMU to points


def test_docx_mark_number_and_red_rule(document):
    mark = _paragraph(document, "某区人民政府办公室文件")
    assert mark.style.name == "Issuer Mark"
    style_rpr = mark.style.element.rPr
    assert style_rpr.find(qn("w:color")).get(qn("w:val")) == "FF0000"
    assert style_rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"
    assert mark.style.paragraph_format.alignment == 1  # centred
    number = _paragraph(document, "某政办发〔2024〕12号")
    border = number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert border.get(qn("w:color")) == "FF0000" and border.get(qn("w:sz")) == "8"  # 0.35 mm, red
    assert number.style.name == "Document Number" and number.style.paragraph_format.alignment == 1


def test_docx_addressees_signature_and_note(document):
    addressees = _paragraph(document, "各街道办事处，区政府各部门：")
    assert addressees.style.name == "Addressees"
    ind = addressees.style.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLine")) == "0" and ind.get(qn("w:left")) == "0"  # flush left
    date = _paragraph(document, "2024年3月18日")
    issuer = next(p for p in document.paragraphs if p.text == "某区人民政府办公室")
    assert date.style.name == issuer.style.name == "Signature"
    assert date.paragraph_format.alignment == 2 and abs(_twips(date.paragraph_format.right_indent) - 4 * CHAR) < 0.5
    # centred over the date (LibreOffice measures it below): wider than the date, it ends further right
    assert 2 * CHAR < _twips(issuer.paragraph_format.right_indent) < _twips(date.paragraph_format.right_indent)
    assert issuer.paragraph_format.keep_with_next
    note = _paragraph(document, "（此件公开发布）")
    assert note.style.name == "Document Note"
    listed = _paragraph(document, "附件：1.安全生产大检查工作方案")
    ind = listed._p.pPr.find(qn("w:ind"))
    assert int(ind.get(qn("w:left"))) - int(ind.get(qn("w:hanging"))) == round(2 * CHAR * 20)  # two characters in


def test_docx_record_is_a_table_anchored_at_the_foot(document):
    [table] = document.tables
    tbl_pr = table._tbl.tblPr
    position = tbl_pr.find(qn("w:tblpPr"))
    assert position.get(qn("w:vertAnchor")) == "margin"
    top = int(position.get(qn("w:tblpY"))) / 20
    rows = len(table.rows)
    assert abs(top + rows * GBT.role("record").line_spacing - PAGE.frame_height) < 2  # its foot on the type area's
    borders = tbl_pr.find(qn("w:tblBorders"))
    assert borders.find(qn("w:top")).get(qn("w:sz")) == borders.find(qn("w:bottom")).get(qn("w:sz")) == "8"
    inner = table.rows[1].cells[0]._tc.tcPr.find(qn("w:tcBorders")).find(qn("w:top"))
    assert inner.get(qn("w:sz")) == "6"  # 0.25 mm: Word's nearest width, 0.75 pt
    assert [row.cells[0].text for row in table.rows] == ["抄送：区委各部门，区人大常委会办公室，区政协办公室。",
                                                         "某区人民政府办公室\t2024年3月19日印发"]


# ---------------------------------------------------------------------------- LibreOffice


SOFFICE_MISSING = needs_tool("soffice")


@SOFFICE_MISSING
def test_libreoffice_puts_the_same_parts_on_the_same_pages(doc, tmp_path):
    from .test_docx_render import libreoffice_pdfs

    ours = read_pdf(render(doc, "pdf", GBT))
    unsealed = notice(*GIVEN, "seal=none", "signer=张明")
    theirs = libreoffice_pdfs({"sealed": render(doc, "docx", GBT), "unsealed": render(unsealed, "docx", GBT)},
                              "gbt9704", tmp_path)
    lo = read_pdf(theirs["sealed"])
    assert lo[2] == ours[2]
    for start in ("某区人民政府办公室文件", "某政办发〔2024〕12号", "关于开展2024年春季", "各街道办事处", "附件：1.", "2.检查情况",
                  "2024年3月18日", "（此件公开发布）", "抄送：", "某区人民政府办公室2024年3月19日印发"):
        mine, laid = find(ours[0], start), find(lo[0], start)
        assert mine.page == laid.page, start
        assert abs(mine.baseline - laid.baseline) < 3 * MM, start
        assert abs(mine.x0 - laid.x0) < 2 * MM and abs(mine.x1 - laid.x1) < 3 * MM, start
    assert is_red(find(lo[0], "某区人民政府办公室文件").color)
    red = [r for r in lo[1] if is_red(r.color)]
    assert len(red) == 1 and abs(red[0].top - next(r for r in ours[1] if is_red(r.color)).top) < 0.5 * MM
    black = [r for r in lo[1] if r.page == lo[2] and not is_red(r.color)]
    assert len(black) == 3 and abs(black[-1].bottom - BOTTOM) < 0.3 * MM  # the 版记 at the foot
    issuer, date = find(lo[0], "某区人民政府办公室"), find(lo[0], "2024年3月18日")
    assert abs(date.x1 - (RIGHT - 4 * CHAR)) < 2 * MM and abs(issuer.centre - date.centre) < 2 * MM
    lines = read_pdf(theirs["unsealed"])[0]
    number = find(lines, "某政办发〔2024〕12号")
    assert number.text.endswith("签发人：张明") and abs(number.x1 - (RIGHT - 16)) < 1 * MM
    issuer, date = find(lines, "某区人民政府办公室"), find(lines, "2024年3月18日")
    assert abs(issuer.x1 - (RIGHT - 2 * CHAR)) < 2 * MM and abs(date.x0 - (issuer.x0 + 2 * CHAR)) < 2 * MM


@SOFFICE_MISSING
def test_libreoffice_puts_the_record_attachments_and_blank_pages_where_the_pdf_does(tmp_path):
    from newsconv.writers.pdf.parts import page_infos

    from .test_docx_render import libreoffice_pdfs

    cases: dict[str, Document] = {}
    for n in range(1, 60):
        doc = _with_paragraphs(n)
        infos = page_infos(doc, GBT)
        if len(infos) >= 4 and infos[-2].blank:
            cases.setdefault("after a blank page", doc)
        elif len(infos) >= 3 and infos[-1].foot and not infos[-1].flow:
            cases.setdefault("alone on its page", doc)
        if len(cases) == 2:
            break
    base = notice(*GIVEN)
    official = dataclasses.replace(base.meta.official, attachments=(
        Attachment("安全生产大检查工作方案", (Paragraph(text("一是企业自查。")),)),
        Attachment("检查情况统计表", (Paragraph(text("各单位按月填报。")),))))
    cases["attachments"] = Document(dataclasses.replace(base.meta, official=official), base.blocks)
    assert len(cases) == 3
    laid = libreoffice_pdfs({str(n): render(doc, "docx", GBT) for n, doc in enumerate(cases.values())}, "gbt9704",
                            tmp_path)

    def pages(result) -> list[list[str]]:
        lines, _, count = result
        wanted = ("—", "抄送", "附件1", "附件2")
        return [[line.text.replace(" ", "") for line in lines if line.page == p and line.text.startswith(wanted)]
                for p in range(1, count + 1)]

    for n, (name, doc) in enumerate(cases.items()):
        assert pages(read_pdf(laid[str(n)])) == pages(read_pdf(render(doc, "pdf", GBT))), name
