"""The font cache: where it lives, what a font file's content digest is, atomic writes and a
lock, so that every virtual environment and every newsconv version on a machine shares one
cache and concurrent processes never see a half-written entry.

Entries are named by a digest of the font file's bytes, never by its path or time: a font
installed in ten virtual environments is converted and parsed once. Hashing a 10 MB font takes
about 20 ms, so a small memo (path, size, times, inode -> digest) spares the hash on later runs;
a stale or lost memo only costs the hash again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

log = logging.getLogger("newsconv")

_MEMO_FILE = "digests-v1.json"
_memo: dict[str, list[int | str]] | None = None
_memo_dirty = False


def cache_dir() -> Path:
    """Where the font cache is kept: $NEWSCONV_CACHE_DIR, else the user's cache folder."""
    if env := os.environ.get("NEWSCONV_CACHE_DIR"):
        return Path(env)
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsconv"


def _stamp(stat: os.stat_result) -> list[int]:
    # ctime changes on every write, even one that restores the old size and modification time
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _load_memo() -> dict[str, list[int | str]]:
    global _memo
    if _memo is None:
        try:
            loaded = json.loads((cache_dir() / _MEMO_FILE).read_text(encoding="utf-8"))
            _memo = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            _memo = {}
    return _memo


def digest(path: Path) -> str:
    """The SHA-256 of a font file's bytes (hex), from the memo when the file is unchanged."""
    global _memo_dirty
    key = str(path.resolve())
    stamp = _stamp(path.stat())
    memo = _load_memo()
    known = memo.get(key)
    if known is not None and known[:-1] == stamp:
        return str(known[-1])
    with path.open("rb") as fh:
        value = hashlib.file_digest(fh, "sha256").hexdigest()
    memo[key] = [*stamp, value]
    _memo_dirty = True
    return value


def save_memo() -> None:
    """Write the digest memo if this process added to it (merged with what others wrote)."""
    global _memo_dirty
    if not _memo_dirty or _memo is None:
        return
    target = cache_dir() / _MEMO_FILE
    try:
        current = json.loads(target.read_text(encoding="utf-8"))
        if not isinstance(current, dict):
            current = {}
    except (OSError, ValueError):
        current = {}
    current.update(_memo)
    try:
        write_atomic(target, lambda fh: fh.write(json.dumps(current, ensure_ascii=False).encode()))
        _memo_dirty = False
    except OSError as exc:  # a read-only cache only costs time
        log.debug("cannot write the font digest memo in %s (%s)", target.parent, exc)


def write_atomic(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write ``target`` through a temporary file in its folder and a rename, so that readers
    in other processes see the old file or the whole new one, never part of one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def locked(target: Path) -> Iterator[None]:
    """Hold ``target``'s lock file: one process builds a cache entry while the others wait for
    it instead of building it again."""
    from filelock import FileLock

    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        yield
