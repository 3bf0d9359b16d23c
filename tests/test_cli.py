"""The command line through Typer's CliRunner: exit codes, stdout and stderr asserted separately."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import docx
import pytest
from typer.testing import CliRunner

from newsconv import __version__
from newsconv.cli import app
from newsconv.errors import ExitCode

from .conftest import ENGLISH, SEED
from .pdfcheck import unembedded_fonts

runner = CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsconv {__version__}"


@pytest.mark.parametrize("command", [[], ["convert"], ["parse"], ["formats"]])
def test_help_on_every_command(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    if command in (["convert"], ["parse"]):
        assert "Examples:" in result.stdout
    if command in ([], ["convert"]):
        assert "130  interrupted" in result.stdout


def test_convert_to_every_format_in_one_run(tmp_path):
    result = run("convert", str(SEED), "-t", "docx,pdf,md,html", "-d", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["dawa-tianjia.docx", "dawa-tianjia.html", "dawa-tianjia.md", "dawa-tianjia.pdf"]
    assert "dawa-tianjia.pdf" in result.stderr
    document = docx.Document(str(tmp_path / "dawa-tianjia.docx"))
    assert document.paragraphs[0].text == "田家街道“1+5”全域党建引领经济社会发展"
    assert unembedded_fonts((tmp_path / "dawa-tianjia.pdf").read_bytes()) == []
    assert (tmp_path / "dawa-tianjia.md").read_text(encoding="utf-8").startswith("---\ntitle: 田家街道")
    assert '<html lang="zh">' in (tmp_path / "dawa-tianjia.html").read_text(encoding="utf-8")


def test_outputs_go_beside_the_input_by_default(tmp_path):
    source = tmp_path / "article.txt"
    source.write_bytes(ENGLISH.read_bytes())
    result = run("convert", str(source), "-t", "md,json", "-q")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads((tmp_path / "article.json").read_text(encoding="utf-8"))["meta"]["language"] == "en"
    assert (tmp_path / "article.md").exists()


def test_format_from_the_output_suffix(tmp_path):
    target = tmp_path / "print.pdf"
    result = run("convert", str(SEED), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_stdin_to_stdout():
    result = run("convert", "-", "-t", "md", input=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: 田家街道“1+5”全域党建引领经济社会发展\n")
    assert result.stderr == ""


def test_binary_output_to_a_terminal_is_refused(monkeypatch):
    monkeypatch.setattr("newsconv.cli.converting.stdout_is_terminal", lambda: True)
    result = run("convert", str(SEED), "-t", "pdf", "-o", "-")
    assert result.exit_code == ExitCode.USAGE
    assert "refusing to write PDF to the terminal" in result.stderr
    assert result.stdout == ""


def test_binary_output_to_a_pipe_is_written():
    result = run("convert", str(SEED), "-t", "docx", "-o", "-")
    assert result.exit_code == 0
    assert docx.Document(io.BytesIO(result.stdout_bytes)).paragraphs[0].style.name == "Title"


def test_parse_prints_the_model():
    result = run("parse", str(SEED))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["meta"]["title"] == "田家街道“1+5”全域党建引领经济社会发展"
    assert [p["name"] for p in data["meta"]["authors"]] == ["史航", "刘洋"]


def test_parse_explain_shows_every_line_and_rule():
    result = run("parse", "--explain", str(SEED))
    assert result.exit_code == 0
    decisions, changes = result.stdout.split("\n\nChanges after reading", 1)  # the transforms' changes follow
    lines = decisions.splitlines()
    assert len(lines) == len(SEED.read_text(encoding="utf-8").split("\n"))
    assert changes.splitlines()[1].split()[0] == "punctuation"
    assert "chrome" in lines[0] and "网站支持IPV6" in lines[0] and "[chrome.exact" in lines[0]
    assert "title" in lines[3]


def test_json_output_reads_back_as_input(tmp_path):
    first = tmp_path / "a.json"
    assert run("convert", str(SEED), "-o", str(first)).exit_code == 0
    second = tmp_path / "b.md"
    result = run("convert", str(first), "-o", str(second))
    assert result.exit_code == 0, result.stderr
    assert "title: 田家街道“1+5”全域党建引领经济社会发展" in second.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- errors


def _error(result, code: ExitCode, *fragments: str) -> None:
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def test_missing_input(tmp_path):
    missing = tmp_path / "nope.txt"
    _error(run("convert", str(missing), "-t", "md"), ExitCode.INPUT, str(missing), "no such file")


def test_undecodable_input(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("正文".encode() + bytes(range(0x80, 0x100)) * 8)
    _error(run("convert", str(bad), "-t", "md", "-d", str(tmp_path / "out")), ExitCode.INPUT, str(bad), "--encoding")
    assert not (tmp_path / "out" / "bad.md").exists()


@pytest.mark.parametrize("content", [b"", b"   \n\t\n\xe3\x80\x80\n"], ids=["empty", "whitespace"])
def test_empty_input(tmp_path, content):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    _error(run("convert", str(empty), "-t", "md"), ExitCode.INPUT, str(empty), "empty")


@pytest.mark.parametrize(
    ("content", "what"),
    [(b"%PDF-1.4\n...", "a PDF file"), (b"\x89PNG\r\n\x1a\n....", "a PNG image"), (b"PK\x03\x04....", "a zip archive")],
)
def test_binary_input_passed_by_mistake(tmp_path, content, what):
    wrong = tmp_path / "article.txt"
    wrong.write_bytes(content)
    _error(run("convert", str(wrong), "-t", "md"), ExitCode.INPUT, str(wrong), what)


def test_unknown_format():
    _error(run("convert", str(SEED), "-t", "docx,odf"), ExitCode.USAGE, "unknown output format 'odf'")


def test_no_format_given():
    _error(run("convert", str(SEED)), ExitCode.USAGE, "say which format")


def test_output_equal_to_input(tmp_path):
    source = tmp_path / "a.md"
    source.write_text("x", encoding="utf-8")
    _error(run("convert", str(source), "-f", "text", "-o", str(source)), ExitCode.USAGE, "overwrite an input")
    assert source.read_text(encoding="utf-8") == "x"


def test_existing_output_needs_overwrite(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("keep me", encoding="utf-8")
    _error(run("convert", str(SEED), "-o", str(target)), ExitCode.OUTPUT, str(target), "--overwrite")
    assert target.read_text(encoding="utf-8") == "keep me"
    result = run("convert", str(SEED), "-o", str(target), "--overwrite")
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("---\n")


def test_bad_profile(tmp_path):
    profile = tmp_path / "mine.toml"
    profile.write_text('extends = "news"\n[roles.body]\nsize = "huge"\n', encoding="utf-8")
    _error(run("convert", str(SEED), "-t", "md", "--profile", str(profile)), ExitCode.CONFIG,
           str(profile), "roles.body.size")


def test_debug_shows_the_traceback(tmp_path):
    result = run("convert", str(tmp_path / "nope.txt"), "-t", "md", "--debug")
    assert result.exit_code == ExitCode.INPUT
    assert "Traceback" in result.stderr


def test_failed_conversion_leaves_no_partial_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    old = tmp_path / "dawa-tianjia.pdf"
    old.write_bytes(b"old pdf")
    real_render = __import__("newsconv.convert", fromlist=["render"]).render

    def failing(doc, fmt, profile):
        if fmt == "pdf":
            raise RuntimeError("disk on fire")
        return real_render(doc, fmt, profile)

    monkeypatch.setattr("newsconv.convert.render", failing)
    result = run("convert", str(SEED), "-t", "md,pdf", "-d", str(tmp_path), "--overwrite")
    assert result.exit_code == ExitCode.INTERNAL
    assert "internal error" in result.stderr and "Traceback" not in result.stderr
    assert old.read_bytes() == b"old pdf"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_several_inputs_one_bad(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = run("convert", str(SEED), str(bad), str(ENGLISH), "-t", "md", "-d", str(out))
    assert result.exit_code == ExitCode.PARTIAL
    assert sorted(p.name for p in out.iterdir()) == ["dawa-tianjia.md", "harbour-library.md"]
    assert f"{bad}: is empty" in result.stderr


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from newsconv.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\n"
        "CliRunner().invoke(app, ['convert', '--help'])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'docx', 'fontTools', 'yaml', 'charset_normalizer')]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_one_article_in_one_process_imports_no_pool_and_no_yaml(tmp_path):
    """`newsconv convert a.txt -t pdf,docx,html -j 1` has no use for a process pool or a YAML
    library: neither is imported (Markdown alone needs YAML)."""
    code = (
        "import sys\n"
        "from newsconv.cli import main\n"
        f"sys.argv = ['newsconv', 'convert', {str(SEED)!r}, '-t', 'pdf,docx,html', '-d', {str(tmp_path)!r}, '-j', '1', '-q']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print(sorted(m for m in ('multiprocessing', 'concurrent.futures', 'yaml', 'dask') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".html", ".pdf"]


def test_python_dash_m():
    out = subprocess.run([sys.executable, "-m", "newsconv", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"newsconv {__version__}"


# ---------------------------------------------------------------------------- profiles and fonts


def test_profiles_lists_the_built_in_ones():
    result = run("profiles")
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == ["briefing", "gbt9704", "news"]
    assert "GB/T 9704" in result.stdout


def test_profiles_show_prints_a_profile_to_start_from(tmp_path):
    import tomllib

    from newsconv.profiles import load_profile

    result = run("profiles", "show", "gbt9704")
    assert result.exit_code == 0
    data = tomllib.loads(result.stdout)
    assert data["page"]["margin_top"] == "37mm" and data["grid"] == {"lines": 22, "chars": 28}
    mine = tmp_path / "office.toml"
    mine.write_text(result.stdout.replace('name = "gbt9704"', 'name = "office"'), encoding="utf-8")
    assert load_profile(str(mine)).roles == load_profile("gbt9704").roles


def test_profiles_show_unknown_name():
    _error(run("profiles", "show", "gbt7714"), ExitCode.CONFIG, "gbt7714", "gbt9704", "news")


def test_fontconfig_aliases_parse_and_cover_the_profile_fonts():
    from xml.etree import ElementTree

    result = run("fonts", "--profile", "gbt9704", "--fontconfig")
    assert result.exit_code == 0
    root = ElementTree.fromstring(result.stdout.split("\n", 2)[2])  # after the XML and DOCTYPE lines
    aliased = {a.findtext("family"): [f.text for f in a.find("prefer")] for a in root.iter("alias")}
    assert aliased["仿宋_GB2312"][0] == "FandolFang"
    assert aliased["楷体_GB2312"][0] == "FandolKai"
    assert aliased["黑体"][0] == "Noto Sans SC"
    assert {"方正小标宋简体", "楷体_GB2312", "宋体"} <= aliased.keys()
    # the Latin name too: LibreOffice measures the DOCX's digits with the PDF's face
    assert aliased["Times New Roman"][0] == "Noto Serif SC"
    bold = {m.find("test").findtext("string") for m in root.iter("match")}
    assert "Times New Roman" not in bold and "黑体" in bold


def test_fonts_lists_each_role():
    result = run("fonts", "--profile", "gbt9704")
    assert result.exit_code == 0
    assert any(line.startswith("heading 1") and "黑体" in line for line in result.stdout.splitlines())


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really", "平面文本".encode()])
def test_bad_reference_doc(tmp_path, content):
    bad = tmp_path / "house.docx"
    bad.write_bytes(content)
    result = run("convert", str(SEED), "-t", "docx", "-d", str(tmp_path), "--reference-doc", str(bad))
    _error(result, ExitCode.USAGE, "--reference-doc", str(bad))
    assert not (tmp_path / "dawa-tianjia.docx").exists()


def test_missing_reference_doc(tmp_path):
    result = run("convert", str(SEED), "-t", "docx", "-d", str(tmp_path), "--reference-doc",
                 str(tmp_path / "none.docx"))
    _error(result, ExitCode.USAGE, "none.docx")


def test_reference_doc(tmp_path):
    reference = docx.Document()
    reference.styles["Title"].font.size = docx.shared.Pt(30)
    reference.save(tmp_path / "house.docx")
    result = run("convert", str(SEED), "-t", "docx", "-d", str(tmp_path), "--reference-doc",
                 str(tmp_path / "house.docx"))
    assert result.exit_code == 0, result.stderr
    out = docx.Document(str(tmp_path / "dawa-tianjia.docx"))
    assert out.styles["Title"].font.size == docx.shared.Pt(30)
