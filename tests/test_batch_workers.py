"""Batches whose workers die, hang or are stopped: a lost worker, an input over its time limit,
the main process killed, SIGTERM and Ctrl-C. These run newsconv as a real process, send real
signals and read the report back."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsconv.batch.pool import KILL_HOOK
from newsconv.errors import ExitCode

from .conftest import SEED

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")


def newsconv(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsconv", "convert", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}, **kwargs)


def tiny_inbox(folder: Path, count: int) -> Path:
    """``count`` short articles: quick to convert, so a big batch takes seconds."""
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n:04}.txt").write_text(f"第{n}号通知\n\n这是第{n}号通知的正文，今天发布。\n", encoding="utf-8")
    return folder


def huge_line(path: Path, size: int = 60_000_000) -> Path:
    """One line of 60 MB of text: the raw-text reader takes far longer than two seconds."""
    with open(path, "w", encoding="utf-8") as out:
        chunk = "这是一行很长很长的文字，" * 10_000
        for _ in range(size // len(chunk.encode("utf-8")) + 1):
            out.write(chunk)
    return path


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def gone(pid: int) -> bool:
    """Exited: no such process, or a zombie waiting for init to collect it."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "State:\tZ" in status or "State:\tX" in status


def wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def test_a_killed_worker_fails_its_input_and_the_batch_goes_on(tmp_path):
    """2,000 inputs; the worker given one of them is killed (as the out-of-memory killer would).
    The batch finishes with exit 1, every input has a row, the lost one is named."""
    inbox = tiny_inbox(tmp_path / "inbox", 2000)
    out, report = tmp_path / "out", tmp_path / "report.csv"
    process = newsconv(str(inbox), "-t", "md", "-d", str(out), "-j", "2", "--report", str(report),
                       env={KILL_HOOK: "a1234.txt"})
    _, stderr = process.communicate(timeout=600)
    assert process.returncode == ExitCode.PARTIAL, stderr
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [Path(r["input"]).name for r in rows] == [f"a{n:04}.txt" for n in range(2000)]
    failed = [r for r in rows if r["status"] != "converted"]
    assert [Path(r["input"]).name for r in failed] == ["a1234.txt"]
    assert "the worker process converting it was killed by SIGKILL" in failed[0]["error"]
    assert failed[0]["code"] == str(int(ExitCode.INTERNAL))
    assert f"{inbox / 'a1234.txt'}: the worker process converting it was killed by SIGKILL" in stderr
    assert "1999 converted, 0 skipped, 1 failed" in stderr
    assert len(list(out.glob("*.md"))) == 1999
    assert "这是第1999号通知的正文，今天发布。" in (out / "a1999.md").read_text(encoding="utf-8")


@linux
def test_a_worker_killed_from_outside_is_replaced(tmp_path):
    """A real SIGKILL from outside, to a worker busy with a slow input: that input fails, a
    new worker takes the rest."""
    inbox = tiny_inbox(tmp_path / "inbox", 20)
    huge_line(inbox / "a0000.txt")  # the first input: a worker is busy with it for a long time
    out, report = tmp_path / "out", tmp_path / "report.json"
    process = newsconv(str(inbox), "-t", "md", "-d", str(out), "-j", "2", "--timeout", "0", "--report", str(report))
    wait_for(lambda: len(list(out.glob("*.md"))) >= 19 or process.poll() is not None)
    busy = [pid for pid in children(process.pid) if not gone(pid)]
    assert len(busy) >= 1
    for pid in busy:
        os.kill(pid, signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == ExitCode.PARTIAL, stderr
    rows = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert len(rows) == 20 and [r["status"] for r in rows] == ["failed"] + ["converted"] * 19
    assert "was killed by SIGKILL" in rows[0]["error"]


def test_an_input_over_the_time_limit_is_stopped_and_the_rest_converted(tmp_path):
    inbox = tiny_inbox(tmp_path / "inbox", 30)
    huge_line(inbox / "a0015.txt")
    out, report = tmp_path / "out", tmp_path / "report.json"
    start = time.monotonic()
    process = newsconv(str(inbox), "-t", "md", "-d", str(out), "-j", "2", "--timeout", "2", "--report", str(report))
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == ExitCode.PARTIAL, stderr
    assert time.monotonic() - start < 60
    document = json.loads(report.read_text(encoding="utf-8"))
    rows = {Path(r["input"]).name: r for r in document["files"]}
    slow = rows.pop("a0015.txt")
    assert slow["status"] == "failed" and slow["code"] == ExitCode.TIMEOUT
    assert "timed out after 2 s" in slow["error"] and 2 <= slow["seconds"] < 10
    assert {r["status"] for r in rows.values()} == {"converted"} and len(rows) == 29
    assert document["summary"]["timed out"] == 1
    assert "a0015.txt: timed out after 2 s and was stopped" in stderr and "(1 timed out)" in stderr
    assert not (out / "a0015.md").exists() and not [p for p in out.iterdir() if p.name.startswith(".")]


def test_one_input_over_its_time_limit_exits_124(tmp_path):
    slow = huge_line(tmp_path / "slow.txt")
    process = newsconv(str(slow), "-t", "md", "-d", str(tmp_path / "out"), "--timeout", "1")
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == ExitCode.TIMEOUT == 124
    assert f"{slow}: timed out after 1 s" in stderr


@linux
def test_killing_the_main_process_leaves_no_worker_running(tmp_path):
    inbox = tiny_inbox(tmp_path / "inbox", 4)
    huge_line(inbox / "a0000.txt")
    huge_line(inbox / "a0001.txt")
    process = newsconv(str(inbox), "-t", "md", "-d", str(tmp_path / "out"), "-j", "2", "--timeout", "0")
    wait_for(lambda: len(children(process.pid)) == 2)
    workers = children(process.pid)
    time.sleep(0.5)  # both busy with their huge inputs
    process.kill()
    process.communicate(timeout=30)
    wait_for(lambda: all(gone(pid) for pid in workers), seconds=10)
    out = tmp_path / "out"
    assert not out.exists() or not [p for p in out.iterdir() if p.name.startswith(".")]


def _stuck_on_the_last(tmp_path: Path, count: int) -> tuple[subprocess.Popen, Path, list[int]]:
    """A batch (-j 2, a report) of ``count`` inputs whose last takes minutes, once every other
    one is converted: the process, its report's path and its workers."""
    inbox = tiny_inbox(tmp_path / "inbox", count)
    huge_line(inbox / f"a{count - 1:04d}.txt")
    out, report = tmp_path / "out", tmp_path / "report.json"
    process = newsconv(str(inbox), "-t", "md", "-d", str(out), "-j", "2", "--timeout", "0", "--report", str(report))
    wait_for(lambda: len(list(out.glob("*.md"))) == count - 1)
    return process, report, children(process.pid)


@linux
def test_sigterm_stops_the_batch_writes_the_report_and_leaves_no_worker(tmp_path):
    process, report, workers = _stuck_on_the_last(tmp_path, 10)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == ExitCode.TERMINATED == 143, stderr
    assert "stopped by SIGTERM: 9 converted" in stderr
    rows = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [r["status"] for r in rows] == ["converted"] * 9 + ["not run"]
    wait_for(lambda: all(gone(pid) for pid in workers), seconds=10)


@linux
def test_a_second_ctrl_c_stops_running_inputs(tmp_path):
    """The first Ctrl-C lets running inputs finish (a huge one would take minutes); the second
    stops them: exit 130, the report lists them as not run, no worker left."""
    process, report, workers = _stuck_on_the_last(tmp_path, 6)
    process.send_signal(signal.SIGINT)
    time.sleep(1)
    assert process.poll() is None  # still waiting for the huge input
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED, stderr
    rows = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [r["status"] for r in rows] == ["converted"] * 5 + ["not run"]
    wait_for(lambda: all(gone(pid) for pid in workers), seconds=10)


def test_a_crash_while_reading_titles_fails_that_input_only(tmp_path):
    """--name '{title}' reads every input first; an input that makes the reader raise anything
    at all (not only newsconv's own errors) fails with its message, the rest are named and
    converted."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_bytes(SEED.read_bytes())
    (inbox / "poison.md").write_text("# 标题\n\n正文\n", encoding="utf-8")
    (inbox / "other.md").write_text("# 另一篇\n\n正文\n", encoding="utf-8")
    hook = tmp_path / "sitecustomize.py"  # makes the Markdown reader crash on one input, in every process
    hook.write_text(
        "import newsconv.readers.markdown as m\n_real = m.read_markdown\n"
        "def crash(data, opts):\n"
        "    if str(opts.source).endswith('poison.md'):\n        raise ZeroDivisionError('division by zero')\n"
        "    return _real(data, opts)\nm.read_markdown = crash\n", encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "report.json"
    for jobs in ("1", "2"):
        process = newsconv(str(inbox), "-t", "md", "-d", str(out / jobs), "--name", "{title}", "-j", jobs,
                           "--report", str(report), env={"PYTHONPATH": str(tmp_path)})
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == ExitCode.PARTIAL, stderr
        assert "poison.md: internal error: ZeroDivisionError: division by zero" in stderr
        assert sorted(p.name for p in (out / jobs).iterdir()) == ["另一篇.md", "田家街道“1+5”全域党建引领经济社会发展.md"]
        rows = {Path(r["input"]).name: r for r in json.loads(report.read_text(encoding="utf-8"))["files"]}
        assert rows["poison.md"]["status"] == "failed" and rows["other.md"]["status"] == "converted"
