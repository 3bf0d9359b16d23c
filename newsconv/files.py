"""File I/O for the command line and the batch runner: bounded reads, the same-file check,
atomic writes, stdout.

Every file newsconv reads is read through ``read_bytes_limited``: it stops at a limit on the
bytes actually read (a device, a pipe or a growing file reports no useful size), so no input,
list or configuration file can cost more memory than its limit. An output is written to a
temporary file in its target folder and then renamed over the target, so an interrupted or
failed conversion never leaves a half-written file and never destroys an existing one. Before
anything is written, ``SameFiles`` refuses an output (or a report) that is one of the files
the command reads, by any name: a symbolic link, a hard link, another case of the name.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from newsconv.errors import InputError, NewsconvError, OutputError, UsageError

MiB = 2**20
# An article: a pasted page is kilobytes and a Word file with photos tens of megabytes. The
# readers hold several copies of the text while they work, so the cap bounds the memory of
# each worker process. --max-input-size raises or lowers it.
INPUT_LIMIT = 128 * MiB
# newsconv.toml, profiles and lexicons are a few kilobytes of TOML.
CONFIG_LIMIT = 4 * MiB
# --files-from: about two million names of a hundred bytes.
LIST_LIMIT = 256 * MiB
# --reference-doc: a Word template, its styles and perhaps a logo; sent to every worker.
REFERENCE_LIMIT = 64 * MiB
_CHUNK = 4 * MiB


# ---------------------------------------------------------------------------- sizes


def format_size(size: int) -> str:
    """``134217728`` -> ``128 MB`` (binary units, as file managers on Windows show them)."""
    for unit, scale in (("GB", 2**30), ("MB", MiB), ("KB", 2**10)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) or value >= 10 else f"{value:.1f} {unit}"
    return f"{size} bytes"


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``--max-input-size`` values: ``512M``, ``1G``, ``800k``, ``1.5GB`` or a number of bytes."""
    match = _SIZE.match(text)
    if not match:
        raise UsageError(f"--max-input-size: {text!r} is not a size; write it as 512M, 1G or a number of bytes")
    number, unit = match.groups()
    size = int(float(number) * 1024 ** "bkmgt".index(unit.lower() or "b"))
    if size < 1:
        raise UsageError("--max-input-size: the limit must be at least one byte")
    return size


# ---------------------------------------------------------------------------- reading


def read_bytes_limited(path: Path | str, limit: int, *, error: type[NewsconvError] = InputError,
                       what: str = "a file", hint: str = "") -> bytes:
    """``Path.read_bytes`` that never reads more than ``limit`` bytes.

    A file over the limit, a folder or a device raises ``error`` naming the file (``what``
    says what the file is for; ``hint`` how to change the limit). Other ``OSError``s pass
    through unchanged, so callers keep their own messages for a missing or unreadable file.
    """
    name = str(path)
    if os.path.isdir(name):
        raise error("is a folder, not a file; name the files inside it", path=name)
    with open(name, "rb", buffering=0) as fh:
        info = os.fstat(fh.fileno())
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            raise error("is a device, not a file; name a file", path=name)
        expected = info.st_size if stat.S_ISREG(info.st_mode) else 0
        return _read_capped(fh, limit, expected, name, error, what, hint)  # type: ignore[arg-type]


def read_text_limited(path: Path | str, limit: int, *, error: type[NewsconvError] = InputError,
                      what: str = "a file", hint: str = "") -> str:
    """``Path.read_text(encoding="utf-8")`` with the limit of ``read_bytes_limited``
    (``UnicodeDecodeError`` passes through)."""
    return read_bytes_limited(path, limit, error=error, what=what, hint=hint).decode("utf-8")


def read_stream_limited(stream: BinaryIO, limit: int, *, name: str = "<stdin>",
                        error: type[NewsconvError] = InputError, what: str = "a file", hint: str = "") -> bytes:
    """Everything on ``stream`` (stdin), up to ``limit`` bytes."""
    return _read_capped(stream, limit, 0, name, error, what, hint)


def _read_capped(fh: BinaryIO, limit: int, expected: int, name: str, error: type[NewsconvError], what: str,
                 hint: str) -> bytes:
    def too_big() -> NewsconvError:
        return error(f"is larger than {format_size(limit)}, the most newsconv reads as {what}"
                     + (f"; {hint}" if hint else ""), path=name)

    if expected > limit:
        raise too_big()
    chunks: list[bytes] = []
    total = 0
    # A regular file is read whole at once (its size plus one byte, to notice growth);
    # pipes and growing files in chunks, stopping as soon as the limit is passed.
    size = expected + 1 if expected else _CHUNK
    while True:
        chunk = fh.read(min(size, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_big()
        size = _CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_input(path: Path, limit: int = INPUT_LIMIT) -> bytes:
    """An article's bytes, or an InputError that says what is wrong and what to do."""
    name = str(path)
    try:
        return read_bytes_limited(path, limit, what="an article",
                                  hint="--max-input-size raises the limit (for example --max-input-size 1G)")
    except FileNotFoundError:
        raise InputError("no such file; check the name and the folder", path=name) from None
    except PermissionError:
        raise InputError("permission denied; check that you may read this file", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=name) from None


# ---------------------------------------------------------------------------- the same-file check


def file_identity(path: Path | str) -> tuple[int, int] | None:
    """The (device, inode) of the file a name leads to, through symbolic links; None when there
    is no such file. Two names are the same file exactly when their identities are equal:
    a symbolic link, a hard link, or another spelling on a case-insensitive folder."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


class SameFiles:
    """The files a command reads (inputs, lists, configuration), indexed by identity, and the
    files it will write, indexed by folder and case-folded name: one check, used for every
    output, the report and any log. Linear in the number of files; folders resolved once."""

    def __init__(self, reads: Iterable[str | Path] = ()) -> None:
        self._reads: dict[tuple[int, int], str] = {}
        self._writes: dict[tuple[str, str], object] = {}
        self._folders: dict[str, str] = {}
        for path in reads:
            self.add_read(path)

    def add_read(self, path: str | Path) -> None:
        identity = file_identity(path)
        if identity is not None:
            self._reads.setdefault(identity, str(path))

    def read_by(self, target: Path | str, identity: tuple[int, int] | None = None) -> str | None:
        """The file this command reads that ``target`` is (by any name), else None."""
        identity = identity if identity is not None else file_identity(target)
        return None if identity is None else self._reads.get(identity)

    def folder(self, folder: Path | str) -> str:
        """A folder's real path (links resolved), remembered by the name it was given: a batch
        has few output folders and names each of them many times."""
        given = os.fspath(folder) or "."
        real = self._folders.get(given)
        if real is None:
            real = self._folders[given] = os.path.normcase(os.path.realpath(given))
        return real

    def key(self, target: Path | str) -> tuple[str, str]:
        """Where ``target`` will be, whatever links its folders pass through, with its name as a
        case-insensitive file system compares it (Windows and macOS folders ignore case)."""
        folder, name = os.path.split(os.fspath(target))
        return self.folder(folder), unicodedata.normalize("NFC", name).casefold()

    def claim(self, target: Path | str, owner: object) -> object | None:
        """Mark ``target`` as written by ``owner``; the earlier owner if another claimed it."""
        previous = self._writes.setdefault(self.key(target), owner)
        return None if previous == owner else previous


def check_extra_output(path: Path, what: str, files: SameFiles) -> None:
    """Refuse a report or log that would replace a file the command reads or writes."""
    read = files.read_by(path)
    if read is not None:
        same = "" if os.path.abspath(read) == os.path.abspath(path) else f" (the same file as {read})"
        raise UsageError(f"{path}: the {what} would overwrite an input{same}; choose another name for it")
    other = files.claim(path, f"the {what}")
    if other is not None:
        raise UsageError(f"{path}: the {what} would overwrite {other}; choose another name for it")


# ---------------------------------------------------------------------------- writing


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``path`` all at once (``atomic_output`` with the whole of it)."""
    with atomic_output(path, overwrite=overwrite) as fh:
        fh.write(data)


@contextmanager
def atomic_output(path: Path, *, overwrite: bool) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new contents into, piece by piece: a temporary file in
    the same folder, flushed to disk and renamed over ``path`` when the block ends, removed
    when the block raises. ``path`` never holds a half-written file and an existing one is
    kept until the new one is complete; without ``overwrite`` an existing ``path`` is an
    ``OutputError``. An ``OSError`` inside the block (a full disk) is an ``OutputError`` naming
    ``path``.

    On Linux the temporary file has no name until it is complete (``O_TMPFILE``), so even a
    process killed while writing (a timed-out worker, a power cut) leaves nothing behind.
    """
    output = PendingOutput(path, overwrite=overwrite)
    try:
        try:
            yield output.file
        except OSError as exc:  # writing the file failed: the folder's disk
            raise OutputError(f"cannot write ({exc.strerror})", path=str(path)) from None
        output.commit()
    finally:
        output.discard()


class PendingOutput:
    """An output being written: ``file`` to write into, then ``commit`` (flush, sync, name it
    ``path``) or ``discard`` (forget it; no file is left). ``atomic_output`` for one file; a
    command that writes several files commits them only once all are made."""

    def __init__(self, path: Path, *, overwrite: bool) -> None:
        self.path, self.overwrite = path, overwrite
        self._tmp: str | None = None  # the hidden name, where the file has one while it is made
        self._anonymous = False
        self._done = False
        name = str(path)
        folder = path.parent if str(path.parent) else Path(".")
        self.folder = folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = _open_anonymous(folder)
            if fd is not None:
                self._anonymous = True
            else:
                fd, self._tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        except PermissionError:
            raise OutputError(f"cannot write in {folder} (permission denied); choose another folder with -d",
                              path=name) from None
        except OSError as exc:
            raise OutputError(f"cannot write in {folder} ({exc.strerror})", path=name) from None
        self.file: BinaryIO = os.fdopen(fd, "wb")

    def commit(self) -> None:
        """Name the finished file ``path`` (after it is on disk)."""
        if self._done:
            raise ValueError(f"{self.path}: already committed or discarded")
        try:
            fh = self.file
            fh.flush()
            os.fsync(fh.fileno())
            if self._anonymous:
                self._place_anonymous(fh.fileno())
            else:
                fh.close()
                assert self._tmp is not None
                os.chmod(self._tmp, 0o666 & ~_umask())
                _place(self._tmp, self.path, self.overwrite)
        except OutputError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write ({exc.strerror})", path=str(self.path)) from None
        finally:
            self.discard()
        self._done = True

    def discard(self) -> None:
        """Close the file and remove any name it has (nothing is left once committed or not)."""
        try:
            self.file.close()
        except OSError:
            pass  # the data is being thrown away; a failed flush of it changes nothing
        finally:
            if self._tmp is not None and os.path.lexists(self._tmp):
                os.unlink(self._tmp)
            self._done = True

    def _place_anonymous(self, fd: int) -> None:
        if not self.overwrite:
            try:
                _link_fd(fd, self.path)  # fails if the target exists: never clobber it
            except FileExistsError:
                raise OutputError("already exists; use --overwrite to replace it", path=str(self.path)) from None
            return
        self._tmp = os.path.join(self.folder, f".{self.path.name}.{os.urandom(6).hex()}.part")
        _link_fd(fd, self._tmp)
        os.replace(self._tmp, self.path)


def _open_anonymous(folder: Path) -> int | None:
    """A file descriptor of an ``O_TMPFILE`` file in ``folder``, named only once complete; None
    where the system or the file system cannot (the caller then uses a hidden
    ``.NAME.XXXX.part`` file)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None
        raise


def _link_fd(fd: int, path: Path | str) -> None:
    """linkat(2) of an open file to a name. The folder of ``/proc/self/fd`` is passed as a
    directory fd because ``os.link`` only follows the magic link through linkat, not link."""
    proc = os.open("/proc/self/fd", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(str(fd), path, src_dir_fd=proc, follow_symlinks=True)
    finally:
        os.close(proc)


def _place(tmp: str, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if the target appeared meanwhile: never clobber it
    except OSError as exc:
        if exc.errno == errno.EEXIST:
            raise OutputError("already exists; use --overwrite to replace it", path=str(path)) from None
        if exc.errno in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
            if path.exists():
                raise OutputError("already exists; use --overwrite to replace it", path=str(path)) from None
            os.replace(tmp, path)  # file systems without hard links (FAT, some shares)
        else:
            raise


def write_stdout(data: bytes) -> None:
    """Write all of ``data`` to stdout. A reader that went away (``| head``) or a full disk is an
    output failure (exit 4), never a silent success: a write into a closed pipe can return
    early with part of the data, so the loop goes on until every byte is taken or it fails."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        fd = -1
    view = memoryview(data)
    try:
        if fd < 0:  # not a real file (a test's capture): its own write takes everything
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is not None:
                buffer.write(data)
                buffer.flush()
            else:
                sys.stdout.write(data.decode("utf-8", "replace"))
            return
        sys.stdout.flush()
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except BrokenPipeError:
        raise OutputError("the program reading stdout stopped before the end (broken pipe); "
                          "the output is incomplete", path="stdout") from None
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror})", path="stdout") from None


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
