"""File handling: atomic writes (a failed or killed write never leaves a partial file or destroys
the existing one), reads bounded by the bytes actually read, the same-file check, stdout."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from newsconv.errors import ConfigError, InputError, OutputError, UsageError
from newsconv.files import atomic_write, read_input


def test_writes_and_refuses_to_clobber(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    atomic_write(target, b"one", overwrite=False)
    assert target.read_bytes() == b"one"
    with pytest.raises(OutputError, match="already exists"):
        atomic_write(target, b"two", overwrite=False)
    assert target.read_bytes() == b"one"
    atomic_write(target, b"two", overwrite=True)
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["out.txt"]


def test_failed_rename_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        atomic_write(target, b"new" * 1000, overwrite=True)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.pdf"]


@pytest.mark.parametrize("anonymous", [True, False], ids=["O_TMPFILE", "hidden .part file"])
def test_atomic_output_written_piece_by_piece(tmp_path, monkeypatch, anonymous):
    import newsconv.files
    from newsconv.files import atomic_output

    if not anonymous:
        monkeypatch.setattr(newsconv.files, "_open_anonymous", lambda folder: None)
    target = tmp_path / "out.pdf"
    with atomic_output(target, overwrite=False) as fh:
        for n in range(100):
            fh.write(b"%d\n" % n)
        assert not target.exists()  # nothing under the name until the block ends
    assert target.read_bytes() == b"".join(b"%d\n" % n for n in range(100))
    assert os.listdir(tmp_path) == ["out.pdf"]
    with pytest.raises(OutputError, match="out.pdf: already exists"), atomic_output(target, overwrite=False) as fh:
        fh.write(b"new")
    assert target.read_bytes().startswith(b"0\n1\n")
    assert os.listdir(tmp_path) == ["out.pdf"]


@pytest.mark.parametrize("anonymous", [True, False], ids=["O_TMPFILE", "hidden .part file"])
def test_a_writer_failing_midway_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch, anonymous):
    import newsconv.files
    from newsconv.files import atomic_output

    if not anonymous:
        monkeypatch.setattr(newsconv.files, "_open_anonymous", lambda folder: None)
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="the writer broke"), atomic_output(target, overwrite=True) as fh:
        fh.write(b"new" * 100_000)
        fh.flush()
        raise RuntimeError("the writer broke")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.pdf"]
    # a full disk while writing is an output error naming the file
    with pytest.raises(OutputError, match=r"out.pdf: cannot write \(No space left on device\)"):
        with atomic_output(target, overwrite=True) as fh:
            fh.write(b"new")
            raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.pdf"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores permissions")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="permission denied"):
            atomic_write(folder / "out.md", b"x", overwrite=False)
    finally:
        folder.chmod(0o700)


def test_read_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_input(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_input(tmp_path)


# ---------------------------------------------------------------------------- bounded reads


def test_reads_stop_at_the_limit_on_bytes_read_not_the_reported_size(tmp_path):
    from newsconv.files import read_bytes_limited, read_stream_limited

    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 100)
    assert read_bytes_limited(small, 100) == b"x" * 100
    with pytest.raises(InputError, match=r"small.txt: is larger than 99 bytes"):
        read_bytes_limited(small, 99)
    # a pipe reports no size: the limit holds on what comes through it
    read_end, write_end = os.pipe()
    os.write(write_end, b"y" * 5000)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream, pytest.raises(InputError, match="<stdin>: is larger than 4.9 KB"):
        read_stream_limited(stream, 5000 - 1)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("error", [InputError, ConfigError, UsageError])
def test_a_device_is_refused_at_once_with_the_callers_error(error):
    from newsconv.files import read_bytes_limited

    with pytest.raises(error, match="/dev/zero: is a device, not a file"):
        read_bytes_limited("/dev/zero", 2**40, error=error)


def test_a_growing_file_is_cut_off_at_the_limit(tmp_path):
    """A file that grows while it is read (a log being written) is refused once past the
    limit, whatever its size said when it was opened."""
    from newsconv.files import read_bytes_limited

    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # a writer that never stops
        try:
            with open(fifo, "wb") as out:
                while True:
                    out.write(b"z" * 65536)
        finally:
            os._exit(0)
    try:
        with pytest.raises(ConfigError, match="feed: is larger than 1 MB, the most newsconv reads as a profile"):
            read_bytes_limited(fifo, 2**20, error=ConfigError, what="a profile")
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)


def test_missing_files_keep_the_callers_own_message(tmp_path):
    from newsconv.files import read_text_limited

    with pytest.raises(FileNotFoundError):
        read_text_limited(tmp_path / "none.toml", 100)
    (tmp_path / "latin1.toml").write_bytes(b"\xff")
    with pytest.raises(UnicodeDecodeError):
        read_text_limited(tmp_path / "latin1.toml", 100)


@pytest.mark.parametrize(("text", "size"), [("512M", 512 * 2**20), ("1G", 2**30), ("800k", 800 * 1024),
                                            ("1.5GB", 3 * 2**29), ("1000", 1000), ("64 MiB", 64 * 2**20)])
def test_sizes(text, size):
    from newsconv.files import parse_size

    assert parse_size(text) == size


def test_bad_sizes():
    from newsconv.files import parse_size

    for text in ("lots", "-1M", "0", "1X"):
        with pytest.raises(UsageError, match="--max-input-size"):
            parse_size(text)


# ---------------------------------------------------------------------------- the same-file check


def test_same_file_by_any_name(tmp_path):
    from newsconv.files import SameFiles

    article = tmp_path / "a.txt"
    article.write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(article)
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "folder-link").symlink_to(tmp_path)
    files = SameFiles([tmp_path / "link.txt"])
    assert files.read_by(article) == str(tmp_path / "link.txt")
    assert files.read_by(tmp_path / "hard.txt") == str(tmp_path / "link.txt")
    assert files.read_by(tmp_path / "folder-link" / "a.txt") == str(tmp_path / "link.txt")
    assert files.read_by(tmp_path / "new.md") is None
    # outputs that do not exist yet: the same place whatever folder links lead there, and names
    # that differ only in case are one file on Windows and macOS
    assert files.claim(tmp_path / "out" / "A.md", "first") is None
    assert files.claim(tmp_path / "folder-link" / "out" / "a.md", "second") == "first"
    assert files.claim(tmp_path / "out" / "b.md", "third") is None


def test_report_over_an_input_is_refused(tmp_path):
    from newsconv.files import SameFiles, check_extra_output

    article = tmp_path / "a.txt"
    article.write_text("x", encoding="utf-8")
    files = SameFiles([article])
    with pytest.raises(UsageError, match="a.txt: the report would overwrite an input"):
        check_extra_output(article, "report", files)
    files.claim(tmp_path / "a.md", "the md output of a.txt")
    with pytest.raises(UsageError, match="would overwrite the md output of a.txt"):
        check_extra_output(tmp_path / "a.md", "report", files)


# ---------------------------------------------------------------------------- writing


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE") or not os.path.isdir("/proc/self/fd"), reason="Linux only")
def test_a_writer_killed_midway_leaves_no_file_behind(tmp_path):
    """The new contents have no name until they are complete: a process killed while writing
    (a timed-out worker) leaves neither a partial output nor a temporary file."""
    import signal

    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        real_fsync = os.fsync

        def stalled(fd):  # the data is written; the process is killed before it is named
            os.write(write_end, b"!")
            time.sleep(60)
            real_fsync(fd)

        os.fsync = stalled
        try:
            atomic_write(target, b"new" * 100000, overwrite=True)
        finally:
            os._exit(0)
    os.read(read_end, 1)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.pdf"]


def test_stdout_gets_every_byte_or_fails(tmp_path):
    """A write into a pipe whose reader went away can return early with part of the data;
    newsconv then fails with exit 4 instead of reporting success."""
    code = ("import sys\nfrom newsconv.files import write_stdout\nfrom newsconv.errors import OutputError\n"
            "try:\n    write_stdout(b'x' * 1_000_000)\nexcept OutputError as exc:\n"
            "    print(exc, file=sys.stderr); sys.exit(4)\n")
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(10) == b"x" * 10
    process.stdout.close()  # the reader goes away, as `| head -c 10` does
    stderr = process.stderr.read().decode()
    assert process.wait(30) == 4
    assert "stdout: the program reading stdout stopped before the end (broken pipe)" in stderr
    full = subprocess.run([sys.executable, "-c", code], stdout=open("/dev/full", "wb"), stderr=subprocess.PIPE,
                          check=False) if os.path.exists("/dev/full") else None
    if full is not None:
        assert full.returncode == 4 and b"No space left on device" in full.stderr
