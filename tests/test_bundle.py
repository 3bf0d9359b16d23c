"""newsconv bundle: five corpus articles compiled into one issue and read back from the PDF (text,
positions, colours, outline), the DOCX (TOC field, bookmarks, fonts; LibreOffice's layout), the
HTML (nav and sections) and the Markdown (pandoc's heading ids); issue numbers, covers, bad input."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv.cli import app
from tests.conftest import CORPUS, needs_corpus, needs_tool

runner = CliRunner()
ISSUE = ["-M", "name=每日要闻", "-M", "office=某区委宣传部", "-M", "date=2024-05-06", "-M", "send_to=区委、区政府领导",
         "-M", "cc=各街道党工委", "-M", "copies=50", "-M", "editor_note=本期编发五篇文章，供参阅。"]


def _five() -> list[Path]:
    return sorted((CORPUS / "raw").glob("zh-*.txt"))[:5]


@pytest.fixture(scope="module")
def issue_dir(tmp_path_factory) -> Path:
    if not (CORPUS / "raw").is_dir():
        pytest.skip("the shared corpus is not present")
    out = tmp_path_factory.mktemp("issue")
    result = runner.invoke(app, ["bundle", *map(str, _five()), "-t", "pdf,docx,html,md", "-d", str(out),
                                 "--issue", "12", "--config", str(out / "newsconv.toml"), *ISSUE])
    assert result.exit_code == 0, result.output
    return out


def _titles() -> list[str]:
    from newsconv.convert import parse
    from newsconv.readers import ReadOptions

    return [parse(p.read_bytes(), "text", ReadOptions(source=str(p))).meta.title for p in _five()]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------------------- PDF


@needs_corpus
def test_pdf_masthead_on_page_one_in_red(issue_dir):
    import pdfplumber

    with pdfplumber.open(issue_dir / "每日要闻-第12期.pdf") as pdf:
        page = pdf.pages[0]
        chars = page.chars
        name = [c for c in chars if c["text"] in "每日要闻" and c["size"] > 40]
        assert "".join(c["text"] for c in name) == "每日要闻"
        assert all(tuple(round(v, 2) for v in c["non_stroking_color"]) == (1.0, 0.0, 0.0) for c in name)
        text = _flat(page.extract_text())
        assert "第12期" in text and "某区委宣传部" in text and "2024年5月6日" in text
        assert "编者按：本期编发五篇文章" in text
        # the red rule under the masthead, across the type area
        red = [r for r in page.rects + page.lines
               if tuple(round(v, 2) for v in (r.get("stroking_color") or (0,))) == (1.0, 0.0, 0.0)]
        assert red and max(r["x1"] - r["x0"] for r in red) > 400
        office = next(c for c in chars if c["text"] == "某")
        assert office["top"] > max(c["bottom"] for c in name)  # under the name
        assert pdf.metadata["Title"] == "每日要闻 第12期"


@needs_corpus
def test_pdf_contents_give_the_pages_titles_are_drawn_on(issue_dir):
    import pdfplumber
    from pypdf import PdfReader

    titles = _titles()
    path = issue_dir / "每日要闻-第12期.pdf"
    with pdfplumber.open(path) as pdf:
        pages = [_flat(p.extract_text()) for p in pdf.pages]
        lines = pdf.pages[0].extract_text().splitlines() + pdf.pages[1].extract_text().splitlines()
    contents = "".join(pages[:2])
    listed: dict[str, int] = {}
    for title in titles:
        start = contents.index(_flat(title))  # every title in the contents, in order
        listed[title] = int(re.match(r"[.…]*(\d+)", contents[start + len(_flat(title)):]).group(1))
    assert list(listed) == titles
    # each title is drawn again, with its source line, on the page the contents give
    reader = PdfReader(path)
    outline = {o.title: reader.get_destination_page_number(o) + 1 for o in reader.outline if not isinstance(o, list)}
    for title, page in listed.items():
        assert outline[title] == page
        body = pages[page - 1]
        after = body.split(_flat(title)[:12])
        assert len(after) >= 2, f"{title} not drawn on page {page}"
    assert lines  # the contents are text, not an image


@needs_corpus
def test_pdf_record_at_the_foot_of_the_last_page(issue_dir):
    import pdfplumber

    with pdfplumber.open(issue_dir / "每日要闻-第12期.pdf") as pdf:
        last = pdf.pages[-1]
        words = _flat(last.extract_text())
        assert "报送：区委、区政府领导。" in words and "抄送：各街道党工委。" in words and "共印50份" in words
        copies = [c for c in last.chars if c["text"] == "份"][-1]
        bottom_margin = 35 / 25.4 * 72
        type_area_bottom = last.height - bottom_margin
        assert type_area_bottom - 40 < copies["bottom"] < type_area_bottom  # on the foot of the type area
        rules = [r for r in last.lines + last.rects if r["top"] > copies["bottom"] - 60]
        assert rules and max(r["bottom"] for r in rules) == pytest.approx(type_area_bottom, abs=2)


@needs_corpus
def test_pdf_fonts_embedded_and_profile_faces(issue_dir):
    from pypdf import PdfReader

    reader = PdfReader(issue_dir / "每日要闻-第12期.pdf")
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.add(str(font["/BaseFont"]))
    assert len(fonts) >= 3  # masthead/title, body, source line at least


# ---------------------------------------------------------------------------- DOCX


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pdf_pages(issue_dir: Path) -> dict[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(issue_dir / "每日要闻-第12期.pdf")
    return {o.title: reader.get_destination_page_number(o) + 1 for o in reader.outline if not isinstance(o, list)}


@needs_corpus
def test_docx_toc_field_prefilled_with_the_pdf_pages(issue_dir):
    import docx

    document = docx.Document(str(issue_dir / "每日要闻-第12期.docx"))
    body = document.element.body
    instr = [e.text for e in body.iter(f"{W}instrText")]
    assert any(t.strip().startswith("TOC ") and '\\t "Article Title,1"' in t and "\\h" in t for t in instr)
    kinds = [e.get(f"{W}fldCharType") for e in body.iter(f"{W}fldChar")]
    toc = kinds[kinds.index("begin"):]
    assert toc[:3] == ["begin", "separate", "end"]
    entries = [p for p in document.paragraphs if p.style.name == "toc 1"]
    titles = _titles()
    assert [e.text.split("\t")[0] for e in entries] == titles
    pages = _pdf_pages(issue_dir)
    assert [int(e.text.split("\t")[1]) for e in entries] == [pages[t] for t in titles]
    # each entry links to a bookmark on its article's title
    marks = {b.get(f"{W}name"): b.getparent() for b in body.iter(f"{W}bookmarkStart")}
    for entry, title in zip(entries, titles, strict=True):
        anchor = entry._p.find(f"{W}hyperlink").get(f"{W}anchor")
        heading = marks[anchor]
        assert _flat("".join(t.text for t in heading.iter(f"{W}t"))) == _flat(title)


@needs_corpus
def test_docx_masthead_titles_and_sources(issue_dir):
    import docx

    document = docx.Document(str(issue_dir / "每日要闻-第12期.docx"))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Masthead" and paragraphs[0].text == "每日要闻"
    masthead = document.styles["Masthead"]
    assert str(masthead.font.color.rgb) == "FF0000"
    fonts = masthead.element.rPr.find(f"{W}rFonts")
    assert fonts.get(f"{W}eastAsia") == "方正小标宋简体"
    assert paragraphs[1].text == "第12期"
    assert paragraphs[2].text == "某区委宣传部\t2024年5月6日"
    border = paragraphs[2]._p.pPr.find(f"{W}pBdr/{W}bottom")
    assert border is not None and border.get(f"{W}color") == "FF0000"
    titles = [p for p in paragraphs if p.style.name == "Article Title"]
    assert [_flat(p.text) for p in titles] == [_flat(t) for t in _titles()]
    assert document.styles["Article Title"].element.pPr.find(f"{W}outlineLvl").get(f"{W}val") == "0"
    for p in titles:  # the source and date line under each title
        following = p._p.getnext()
        assert docx.text.paragraph.Paragraph(following, p._parent).style.name == "Article Source"
    text = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "报送：区委、区政府领导。" in text and "共印50份" in text


@needs_corpus
@needs_tool("soffice")
def test_libreoffice_lays_out_contents_and_article_order(issue_dir):
    import io

    from pypdf import PdfReader

    from newsconv.check.render import libreoffice_pdf
    from newsconv.profiles import load_profile

    data = (issue_dir / "每日要闻-第12期.docx").read_bytes()
    laid = libreoffice_pdf(data, "issue.docx", load_profile("briefing"))
    pages = [_flat(p.extract_text()) for p in PdfReader(io.BytesIO(laid)).pages]
    titles = _titles()
    contents = pages[0] + pages[1]
    positions = [contents.index(_flat(t)[:12]) for t in titles]
    assert positions == sorted(positions)  # the contents list, in order
    found = {}
    for title in titles:  # where LibreOffice sets each article's title (after the contents)
        key = _flat(title)[:12]
        found[title] = next(n for n, text in enumerate(pages, 1) if key in (text[text.index(key) + 1:] if n == 1 else text)
                            and (n > 1 or text.count(key) > 1))
    order = [found[t] for t in titles]
    assert order == sorted(order)
    pdf = _pdf_pages(issue_dir)
    # the prefilled numbers (newsconv's layout) are LibreOffice's pages
    assert order == [pdf[t] for t in titles]


# ---------------------------------------------------------------------------- HTML and Markdown


@needs_corpus
def test_html_nav_links_to_sections(issue_dir):
    from lxml import html

    tree = html.fromstring((issue_dir / "每日要闻-第12期.html").read_bytes())
    assert tree.xpath("string(//header[@class='masthead']/h1)") == "每日要闻"
    assert "第12期" in tree.xpath("string(//header[@class='masthead'])")
    links = tree.xpath("//nav[@class='contents']//a")
    titles = _titles()
    assert [a.text_content() for a in links] == titles
    for a, title in zip(links, titles, strict=True):
        section = tree.xpath(f"//section[@id='{a.get('href')[1:]}']")[0]
        assert section.xpath("string(h2)") == title
        assert section.xpath("string(p[@class='article-meta'])")
    assert "共印50份" in tree.xpath("string(//footer[contains(@class, 'issue-record')])")
    assert tree.xpath("string(//div[@class='editor-note'])").strip() == "编者按：本期编发五篇文章，供参阅。"


@needs_corpus
def test_markdown_contents_link_to_pandoc_ids(issue_dir):
    import pypandoc
    from lxml import html

    text = (issue_dir / "每日要闻-第12期.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: 每日要闻 第12期\n")
    links = re.findall(r"^\d+\. \[(.+)\]\(#(.+)\)$", text, flags=re.M)
    assert [t for t, _ in links] == _titles()
    rendered = html.fromstring(pypandoc.convert_text(text, "html", format="markdown"))
    for title, ident in links:  # pandoc gives each article's heading the id the contents link to
        assert _flat(rendered.xpath(f"string(//*[@id='{ident}'])")) == _flat(title)


# ---------------------------------------------------------------------------- numbers, covers, bad input


def _md_inputs(folder: Path, count: int = 2) -> list[str]:
    paths = []
    for n in range(1, count + 1):
        path = folder / f"a{n}.md"
        path.write_text(f"---\ntitle: 第{n}篇文章\nsource: 新华社\ndate: 2024-05-{n:02d}\n---\n\n正文第{n}段。\n\n第二段。\n",
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def test_issue_auto_twice_then_a_failed_run_keeps_the_number(tmp_path):
    config = tmp_path / "newsconv.toml"
    config.write_text('# 本处配置\n[bundle]\nname = "工作动态"  # 报头\nlast_issue = 7\n', encoding="utf-8")
    inputs = _md_inputs(tmp_path)
    for expected in (8, 9):
        result = runner.invoke(app, ["bundle", *inputs, "-o", str(tmp_path / f"{expected}.md"), "--issue", "auto",
                                     "--config", str(config)])
        assert result.exit_code == 0, result.output
        written = (tmp_path / f"{expected}.md").read_text(encoding="utf-8")
        assert f"number: 第{expected}期" in written and "name: 工作动态" in written  # [bundle] keys
    kept = config.read_text(encoding="utf-8")
    assert "last_issue = 9" in kept and "# 本处配置" in kept and "# 报头" in kept
    # an output that cannot be written: the number is not used up
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["bundle", *inputs, "-o", str(blocker / "issue.pdf"), "--issue", "auto",
                                 "--config", str(config)])
    assert result.exit_code != 0
    assert "last_issue = 9" in config.read_text(encoding="utf-8")


def test_issue_auto_creates_newsconv_toml_in_the_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inputs = _md_inputs(tmp_path)
    result = runner.invoke(app, ["bundle", *inputs, "-o", "issue.md", "--issue", "auto"])
    assert result.exit_code == 0, result.output
    assert "last_issue = 1" in (tmp_path / "newsconv.toml").read_text(encoding="utf-8")
    assert "number: 第1期" in (tmp_path / "issue.md").read_text(encoding="utf-8")


def test_an_injected_failure_while_writing_keeps_the_number(tmp_path, monkeypatch):
    import newsconv.files

    config = tmp_path / "newsconv.toml"
    config.write_text("[bundle]\nlast_issue = 3\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(newsconv.files.PendingOutput, "commit", broken)
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path), "-o", str(tmp_path / "x.md"), "--issue", "auto",
                                 "--config", str(config)])
    assert result.exit_code != 0
    assert config.read_text(encoding="utf-8") == "[bundle]\nlast_issue = 3\n"
    assert not (tmp_path / "x.md").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file either


def _failing_pdf_writer(monkeypatch, after: int) -> list[int]:
    """The PDF writer, its output failing as a full disk does once ``after`` bytes are written;
    returns the bytes it managed to write."""
    from newsconv.writers import pdf

    real = pdf.write_pdf_to
    written = [0]

    class FullDisk:
        def __init__(self, sink):
            self.sink = sink

        def write(self, data):
            if written[0] + len(data) > after:
                raise OSError(28, "No space left on device")
            written[0] += len(data)
            return self.sink.write(data)

    def failing(doc, sink, *args, **kwargs):
        return real(doc, FullDisk(sink), *args, **kwargs)

    monkeypatch.setattr(pdf, "write_pdf_to", failing)
    return written


def test_a_format_failing_midway_leaves_every_old_file_and_no_new_one(tmp_path, monkeypatch):
    """The PDF fails after part of it is written: the issue's other formats, made before it, are
    not written either, the existing files stay as they were, no temporary file is left and
    --issue auto does not advance."""
    config = tmp_path / "newsconv.toml"
    config.write_text("[bundle]\nlast_issue = 3\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for suffix in (".md", ".html", ".pdf"):
        (out / f"简报-第4期{suffix}").write_bytes(b"old")
    written = _failing_pdf_writer(monkeypatch, after=20_000)
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path, 12), "-t", "md,html,pdf", "-d", str(out),
                                 "--issue", "auto", "--config", str(config), "--overwrite"])
    assert result.exit_code == 4, result.output
    assert "简报-第4期.pdf: cannot write (No space left on device)" in result.stderr
    assert written[0] > 10_000  # the PDF was well under way
    assert sorted(p.name for p in out.iterdir()) == ["简报-第4期.html", "简报-第4期.md", "简报-第4期.pdf"]
    assert all(p.read_bytes() == b"old" for p in out.iterdir())
    assert config.read_text(encoding="utf-8") == "[bundle]\nlast_issue = 3\n"


def test_the_pdf_needs_no_temporary_file_beside_it(tmp_path, monkeypatch):
    """Each page goes into the issue's file as it is set: the one temporary file the command
    opens is the articles' spool (in the system's temporary folder), closed once the issue is
    written or once it failed, and the output folder holds the issue and nothing else."""
    import tempfile

    from pypdf import PdfReader

    spools = []
    real = tempfile.TemporaryFile

    def recorded(*args, **kwargs):
        spools.append((kwargs.get("dir"), real(*args, **kwargs)))
        return spools[-1][1]

    monkeypatch.setattr(tempfile, "TemporaryFile", recorded)
    out = tmp_path / "out"
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path, 12), "-o", str(out / "i.pdf"), "--issue", "1"])
    assert result.exit_code == 0, result.output
    assert [folder for folder, _ in spools] == [None] and all(file.closed for _, file in spools)
    assert [p.name for p in out.iterdir()] == ["i.pdf"]
    assert len(PdfReader(out / "i.pdf").pages) >= 2
    _failing_pdf_writer(monkeypatch, after=5_000)
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path, 12), "-o", str(out / "j.pdf"), "--issue", "2"])
    assert result.exit_code == 4
    assert [folder for folder, _ in spools] == [None, None] and all(file.closed for _, file in spools)
    assert [p.name for p in out.iterdir()] == ["i.pdf"]


def test_bad_input_left_out_reported_exit_1(tmp_path):
    inputs = _md_inputs(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    report = tmp_path / "report.csv"
    result = runner.invoke(app, ["bundle", inputs[0], str(empty), inputs[1], "-o", str(tmp_path / "i.md"),
                                 "--report", str(report), "-M", "name=简报"])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    rows = report.read_text(encoding="utf-8-sig").splitlines()
    assert any("empty.txt" in r and ",failed," in r for r in rows)
    text = (tmp_path / "i.md").read_text(encoding="utf-8")
    assert "## 第1篇文章" in text and "## 第2篇文章" in text


def test_no_readable_input_writes_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    config = tmp_path / "newsconv.toml"
    config.write_text("[bundle]\nlast_issue = 3\n", encoding="utf-8")
    result = runner.invoke(app, ["bundle", str(empty), "-o", str(tmp_path / "i.pdf"), "--issue", "auto",
                                 "--config", str(config)])
    assert result.exit_code != 0
    assert "nothing was written" in result.stderr
    assert not (tmp_path / "i.pdf").exists() and "last_issue = 3" in config.read_text(encoding="utf-8")


def test_cover_page_sets_the_issue_and_editor_note(tmp_path):
    cover = tmp_path / "cover.md"
    cover.write_text("---\nname: 舆情摘报\nnumber: 5\noffice: 区网信办\ndate: 2024-06-01\ncopies: 30\n---\n\n"
                     "请各单位认真研读。\n", encoding="utf-8")
    result = runner.invoke(app, ["bundle", str(cover), *_md_inputs(tmp_path), "-o", str(tmp_path / "i.md"),
                                 "-M", "office=区委网信办"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "i.md").read_text(encoding="utf-8")
    assert "name: 舆情摘报" in text and "number: 第5期" in text and "date: '2024-06-01'" in text
    assert "office: 区委网信办" in text  # -M wins over the cover
    assert "**编者按：**请各单位认真研读。" in text
    assert "共印30份" in text
    assert "cover" not in text.split("---", 2)[2].split("## 目")[0].lower()


def test_summary_keeps_the_first_paragraph(tmp_path):
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path), "-o", str(tmp_path / "i.md"),
                                 "--summary", "first-paragraph", "--sort", "date"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "i.md").read_text(encoding="utf-8")
    assert "正文第1段。" in text and "正文第2段。" in text and "第二段。" not in text
    assert "*来源：新华社　2024年5月1日*" in text


def test_new_page_sets_each_article_from_a_new_page(tmp_path):
    from pypdf import PdfReader

    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path, 3), "-o", str(tmp_path / "i.pdf"), "--new-page"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "i.pdf")
    pages = [reader.get_destination_page_number(o) + 1 for o in reader.outline if not isinstance(o, list)]
    assert pages == [2, 3, 4]
    assert "第1篇文章" in _flat(reader.pages[0].extract_text())  # the contents on page 1
    assert "第2篇文章" in reader.pages[2].extract_text().splitlines()[0].replace(" ", "")


@pytest.mark.parametrize("profile", ["news", "gbt9704"])
def test_other_profiles_bundle_too(tmp_path, profile):
    from pypdf import PdfReader

    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path), "-o", str(tmp_path / "i.pdf"), "-p", profile,
                                 "-M", "name=工作简报", "--issue", "3"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(tmp_path / "i.pdf")
    first = _flat(reader.pages[0].extract_text())
    assert first.startswith("工作简报第3期") and "第1篇文章" in first
    assert [o.title for o in reader.outline if not isinstance(o, list)] == ["第1篇文章", "第2篇文章"]


def test_pdf_is_deterministic(tmp_path):
    inputs = _md_inputs(tmp_path)
    for name in ("a.pdf", "b.pdf"):
        assert runner.invoke(app, ["bundle", *inputs, "-o", str(tmp_path / name), "--issue", "1"]).exit_code == 0
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_bad_issue_keys_are_usage_errors(tmp_path):
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path), "-o", str(tmp_path / "i.md"), "-M", "copies=many"])
    assert result.exit_code == 2 and "copies" in result.stderr
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path), "-o", str(tmp_path / "i.md"), "-M", "doc_number=1"])
    assert result.exit_code == 2 and "unknown key" in result.stderr


def test_an_issue_in_json_reads_back_and_bundles_again(tmp_path):
    import json

    from newsconv.model import Article, from_dict

    inputs = _md_inputs(tmp_path)
    result = runner.invoke(app, ["bundle", *inputs, "-o", str(tmp_path / "i.json"), "-M", "name=简报", "--issue", "4"])
    assert result.exit_code == 0, result.output
    doc = from_dict(json.loads((tmp_path / "i.json").read_text(encoding="utf-8")))
    assert doc.meta.issue is not None and doc.meta.issue.name == "简报" and doc.meta.issue.number == "4"
    assert [b.meta.title for b in doc.blocks if isinstance(b, Article)] == ["第1篇文章", "第2篇文章"]
    # an issue given as an input gives its articles, not an article holding articles
    again = runner.invoke(app, ["bundle", str(tmp_path / "i.json"), "-o", str(tmp_path / "j.md"), "--issue", "5"])
    assert again.exit_code == 0, again.output
    text = (tmp_path / "j.md").read_text(encoding="utf-8")
    assert "## 第1篇文章" in text and "## 第2篇文章" in text and "number: 第5期" in text


def test_many_inputs_are_read_in_worker_processes(tmp_path):
    inputs = _md_inputs(tmp_path, 9)
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["bundle", *inputs[:4], str(bad), *inputs[4:], "-o", str(tmp_path / "i.md"),
                                 "-j", "2", "--report", str(report)])
    assert result.exit_code == 1
    assert "bad.md" in result.stderr
    text = (tmp_path / "i.md").read_text(encoding="utf-8")
    titles = re.findall(r"^## (第\d篇文章)$", text, flags=re.M)
    assert titles == [f"第{n}篇文章" for n in range(1, 10)]  # in the order given, the bad one left out
    import json

    rows = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [r["status"] for r in rows].count("failed") == 1
    assert all(r["outputs"] == [str(tmp_path / "i.md")] for r in rows if r["status"] == "converted")


def test_sort_orders():
    from newsconv.bundle.compile import Piece, sort_pieces
    from newsconv.model import Document, Meta, parse_published

    pieces = [Piece("b.txt", Document(Meta(title="乙", published=parse_published("2024-05-03")), ())),
              Piece("c.txt", Document(Meta(title="甲"), ())),
              Piece("a.txt", Document(Meta(title="丙", published=parse_published("2024-05-01")), ()))]
    assert [p.name for p in sort_pieces(pieces, "given")] == ["b.txt", "c.txt", "a.txt"]
    assert [p.name for p in sort_pieces(pieces, "name")] == ["a.txt", "b.txt", "c.txt"]
    assert [p.name for p in sort_pieces(pieces, "date")] == ["a.txt", "b.txt", "c.txt"]  # undated last
    assert [p.doc.meta.title for p in sort_pieces(pieces, "title")] == sorted(["乙", "甲", "丙"])


def test_an_existing_issue_file_is_not_replaced(tmp_path):
    config = tmp_path / "newsconv.toml"
    config.write_text("[bundle]\nlast_issue = 2\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "简报-第3期.md").write_text("kept", encoding="utf-8")
    result = runner.invoke(app, ["bundle", *_md_inputs(tmp_path), "-t", "html,md", "-d", str(out), "--issue", "auto",
                                 "--config", str(config)])
    assert result.exit_code == 2 and "--overwrite" in result.stderr
    assert (out / "简报-第3期.md").read_text(encoding="utf-8") == "kept"
    assert not (out / "简报-第3期.html").exists()  # none of the issue's files is written
    assert "last_issue = 2" in config.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- the PDF written as it is made


def _corpus_issue(count: int):
    from newsconv.bundle.compile import compile_issue
    from newsconv.bundle.meta import build_issue
    from newsconv.convert import parse
    from newsconv.readers import ReadOptions

    docs = [parse(p.read_bytes(), "text", ReadOptions(source=str(p))) for p in sorted((CORPUS / "raw").glob("*.txt"))]
    issue = build_issue((("name", "每日要闻"), ("number", "7"), ("office", "某区委宣传部"), ("date", "2024-05-06")))
    return compile_issue([docs[n % len(docs)] for n in range(count)], issue)


class _Growing(io.BytesIO):
    """A sink that remembers its size each time the canvas sets a page."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []


def _recording_pages(monkeypatch, sink: _Growing, seen: list) -> None:
    """Record, at each page the canvas sets, the sink's size and what the document still holds."""
    from newsconv.writers import pdf

    real = pdf._canvas_class

    def recording(stamp):
        class Recording(real(stamp)):
            def showPage(self):
                super().showPage()
                sink.sizes.append(sink.tell())
                doc = self._doc
                seen.append({"pages": [n for n, o in doc.idToObject.items() if n.startswith("Page") and o is not None],
                             "table": len(doc.idToObject), "numbers": len(doc.idToObjectNumberAndVersion),
                             "bookmarks": len(self._destinations), "outline": len(doc.outline.titles)})

        return Recording

    monkeypatch.setattr(pdf, "_canvas_class", recording)


@needs_corpus
def test_pages_are_written_as_they_are_set_and_the_file_is_whole(monkeypatch):
    """The issue's pages go into the sink as the page loop sets them, not at the end; the file is
    byte for byte the PDF ``write_pdf`` returns, every cross-reference offset points at its
    object, a strict PDF reader reads it, and its outline is whole (the root's count is the
    number of entries, each entry's parent, siblings and count agree with the articles)."""
    from pypdf import PdfReader

    from newsconv.profiles import load_profile
    from newsconv.writers.pdf import write_pdf, write_pdf_to

    doc, profile = _corpus_issue(30), load_profile("briefing")
    whole = write_pdf(doc, profile)
    sink, seen = _Growing(), []
    _recording_pages(monkeypatch, sink, seen)
    write_pdf_to(doc, sink, profile)
    assert sink.getvalue() == whole
    pages = len(sink.sizes)
    assert pages > 30
    # the contents pages wait for their page numbers; every article page is in the file when set
    growing = [b - a for a, b in zip(sink.sizes, sink.sizes[1:])]
    assert sum(1 for step in growing if step > 0) >= pages - 5
    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", whole).group(1))
    assert whole[start:start + 5] == b"xref\n"
    table = whole[start:].split(b"trailer")[0].split(b"\n")
    first, count = map(int, table[1].split())
    offsets = [int(line[:10]) for line in table[3:3 + count - 1]]
    assert first == 0 and len(offsets) == count - 1 > 100
    for number, offset in enumerate(offsets, start=1):
        assert whole[offset:offset + 20].startswith(b"%d 0 obj\n" % number)
    reader = PdfReader(io.BytesIO(whole), strict=True)
    assert len(reader.pages) == pages and "每日要闻" in reader.pages[0].extract_text()
    # where each page object is in the file: all but the contents pages before the last was set
    at = [offsets[page.indirect_reference.idnum - 1] for page in reader.pages]
    assert sum(1 for offset in at if offset > sink.sizes[-1]) <= 3
    assert at[5:] == sorted(at[5:])  # in the order they were set
    root = reader.trailer["/Root"]["/Outlines"]
    entries = []

    def walk(node, parent):
        item, previous = node.get("/First"), None
        while item is not None:
            item = item.get_object()
            assert item["/Parent"].get_object() == parent
            assert (item["/Prev"].get_object() if "/Prev" in item else None) == previous
            entries.append(item)
            below = len(entries)
            walk(item, item)
            if "/First" in item:
                assert item["/Count"] == len(entries) - below > 0
            previous, item = item, item.get("/Next")

    walk(root, root.get_object())
    assert root["/Count"] == len(entries) >= 30
    titles = [str(o.title) for o in reader.outline if not isinstance(o, list)]
    assert titles[:3] == [str(e["/Title"]) for e in entries if e["/Parent"].get_object() == root.get_object()][:3]


@needs_corpus
def test_a_set_page_leaves_little_behind(monkeypatch):
    """What the document holds while the pages are set does not grow with the articles: a set
    page leaves its number (not the page, its stream or a row of the object table), a bookmark
    a row of the outline, a link into an article (written once the article's first page is set)
    its number; only the contents pages, which draw page numbers known at the end, wait."""
    from newsconv.profiles import load_profile
    from newsconv.writers.pdf import write_pdf_to

    held = {}
    for count in (4, 16):
        sink, seen = _Growing(), []
        _recording_pages(monkeypatch, sink, seen)
        write_pdf_to(_corpus_issue(count), sink, load_profile("briefing"))
        held[count] = seen[-1]
        assert seen[-1]["outline"] >= count
    small, large = held[4], held[16]
    assert len(large["pages"]) <= 3  # the contents pages, waiting for their numbers
    assert large["bookmarks"] <= 1 and small["bookmarks"] <= 1  # each went into the outline's rows
    assert large["table"] - small["table"] <= 2, held  # a contents page more, perhaps
    assert (large["numbers"] - small["numbers"]) / 12 <= 1.1, held  # the number of each article's link


# ---------------------------------------------------------------------------- the articles spooled


def _spooled_inputs(folder: Path) -> list[str]:
    """Four inputs whose names, titles and dates each give a different order."""
    rows = [("c.md", "乙篇：城市更新", "2024-05-03"), ("a.md", "丁篇：乡村振兴", "2024-05-04"),
            ("d.md", "甲篇：营商环境", "2024-05-01"), ("b.md", "丙篇：生态保护", "2024-05-02")]
    paths = []
    for name, title, date in rows:
        path = folder / name
        path.write_text(f"---\ntitle: {title}\nsource: 新华社\ndate: {date}\n---\n\n{title}的正文。\n\n第二段。\n",
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def _recorded_temporary_files(monkeypatch) -> list:
    """Every temporary file the command opens (the articles' spool, the page streams' spool)."""
    import tempfile

    opened = []
    real = tempfile.TemporaryFile

    def recording(*args, **kwargs):
        file = real(*args, **kwargs)
        opened.append((kwargs.get("dir"), file))
        return file

    monkeypatch.setattr(tempfile, "TemporaryFile", recording)
    return opened


def test_the_article_spool_is_closed_and_gone_after_a_bundle(tmp_path, monkeypatch):
    import tempfile

    spools = tmp_path / "tmp"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))  # the system's temporary folder, for this test
    opened = _recorded_temporary_files(monkeypatch)
    out = tmp_path / "out"
    result = runner.invoke(app, ["bundle", *_spooled_inputs(tmp_path), "-o", str(out / "i.pdf"), "--issue", "1"])
    assert result.exit_code == 0, result.output
    articles = [file for folder, file in opened if folder is None]
    assert len(articles) == 1 and articles[0].closed
    assert list(spools.iterdir()) == [] and [p.name for p in out.iterdir()] == ["i.pdf"]
    # a writer failing midway: the spool is closed all the same, nothing is left behind
    _failing_pdf_writer(monkeypatch, after=5_000)
    result = runner.invoke(app, ["bundle", *_spooled_inputs(tmp_path), "-o", str(out / "j.pdf"), "--issue", "2"])
    assert result.exit_code == 4
    articles = [file for folder, file in opened if folder is None]
    assert len(articles) == 2 and all(file.closed for file in articles)
    assert list(spools.iterdir()) == [] and [p.name for p in out.iterdir()] == ["i.pdf"]


def _reachable(root, stop) -> list:
    """Every object reachable from ``root`` through references, not going into ``stop``'s types
    nor into classes, modules and functions (through them the whole process is reachable)."""
    import gc
    import types

    stop = (*stop, type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)
    seen, todo, found = set(), [root], []
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, stop):
            continue
        seen.add(id(obj))
        found.append(obj)
        todo.extend(gc.get_referents(obj))
    return found


def test_the_issue_reads_its_articles_one_at_a_time(tmp_path, monkeypatch):
    """The issue document the writers get holds each article's metadata and where it lies in the
    spool, and no article: they are read back, equal to what was read, as a writer reaches them."""
    import io
    from array import array

    from newsconv.bundle import command
    from newsconv.bundle.spool import ArticleStore, SpooledArticles
    from newsconv.convert import parse
    from newsconv.model import Article, Block, Heading, Meta, Paragraph
    from newsconv.readers import ReadOptions

    inputs = _spooled_inputs(tmp_path)
    seen = {}
    real = command._write_outputs

    def inspecting(doc, *args, **kwargs):
        blocks = doc.blocks
        seen["spooled"] = isinstance(blocks, SpooledArticles)
        held = _reachable(doc, (io.IOBase,))  # the spool file itself is not looked into
        seen["kinds"] = {type(o) for o in held}
        seen["heads"] = [o for o in held if isinstance(o, Meta) and o.title and "篇" in o.title]
        seen["parts"] = (type(blocks.store), type(blocks.indices)) if seen["spooled"] else None
        seen["articles"] = list(blocks)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(command, "_write_outputs", inspecting)
    result = runner.invoke(app, ["bundle", *inputs, "-o", str(tmp_path / "i.md"), "--issue", "1"])
    assert result.exit_code == 0, result.output
    assert seen["spooled"] and seen["parts"] == (ArticleStore, array)
    assert not seen["kinds"] & {Article, Paragraph, Heading, *Block.__args__}  # no article, no block in memory
    assert len(seen["heads"]) == 4  # one head per article (title, source, date), nothing more
    read = [parse(Path(p).read_bytes(), "md", ReadOptions(source=p)) for p in inputs]
    assert [(a.meta.title, a.blocks) for a in seen["articles"]] == [(d.meta.title, d.blocks) for d in read]
    assert "乙篇：城市更新的正文。" in (tmp_path / "i.md").read_text(encoding="utf-8")


def test_a_spooled_sequence_reads_back_what_was_written(tmp_path):
    import tempfile

    from newsconv.bundle.spool import ArticleStore, SpooledArticles
    from newsconv.model import Article, Document, Meta, Paragraph, text

    articles = [Article(Meta(title=f"第{n}篇", source="新华社"), (Paragraph(text(f"正文{n}。")),)) for n in range(5)]
    with tempfile.TemporaryFile() as file:
        store = ArticleStore(file)
        first, rest = store.add(articles[:2]), store.add(articles[2:])
        both = SpooledArticles.joined([rest, first])
        assert both is not None and list(both) == articles[2:] + articles[:2]
        assert both == tuple(articles[2:] + articles[:2]) and both[-1] == articles[1] and both[1:3] == tuple(articles[3:5])
        assert [m.title for m in both.heads] == ["第2篇", "第3篇", "第4篇", "第0篇", "第1篇"]
        assert all(not hasattr(m, "blocks") and m.source == "新华社" for m in both.heads)
        with pytest.raises(IndexError):
            both[5]
        assert Document(Meta(), both) == Document(Meta(), tuple(both))  # the same document as a tuple of them


def test_a_transform_sees_every_spooled_article(tmp_path):
    """A transform over an issue whose articles wait in the spool reaches each of them (here the
    punctuation of their titles and text), still reading one at a time."""
    import tempfile

    from newsconv.bundle.spool import ArticleStore
    from newsconv.model import Article, ArticleSequence, Document, Meta, Paragraph, inline_text, text
    from newsconv.transforms import TransformOptions, apply

    articles = [Article(Meta(title=f"第{n}篇,好", language="zh"), (Paragraph(text(f"正文{n},完。")),)) for n in range(3)]
    with tempfile.TemporaryFile() as file:
        doc = Document(Meta(title="简报", language="zh"), ArticleStore(file).add(articles))
        done = apply(doc, TransformOptions())
        assert isinstance(done.blocks, ArticleSequence)
        assert [m.title for m in done.blocks.heads] == ["第0篇，好", "第1篇，好", "第2篇，好"]
        assert [a.meta.title for a in done.blocks] == ["第0篇，好", "第1篇，好", "第2篇，好"]
        assert [inline_text(a.blocks[0].content) for a in done.blocks] == ["正文0，完。", "正文1，完。", "正文2，完。"]


@pytest.mark.parametrize(("sort", "order"), [
    ("given", ["乙篇", "丁篇", "甲篇", "丙篇"]),
    ("name", ["丁篇", "丙篇", "乙篇", "甲篇"]),  # a.md b.md c.md d.md
    ("date", ["甲篇", "丙篇", "乙篇", "丁篇"]),
    ("title", sorted(["乙篇", "丁篇", "甲篇", "丙篇"])),
])
def test_sorting_orders_the_pdf(tmp_path, sort, order):
    """The articles in the PDF come in the order asked for, and the contents list them so."""
    from pypdf import PdfReader

    out = tmp_path / "i.pdf"
    result = runner.invoke(app, ["bundle", *_spooled_inputs(tmp_path), "-o", str(out), "--issue", "1",
                                 "--sort", sort])
    assert result.exit_code == 0, result.output
    flat = _flat("".join(page.extract_text() for page in PdfReader(out).pages))
    titles = {t.split("：")[0]: t for t in ("乙篇：城市更新", "丁篇：乡村振兴", "甲篇：营商环境", "丙篇：生态保护")}
    contents = sorted(order, key=lambda name: flat.index(titles[name]))  # a title's first place: the contents
    articles = sorted(order, key=lambda name: flat.index(f"{titles[name]}的正文。"))  # each article's text
    assert contents == order and articles == order
