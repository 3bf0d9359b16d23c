"""Batch conversion as scripts use it: folders, bad files among good ones, reports, names,
re-runs, interruption, configuration, pandoc formats."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv.batch import render_name
from newsconv.cli import app
from newsconv.errors import ExitCode
from newsconv.files import safe_name

from .conftest import ENGLISH, SEED

runner = CliRunner()


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), input=input, env=env)


def _partial_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part") or p.name.startswith(".")]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An inbox as a clerk's folder holds it: good articles in sub-folders, a binary file, an
    empty file, a GB18030 file."""
    inbox = tmp_path / "inbox"
    (inbox / "zh").mkdir(parents=True)
    (inbox / "en").mkdir()
    (inbox / "zh" / "dawa.txt").write_bytes(SEED.read_bytes())
    (inbox / "zh" / "gbk.txt").write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    (inbox / "en" / "library.txt").write_bytes(ENGLISH.read_bytes())
    (inbox / "en" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "notes.bin").write_bytes(b"\x00\x01")  # not an input suffix: not taken from the folder
    return inbox


def test_folder_with_bad_files_keeps_going_and_reports_them(tree, tmp_path):
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    result = run("convert", str(tree), "-t", "md,docx", "-d", str(out), "-j", "2", "--report", str(report))
    assert result.exit_code == ExitCode.PARTIAL, result.stderr
    made = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert made == ["en/library.docx", "en/library.md", "zh/dawa.docx", "zh/dawa.md", "zh/gbk.docx", "zh/gbk.md"]
    assert _partial_files(out) == []
    assert (out / "zh" / "gbk.md").read_text(encoding="utf-8") == (out / "zh" / "dawa.md").read_text(encoding="utf-8")
    rows = json.loads(report.read_text(encoding="utf-8"))
    assert rows["summary"]["converted"] == 3 and rows["summary"]["failed"] == 2
    by_input = {Path(r["input"]).name: r for r in rows["files"]}
    assert list(by_input) == ["empty.txt", "library.txt", "photo.txt", "dawa.txt", "gbk.txt"]  # input order
    assert by_input["photo.txt"]["status"] == "failed" and "PNG image" in by_input["photo.txt"]["error"]
    assert by_input["empty.txt"]["status"] == "failed" and "empty" in by_input["empty.txt"]["error"]
    assert by_input["dawa.txt"]["title"] == "田家街道“1+5”全域党建引领经济社会发展"
    assert by_input["dawa.txt"]["authors"] == ["史航", "刘洋"]
    assert by_input["library.txt"]["date"] == "2024-05-06T10:30:00"
    assert "photo.txt: this is a PNG image" in result.stderr
    assert "3 converted, 0 skipped, 2 failed" in result.stderr


def test_csv_report_opens_in_excel(tree, tmp_path):
    report = tmp_path / "report.csv"
    run("convert", str(tree / "zh"), "-t", "md", "-d", str(tmp_path / "out"), "--report", str(report))
    data = report.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads the Chinese right
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["status"] for r in rows] == ["converted", "converted"]
    assert rows[0]["authors"] == "史航; 刘洋" and rows[0]["title"].startswith("田家街道")
    assert list(rows[0]) == ["input", "status", "outputs", "error", "title", "date", "authors", "source", "warnings",
                             "seconds"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_input_in_a_read_only_folder_written_beside_it_fails_alone(tree, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_bytes(SEED.read_bytes())
    locked.chmod(0o555)
    try:
        result = run("convert", str(locked / "a.txt"), str(tree / "en" / "library.txt"), "-t", "md")
    finally:
        locked.chmod(0o755)
    assert result.exit_code == ExitCode.PARTIAL
    assert "permission denied" in result.stderr
    assert (tree / "en" / "library.md").exists() and not (locked / "a.md").exists()


def test_an_output_that_cannot_be_written_fails_alone(tree, tmp_path):
    out = tmp_path / "out"
    (out / "dawa.md").mkdir(parents=True)  # a folder where the file should go
    result = run("convert", str(tree / "zh"), "-t", "md", "-d", str(out), "--overwrite")
    assert result.exit_code == ExitCode.PARTIAL
    assert "dawa.md: cannot write (Is a directory)" in result.stderr and (out / "gbk.md").is_file()
    assert _partial_files(out) == []


def test_skip_existing_second_run_converts_nothing_and_redoes_changed_inputs(tree, tmp_path):
    out = tmp_path / "out"
    first = run("convert", str(tree / "zh"), str(tree / "en" / "library.txt"), "-t", "md,html", "-d", str(out))
    assert first.exit_code == 0
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.md")}
    second = run("convert", str(tree / "zh"), str(tree / "en" / "library.txt"), "-t", "md,html", "-d", str(out),
                 "--skip-existing")
    assert second.exit_code == 0 and "0 converted, 3 skipped" in second.stderr
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.md")} == stamps
    time.sleep(0.01)
    (tree / "zh" / "dawa.txt").write_bytes(SEED.read_bytes())  # the clerk saved it again
    third = run("convert", str(tree / "zh"), "-t", "md", "-d", str(out), "--skip-existing")
    assert "1 converted, 1 skipped" in third.stderr
    without = run("convert", str(tree / "zh"), "-t", "md", "-d", str(out))
    assert without.exit_code == ExitCode.OUTPUT and "--overwrite" in without.stderr


def test_files_from_and_glob(tree, tmp_path):
    listing = "# inbox\n" + str(tree / "zh" / "dawa.txt") + "\n\n" + str(tree / "en" / "library.txt") + "\n"
    result = run("convert", "--files-from", "-", "-t", "md", "-d", str(tmp_path / "a"), input=listing)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["dawa.md", "library.md"]
    result = run("convert", str(tree), "--glob", "zh/*.txt", "-t", "md", "-d", str(tmp_path / "b"))
    assert result.exit_code == 0, result.stderr
    assert sorted(str(p.relative_to(tmp_path / "b")) for p in (tmp_path / "b").rglob("*.md")) == [
        "zh/dawa.md", "zh/gbk.md"]


def test_every_input_format_in_one_folder(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = run("convert", str(SEED), "-t", "md,html,docx,json", "-d", str(inbox))
    assert first.exit_code == 0
    result = run("convert", str(inbox), "-t", "md", "-d", str(tmp_path / "out"), "--name",
                 "{stem}-{title}", "-v")
    # four inputs with the same stem: the template keeps them apart only if the names differ,
    # which they do not here (same title): refused before anything is written
    assert result.exit_code == ExitCode.USAGE and "two inputs would write the same file" in result.stderr
    assert not (tmp_path / "out").exists()
    for suffix in ("md", "html", "docx", "json"):
        (inbox / f"dawa-tianjia.{suffix}").rename(inbox / f"from-{suffix}.{suffix}")
    result = run("convert", str(inbox), "-t", "md", "-d", str(tmp_path / "out"), "-v")
    assert result.exit_code == 0, result.stderr
    from newsconv.convert import parse
    from newsconv.readers import ReadOptions

    docs = {p.name: parse(p.read_bytes(), "md", ReadOptions()) for p in (tmp_path / "out").iterdir()}
    assert len(docs) == 4
    # every format reads back to the same article (DOCX does not carry the previous/next links)
    assert len({(d.meta.title, d.meta.authors, d.meta.section, d.blocks) for d in docs.values()}) == 1


# ---------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        ("CON", "_CON"),
        ("aux.report", "_aux.report"),
        ("A: B / C? <D> | E*", "A_ B _ C_ _D_ _ E_"),
        ("  trailing dots...  ", "trailing dots"),
        ("表情😀标题", "表情😀标题"),
    ],
)
def test_hostile_titles_make_safe_names(title, expected):
    assert safe_name(title) == expected


def test_long_titles_are_cut_to_a_safe_length():
    name = safe_name("很长的标题" * 60)  # 300 characters, 900 bytes
    assert len(name.encode("utf-8")) <= 180 and name.startswith("很长的标题")
    assert render_name("{date}/{title}", {"stem": "a", "title": "标" * 300, "date": "2024-05-06"}).parts[0] == "2024-05-06"


def test_name_template_from_the_article(tmp_path):
    hostile = tmp_path / "hostile.md"
    hostile.write_text("---\ntitle: ../CON \\\\ 😀 " + "长" * 300 + "\ndate: 2024-05-06\n---\n\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("convert", str(SEED), str(hostile), "-t", "md", "-d", str(out), "--name", "{date}-{title}")
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names[0] == "-田家街道“1+5”全域党建引领经济社会发展.md"  # the seed prints no date
    # the title's own "../" and "\\" are made harmless; 300 characters are cut to 180 bytes
    assert names[1].startswith("2024-05-06-_CON __ 😀 长") and len(names[1].encode()) <= 11 + 180 + 3
    assert all(p.parent == out for p in out.iterdir())


def test_name_template_errors():
    result = run("convert", str(SEED), "-t", "md", "--name", "{author}")
    assert result.exit_code == ExitCode.USAGE and "unknown field {author}" in result.stderr
    result = run("convert", str(SEED), "-t", "md", "--name", "../{stem}")
    assert result.exit_code == ExitCode.USAGE and "inside the output folder" in result.stderr


# ---------------------------------------------------------------------------- running


def test_fail_fast_stops_at_the_first_failure(tree, tmp_path):
    result = run("convert", str(tree / "empty.txt"), str(tree / "zh" / "dawa.txt"), "-t", "md", "-d",
                 str(tmp_path / "out"), "--fail-fast", "-j", "1")
    assert result.exit_code == ExitCode.INPUT
    assert not (tmp_path / "out" / "dawa.md").exists()


def test_config_file_gives_defaults_and_flags_win(tree, tmp_path, monkeypatch):
    (tmp_path / "newsconv.toml").write_text(
        '[convert]\nto = ["md", "html"]\nout_dir = "converted"\nname = "x-{stem}"\njobs = 1\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("convert", str(tree / "zh" / "dawa.txt"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "converted").iterdir()) == ["x-dawa.html", "x-dawa.md"]
    result = run("convert", str(tree / "zh" / "dawa.txt"), "-t", "json", "--name", "{stem}")
    assert sorted(p.name for p in (tmp_path / "converted").iterdir()) == ["dawa.json", "x-dawa.html", "x-dawa.md"]


def test_bad_config_file_names_the_key(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[convert]\njobs = 'many'\n", encoding="utf-8")
    result = run("convert", str(SEED), "-t", "md", "--config", str(bad))
    assert result.exit_code == ExitCode.CONFIG and "convert.jobs" in result.stderr and str(bad) in result.stderr


def test_progress_is_quiet_off_a_terminal_and_verbose_on_request(tree, tmp_path):
    quiet = run("convert", str(tree / "zh"), "-t", "md", "-d", str(tmp_path / "q"), "-q")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    verbose = run("convert", str(tree / "zh"), "-t", "md", "-d", str(tmp_path / "v"), "-v")
    lines = verbose.stderr.splitlines()
    assert lines[0].startswith("newsconv: converted ") and "dawa.txt" in lines[0] and "dawa.md" in lines[0]
    assert "gbk.txt" in lines[1] and lines[-1].startswith("newsconv: 2 converted")


def test_interrupted_batch_leaves_whole_files_and_a_report(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(40):
        (inbox / f"a{n:02}.txt").write_bytes(SEED.read_bytes())
    out, report = tmp_path / "out", tmp_path / "report.json"
    command = [sys.executable, "-m", "newsconv", "convert", str(inbox), "-t", "docx,pdf", "-d", str(out),
               "-j", "2", "--report", str(report)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.pdf")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == ExitCode.INTERRUPTED, stderr
    assert "interrupted" in stderr
    assert _partial_files(out) == []
    rows = json.loads(report.read_text(encoding="utf-8"))
    done = [r for r in rows["files"] if r["status"] == "converted"]
    assert 0 < len(done) < 40
    for row in done:  # every file the report lists is whole
        for name in row["outputs"]:
            data = Path(name).read_bytes()
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF") if name.endswith(".pdf") \
                else zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    assert len(list(out.glob("*.pdf"))) >= len(done)


# ---------------------------------------------------------------------------- pandoc


def test_pandoc_formats(tmp_path):
    result = run("convert", str(SEED), "-t", "epub,rst,latex", "-d", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    rst = (tmp_path / "dawa-tianjia.rst").read_text(encoding="utf-8")
    assert rst.splitlines()[1] == "田家街道“1+5”全域党建引领经济社会发展"
    assert "党工委龙头带动，五个基层党组织建设紧跟发力\n" in rst
    with zipfile.ZipFile(tmp_path / "dawa-tianjia.epub") as epub:
        text = "".join(epub.read(n).decode("utf-8") for n in epub.namelist() if n.endswith(".xhtml"))
    assert "田家街道党工委立足实际" in text
    assert "\\title{田家街道" in (tmp_path / "dawa-tianjia.tex").read_text(encoding="utf-8")


def test_formats_lists_pandoc_outputs():
    result = run("formats")
    assert result.exit_code == 0
    assert "  md       .md" in result.stdout and "  html     .html .htm .xhtml" in result.stdout
    pandoc = result.stdout.split("Output formats through pandoc:")[1].split()
    assert "epub" in pandoc and "typst" in pandoc and "docx" not in pandoc


def test_explain_a_saved_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav><h1>Harbour Library reopens</h1>"
                    "<p>By Mary Okafor</p><p>The Harbour Library reopened on Monday after a two-year "
                    "restoration that repaired its roof, replaced the wiring and restored the room.</p>"
                    "</body></html>", encoding="utf-8")
    result = run("parse", "--explain", str(page))
    assert result.exit_code == 0, result.stderr
    kinds = [line.split()[1] for line in result.stdout.splitlines()]
    assert kinds == ["chrome", "title", "blank", "meta", "blank", "paragraph"]


def test_a_bad_input_found_while_naming_fails_alone(tree, tmp_path):
    """A --name template that uses the title reads every input first (in the workers); an input
    that cannot be read then fails with its own message, and the others are named and written."""
    out = tmp_path / "out"
    result = run("convert", str(tree / "zh" / "dawa.txt"), str(tree / "empty.txt"), "-t", "md", "-d", str(out),
                 "--name", "{title}", "-j", "2")
    assert result.exit_code == ExitCode.PARTIAL
    assert f"{tree / 'empty.txt'}: is empty" in result.stderr
    assert [p.name for p in out.iterdir()] == ["田家街道“1+5”全域党建引领经济社会发展.md"]
