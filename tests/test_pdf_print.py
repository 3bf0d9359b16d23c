"""Print-grade PDF, read back: fonts embedded for every profile, font chains and files, the
GB/T 9704 page measured, line- and page-breaking rules on real and constructed text."""

from __future__ import annotations

import io
import random
import shutil
import statistics
import subprocess
import unicodedata

import pdfplumber
import pytest
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection
from typer.testing import CliRunner

from newsconv.cli import app
from newsconv.convert import parse, render
from newsconv.errors import ConfigError, ExitCode
from newsconv.model import Document, Heading, Meta, Paragraph, Text, block_texts
from newsconv.profiles import load_profile
from newsconv.readers import ReadOptions
from newsconv.writers import WriteOptions
from newsconv.writers.common import meta_line
from newsconv.writers.pdf import fonts as pdf_fonts
from newsconv.writers.pdf import write_pdf

from .conftest import CORPUS, ENGLISH, SEED, needs_corpus
from .pdfcheck import (
    base14_declared,
    body_lines_of,
    line_break_violations,
    page_break_violations,
    squash,
    text_lines,
    unembedded_fonts,
)

MM = 72 / 25.4
LONG_PAGES = ["zh-sina-3", "zh-ifeng-2", "zh-huanqiu-1"]
SAMPLE_TEXT = "中文字体测试排版标点，。“”ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz 0123456789.,-—"


def _doc(path) -> Document:
    return parse(path.read_bytes(), "text", ReadOptions(source=str(path)))


def _source_text(doc: Document, profile) -> str:
    return "\n".join([doc.meta.title or "", meta_line(doc.meta, date_style=profile.date_style),
                      *block_texts(doc.blocks)])


@pytest.fixture(scope="module")
def articles() -> dict[str, Document]:
    docs = {"seed": _doc(SEED), "english": _doc(ENGLISH)}
    for page in LONG_PAGES:
        path = CORPUS / "raw" / f"{page}.txt"
        if path.exists():
            docs[page] = _doc(path)
    return docs


@pytest.fixture(scope="module")
def gbt9704_pdfs(articles) -> dict[str, bytes]:
    profile = load_profile("gbt9704")
    return {name: render(doc, "pdf", profile) for name, doc in articles.items() if name != "english"}


# ---------------------------------------------------------------------------- fonts


@pytest.mark.parametrize("profile_name", ["news", "gbt9704"])
@pytest.mark.parametrize("example", ["seed", "english"])
def test_every_font_embedded_for_every_profile_and_example(articles, profile_name, example):
    data = render(articles[example], "pdf", load_profile(profile_name))
    assert unembedded_fonts(data) == []
    assert base14_declared(data) == []


@pytest.fixture(scope="module")
def small_fonts(tmp_path_factory):
    """Small fonts made from the bundled ones: a TrueType .ttf, a CFF .otf, and a .ttc whose two
    faces have different names."""
    folder = tmp_path_factory.mktemp("fonts")
    options = subset.Options()
    options.name_IDs = ["*"]
    made = {}
    for key, name in (("sans", "small.ttf"), ("serif", "small.otf")):
        font = TTFont(str(pdf_fonts.bundled_path(key)))
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=SAMPLE_TEXT)
        subsetter.subset(font)
        font.save(str(folder / name))
        made[key] = folder / name
    faces = []
    for family in ("Office Song One", "Office Song Two"):
        font = TTFont(str(made["sans"]))
        for record in font["name"].names:
            if record.nameID in (1, 4, 6):
                record.string = family if record.nameID != 6 else family.replace(" ", "")
        faces.append(font)
    collection = TTCollection()
    collection.fonts = faces
    collection.save(str(folder / "office.ttc"))
    made["ttc"] = folder / "office.ttc"
    return made


def _fonts_by_char(data: bytes) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                found.setdefault(char["text"], set()).add(char["fontname"].split("+")[-1])
    return found


def _profile(tmp_path, text: str):
    path = tmp_path / "desk.toml"
    path.write_text(text, encoding="utf-8")
    return load_profile(str(path))


def _one_paragraph(text: str, title: str = "标题") -> Document:
    return Document(Meta(title=title, language="zh"), (Paragraph((Text(text),)),))


def test_latin_text_in_the_latin_font_and_chinese_in_the_east_asian_font(tmp_path):
    profile = _profile(tmp_path, 'extends = "news"\nname = "desk"\n[fonts]\n"Times New Roman" = "bundled:sans"\n')
    data = write_pdf(_one_paragraph("中文字体 ABC abc 0123 测试"), profile)
    by_char = _fonts_by_char(data)
    assert by_char["A"] == {"NotoSansSC-Regular"} and by_char["0"] == {"NotoSansSC-Regular"}
    assert by_char["测"] == {"NotoSerifSC-Regular"}


def test_font_files_by_path_ttf_otf_and_ttc_face(tmp_path, small_fonts, monkeypatch):
    monkeypatch.setenv("NEWSCONV_CACHE_DIR", str(tmp_path / "cache"))
    profile = _profile(tmp_path, f"""extends = "news"
name = "files"
[fonts]
"宋体" = "{small_fonts['serif'].as_posix()}"
"Times New Roman" = "{small_fonts['ttc'].as_posix()}#1"
""")
    data = write_pdf(_one_paragraph("中文字体测试 ABC abc"), profile)
    by_char = _fonts_by_char(data)
    assert {f.split("-")[0] for f in by_char["A"]} == {"OfficeSongTwo"}  # the second face of the collection
    # the CFF .otf, converted to TrueType outlines; named apart from the bundled Noto Serif SC subset
    (converted,) = by_char["测"]
    assert converted.startswith("NotoSerifSC-Regular-") and converted != "NotoSerifSC-Regular"
    assert unembedded_fonts(data) == []
    assert list((tmp_path / "cache" / "truetype").glob("*-0-v*.ttf"))  # the conversion is cached


def test_fallback_fonts_draw_what_the_role_fonts_lack(tmp_path, small_fonts):
    # the role's only font is a small one without 新 and 闻; the fallback has them
    profile = _profile(tmp_path, f"""extends = "news"
name = "fallback"
[fonts]
"宋体" = "{small_fonts['ttc'].as_posix()}#0"
"Times New Roman" = "{small_fonts['ttc'].as_posix()}#0"
[fallback]
fonts = ["bundled:serif"]
""")
    messages: list[str] = []
    data = write_pdf(_one_paragraph("中文字体，新闻"), profile, WriteOptions(warn=messages.append))
    by_char = _fonts_by_char(data)
    assert {f.split("-")[0] for f in by_char["中"]} == {"OfficeSongOne"}
    # the whole Noto Serif SC (CFF) converted only for the blocks of 新 (U+65B0) and 闻 (U+95FB)
    (new,), (heard,) = by_char["新"], by_char["闻"]
    assert new.startswith("NotoSerifSC-Regular-U06580-") and heard.startswith("NotoSerifSC-Regular-U095C0-")
    assert messages == []


def test_characters_no_font_has_are_reported_not_silent(tmp_path):
    messages: list[str] = []
    data = write_pdf(_one_paragraph("生僻字𠀀与表情😀"), load_profile("news"), WriteOptions(warn=messages.append))
    assert len(messages) == 1
    assert "𠀀 (U+20000, body)" in messages[0] and "😀 (U+1F600, body)" in messages[0]
    assert "[fallback]" in messages[0]
    assert "生僻字" in squash("".join(line.text for line in text_lines(data)))


def test_cli_warning_names_the_file(tmp_path):
    article = tmp_path / "rare.txt"
    article.write_text("标题\n\n正文有生僻字𠀀。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(article), "-t", "pdf"])
    assert result.exit_code == 0, result.stderr
    assert f"{article}: warning: no font" in result.stderr and "U+20000" in result.stderr
    assert (tmp_path / "rare.pdf").exists()


def test_fonts_command_lists_files_and_uncovered_characters(tmp_path):
    article = tmp_path / "rare.txt"
    article.write_text("标题\n\n正文有生僻字𠀀。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["fonts", str(article), "--profile", "gbt9704"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("body") and "仿宋_GB2312" in line and "FandolFang" in line for line in lines)
    assert any(line.startswith("heading 1") and "黑体" in line and "Noto Sans SC Bold" in line for line in lines)
    assert lines[-1] == f"{article}: no font has 𠀀 (U+20000, body)"
    result = CliRunner().invoke(app, ["fonts", str(SEED)])
    assert result.stdout.splitlines()[-1] == f"{SEED}: every character has a font"


def test_missing_font_file_is_a_configuration_error(tmp_path):
    profile = _profile(tmp_path, 'extends = "news"\nname = "broken"\n[fonts]\n"宋体" = "fonts/none.ttf"\n')
    with pytest.raises(ConfigError, match=r"font file not found: .*fonts/none\.ttf"):
        write_pdf(_one_paragraph("正文"), profile)
    result = CliRunner().invoke(app, ["convert", str(SEED), "-t", "pdf", "-d", str(tmp_path),
                                      "--profile", str(tmp_path / "desk.toml")])
    assert result.exit_code == ExitCode.CONFIG
    assert "none.ttf" in result.stderr and not (tmp_path / "dawa-tianjia.pdf").exists()


def test_unknown_family_is_a_configuration_error(tmp_path):
    profile = _profile(tmp_path, 'extends = "news"\nname = "broken"\n[fonts]\n"宋体" = "No Such Family Anywhere"\n')
    with pytest.raises(ConfigError, match="No Such Family Anywhere.*not found"):
        write_pdf(_one_paragraph("正文"), profile)


def _truetype_family() -> tuple[str, str] | None:
    if shutil.which("fc-list") is None:
        return None
    out = subprocess.run(["fc-list", "--format", "%{family[0]}\t%{file}\t%{weight}\t%{slant}\n"],
                         capture_output=True, text=True, check=False).stdout
    for line in sorted(out.splitlines()):
        family, file, weight, slant = line.split("\t")
        if file.endswith(".ttf") and weight == "80" and slant == "0" and "Symbol" not in family:
            return family, file
    return None


@pytest.mark.skipif(_truetype_family() is None, reason="fontconfig or a TrueType font is not installed")
def test_installed_font_found_by_family_name(tmp_path):
    family, file = _truetype_family()
    source = pdf_fonts.resolve(family)
    assert source is not None and source.path.name == file.rsplit("/", 1)[-1] and source.found_as == "installed"
    profile = _profile(tmp_path, f'extends = "news"\nname = "system"\n[fonts]\n"Times New Roman" = "{family}"\n')
    data = write_pdf(_one_paragraph("中文 Latin text"), profile)
    postscript = TTFont(file)["name"].getDebugName(6)
    assert _fonts_by_char(data)["L"] == {postscript}
    assert unembedded_fonts(data) == []


def test_parsed_face_cache_gives_the_same_face(tmp_path, small_fonts, monkeypatch):
    monkeypatch.setenv("NEWSCONV_CACHE_DIR", str(tmp_path / "cache"))
    fresh = pdf_fonts.parse_face(str(small_fonts["sans"]), 0)
    assert list((tmp_path / "cache" / "faces").glob("*-0-rl*.pickle"))
    cached = pdf_fonts.parse_face(str(small_fonts["sans"]), 0)
    assert cached.charToGlyph == fresh.charToGlyph and cached.charWidths == fresh.charWidths
    assert [cached.hmetrics[g] for g in range(len(fresh.hmetrics))] == list(fresh.hmetrics)
    assert list(cached.glyphPos) == list(fresh.glyphPos)
    assert (cached.name, cached.ascent, cached.bbox) == (fresh.name, fresh.ascent, fresh.bbox)
    assert all(char in cached.glyphToChar[glyph] for char, glyph in fresh.charToGlyph.items())  # rebuilt lazily


# ---------------------------------------------------------------------------- the GB/T 9704 page


def _pages(data: bytes) -> dict[int, list]:
    pages: dict[int, list] = {}
    for line in text_lines(data):
        pages.setdefault(line.page, []).append(line)
    return pages


def _is_number(line) -> bool:
    text = squash(line.text)
    return text.startswith("—") and text.endswith("—") and text[1:-1].isdigit()


def test_gbt9704_full_pages_hold_22_lines_on_the_grid(gbt9704_pdfs):
    pitch = 28.95
    checked = 0
    for name, data in gbt9704_pdfs.items():
        pages = _pages(data)
        numbers = sorted(pages)
        for number in numbers[1:-1]:
            body = [line for line in pages[number] if not _is_number(line)]
            tops = [line.top + line.size / 2 for line in body]  # line centres
            steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
            assert all(abs(step / pitch - round(step / pitch)) < 0.01 for step in steps), f"{name} p{number}"
            next_first = [line for line in pages[number + 1] if not _is_number(line)][0]
            moved_heading = next_first.font != body[-1].font
            assert len(body) == 22 or (len(body) == 21 and moved_heading), f"{name} page {number}: {len(body)}"
            checked += 1
    assert checked >= 3


def test_gbt9704_full_lines_hold_28_characters(gbt9704_pdfs):
    """A full line set at the grid's own pitch (not spread out because a character moved down,
    not squeezed) holds 28 characters; and the Chinese character pitch is 156 mm / 28."""
    full, advances = [], []
    for data in gbt9704_pdfs.values():
        for line in text_lines(data):
            wide = all(unicodedata.east_asian_width(c) in "WF" or c in "“”‘’" for c in line.text)
            steps = [b - a for a, b in zip(line.ends, line.ends[1:], strict=False)]
            flush = abs(line.x0 / MM - 28) < 0.5 and abs(line.x1 / MM - 184) < 0.5
            at_pitch = bool(steps) and max(steps) <= 156 / 28 * MM + 0.1  # not spread out
            if wide and flush and at_pitch and line.size == 16:
                full.append(line.text)
            if wide and len(line.text) > 10:
                advances += steps
    assert len(full) >= 5, "too few full lines to count"  # the seed alone has 9
    assert {len(t) for t in full} == {28}, [t for t in full if len(t) != 28][:3]
    assert abs(statistics.median(advances) / MM - 156 / 28) < 0.02


def test_gbt9704_text_block_within_half_a_millimetre_of_the_margins(gbt9704_pdfs):
    trimmable = "，。、；：！？”’）》"
    for name, data in gbt9704_pdfs.items():
        pages = _pages(data)
        body = [line for lines in pages.values() for line in lines if not _is_number(line)]
        assert abs(min(line.x0 for line in body) / MM - 28) <= 0.5, name
        right = max(line.right_of(skip=trimmable) for line in body)  # a trimmed mark's blank half may hang
        assert abs(right / MM - 184) <= 0.5, f"{name}: {right / MM:.2f} mm"
        for number in sorted(pages)[1:-1]:
            lines = [line for line in pages[number] if not _is_number(line)]
            half_leading = (28.95 - lines[0].size) / 2
            assert abs((lines[0].top - half_leading) / MM - 37) <= 0.5, f"{name} p{number} top"
            if len(lines) == 22:
                bottom = lines[-1].top + lines[-1].size + half_leading
                assert abs(bottom / MM - 262) <= 0.5, f"{name} p{number} bottom {bottom / MM:.2f}"


def test_gbt9704_page_numbers(gbt9704_pdfs):
    one_char = 14 / MM
    for name, data in gbt9704_pdfs.items():
        for number, lines in _pages(data).items():
            last = lines[-1]
            assert squash(last.text) == f"—{number}—" and abs(last.size - 14) < 0.01, f"{name} p{number}"
            em_top = last.top + last.size * (1 - 0.88 - 0.12)  # the em box top (ascent 0.88 em)
            assert abs(em_top / MM - (262 + 7)) <= 0.5, f"{name} p{number}: {em_top / MM:.2f} mm"
            if number % 2:
                assert abs(last.x1 / MM - (184 - one_char)) <= 0.5, f"{name} p{number} right"
            else:
                assert abs(last.x0 / MM - (28 + one_char)) <= 0.5, f"{name} p{number} left"


_FULL_THEN_MARKS = "一二三，四五六，七八九十一二三四五六七八九十一二三四”。之后的文字继续排下去直到段落结束为止"


def test_squeezed_line_stays_in_the_type_area():
    # without a character grid: the first line (26 cells after the indent) is full when ”。
    # follow; they may not start the next line, so the marks inside give up half their width
    import dataclasses

    profile = dataclasses.replace(load_profile("gbt9704"), grid=None)
    doc = Document(Meta(title="标题", language="zh"), (Paragraph((Text(_FULL_THEN_MARKS),)),))
    lines = [line for line in body_lines_of(write_pdf(doc, profile)) if line.size == 16]
    first = lines[0]
    assert first.text.endswith("四”。") and lines[1].text.startswith("之")
    full_stop_left = first.ends[-1] - 16
    assert (full_stop_left + 8) / MM <= 184 + 0.5  # the mark's inked half is inside the type area


def test_gbt9704_grid_moves_a_character_down_as_word_does():
    # on the GB/T 9704 grid nothing is squeezed (Word and LibreOffice do not): 四 moves down with ”。
    doc = Document(Meta(title="标题", language="zh"), (Paragraph((Text(_FULL_THEN_MARKS),)),))
    lines = [line for line in body_lines_of(write_pdf(doc, load_profile("gbt9704"))) if line.size == 16]
    assert lines[0].text.endswith("一二三") and lines[1].text.startswith("四”。之")
    assert abs(lines[0].x1 / MM - 184) < 0.5  # justified to the full width


# ---------------------------------------------------------------------------- breaking rules


@pytest.mark.parametrize("profile_name", ["news", "gbt9704"])
def test_examples_keep_every_breaking_rule(articles, profile_name):
    profile = load_profile(profile_name)
    body = profile.role("body")
    for name, doc in articles.items():
        data = render(doc, "pdf", profile)
        found = line_break_violations(data, _source_text(doc, profile), margin_left=profile.page.margin_left,
                                      indent=body.first_line_indent * body.size)
        if body.widow_control:
            found += page_break_violations(data, margin_left=profile.page.margin_left,
                                           indent=body.first_line_indent * body.size)
        assert found == [], name


@needs_corpus
def test_corpus_sample_keeps_every_breaking_rule():
    profile = load_profile("news")
    body = profile.role("body")
    for path in sorted((CORPUS / "raw").glob("*.txt"))[::10]:
        doc = _doc(path)
        data = render(doc, "pdf", profile)
        indent = body.first_line_indent * body.size
        assert line_break_violations(data, _source_text(doc, profile), margin_left=profile.page.margin_left,
                                     indent=indent) == [], path.name
        assert page_break_violations(data, margin_left=profile.page.margin_left, indent=indent) == [], path.name


def test_the_rule_checker_finds_what_reportlab_alone_gets_wrong(tmp_path):
    """The same checks flag reportlab's own CJK wrapping, which lets a comma start a line."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate

    face = pdf_fonts.load_face(pdf_fonts.resolve("bundled:song"))
    style = ParagraphStyle("cjk", fontName=face.name, fontSize=12, leading=18, wordWrap="CJK")
    rng = random.Random(1)
    text = "".join(rng.choice("一二三四五六七八九十") + (rng.choice("，；：！？”》）") if rng.random() < 0.3 else "")
                   for _ in range(600))
    out = io.BytesIO()
    SimpleDocTemplate(out, leftMargin=72, rightMargin=72).build([RLParagraph(text, style)])
    found = line_break_violations(out.getvalue(), text, margin_left=72 + 6, indent=0)  # the frame's padding
    assert any(v.rule == "starts with a closing mark" for v in found)


def test_long_latin_words_and_urls_in_chinese_text():
    url = "https://www.example.gov.cn/xwfb/2024/05/06/content_" + "abcdefghij" * 12 + ".html"
    text = "详情请见 " + url + " 以及 internationalization 和 1234567890 等词，" * 3 + "全文完。"
    doc = Document(Meta(title="标题", language="zh"), (Paragraph((Text(text),)),))
    profile = load_profile("news")
    data = write_pdf(doc, profile)
    lines = [line.text for line in body_lines_of(data)][1:]
    joined = squash("".join(lines))
    assert squash(text) == joined  # nothing lost
    assert sum(line.count("internationalization") for line in lines) == 3  # never split
    assert sum(line.count("1234567890") for line in lines) == 3
    assert len([line for line in lines if "example.gov.cn" in line or "abcdefghij" in line]) >= 2  # cut: too long
    body = profile.role("body")
    assert line_break_violations(data, text, margin_left=profile.page.margin_left,
                                 indent=body.first_line_indent * body.size) == []


def test_news_headings_never_stand_at_the_foot_of_a_page():
    blocks = []
    for n in range(40):
        blocks.append(Heading(1, (Text(f"第{n + 1}部分的小标题"),)))
        blocks.append(Paragraph((Text("这是一段正文，" * (8 + n % 7)),)))
    doc = Document(Meta(title="标题", language="zh"), tuple(blocks))
    profile = load_profile("news")
    body = profile.role("body")
    data = write_pdf(doc, profile)
    assert max(line.page for line in text_lines(data)) >= 4
    assert page_break_violations(data, margin_left=profile.page.margin_left,
                                 indent=body.first_line_indent * body.size) == []


def test_the_page_checker_finds_orphans_where_widow_control_is_off(tmp_path):
    profile = _profile(tmp_path, 'extends = "news"\nname = "loose"\n[roles.body]\nwidow_control = false\n')
    paragraphs = tuple(Paragraph((Text("这是一段正文，" * (5 + n % 11)),)) for n in range(60))
    data = write_pdf(Document(Meta(title="标题", language="zh"), paragraphs), profile)
    body = profile.role("body")
    found = page_break_violations(data, margin_left=profile.page.margin_left, indent=body.first_line_indent * body.size)
    assert found, "with widow control off some page should end or start with a lone line"


def test_first_use_of_a_cff_font_says_what_it_is_doing(tmp_path, small_fonts):
    profile = tmp_path / "otf.toml"
    profile.write_text(f'extends = "news"\nname = "otf"\n[fonts]\n"宋体" = "{small_fonts["serif"].as_posix()}"\n',
                       encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("标题\n\n中文字体测试。\n", encoding="utf-8")
    env = {"NEWSCONV_CACHE_DIR": str(tmp_path / "cache")}
    first = CliRunner().invoke(app, ["convert", str(article), "-t", "pdf", "--profile", str(profile)], env=env)
    assert first.exit_code == 0, first.stderr
    assert "preparing small.otf for PDF output" in first.stderr
    assert unembedded_fonts((tmp_path / "a.pdf").read_bytes()) == []
