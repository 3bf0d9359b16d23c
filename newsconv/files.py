"""File I/O for the command line and the batch runner: reading inputs, writing outputs atomically.

An output is written to a temporary file in its target folder and then renamed over the
target, so an interrupted or failed conversion never leaves a half-written file and never
destroys an existing one.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from newsconv.errors import InputError, OutputError

_MAX_INPUT_BYTES = 512 * 1024 * 1024


def read_input(path: Path) -> bytes:
    """An input file's bytes, or an InputError that says what is wrong and what to do."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError("is a folder, not a file; name the files inside it", path=name)
        size = path.stat().st_size
        if size > _MAX_INPUT_BYTES:
            raise InputError(f"is {size // 2**20} MB; newsconv reads articles up to 512 MB", path=name)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file; check the name and the folder", path=name) from None
    except PermissionError:
        raise InputError("permission denied; check that you may read this file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=name) from None


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``path`` all at once: a temporary file in the same folder, then a rename."""
    name = str(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except PermissionError:
        raise OutputError(f"cannot write in {folder} (permission denied); choose another folder with -d",
                          path=name) from None
    except OSError as exc:
        raise OutputError(f"cannot write in {folder} ({exc.strerror})", path=name) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        if overwrite:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the target appeared meanwhile: never clobber it
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    raise OutputError("already exists; use --overwrite to replace it", path=name) from None
                if exc.errno in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
                    if path.exists():
                        raise OutputError("already exists; use --overwrite to replace it", path=name) from None
                    os.replace(tmp, path)  # file systems without hard links (FAT, some shares)
                else:
                    raise
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror})", path=name) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
MAX_NAME_BYTES = 180  # leaves room for a suffix within the 255 bytes most file systems allow


def safe_name(text: str, *, fallback: str = "untitled") -> str:
    """``text`` as one file or folder name that Windows, macOS and Linux all accept: no path
    separators or reserved characters, no leading or trailing dots or spaces, not a reserved
    device name (CON, NUL, COM1…), at most 180 bytes of UTF-8; ``fallback`` if nothing is left."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("_", name)
    name = " ".join(name.split())  # tabs, newlines and runs of spaces become one space
    name = name.strip(". ")
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(". ")
    if not name:
        return fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return name
