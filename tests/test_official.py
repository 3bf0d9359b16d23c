"""Official-document parts found in the body and lifted into the metadata (GB/T 9704), from
pasted text, Markdown and the model; and never found in a news article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsconv.convert import parse
from newsconv.model import Attachment, Document, Meta, Official, Paragraph, block_texts, text
from newsconv.readers import ReadOptions
from newsconv.transforms import TransformOptions, apply
from newsconv.transforms.metadata import parse_assignments

DATA = Path(__file__).parent / "data"
NOTICE = DATA / "notice-parts.txt"


def read(data: str | bytes, fmt: str = "text", *given: str) -> tuple[Document, list[str]]:
    notes: list[tuple[str, str]] = []
    doc = parse(data, fmt, ReadOptions(source="notice.txt"),
                TransformOptions(note=lambda *n: notes.append(n), metadata=parse_assignments(given)))
    return doc, [message for name, message in notes if name == "official"]


def paragraphs(*lines: str) -> Document:
    return Document(Meta(title="关于开展检查的通知", language="zh"), tuple(Paragraph(text(t)) for t in lines))


def test_a_pasted_notice_gives_every_part_and_keeps_only_the_text_in_the_body():
    doc, notes = read(NOTICE.read_bytes())
    official = doc.meta.official
    assert official is not None
    assert official.recipients == "各街道办事处，区政府各部门"
    assert [a.name for a in official.attachments] == ["安全生产大检查工作方案", "检查情况统计表"]
    assert official.issuer == "某区人民政府办公室"
    assert official.date == dt.date(2024, 3, 18)
    assert official.note == "（此件公开发布）"
    assert official.cc == "区委各部门，区人大常委会办公室，区政协办公室"
    assert official.printed_by == "某区人民政府办公室" and official.printed_date == dt.date(2024, 3, 19)
    assert official.sealed is True
    body = list(block_texts(doc.blocks))
    assert body[0].startswith("为深入贯彻落实") and body[-1].startswith("各单位要高度重视")
    assert not any(t.startswith(("附件", "抄送", "某区人民政府办公室", "2024年3月18日", "（此件")) for t in body)
    # --explain lists each part with its rule
    assert any(n.startswith("主送 from block 1") and "offices ending with a colon" in n for n in notes)
    assert any(n.startswith("成文日期") and "a date alone on a line at the end" in n for n in notes)
    assert len(notes) == 8


def test_given_values_win_over_what_was_found():
    doc, notes = read(NOTICE.read_bytes(), "text", "issuer=某区人民政府", "seal=none", "doc_number=某政办发[2024]12号")
    official = doc.meta.official
    assert official.issuer == "某区人民政府" and official.sealed is False
    assert official.doc_number == "某政办发〔2024〕12号"
    assert official.date == dt.date(2024, 3, 18)  # found, not given: kept


@pytest.mark.parametrize(("line", "number", "signer"), [
    ("东政办发〔2024〕3号", "东政办发〔2024〕3号", None),
    ("（国发[2024]15号）", "国发〔2024〕15号", None),
    ("发文字号：京政办发（2023）7号", "京政办发〔2023〕7号", None),
    ("某政发〔2024〕8号　　签发人：张明", "某政发〔2024〕8号", "张明"),
])
def test_a_document_number_above_the_body(line, number, signer):
    doc = apply(paragraphs(line, "各区人民政府：", "现将有关事项通知如下。"), TransformOptions())
    assert doc.meta.official.doc_number == number
    assert doc.meta.official.signer == signer
    assert doc.meta.official.recipients == "各区人民政府"
    assert list(block_texts(doc.blocks)) == ["现将有关事项通知如下。"]


def test_a_date_in_chinese_numerals_and_joint_issuers():
    doc = apply(paragraphs("各有关单位：", "现将有关事项通知如下。", "市财政局", "市教育局", "二〇二四年十二月三十一日"),
                TransformOptions())
    official = doc.meta.official
    assert official.date == dt.date(2024, 12, 31)
    assert official.issuer == "市财政局\u3000市教育局"
    assert list(block_texts(doc.blocks)) == ["现将有关事项通知如下。"]


def test_head_parts_of_the_letterhead():
    doc = apply(paragraphs("000123", "机密★1年", "特急", "某政发〔2024〕1号", "各区政府：", "正文。"), TransformOptions())
    official = doc.meta.official
    assert (official.copy_number, official.secrecy, official.urgency) == ("000123", "机密★1年", "特急")
    assert list(block_texts(doc.blocks)) == ["正文。"]


def test_attachment_pages_after_the_date_carry_their_text():
    doc = apply(paragraphs("各街道：", "正文。", "附件：1.检查表", "2.名单", "某区人民政府", "2024年3月18日",
                           "附件1", "安全检查表", "一、检查内容", "附件2", "值班人员名单", "张三　李四",
                           "抄送：区委办。", "某区人民政府办公室　2024年3月19日印发"), TransformOptions())
    official = doc.meta.official
    assert [a.name for a in official.attachments] == ["检查表", "名单"]
    assert [list(block_texts(a.blocks)) for a in official.attachments] == [["一、检查内容"], ["张三　李四"]]
    assert official.cc == "区委办"
    assert list(block_texts(doc.blocks)) == ["正文。"]


def test_attachment_pages_under_given_names_are_lifted():
    """Markdown from newsconv carries the parts in front matter and the attachments' text in the body."""
    given = Official(issuer="某区人民政府", attachments=(Attachment("检查表"),))
    doc = Document(Meta(title="通知", official=given),
                   tuple(Paragraph(text(t)) for t in ("正文。", "附件", "检查表", "检查内容。")))
    out = apply(doc, TransformOptions())
    assert list(block_texts(out.blocks)) == ["正文。"]
    assert list(block_texts(out.meta.official.attachments[0].blocks)) == ["检查内容。"]


@pytest.mark.parametrize("lines", [
    ("记者从市财政局获悉，今年一季度全市财政收入稳步增长。", "2024年3月18日"),  # a date alone closes no notice
    ("市政府召开常务会议，研究部署安全生产工作。", "附件：会议材料.docx"),  # a download link
    ("市财政局：", "记者从会上获悉，全市财政收入稳步增长。"),  # a head line without any closing parts
    ("会议指出，要坚持人民至上。", "市人民政府办公室"),  # an office's name without a date
])
def test_news_articles_are_never_taken_for_notices(lines):
    doc = apply(paragraphs(*lines), TransformOptions())
    assert doc.meta.official is None
    assert list(block_texts(doc.blocks)) == list(lines)


def test_the_seed_article_stays_an_article(seed_bytes):
    doc, notes = read(seed_bytes)
    assert doc.meta.official is None and notes == []


def test_a_markdown_notice_typed_by_a_clerk():
    md = ("# 关于开展检查的通知\n\n各街道办事处：\n\n现将有关事项通知如下。\n\n附件：检查表\n\n"
          "某区人民政府办公室\n\n2024年3月18日\n")
    doc, _ = read(md.encode(), "md")
    official = doc.meta.official
    assert official.recipients == "各街道办事处" and official.issuer == "某区人民政府办公室"
    assert [a.name for a in official.attachments] == ["检查表"]
    assert list(block_texts(doc.blocks)) == ["现将有关事项通知如下。"]


def test_list_numbers_after_a_colon_keep_their_full_stop():
    doc, _ = read("关于开展检查的通知\n\n各街道：\n\n现将有关事项通知如下，请认真落实执行。\n\n附件:1.检查表\n\n"
                  "某区人民政府\n\n2024年3月18日\n".encode())
    assert [a.name for a in doc.meta.official.attachments] == ["检查表"]


def test_markdown_front_matter_carries_the_parts_and_reads_back_unchanged():
    import yaml

    from newsconv.convert import render
    from newsconv.profiles import load_profile

    official = Official(copy_number="000123", secrecy="秘密★1年", urgency="特急", issuer="某区人民政府",
                        doc_number="某政发〔2024〕3号", signer="张明", recipients="各街道办事处",
                        attachments=(Attachment("检查表", (Paragraph(text("一、检查内容")),)), Attachment("名单")),
                        date=dt.date(2024, 3, 18), sealed=False, note="（此件公开发布）", cc="区委办",
                        printed_by="某区人民政府办公室", printed_date=dt.date(2024, 3, 19))
    doc = Document(Meta(title="关于开展检查的通知", language="zh", official=official), (Paragraph(text("正文。")),))
    md = render(doc, "md", load_profile()).decode()
    front = yaml.safe_load(md.split("---\n")[1])
    assert front["doc_number"] == "某政发〔2024〕3号" and front["doc_date"] == "2024-03-18"
    assert front["attachments"] == ["检查表", "名单"] and front["seal"] == "none"
    assert md.rstrip().endswith("附件1\n\n检查表\n\n一、检查内容")
    back, _ = read(md.encode(), "md")
    assert back.meta.official == official
    assert back.blocks == doc.blocks


def test_bad_front_matter_values_are_warnings_not_failures():
    warnings: list[str] = []
    md = "---\ntitle: 通知\nissuer: 某区人民政府\nprinted_date: 明天\n---\n\n正文。\n"
    doc = parse(md, "md", ReadOptions(source="n.md", warn=warnings.append))
    assert doc.meta.official.issuer == "某区人民政府" and doc.meta.official.printed_date is None
    assert any("printed_date" in w and "not a date" in w for w in warnings)


def test_profiles_carry_the_official_roles_and_numbers(tmp_path):
    from newsconv.errors import ConfigError
    from newsconv.profiles import load_profile

    gbt = load_profile("gbt9704")
    mm = 72 / 25.4
    assert gbt.role("mark").color == "#FF0000" and gbt.role("mark").east_asian == "方正小标宋简体"
    assert gbt.role("record").size == 14 and gbt.role("head").east_asian == "黑体"
    assert abs(gbt.official.mark_top - 35 * mm) < 1e-6 and abs(gbt.official.rule_below - 4 * mm) < 1e-6
    assert (gbt.official.date_right, gbt.official.signature_right, gbt.official.date_shift) == (4, 2, 2)
    assert abs(gbt.official.record_rule_inner - 0.25 * mm) < 1e-6 and gbt.official.record_even_page
    assert load_profile("news").official.record_even_page is False
    custom = tmp_path / "office.toml"
    custom.write_text('extends = "gbt9704"\n[official]\nmark_top = "25mm"\nrule_color = "#C00000"\n', encoding="utf-8")
    mine = load_profile(str(custom))
    assert abs(mine.official.mark_top - 25 * mm) < 1e-6 and mine.official.rule_rgb == (0xC0, 0, 0)
    assert mine.official.date_right == 4  # the rest from gbt9704
    custom.write_text('extends = "gbt9704"\n[official]\nsealed_lines_before = 1.5\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="official.sealed_lines_before.*whole number"):
        load_profile(str(custom))
    custom.write_text('extends = "gbt9704"\n[official]\nseal_size = 3\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="official.seal_size: unknown key"):
        load_profile(str(custom))


def _full_official() -> Official:
    return Official(copy_number="000123", secrecy="秘密★1年", urgency="特急", issuer="某区人民政府",
                    doc_number="某政发〔2024〕3号", signer="张明", recipients="各街道办事处",
                    attachments=(Attachment("检查表", (Paragraph(text("一、检查内容")),)), Attachment("名单")),
                    date=dt.date(2024, 3, 18), sealed=False, note="（此件公开发布）", cc="区委办",
                    printed_by="某区人民政府办公室", printed_date=dt.date(2024, 3, 19))


def test_html_shows_the_parts_and_reads_back_unchanged():
    from lxml import html as lxml_html

    from newsconv.convert import render
    from newsconv.profiles import load_profile

    doc = Document(Meta(title="关于开展检查的通知", language="zh", official=_full_official()),
                   (Paragraph(text("正文。")),))
    page = render(doc, "html", load_profile("gbt9704")).decode()
    root = lxml_html.fromstring(page)
    assert root.xpath("string(//div[@class='official-mark'])") == "某区人民政府文件"
    assert root.xpath("string(//div[@class='official-recipients'])") == "各街道办事处："
    assert root.xpath("string(//div[contains(@class, 'official-signature')]/p[@class='date']/time/@datetime)") == \
        "2024-03-18"
    assert root.xpath("string(//footer[@class='official-record']/p[@class='cc'])") == "抄送：区委办。"
    assert root.xpath("count(//section[@class='official-attachment'])") == 1
    css = root.xpath("string(//style)")
    assert ".official-mark {" in css and "color: #FF0000" in css and "break-before: page" in css
    back, _ = read(page.encode(), "html")
    assert back.meta.official == doc.meta.official and back.blocks == doc.blocks


def test_pandoc_formats_carry_the_parts_in_order():
    from newsconv.convert import render
    from newsconv.profiles import load_profile

    doc = Document(Meta(title="关于开展检查的通知", language="zh", official=_full_official()),
                   (Paragraph(text("正文。")),))
    plain = render(doc, "plain", load_profile()).decode()
    order = ["秘密★1年", "某区人民政府文件", "某政发〔2024〕3号", "各街道办事处：", "正文。", "附件：1.检查表", "某区人民政府",
             "2024年3月18日", "（此件公开发布）", "附件1", "一、检查内容", "抄送：区委办。", "2024年3月19日印发"]
    at = 0
    for part in order:  # each part after the one before it
        at = plain.index(part, at) + len(part)


def test_no_mark_is_made_up_for_a_notice_without_a_document_number(tmp_path):
    from newsconv.convert import render
    from newsconv.profiles import load_profile

    doc, _ = read(NOTICE.read_bytes())
    assert doc.meta.official.issuer and not doc.meta.official.doc_number
    assert "某区人民政府办公室文件" not in render(doc, "html", load_profile("gbt9704")).decode()
    given, _ = read(NOTICE.read_bytes(), "text", "doc_number=某政办发〔2024〕1号")
    assert "某区人民政府办公室文件" in render(given, "html", load_profile("gbt9704")).decode()


# ---------------------------------------------------------------------------- the command line


def test_convert_with_metadata_options_and_check_the_result(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsconv.check import check_document
    from newsconv.cli import app
    from newsconv.profiles import load_profile

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "notice.txt"
    source.write_bytes((DATA / "notice-pasted.txt").read_bytes())
    runner = CliRunner()
    result = runner.invoke(app, ["convert", str(source), "-t", "pdf,docx,json", "--profile", "gbt9704", "-q",
                                 "-M", "doc_number=某政办发[2024]12号", "-M", "issuer=某区人民政府办公室",
                                 "--metadata", "cc=区委各部门", "-M", "printed_by=某区人民政府办公室",
                                 "-M", "printed_date=2024年3月19日", "-M", "seal=none"])
    assert result.exit_code == 0, result.stderr
    import json

    official = json.loads((tmp_path / "notice.json").read_text(encoding="utf-8"))["meta"]["official"]
    assert official["doc_number"] == "某政办发〔2024〕12号" and official["sealed"] is False
    assert official["recipients"] == "各街道办事处，区政府各部门" and official["printed_date"] == "2024-03-19"
    for suffix in ("pdf", "docx"):
        report = check_document((tmp_path / f"notice.{suffix}").read_bytes(), suffix, load_profile("gbt9704"))
        assert report.conforms, report.text()
        assert any(f.check == "signature" and "without a seal" in f.message for f in report.findings)
    bad = runner.invoke(app, ["convert", str(source), "-t", "pdf", "-M", "doc_number"])
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.stderr


def test_parse_explain_lists_found_and_given_parts(tmp_path):
    from typer.testing import CliRunner

    from newsconv.cli import app

    result = CliRunner().invoke(app, ["parse", "--explain", str(DATA / "notice-pasted.txt"), "-M", "issuer=某区政府"])
    assert result.exit_code == 0
    assert "official     主送 from block 1: '各街道办事处，区政府各部门：' [offices ending with a colon" in result.stdout
    assert "official     成文日期 from block" in result.stdout
    assert "metadata     issuer = '某区政府' (given)" in result.stdout
    model = CliRunner().invoke(app, ["parse", str(DATA / "notice-pasted.txt"), "-M", "issuer=某区政府"])
    assert '"issuer": "某区政府"' in model.stdout


def test_the_document_table_of_newsconv_toml(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from newsconv.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "newsconv.toml").write_text(
        '[convert]\nto = ["json"]\nletterhead = "reserve"\n\n[document]\nissuer = "某区人民政府办公室"\n'
        'printed_date = 2024-03-19\nattachments = ["检查表", "名单"]\n', encoding="utf-8")
    source = tmp_path / "notice.txt"
    source.write_bytes((DATA / "notice-pasted.txt").read_bytes())
    runner = CliRunner()
    result = runner.invoke(app, ["convert", str(source), "-q", "-M", "issuer=某区政府"])
    assert result.exit_code == 0, result.stderr
    import json

    official = json.loads((tmp_path / "notice.json").read_text(encoding="utf-8"))["meta"]["official"]
    assert official["issuer"] == "某区政府"  # -M wins over [document]
    assert official["printed_date"] == "2024-03-19"
    assert [a["name"] for a in official["attachments"]] == ["检查表", "名单"]
    (tmp_path / "newsconv.toml").write_text('[document]\nstamp = "x"\n', encoding="utf-8")
    bad = runner.invoke(app, ["convert", str(source), "-t", "json", "--overwrite"])
    assert bad.exit_code == 5 and "[document] stamp: unknown key" in bad.stderr
