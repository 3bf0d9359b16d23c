"""newsconv check: finished documents measured against a profile. newsconv's own gbt9704 PDFs and
DOCX conform, the news profile's do not (and the findings say what differs), a hand-made DOCX
saved by LibreOffice is read, unreadable files exit 3."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv.check import check_document
from newsconv.cli import app
from newsconv.convert import parse, render
from newsconv.profiles import load_profile
from newsconv.readers import ReadOptions
from newsconv.transforms import TransformOptions
from newsconv.transforms.metadata import parse_assignments

from .conftest import CORPUS, SEED, needs_corpus, needs_tool

PASTED = Path(__file__).parent / "data" / "notice-pasted.txt"
GIVEN = ("doc_number=某政办发[2024]12号", "issuer=某区人民政府办公室", "cc=区委各部门，区人大常委会办公室",
         "printed_by=某区人民政府办公室", "printed_date=2024-03-19")
GBT = load_profile("gbt9704")
NEWS = load_profile("news")
runner = CliRunner()


def _notice():
    return parse(PASTED.read_bytes(), "text", ReadOptions(), TransformOptions(metadata=parse_assignments(GIVEN)))


def _statuses(report) -> dict[str, str]:
    out: dict[str, str] = {}
    for finding in report.findings:
        if out.get(finding.check) != "FAIL":
            out[finding.check] = finding.status
    return out


@pytest.fixture(scope="module")
def notice_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("notice")
    doc = _notice()
    files = {}
    for name, fmt, profile in (("gbt.pdf", "pdf", GBT), ("gbt.docx", "docx", GBT), ("news.pdf", "pdf", NEWS)):
        path = folder / name
        path.write_bytes(render(doc, fmt, profile))
        files[name] = path
    return files


def test_newsconvs_official_pdf_conforms_with_every_check_measured(notice_files):
    result = runner.invoke(app, ["check", str(notice_files["gbt.pdf"])])
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[-1].endswith("conforms to gbt9704")
    for check in ("page size", "margins", "lines per page", "characters per line", "face body", "face title",
                  "embedded fonts", "title", "page numbers", "red elements", "signature", "record"):
        assert any(line.split(":")[0].split(None, 1)[1] == check for line in lines[:-1]), check
    assert "note  face body: FandolFang-Regular, a stand-in for 仿宋_GB2312" in result.stdout
    assert "ok    record: 3 rules (0.35/0.25/0.35 mm) at the foot of page 2" in result.stdout


def test_json_findings(notice_files):
    result = runner.invoke(app, ["check", str(notice_files["gbt.docx"]), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["conforms"] is True and data["format"] == "docx" and data["profile"] == "gbt9704"
    checks = {f["check"]: f["status"] for f in data["findings"]}
    assert checks["lines per page"] == checks["characters per line"] == checks["margins"] == "ok"
    assert checks["face body"] == "ok"  # the DOCX names 仿宋_GB2312 itself
    assert checks["red elements"] == checks["record"] == checks["signature"] == "ok"


def test_the_news_profile_fails_with_findings_that_name_what_differs(notice_files):
    result = runner.invoke(app, ["check", str(notice_files["news.pdf"])])
    assert result.exit_code == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    text = "\n".join(failed)
    assert "margins: left 25.0 mm (profile gbt9704: 28.0 mm)" in text
    assert "lines per page:" in text and "characters per line:" in text
    assert "face body: NotoSerifSC-Regular, not 仿宋_GB2312 nor a stand-in for it" in text
    assert "page numbers:" in text and "not written" not in text
    assert result.stdout.splitlines()[-1].endswith("does not conform to gbt9704: "
                                                   f"{len(failed)} findings failed")
    assert runner.invoke(app, ["check", str(notice_files["news.pdf"]), "--profile", "news"]).exit_code == 0


@pytest.mark.parametrize(("content", "words"), [
    (b"hello", "not a PDF or a DOCX file"),
    (b"%PDF-1.4\n1 0 obj <<", "not a readable PDF"),
    (b"PK\x03\x04broken", "not a readable DOCX"),
])
def test_unreadable_files_exit_3(tmp_path, content, words):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 3
    assert words in result.stderr and str(path) in result.stderr and result.stdout == ""


def test_a_zip_that_is_not_a_word_document_exits_3(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 3 and "no word/document.xml" in result.stderr


def test_unembedded_fonts_and_a_synthetic_bold_title_fail(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(GBT.page.width, GBT.page.height))
    canvas.setFont("Helvetica", 16)
    canvas.drawString(GBT.page.margin_left, GBT.page.height - GBT.page.margin_top - 20, "An unembedded Helvetica line")
    canvas.save()
    report = check_document(out.getvalue(), "plain.pdf", GBT)
    assert _statuses(report)["embedded fonts"] == "FAIL" and not report.conforms
    custom = tmp_path / "bold.toml"
    custom.write_text('extends = "gbt9704"\n[roles.title]\neast_asian = "仿宋_GB2312"\nbold = true\n', encoding="utf-8")
    doc = parse(SEED.read_bytes(), "text", ReadOptions())
    report = check_document(render(doc, "pdf", load_profile(str(custom))), "bold.pdf", GBT)
    title = next(f for f in report.findings if f.check == "face title")
    assert title.status == "FAIL" and "synthetic bold" in title.message


def test_the_seed_in_gbt9704_conforms_in_pdf_and_docx():
    doc = parse(SEED.read_bytes(), "text", ReadOptions())
    for fmt in ("pdf", "docx"):
        report = check_document(render(doc, fmt, GBT), f"seed.{fmt}", GBT)
        assert report.conforms, report.text()
    report = check_document(render(doc, "pdf", NEWS), "seed.pdf", GBT)
    assert {"margins", "face body", "page numbers", "characters per line"} <= {
        f.check for f in report.findings if f.status == "FAIL"}


@needs_corpus
def test_every_chinese_corpus_page_conforms_in_gbt9704_and_not_in_news():
    pages = sorted((CORPUS / "raw").glob("zh*.txt")) + sorted((CORPUS / "raw").glob("seed*.txt"))
    assert len(pages) >= 30
    failures = []
    for path in pages:
        doc = parse(path.read_bytes(), "text", ReadOptions(source=str(path)))
        for fmt in ("pdf", "docx"):
            report = check_document(render(doc, fmt, GBT), f"{path.name}.{fmt}", GBT)
            failures += [f"{path.name}.{fmt}: {f.line()}" for f in report.findings if f.status == "FAIL"]
        news = check_document(render(doc, "pdf", NEWS), f"{path.name}.news.pdf", GBT)
        failed = {f.check for f in news.findings if f.status == "FAIL"}
        assert {"margins", "face body", "page numbers"} <= failed, path.name
    assert failures == []


# ---------------------------------------------------------------------------- LibreOffice


def _soffice() -> str:
    return shutil.which("soffice") or shutil.which("libreoffice") or "soffice"


def _hand_made(body_font: str) -> bytes:
    """A notice typed in a word processor by hand: direct formatting, no newsconv styles."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)

    def paragraph(text: str, font: str, size: float, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: float = 0,
                  color: RGBColor | None = None, right: float = 0, spacing: float = -0.25):
        p = document.add_paragraph()
        fmt = p.paragraph_format
        fmt.alignment = align
        fmt.line_spacing, fmt.line_spacing_rule = Pt(28.95), WD_LINE_SPACING.EXACTLY
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.first_line_indent, fmt.right_indent = Pt(indent), Pt(right)
        run = p.add_run(text)
        run.font.size = Pt(size)
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        spacing_el = run._r.get_or_add_rPr().makeelement(qn("w:spacing"), {qn("w:val"): str(round(spacing * 20))})
        run._r.get_or_add_rPr().append(spacing_el)
        if color is not None:
            run.font.color.rgb = color
        return p

    paragraph("某区人民政府办公室文件", "方正小标宋简体", 36, align=WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(255, 0, 0))
    paragraph("关于开展安全检查的通知", "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph("各街道办事处：", body_font, 16)
    for _ in range(6):
        paragraph("为深入贯彻落实安全生产工作部署，切实防范化解重大安全风险，决定在全区开展安全生产大检查。", body_font, 16,
                  indent=32)
    paragraph("某区人民政府办公室", body_font, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4 * 15.75 - 20)
    paragraph("2024年3月18日", body_font, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4 * 15.75)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@needs_tool("soffice")
def test_a_hand_made_docx_saved_by_libreoffice_is_read(tmp_path):
    results = {}
    for name, font in (("right", "仿宋_GB2312"), ("wrong", "宋体")):
        source = tmp_path / f"{name}.docx"
        source.write_bytes(_hand_made(font))
        out = tmp_path / "saved"
        subprocess.run([_soffice(), f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)],
                       check=True, capture_output=True, timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
        saved = (out / f"{name}.docx").read_bytes()
        with zipfile.ZipFile(io.BytesIO(saved)) as archive:
            assert b"LibreOffice" in archive.read("docProps/app.xml")  # really saved by LibreOffice
        results[name] = check_document(saved, f"{name}.docx", GBT)
    right = _statuses(results["right"])
    assert right["page size"] == right["margins"] == right["lines per page"] == "ok", results["right"].text()
    assert right["characters per line"] == "ok" and right["face body"] == "ok" and right["face title"] == "ok"
    assert right["signature"] == "ok" and right["red elements"] == "FAIL"  # a red mark but no red rule
    assert right["page numbers"] == "FAIL"  # typed without page numbers
    wrong = results["wrong"]
    body = next(f for f in wrong.findings if f.check == "face body")
    assert body.status == "FAIL" and body.message.startswith("宋体, not 仿宋_GB2312")


@needs_tool("soffice")
def test_render_measures_libreoffices_layout_of_newsconvs_docx(notice_files):
    result = runner.invoke(app, ["check", str(notice_files["gbt.docx"]), "--render"])
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok    LibreOffice record: 3 rules") for line in lines)
    assert any(line.startswith("ok    LibreOffice lines per page: 22 lines") for line in lines)
    assert any(line.startswith("ok    LibreOffice red elements: mark") for line in lines)
