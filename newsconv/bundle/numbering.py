"""``--issue auto``: the next issue number after the one a folder's newsconv.toml recorded in
``[bundle] last_issue``, recorded again only once every output of the issue was written.

The file is edited with tomlkit, so the clerk's comments, order and layout stay as they were;
it is written atomically (a failed or interrupted run leaves it as it was). It is the file
given with --config, else ./newsconv.toml, made when missing.
"""

from __future__ import annotations

from pathlib import Path

from newsconv.errors import ConfigError

KEY = "last_issue"


def _document(path: Path) -> object:
    import tomlkit

    try:
        return tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    except OSError as exc:
        raise ConfigError(f"cannot read ({exc.strerror})", path=str(path)) from None
    except UnicodeDecodeError:
        raise ConfigError("is not UTF-8 text; save it as UTF-8", path=str(path)) from None
    except tomlkit.exceptions.ParseError as exc:
        raise ConfigError(f"is not valid TOML ({exc})", path=str(path)) from None


def last_issue(path: Path) -> int:
    """The number recorded (0 when the file, the table or the key is missing)."""
    doc = _document(path)
    table = doc.get("bundle", {})  # type: ignore[attr-defined]
    value = table.get(KEY, 0) if hasattr(table, "get") else 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"bundle.{KEY}: {value!r} is not a whole number; write last_issue = 11", path=str(path))
    return int(value)


def next_issue(path: Path) -> int:
    return last_issue(path) + 1


def record_issue(path: Path, number: int) -> None:
    """Write ``last_issue = number`` into ``[bundle]`` of ``path``, keeping everything else."""
    import tomlkit

    from newsconv.files import atomic_write

    doc = _document(path)
    if "bundle" not in doc:  # type: ignore[operator]
        doc["bundle"] = tomlkit.table()  # type: ignore[index]
    doc["bundle"][KEY] = number  # type: ignore[index]
    atomic_write(path, tomlkit.dumps(doc).encode("utf-8"), overwrite=True)
