"""``newsconv.toml``: defaults for ``newsconv convert``, so that a folder's batch runs the same
way every time.

    [convert]
    to = ["docx", "pdf"]
    out_dir = "out"
    profile = "gbt9704"
    name = "{date}-{title}"
    jobs = 2
    skip_existing = true
    report = "report.csv"
    keep_punctuation = false
    letterhead = "print"      # or "reserve": paper with a printed red 版头

    [document]                # metadata set over every article read, as -M KEY=VALUE sets it
    issuer = "某区人民政府办公室"
    printed_by = "某区人民政府办公室"

Looked for in the current folder, or given with ``--config FILE``. Options on the command line
win over the file (a ``-M`` key over the same ``[document]`` key). Relative paths in the file
are relative to the file's folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsconv.errors import ConfigError
from newsconv.files import CONFIG_LIMIT, read_text_limited

DEFAULT_NAME = "newsconv.toml"

# key -> (kind, help). kind: str, path, bool, int, list (of str), paths
CONVERT_KEYS: dict[str, str] = {
    "to": "list", "out_dir": "path", "name": "str", "from": "str", "encoding": "str", "lexicon": "paths",
    "profile": "str", "reference_doc": "path", "overwrite": "bool", "skip_existing": "bool", "jobs": "int",
    "report": "path", "glob": "list", "files_from": "path", "fail_fast": "bool", "quiet": "bool", "verbose": "bool",
    "keep_punctuation": "bool", "letterhead": "str",
}
_KIND_HELP = {"list": "a list of strings (or one string)", "paths": "a list of file names", "path": "a file name",
              "str": "a string", "bool": "true or false", "int": "a whole number"}


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None
    convert: dict[str, Any]
    document: tuple[tuple[str, str], ...] = ()  # [document]: KEY = VALUE pairs, as -M gives them


def load_config(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    """The configuration: ``explicit`` (which must exist), else ``newsconv.toml`` in ``cwd``."""
    path = explicit
    if path is None:
        candidate = (cwd or Path.cwd()) / DEFAULT_NAME
        if not candidate.is_file():
            return Config(None, {})
        path = candidate
    name = str(path)
    try:
        raw = tomllib.loads(read_text_limited(path, CONFIG_LIMIT, error=ConfigError, what="a configuration file"))
    except FileNotFoundError:
        raise ConfigError("no such configuration file; check the name given to --config", path=name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read ({exc.strerror})", path=name) from None
    except UnicodeDecodeError:
        raise ConfigError("is not UTF-8 text; save it as UTF-8", path=name) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"is not valid TOML ({exc})", path=name) from None
    unknown = [k for k in raw if k not in ("convert", "document")]
    if unknown:
        raise ConfigError(f"unknown table or key {unknown[0]!r}; the file holds [convert] and [document] tables",
                          path=name)
    table = raw.get("convert", {})
    if not isinstance(table, dict):
        raise ConfigError("convert must be a table: [convert]", path=name)
    base = path.parent
    values: dict[str, Any] = {}
    for key, value in table.items():
        kind = CONVERT_KEYS.get(key.replace("-", "_"))
        if kind is None:
            raise ConfigError(f"convert.{key}: unknown option; known: {', '.join(CONVERT_KEYS)}", path=name)
        values[key.replace("-", "_")] = _value(value, kind, f"convert.{key}", base, name)
    return Config(path, values, _document(raw.get("document", {}), name))


def _document(table: Any, name: str) -> tuple[tuple[str, str], ...]:
    """``[document]``: metadata keys (those of ``-M``) with text, date or list values."""
    from newsconv.errors import UsageError
    from newsconv.transforms.metadata import parse_assignments

    if not isinstance(table, dict):
        raise ConfigError("document must be a table: [document]", path=name)
    items = []
    for key, value in table.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "；".join(value)
        elif isinstance(value, bool) or not isinstance(value, str | int | float) and not hasattr(value, "isoformat"):
            raise ConfigError(f"document.{key}: {value!r} is not text, a date or a list of names", path=name)
        items.append(f"{key}={value.isoformat() if hasattr(value, 'isoformat') else value}")
    try:
        return parse_assignments(items)
    except UsageError as exc:
        raise ConfigError(f"[document] {exc.message.removeprefix('-M ')}", path=name) from None


def _value(value: Any, kind: str, key: str, base: Path, name: str) -> Any:
    def fail() -> ConfigError:
        return ConfigError(f"{key}: {value!r} is not {_KIND_HELP[kind]}", path=name)

    if kind == "bool":
        if not isinstance(value, bool):
            raise fail()
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise fail()
        return value
    if kind == "str":
        if not isinstance(value, str):
            raise fail()
        return value
    if kind == "path":
        if not isinstance(value, str) or not value:
            raise fail()
        return base / Path(value).expanduser()
    if kind in ("list", "paths"):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise fail()
        return [base / Path(v).expanduser() for v in items] if kind == "paths" else list(items)
    raise fail()
