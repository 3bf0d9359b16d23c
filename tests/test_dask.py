"""``newsconv convert --dask``: a real Dask scheduler and two workers on 127.0.0.1 (started as
`dask scheduler` and `dask worker` processes), outputs and report compared with a local run.
Skipped where Dask is not installed (``pip install 'newsconv[dask]'``)."""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from newsconv.errors import ExitCode

from .conftest import CORPUS, ENGLISH, SEED

distributed = pytest.importorskip("distributed")

# Test hooks for the workers only (loaded through PYTHONPATH): an input named slow-hook.txt
# never finishes, one named kill-hook.txt kills the worker process converting it.
HOOKS = '''
import os, signal, time
import newsconv.batch.work as work

_run_job = work.run_job

def run_job(job, settings):
    name = os.path.basename(job.source)
    if name == "slow-hook.txt":
        time.sleep(3600)
    if name == "kill-hook.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return _run_job(job, settings)

work.run_job = run_job
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two single-threaded workers (each with a nanny)."""
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    if dask is None:
        pytest.skip("the dask command is not installed")
    folder = tmp_path_factory.mktemp("dask")
    (folder / "hooks").mkdir()
    (folder / "hooks" / "sitecustomize.py").write_text(HOOKS, encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {**os.environ, "PYTHONPATH": str(folder / "hooks"), "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    log = open(folder / "cluster.log", "wb")  # noqa: SIM115 - closed at the end of the module
    processes = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                   "--no-dashboard"], stdout=log, stderr=log, env=env)]
    for n in (1, 2):
        processes.append(subprocess.Popen([dask, "worker", address, "--nthreads", "1", "--no-dashboard",
                                           "--local-directory", str(folder / f"w{n}")], stdout=log, stderr=log,
                                          env=env))
    try:
        _wait_for_workers(address, 2)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in reversed(processes):
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


def _wait_for_workers(address: str, count: int, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with distributed.Client(address, timeout="5s") as client:
                client.wait_for_workers(count, timeout=max(1, deadline - time.monotonic()))
                return
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "zh").mkdir(parents=True)
    (folder / "zh" / "dawa.txt").write_bytes(SEED.read_bytes())
    (folder / "en.txt").write_bytes(ENGLISH.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    for page in sorted((CORPUS / "raw").glob("*.txt"))[:3] if (CORPUS / "raw").is_dir() else ():
        (folder / "zh" / page.name).write_bytes(page.read_bytes())
    return folder


def convert(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsconv", "convert", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=600, check=False)


def _same_outputs(local: Path, remote: Path) -> None:
    names = sorted(str(p.relative_to(local)) for p in local.rglob("*") if p.is_file())
    assert names == sorted(str(p.relative_to(remote)) for p in remote.rglob("*") if p.is_file())
    assert any(n.endswith(".pdf") for n in names)
    for name in names:
        mine, theirs = (local / name).read_bytes(), (remote / name).read_bytes()
        if name.endswith(".docx"):  # the same parts with the same bytes (zip entries carry no clock here)
            with zipfile.ZipFile(io.BytesIO(mine)) as a, zipfile.ZipFile(io.BytesIO(theirs)) as b:
                assert a.namelist() == b.namelist()
                assert all(a.read(n) == b.read(n) for n in a.namelist()), name
        else:
            assert mine == theirs, name


def _rows(report: Path, folder: str) -> list[dict]:
    rows = json.loads(report.read_text(encoding="utf-8"))["files"]
    for row in rows:
        row.pop("seconds")
        row["outputs"] = [o.replace(folder, "OUT") for o in row["outputs"]]
    return rows


@pytest.mark.parametrize("mode", ["shared folder", "--dask-return"])
def test_a_dask_cluster_gives_what_a_local_run_gives(cluster, inbox, tmp_path, mode):
    local = convert("inbox", "-t", "md,html,json,pdf,docx", "-d", "local", "-j", "2", "--report", "local.json",
                    cwd=tmp_path)
    extra = ["--dask-return"] if mode == "--dask-return" else []
    remote = convert("inbox", "-t", "md,html,json,pdf,docx", "-d", "remote", "--dask", cluster, *extra,
                     "--report", "remote.json", cwd=tmp_path)
    assert local.returncode == remote.returncode == ExitCode.PARTIAL, remote.stderr
    _same_outputs(tmp_path / "local", tmp_path / "remote")
    assert _rows(tmp_path / "local.json", "local") == _rows(tmp_path / "remote.json", "remote")
    assert remote.stderr.splitlines()[0] == local.stderr.splitlines()[0]
    assert remote.stderr.splitlines()[0].startswith("newsconv: error: inbox/empty.txt: is empty")
    assert remote.stderr.splitlines()[-1].startswith(local.stderr.splitlines()[-1].split(" in ")[0])


def test_dask_local_starts_its_own_cluster(inbox, tmp_path):
    local = convert("inbox/zh", "-t", "md,pdf", "-d", "local", "--report", "local.json", cwd=tmp_path)
    remote = convert("inbox/zh", "-t", "md,pdf", "-d", "remote", "--dask", "local", "-j", "2",
                     "--report", "remote.json", cwd=tmp_path)
    assert local.returncode == remote.returncode == 0, remote.stderr
    _same_outputs(tmp_path / "local", tmp_path / "remote")
    assert _rows(tmp_path / "local.json", "local") == _rows(tmp_path / "remote.json", "remote")


def test_an_input_over_its_time_limit_on_dask(cluster, inbox, tmp_path):
    (inbox / "slow-hook.txt").write_bytes(SEED.read_bytes())
    result = convert("inbox", "-t", "md", "-d", "out", "--dask", cluster, "--timeout", "3", "--report", "r.json",
                     cwd=tmp_path)
    assert result.returncode == ExitCode.PARTIAL, result.stderr
    rows = {Path(r["input"]).name: r for r in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"]}
    assert rows["slow-hook.txt"]["code"] == ExitCode.TIMEOUT
    assert "timed out after 3 s" in rows["slow-hook.txt"]["error"]
    assert rows["en.txt"]["status"] == rows["dawa.txt"]["status"] == "converted"
    _wait_for_workers(cluster, 2)  # the stopped worker was replaced by its nanny


def test_an_input_that_kills_dask_workers_fails_alone(cluster, inbox, tmp_path):
    (inbox / "kill-hook.txt").write_bytes(SEED.read_bytes())
    result = convert("inbox", "-t", "md", "-d", "out", "--dask", cluster, "--report", "r.json", cwd=tmp_path)
    assert result.returncode == ExitCode.PARTIAL, result.stderr
    rows = {Path(r["input"]).name: r for r in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"]}
    assert rows["kill-hook.txt"]["status"] == "failed" and rows["kill-hook.txt"]["code"] == ExitCode.INTERNAL
    assert "every Dask worker converting it died, also with no other input beside it" in rows["kill-hook.txt"]["error"]
    assert rows["en.txt"]["status"] == rows["dawa.txt"]["status"] == "converted"
    _wait_for_workers(cluster, 2)


def test_no_scheduler_there(tmp_path):
    result = convert(str(SEED), "-t", "md", "-d", "out", "--dask", f"tcp://127.0.0.1:{_free_port()}", cwd=tmp_path)
    assert result.returncode == ExitCode.USAGE
    assert "cannot reach the Dask scheduler" in result.stderr and result.stderr.count("\n") == 1
