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
                             "seconds", "code"]
    assert rows[0]["code"] == "0"


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
    for n in range(120):
        (inbox / f"a{n:03}.txt").write_bytes(SEED.read_bytes())
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
    assert 0 < len(done) < 120
    assert len(rows["files"]) == 120  # the rest are listed as not run
    assert {r["status"] for r in rows["files"]} == {"converted", "not run"}
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


# ---------------------------------------------------------------------------- nothing lost


def test_a_report_named_like_an_input_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_bytes())
    result = run("convert", str(article), "-t", "md", "-d", str(tmp_path / "out"), "--report", str(article))
    assert result.exit_code == ExitCode.USAGE
    assert f"{article}: the report would overwrite an input" in result.stderr
    assert article.read_bytes() == SEED.read_bytes() and not (tmp_path / "out").exists()
    link = tmp_path / "report.json"
    link.symlink_to(article)
    result = run("convert", str(article), "-t", "md", "-d", str(tmp_path / "out"), "--report", str(link))
    assert result.exit_code == ExitCode.USAGE and f"(the same file as {article})" in result.stderr
    assert article.read_bytes() == SEED.read_bytes()


def test_a_report_named_like_an_output_is_refused(tmp_path):
    result = run("convert", str(SEED), "-t", "md", "-d", str(tmp_path), "--report", str(tmp_path / "dawa-tianjia.md"))
    assert result.exit_code == ExitCode.USAGE
    assert "the report would overwrite the md output of" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("how", ["symlink", "hard link", "symlinked folder"])
def test_an_output_that_is_an_input_by_another_name_is_refused_even_with_overwrite(tmp_path, how):
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_bytes())
    if how == "symlink":  # the input is reached through a link; the output names the real file
        (tmp_path / "link.txt").symlink_to(article)
        source, target = tmp_path / "link.txt", article
    elif how == "hard link":
        os.link(article, tmp_path / "hard.txt")
        source, target = article, tmp_path / "hard.txt"
    else:
        (tmp_path / "same").symlink_to(tmp_path)
        source, target = article, tmp_path / "same" / "a.txt"
    result = run("convert", str(source), "-t", "md", "-o", str(target), "--overwrite")
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "the output would overwrite an input" in result.stderr
    assert article.read_bytes() == SEED.read_bytes()


def test_an_output_over_a_settings_file_is_refused(tmp_path):
    lexicon = tmp_path / "office.md"
    lexicon.write_text("[chrome]\nexact = ['本网讯']\n", encoding="utf-8")
    article = tmp_path / "office.txt"
    article.write_bytes(SEED.read_bytes())
    result = run("convert", str(article), "-t", "md", "--lexicon", str(lexicon))
    assert result.exit_code == ExitCode.USAGE and "overwrite an input" in result.stderr
    assert lexicon.read_text(encoding="utf-8").startswith("[chrome]")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize(("option", "code"), [
    ((), ExitCode.INPUT), (("--files-from",), ExitCode.INPUT), (("--config",), ExitCode.CONFIG),
    (("--profile",), ExitCode.CONFIG), (("--lexicon",), ExitCode.CONFIG), (("--reference-doc",), ExitCode.USAGE),
])
def test_dev_zero_anywhere_fails_at_once(tmp_path, option, code):
    args = [*option, "/dev/zero"] if option else ["/dev/zero"]
    if option:
        args.insert(0, str(SEED))
    if option == ("--files-from",):
        args = args[1:]
    result = run("convert", *args, "-t", "md,docx", "-d", str(tmp_path))
    assert result.exit_code == code, result.stderr
    assert result.stderr.count("\n") == 1 and "/dev/zero: is a device, not a file" in result.stderr


def test_an_input_over_the_size_limit_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 200)  # 1.8 MB
    result = run("convert", str(big), str(SEED), "-t", "md", "-d", str(tmp_path / "out"), "--max-input-size", "1M")
    assert result.exit_code == ExitCode.PARTIAL
    assert f"{big}: is larger than 1 MB, the most newsconv reads as an article; --max-input-size" in result.stderr
    stdin = run("convert", "-", "-t", "md", "--max-input-size", "1M", input=big.read_bytes())
    assert stdin.exit_code == ExitCode.INPUT and "<stdin>: is larger than 1 MB" in stdin.stderr
    assert run("convert", str(big), "-t", "md", "--max-input-size", "lots").exit_code == ExitCode.USAGE


# ---------------------------------------------------------------------------- formats sharing a suffix


@pytest.mark.parametrize(("formats", "suffix"), [("html,html5", "html"), ("md,gfm", "md"), ("plain,jira", "txt")])
def test_two_formats_with_one_suffix_are_refused_before_writing(tmp_path, formats, suffix):
    result = run("convert", str(SEED), "-t", formats, "-d", str(tmp_path), "--overwrite")
    first, second = formats.split(",")
    assert result.exit_code == ExitCode.USAGE
    assert f"-t {first} and -t {second} would both write {tmp_path / 'dawa-tianjia'}.{suffix}" in result.stderr
    assert "{format}" in result.stderr and list(tmp_path.iterdir()) == []


def test_the_format_field_keeps_formats_apart(tmp_path):
    result = run("convert", str(SEED), "-t", "html,html5", "-d", str(tmp_path), "--name", "{stem}-{format}")
    assert result.exit_code == 0, result.stderr
    own = (tmp_path / "dawa-tianjia-html.html").read_text(encoding="utf-8")
    pandoc = (tmp_path / "dawa-tianjia-html5.html").read_text(encoding="utf-8")
    assert own != pandoc and "田家街道党工委立足实际" in own and "田家街道党工委立足实际" in pandoc


def test_output_into_a_closed_pipe_is_a_failure(tmp_path):
    """`-o - | head -c 10`: the reader stops early; the conversion is incomplete (exit 4)."""
    command = [sys.executable, "-m", "newsconv", "convert", str(SEED), "-t", "pdf", "-o", "-"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(10).startswith(b"%PDF-")
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(120) == ExitCode.OUTPUT, stderr
    assert stderr.strip() == ("newsconv: error: stdout: the program reading stdout stopped before the end "
                              "(broken pipe); the output is incomplete")


def test_stdin_among_other_inputs(tmp_path):
    result = run("convert", "-", str(ENGLISH), "-t", "md", "-d", str(tmp_path), input=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert "田家街道党工委立足实际" in (tmp_path / "stdin.md").read_text(encoding="utf-8")
    assert (tmp_path / "harbour-library.md").is_file()


# ---------------------------------------------------------------------------- shards and resume


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """60 short articles in three folders, the same names in each."""
    inbox = tmp_path / "many"
    for folder in ("2023", "2024", "2025"):
        (inbox / folder).mkdir(parents=True)
        for n in range(20):
            (inbox / folder / f"n{n:02}.txt").write_text(f"{folder}年第{n}号\n\n正文{folder}-{n}，今天发布。\n",
                                                         encoding="utf-8")
    return inbox


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_shards_are_disjoint_cover_everything_and_their_reports_concatenate(many, tmp_path):
    out = tmp_path / "out"
    reports = []
    for k in (1, 2, 3):
        report = tmp_path / f"shard-{k}.jsonl"
        result = run("convert", str(many), "-t", "md", "-d", str(out), "--shard", f"{k}/3", "--report", str(report))
        assert result.exit_code == 0, result.stderr
        reports.append(report)
    parts = [{r["input"] for r in _rows(report)} for report in reports]
    assert all(10 <= len(p) <= 30 for p in parts)  # a hash spreads them; none is empty
    assert not (parts[0] & parts[1]) and not (parts[1] & parts[2]) and not (parts[0] & parts[2])
    everything = {str(p) for p in many.rglob("*.txt")}
    assert parts[0] | parts[1] | parts[2] == everything
    assert len(list(out.rglob("*.md"))) == 60
    joined = tmp_path / "all.jsonl"
    joined.write_text("".join(r.read_text(encoding="utf-8") for r in reports), encoding="utf-8")  # cat
    assert sorted(r["input"] for r in _rows(joined)) == sorted(everything)
    # a shard is chosen by the path below the folder named, so another mount point agrees
    moved = tmp_path / "elsewhere"
    many.rename(moved)
    again = run("convert", str(moved), "-t", "md", "-d", str(tmp_path / "out2"), "--shard", "2/3",
                "--report", str(tmp_path / "again.jsonl"))
    assert again.exit_code == 0
    assert {r["input"].replace(str(moved), str(many)) for r in _rows(tmp_path / "again.jsonl")} == parts[1]


def test_shard_errors(many):
    for bad in ("0/3", "4/3", "1/0", "a/b", "2"):
        result = run("convert", str(many), "-t", "md", "--shard", bad)
        assert result.exit_code == ExitCode.USAGE and "--shard" in result.stderr


def test_collisions_are_checked_across_shards(tmp_path):
    """Two inputs that would write one file are refused in every shard, not only in the shard
    that holds both."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_bytes(SEED.read_bytes())
    for k in (1, 2, 3, 4):
        result = run("convert", str(tmp_path / "a" / "same.txt"), str(tmp_path / "b" / "same.txt"), "-t", "md",
                     "-d", str(tmp_path / "out"), "--shard", f"{k}/4")
        assert result.exit_code == ExitCode.USAGE and "two inputs would write the same file" in result.stderr


def test_resume_converts_only_what_is_missing(many, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    first = run("convert", str(many), "--glob", "2023/*", "--glob", "2024/*", "-t", "md,html", "-d", str(out),
                "--report", str(report))
    assert first.exit_code == 0, first.stderr
    (out / "2024" / "n05.html").unlink()  # an output lost since: that input is converted again
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.*")}
    result = run("convert", str(many), "-t", "md,html", "-d", str(out), "--resume", str(report),
                 "--report", str(report))
    assert result.exit_code == 0, result.stderr
    assert "21 converted, 0 skipped, 0 failed, 39 done before (--resume)" in result.stderr
    changed = sorted(str(p.relative_to(out)) for p, t in stamps.items() if p.stat().st_mtime_ns != t)
    assert changed == ["2024/n05.md"]  # replaced: the earlier run wrote it
    assert (out / "2024" / "n05.html").is_file() and len(list((out / "2025").glob("*.html"))) == 20
    document = json.loads(report.read_text(encoding="utf-8"))
    assert len(document["files"]) == 60 and {r["status"] for r in document["files"]} == {"converted"}
    assert document["summary"]["resumed"] == 39 and document["summary"]["converted"] == 21
    # nothing left: a further run converts nothing and still reports every input
    again = run("convert", str(many), "-t", "md,html", "-d", str(out), "--resume", str(report), "-q",
                "--report", str(tmp_path / "final.csv"))
    assert again.exit_code == 0, again.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "final.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 60 and {r["status"] for r in rows} == {"converted"}
    # another format is not done yet; the outputs an earlier run made are replaced with it
    more = run("convert", str(many / "2025"), "-t", "md,json", "-d", str(out / "2025"), "--resume", str(report))
    assert more.exit_code == 0, more.stderr
    assert "20 converted" in more.stderr and len(list((out / "2025").glob("*.json"))) == 20


def test_resume_leaves_outputs_it_did_not_write_alone(many, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    run("convert", str(many / "2023"), "-t", "md", "-d", str(out), "--report", str(report))
    (out / "extra.md").write_text("someone else's", encoding="utf-8")
    (tmp_path / "extra.txt").write_bytes(SEED.read_bytes())
    result = run("convert", str(many / "2023"), str(tmp_path / "extra.txt"), "-t", "md", "-d", str(out),
                 "--resume", str(report))
    assert result.exit_code == ExitCode.PARTIAL and "extra.md: already exists" in result.stderr
    assert (out / "extra.md").read_text(encoding="utf-8") == "someone else's"


def test_resume_after_an_interrupted_run(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(120):
        (inbox / f"a{n:03}.txt").write_bytes(SEED.read_bytes())
    out, report = tmp_path / "out", tmp_path / "report.csv"
    command = [sys.executable, "-m", "newsconv", "convert", str(inbox), "-t", "docx,md", "-d", str(out),
               "-j", "2", "--report", str(report)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.md"))) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=120)
    assert process.returncode == ExitCode.INTERRUPTED
    done = {r["input"] for r in csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig")))
            if r["status"] == "converted"}
    assert 0 < len(done) < 120
    stamps = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    result = run("convert", str(inbox), "-t", "docx,md", "-d", str(out), "--resume", str(report),
                 "--report", str(report))
    assert result.exit_code == 0, result.stderr
    assert f"{120 - len(done)} converted, 0 skipped, 0 failed, {len(done)} done before" in result.stderr
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # nothing done before was written again
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 120 and {r["status"] for r in rows} == {"converted"}


def test_resume_reads_any_report_format_and_refuses_other_files(many, tmp_path):
    out = tmp_path / "out"
    for suffix in ("json", "jsonl", "csv"):
        report = tmp_path / f"r.{suffix}"
        run("convert", str(many / "2023"), "-t", "md", "-d", str(out), "--report", str(report), "--overwrite")
        result = run("convert", str(many / "2023"), "-t", "md", "-d", str(out), "--resume", str(report))
        assert result.exit_code == 0 and "0 converted, 0 skipped, 0 failed, 20 done before" in result.stderr
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\n", encoding="utf-8")
    result = run("convert", str(many / "2023"), "-t", "md", "-d", str(out), "--resume", str(bad))
    assert result.exit_code == ExitCode.CONFIG and "notes.txt: is not a newsconv report" in result.stderr
    result = run("convert", str(many / "2023"), "-t", "md", "-d", str(out), "--resume", str(tmp_path / "none.json"))
    assert result.exit_code == ExitCode.CONFIG and "no such report" in result.stderr


def test_the_function_every_worker_runs_takes_bytes_and_gives_bytes(tmp_path):
    """convert_article is what local workers and Dask workers run, and what the README's Ray and
    Spark recipes call: the same bytes as the command writes."""
    from newsconv.batch import Options, convert_article

    article = convert_article(SEED.read_bytes(), Options(formats=("md", "pdf"), profile="gbt9704"), name="a.txt")
    assert article.title == "田家街道“1+5”全域党建引领经济社会发展" and article.authors == ["史航", "刘洋"]
    result = run("convert", str(SEED), "-t", "md,pdf", "-d", str(tmp_path), "--profile", "gbt9704")
    assert result.exit_code == 0, result.stderr
    assert article.outputs["md"] == (tmp_path / "dawa-tianjia.md").read_bytes()
    assert article.outputs["pdf"] == (tmp_path / "dawa-tianjia.pdf").read_bytes()
