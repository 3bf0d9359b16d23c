"""Hostile and broken input: each case reproduces a defect found by attacking newsconv, and checks
the clerk now gets a conversion or a one-line error with the documented exit code, never a crash,
a hang or memory without bound.

Cases that need a fresh process (memory, time) run ``python -m newsconv`` in a subprocess.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from newsconv.cli import app
from newsconv.errors import ExitCode

from .conftest import SEED

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def converted(tmp_path: Path, name: str, data: bytes | str, *formats: str, extra: tuple[str, ...] = ()):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    result = run("convert", str(path), "-t", ",".join(formats or ("docx", "pdf", "md", "html", "json")),
                 "-d", str(tmp_path / "out"), "--overwrite", *extra)
    return result


def assert_refused(result, code: ExitCode, *words: str) -> None:
    assert result.exit_code == int(code), (result.exit_code, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsconv: error:")]
    assert len(lines) == 1, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def peak_memory_mb(args: list[str], timeout: float = 600) -> tuple[int, float]:
    """(exit code, the largest resident size in MB) of ``python -m newsconv ARGS`` run alone."""
    probe = textwrap.dedent(f"""
        import resource, subprocess, sys, time
        start = time.perf_counter()
        code = subprocess.run([sys.executable, "-m", "newsconv", *{args!r}], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode
        print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, time.perf_counter() - start)
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=timeout, check=True)
    code, mb, _seconds = out.stdout.split()
    return int(code), float(mb)


# ---------------------------------------------------------------------------- 3: DOCX cost


def _docx_with(document_xml: bytes | None = None, styles: int = 0, paragraphs: int = 10) -> bytes:
    document = docx.Document()
    for n in range(paragraphs):
        document.add_paragraph(f"第{n}段正文，内容。")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    if styles:
        extra = "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="Style {i}"/></w:style>'
                        for i in range(styles))
        parts["word/styles.xml"] = parts["word/styles.xml"].replace(b"</w:styles>", extra.encode() + b"</w:styles>")
    if document_xml is not None:
        parts["word/document.xml"] = document_xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in parts.items():
            dst.writestr(name, blob)
    return out.getvalue()


def test_docx_with_thousands_of_styles_is_read_in_one_pass(tmp_path):
    # 1,000 paragraphs x 4,000 styles took 31.6 s when every paragraph's style was looked up by
    # scanning all styles; read once, it converts like any document
    source = tmp_path / "styles.docx"
    source.write_bytes(_docx_with(styles=4000, paragraphs=1000))
    result = subprocess.run([sys.executable, "-m", "newsconv", "convert", str(source), "-t", "md", "-o", "-"],
                            capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "第999段正文" in result.stdout.decode()


def test_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(600):
                fh.write(b" " * (1 << 20))  # 600 MB of spaces, about 600 KB compressed
    result = converted(tmp_path, "bomb.docx", out.getvalue(), "md")
    assert_refused(result, ExitCode.INPUT, "bomb.docx", "unpacks to", "zip bomb")


# ---------------------------------------------------------------------------- 4: YAML alias bomb


ALIAS_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
authors: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---
body
"""


def test_yaml_alias_bomb_is_refused(tmp_path):
    assert len(ALIAS_BOMB.encode()) < 500
    assert_refused(converted(tmp_path, "bomb.md", ALIAS_BOMB, "md"), ExitCode.INPUT, "bomb.md", "aliases")


def test_a_few_yaml_aliases_are_still_read(tmp_path):
    text = "---\ntitle: &t 标题\nsubtitle: *t\n---\n正文。\n"
    result = converted(tmp_path, "ok.md", text, "json")
    assert result.exit_code == 0, result.stderr
    meta = json.loads((tmp_path / "out" / "ok.json").read_text())["meta"]
    assert meta["title"] == meta["subtitle"] == "标题"


# ---------------------------------------------------------------------------- 5: running header


def test_a_16000_character_title_in_the_running_header(tmp_path):
    import pdfplumber

    doc = {"newsconv": 1, "meta": {"title": "长" * 16000}, "blocks": [{"type": "paragraph", "content": ["正文"]}]}
    source = tmp_path / "long.json"
    source.write_text(json.dumps(doc))
    profile = tmp_path / "header.toml"
    profile.write_text('extends = "news"\n[running]\nheader = "{title}"\n')
    target = tmp_path / "long.pdf"
    subprocess.run([sys.executable, "-m", "newsconv", "convert", str(source), "-o", str(target), "--profile",
                    str(profile)], check=True, timeout=120, capture_output=True)
    with pdfplumber.open(target) as pdf:
        top = [w["text"] for w in pdf.pages[0].extract_words() if w["top"] < 60]
    assert top and top[0].endswith("…") and set(top[0][:-1]) == {"长"}


# ---------------------------------------------------------------------------- 7: memory


@pytest.fixture(scope="module")
def one_line_64mb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "one-line.txt"
    sentence = "这是一段很长的文字，没有换行，".encode()
    with path.open("wb") as fh:
        fh.write("标题\n\n".encode())
        fh.write(sentence * (64 * 1024 * 1024 // len(sentence)))
    return path


def test_64mb_single_line_stays_under_1gb(one_line_64mb, tmp_path):
    code, mb = peak_memory_mb(["convert", str(one_line_64mb), "-t", "docx", "-o", str(tmp_path / "x.docx")])
    assert code == 0
    assert mb < 1024, f"{mb:.0f} MB"


def test_4_million_newlines_are_an_empty_input_quickly(tmp_path):
    path = tmp_path / "newlines.txt"
    path.write_bytes(b"\n" * 4_000_000)
    code, mb = peak_memory_mb(["convert", str(path), "-t", "md", "-o", str(tmp_path / "x.md")])
    assert code == int(ExitCode.INPUT)
    assert mb < 300, f"{mb:.0f} MB"


def test_a_large_markdown_table_uses_bounded_memory(tmp_path):
    row = "| " + " | ".join(["cell"] * 20) + " |\n"
    path = tmp_path / "table.md"
    path.write_text(row + "|" + "---|" * 20 + "\n" + row * (1_000_000 // len(row)))
    code, mb = peak_memory_mb(["convert", str(path), "-t", "md", "-o", str(tmp_path / "x.md")])
    assert code == 0
    assert mb < 500, f"{mb:.0f} MB for a 1 MB table"  # was 1.47 GB for 2.8 MB


# ---------------------------------------------------------------------------- 10-12: crashes


@pytest.mark.parametrize("char", ["\x0b", "\x1b", "\x00", "\x7f", "\ufffe", "\x0c"])
def test_control_characters_do_not_stop_docx(tmp_path, char):
    text = f"标题\n\n正文{char}内容，这是一段文字。第二句话{char}在这里。\n"
    result = converted(tmp_path, "ctrl.txt", text, "docx", "html", "md")
    if char == "\x00":  # a NUL byte is how newsconv tells a binary file
        assert result.exit_code in (0, int(ExitCode.INPUT)), result.stderr
        return
    assert result.exit_code == 0, result.stderr
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "out" / "ctrl.docx")).paragraphs)
    assert "正文" in body and char not in body


@pytest.mark.parametrize("damage", [
    b"<w:document><w:body><w:p>",  # cut short
    b"\x00\x01 not xml",
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>'
    b'<w:tc><w:tbl/></w:tc></w:tr></w:tbl></w:body></w:document>',
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>',
])
def test_malformed_docx_xml_is_an_input_error(tmp_path, damage):
    result = converted(tmp_path, "broken.docx", _docx_with(document_xml=damage), "md")
    assert result.exit_code in (0, int(ExitCode.INPUT)), result.stderr
    assert "internal error" not in result.stderr
    if result.exit_code == 0:
        assert "root:" not in (tmp_path / "out" / "broken.md").read_text()  # no file contents pulled in


def test_damaged_zip_stream_is_an_input_error(tmp_path):
    data = bytearray(_docx_with())
    middle = len(data) // 2
    data[middle:middle + 40] = b"\xff" * 40
    assert_refused(converted(tmp_path, "zlib.docx", bytes(data), "md"), ExitCode.INPUT, "zlib.docx")


@pytest.mark.parametrize("front", ["date: 2024-02-30", "related: 5", "section: 5", "authors: {a: 1}",
                                   "title: [1, 2]", "1: x", "extra: [1]"])
def test_odd_front_matter_values_are_ignored_or_warned(tmp_path, front):
    result = converted(tmp_path, "odd.md", f"---\n{front}\n---\n\n正文内容。\n", "md", "json")
    assert result.exit_code == 0, result.stderr
    if "2024-02-30" in front:
        assert "2024-02-30" in result.stderr and "warning" in result.stderr


@pytest.mark.parametrize(("doc", "words"), [
    ({"newsconv": 1, "meta": {"authors": [{"name": "a", "role": []}]}, "blocks": []}, ["role"]),
    ({"newsconv": 1, "meta": {}, "blocks": [{"type": "list", "ordered": True, "start": 10 ** 12,
                                             "items": [[{"type": "paragraph", "content": ["a"]}]]}]}, ["start"]),
    ({"newsconv": 1, "meta": {"related": [{"title": "x", "kind": {}}]}, "blocks": []}, ["kind"]),
])
def test_json_out_of_range_values_are_refused_by_name(tmp_path, doc, words):
    assert_refused(converted(tmp_path, "bad.json", json.dumps(doc), "md"), ExitCode.INPUT, *words)


def test_json_5000_digit_number_and_500_deep_quotes(tmp_path):
    digits = '{"newsconv": 1, "meta": {}, "blocks": [{"type": "list", "start": ' + "9" * 5000 + ', "items": []}]}'
    assert_refused(converted(tmp_path, "digits.json", digits, "md"), ExitCode.INPUT, "digits")
    deep = '{"type": "paragraph", "content": ["x"]}'
    for _ in range(500):
        deep = '{"type": "quote", "blocks": [' + deep + "]}"
    text = '{"newsconv": 1, "meta": {"title": "T"}, "blocks": [' + deep + "]}"
    assert_refused(converted(tmp_path, "deep.json", text, "md"), ExitCode.INPUT, "nested")


def test_json_lone_surrogate_is_replaced(tmp_path):
    text = '{"newsconv": 1, "meta": {"title": "T\\ud800"}, "blocks": [{"type": "paragraph", "content": ["x\\udc00y"]}]}'
    result = converted(tmp_path, "surrogate.json", text)
    assert result.exit_code == 0, result.stderr
    assert "x\ufffdy" in (tmp_path / "out" / "surrogate.md").read_text()


def test_html_undefined_charset_and_deep_blockquotes(tmp_path):
    page = ('<html><head><meta charset="undefined"><title>t</title></head><body><h1>Title here</h1>'
            "<p>Some body text that is long enough to be an article paragraph.</p></body></html>")
    result = converted(tmp_path, "undefined.html", page, "md")
    assert result.exit_code == 0, result.stderr
    own = ('<html><head><meta name="generator" content="newsconv 1"></head><body><article><h1>T</h1>'
           + "<blockquote>" * 200 + "<p>deep</p>" + "</blockquote>" * 200 + "</article></body></html>")
    result = converted(tmp_path, "deep.html", own)
    assert result.exit_code == 0, result.stderr
    assert "deep" in (tmp_path / "out" / "deep.md").read_text()


@pytest.mark.parametrize(("setting", "key"), [
    ("[page]\nmargin_top = nan", "page.margin_top"), ("[page]\nmargin_left = inf", "page.margin_left"),
    ('[page]\nmargin_right = "-5mm"', "page.margin_right"), ("[roles.body]\nline_spacing = nan", "line_spacing"),
    ('[roles.body]\nline_spacing = "0pt"', "line_spacing"), ("[page_number]\ninset = inf", "inset"),
    ('[roles.body]\nletter_spacing = "-100pt"', "letter_spacing"),
])
def test_profile_lengths_must_be_finite_and_sensible(tmp_path, setting, key):
    profile = tmp_path / "p.toml"
    profile.write_text(f'extends = "news"\n{setting}\n')
    result = converted(tmp_path, "a.txt", SEED.read_bytes(), "pdf", extra=("--profile", str(profile)))
    assert_refused(result, ExitCode.CONFIG, "p.toml", key)


def test_a_truncated_font_is_a_configuration_error(tmp_path):
    from newsconv.writers.pdf.fonts import bundled_path

    cut = tmp_path / "cut.ttf"
    cut.write_bytes(bundled_path("sans").read_bytes()[:50_000])
    profile = tmp_path / "p.toml"
    profile.write_text('extends = "news"\n[fonts]\n"宋体" = "cut.ttf"\n')
    result = converted(tmp_path, "a.txt", SEED.read_bytes(), "pdf", extra=("--profile", str(profile)))
    assert_refused(result, ExitCode.CONFIG, "cut.ttf")


def test_out_of_memory_is_reported_as_such(tmp_path, monkeypatch):
    import newsconv.readers.text as text_reader

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(text_reader, "read_text", exhausted)
    result = converted(tmp_path, "big.txt", SEED.read_bytes(), "md")
    assert result.exit_code == int(ExitCode.INPUT), result.stderr
    assert "out of memory" in result.stderr and "internal error" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [
    ("convert", str(SEED), "-t", "md", "-o", "-"),
    ("parse", str(SEED)),
    ("profiles", "show", "gbt9704"),
    ("formats",),
    ("--version",),
])
def test_stdout_on_a_full_disk_is_an_output_error(command):
    """`> /dev/full`: every command says stdout could not be written and exits 4, never 0 or 70."""
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "newsconv", *command], stdout=full, stderr=subprocess.PIPE,
                              text=True, check=False, timeout=60)
    assert done.returncode == int(ExitCode.OUTPUT), done.stderr
    assert "stdout: cannot write (No space left on device)" in done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------------------- 13-14: unsafe output


def test_hostile_links_do_not_reach_pandoc_formats(tmp_path):
    doc = {"newsconv": 1, "meta": {"title": "T"}, "blocks": [{"type": "paragraph", "content": [
        {"type": "link", "url": "javascript:alert(1)", "content": ["click"]},
        {"type": "link", "url": "https://example.org/", "content": ["ok"]}]}]}
    result = converted(tmp_path, "links.json", json.dumps(doc), "html5", "epub")
    assert result.exit_code == 0, result.stderr
    html = (tmp_path / "out" / "links.html").read_text()
    assert "javascript:" not in html and "click" in html and 'href="https://example.org/"' in html
    with zipfile.ZipFile(tmp_path / "out" / "links.epub") as epub:
        text = "".join(epub.read(n).decode("utf-8", "replace") for n in epub.namelist() if n.endswith("html"))
    assert "javascript:" not in text and "click" in text


def test_profile_font_names_cannot_close_the_style_element(tmp_path):
    from lxml import html

    profile = tmp_path / "evil.toml"
    profile.write_text('extends = "news"\n[roles.body]\neast_asian = "</style><script>alert(1)</script>"\n')
    result = converted(tmp_path, "a.txt", SEED.read_bytes(), "html", extra=("--profile", str(profile)))
    assert result.exit_code == 0, result.stderr
    page = html.fromstring((tmp_path / "out" / "a.html").read_bytes())
    assert page.xpath("//script") == []
    assert "alert(1)" in page.xpath("string(//style)")  # still there, as an escaped CSS string


# ---------------------------------------------------------------------------- 16: silent loss


def test_lines_past_the_close_reading_window_are_warned_about(tmp_path):
    lines = ["标题", ""] + ["这是一段正文，内容足够长，用来测试很长的输入文件会不会被悄悄截断，后面还有更多内容。"] * 25_000
    result = converted(tmp_path, "long.txt", "\n".join(lines), "md")
    assert result.exit_code == 0, result.stderr
    assert "warning" in result.stderr and "25,002 lines" in result.stderr


def test_a_false_utf16_declaration_is_not_trusted(tmp_path):
    page = ('<html><head><meta charset="utf-16"></head><body><h1>Title words here</h1>'
            "<p>Body text of the article here, with enough words to read.</p></body></html>")
    result = converted(tmp_path, "u16.html", page, "md")
    assert result.exit_code == 0, result.stderr
    assert "Body text of the article here" in (tmp_path / "out" / "u16.md").read_text()


def test_a_table_in_a_table_is_kept_as_text_and_warned_about(tmp_path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内层甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内层乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    cell = lambda content: f"<w:tc>{content}<w:p/></w:tc>"  # noqa: E731
    xml = (f"<w:document {w}><w:body><w:p><w:r><w:t>正文第一段。</w:t></w:r></w:p><w:tbl><w:tr>"
           f"{cell('<w:p><w:r><w:t>外层</w:t></w:r></w:p>')}{cell(inner)}</w:tr></w:tbl></w:body></w:document>")
    result = converted(tmp_path, "nested.docx", _docx_with(document_xml=xml.encode()), "md")
    assert result.exit_code == 0, result.stderr
    assert "table inside a table" in result.stderr
    assert "内层甲 \\| 内层乙" in (tmp_path / "out" / "nested.md").read_text()


def test_a_million_lines_of_nothing_is_not_an_empty_document(tmp_path):
    result = converted(tmp_path, "a.txt", "a\n" * 1_000_000, "md")
    assert_refused(result, ExitCode.INPUT, "a.txt", "no article text", "--explain")
    assert not (tmp_path / "out" / "a.md").exists()


# ---------------------------------------------------------------------------- language tags


@pytest.mark.parametrize(("name", "data"), [
    ("long.md", "---\ntitle: T\nlang: " + "z1. " * 100 + "\n---\n\nText.\n"),
    ("page.html", "<html lang='" + "x" * 300 + "'><body><h1>T</h1><p>Text of the page.</p></body></html>"),
])
def test_a_language_that_is_no_language_tag_is_not_carried_into_outputs(tmp_path, name, data):
    """Found by the fuzz script: front matter `lang:` of 400 characters stopped the DOCX writer
    (exit 70). A language that is not shaped like a BCP 47 tag is dropped at the reader."""
    result = converted(tmp_path, name, data, "docx", "html")
    assert result.exit_code == 0, result.stderr
    stem = name.split(".")[0]
    document = docx.Document(str(tmp_path / "out" / f"{stem}.docx"))
    assert len(document.core_properties.language or "") <= 8
    html = (tmp_path / "out" / f"{stem}.html").read_text()
    assert "x" * 20 not in html and "z1. z1." not in html


def test_json_and_metadata_refuse_a_language_that_is_no_tag(tmp_path):
    doc = {"newsconv": 1, "meta": {"title": "T", "language": "not a language"}, "blocks": []}
    result = converted(tmp_path, "a.json", json.dumps(doc), "md")
    assert result.exit_code == int(ExitCode.INPUT) and "language" in result.stderr
    result = converted(tmp_path, "b.txt", SEED.read_bytes(), "md", extra=("-M", "lang=<b>"))
    assert result.exit_code == int(ExitCode.USAGE) and "-M lang=<b>" in result.stderr
