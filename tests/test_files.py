"""Atomic writes: a failed write never leaves a partial file or destroys the existing one."""

from __future__ import annotations

import os

import pytest

from newsconv.errors import InputError, OutputError
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
