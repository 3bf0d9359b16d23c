"""Installed fonts, found by the names in their name tables.

Offices name fonts as Word shows them (仿宋_GB2312, 方正小标宋简体, 黑体), and those names live in
the fonts' name tables, often only in a Chinese (zh-CN, language 2052) record beside an
English one (FangSong_GB2312, FZXiaoBiaoSong-B05S, SimHei); file names say little (simfang.ttf,
FZXBSJW.TTF). So every face of every installed font file is read once with fontTools (family,
typographic family, full and PostScript names in every language, weight, italic) and the
index is kept in the font cache, refreshed for files whose size or time changed.

Where the files are: on Windows the system and per-user Fonts folders; on macOS the system,
local, user and Microsoft Office font folders and the downloadable-font assets; elsewhere the
files fontconfig lists (``fc-list``, so FONTCONFIG_FILE is respected), or the usual folders when
fontconfig is absent. Folders in $NEWSCONV_FONT_DIRS (separated like PATH) are added everywhere.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsconv.writers.pdf.fonts.cache import cache_dir, write_atomic

log = logging.getLogger("newsconv")

INDEX_VERSION = 1  # part of the index file's name: bump when what is read changes
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
_NAME_IDS = (1, 4, 6, 16, 21)  # family, full, PostScript, typographic family, WWS family
_ZH_CN = 0x0804  # Windows language id 2052
_ENGLISH = 0x0409


@dataclass(frozen=True, slots=True)
class InstalledFace:
    """One face of an installed font file and the names it answers to."""

    path: str
    index: int
    family: str  # the English family name (else the first), for messages
    chinese: str  # the zh-CN family name, "" when the font has none
    names: tuple[str, ...]  # every family, full and PostScript name, in every language
    weight: int  # OS/2 usWeightClass
    italic: bool

    def label(self) -> str:
        """``仿宋 (SimFang)`` or ``Noto Serif CJK SC``."""
        if self.chinese and self.chinese != self.family:
            return f"{self.chinese} ({self.family})"
        return self.family


def normalise(name: str) -> str:
    """Names compare without case, spaces, hyphens or underscores: FangSong_GB2312 = Fangsong GB2312."""
    return "".join(ch for ch in name.casefold() if ch not in " -_")


# ---------------------------------------------------------------------------- where fonts are


def _env_dirs() -> list[Path]:
    extra = os.environ.get("NEWSCONV_FONT_DIRS", "")
    return [Path(p).expanduser() for p in extra.split(os.pathsep) if p.strip()]


def _platform_dirs() -> list[Path]:
    home = Path.home()
    if os.name == "nt":
        windows = Path(os.environ.get("WINDIR") or r"C:\Windows")
        local = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        assets = sorted(Path("/System/Library/AssetsV2").glob("com_apple_MobileAsset_Font*"))
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts",
                Path("/Applications/Microsoft Word.app/Contents/Resources/DFonts"), *assets]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local" / "share" / "fonts",
            home / ".fonts"]


def _walk(folder: Path) -> Iterator[Path]:
    for root, _, files in os.walk(folder):
        for name in files:
            if name.lower().endswith(FONT_SUFFIXES):
                yield Path(root) / name


def _fontconfig_files() -> list[Path] | None:
    fc_list = shutil.which("fc-list")
    if fc_list is None or os.name == "nt" or sys.platform == "darwin":
        return None
    try:
        out = subprocess.run([fc_list, "--format", "%{file}\n"], capture_output=True, text=True, timeout=30,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return [Path(line) for line in out.splitlines() if line.lower().endswith(FONT_SUFFIXES)]


def font_files() -> list[Path]:
    """Every installed font file newsconv can read, without repeats, in a stable order."""
    found = _fontconfig_files()
    if found is None:
        found = [path for folder in _platform_dirs() for path in _walk(folder)]
    found += [path for folder in _env_dirs() for path in _walk(folder)]
    return sorted(set(found))


# ---------------------------------------------------------------------------- reading name tables


def _names(font: object) -> tuple[str, str, tuple[str, ...]]:
    table = font["name"]  # type: ignore[index]
    names: list[str] = []
    english = chinese = first = ""
    for record in table.names:
        if record.nameID not in _NAME_IDS:
            continue
        try:
            text = record.toUnicode().strip()
        except (UnicodeDecodeError, LookupError):
            continue
        if not text:
            continue
        if text not in names:
            names.append(text)
        if record.nameID in (1, 16):
            first = first or text
            if record.platformID == 3 and record.langID == _ENGLISH and (record.nameID == 16 or not english):
                english = text
            if record.platformID == 3 and record.langID == _ZH_CN and (record.nameID == 16 or not chinese):
                chinese = text
    return english or first, chinese, tuple(names)


def read_faces(path: Path) -> list[InstalledFace]:
    """Every face of a font file with its names; [] for a file fontTools cannot read."""
    from fontTools.ttLib import TTCollection, TTFont

    try:
        with path.open("rb") as fh:
            collection = fh.read(4) == b"ttcf"
        fonts = TTCollection(str(path), lazy=True).fonts if collection else [TTFont(str(path), lazy=True)]
        faces = []
        for index, font in enumerate(fonts):
            family, chinese, names = _names(font)
            os2 = font.get("OS/2")
            weight = int(os2.usWeightClass) if os2 is not None else 400
            italic = bool(os2 is not None and os2.fsSelection & 1) or bool(font["head"].macStyle & 2)
            faces.append(InstalledFace(str(path), index, family, chinese, names, weight, italic))
        return faces
    except Exception as exc:  # noqa: BLE001 - a damaged or unusual font is skipped, never fatal
        log.debug("skipping font %s (%s)", path, exc)
        return []


# ---------------------------------------------------------------------------- the index


def _stamp(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


class FontIndex:
    """The installed faces by name."""

    def __init__(self, faces: Iterable[InstalledFace]) -> None:
        self.faces = list(faces)
        self._by_name: dict[str, list[InstalledFace]] = {}
        for face in self.faces:
            for name in {normalise(n) for n in face.names}:
                self._by_name.setdefault(name, []).append(face)

    def find(self, names: Iterable[str], *, bold: bool) -> InstalledFace | None:
        """The face of the first name that is installed: upright, and of the weight closest to
        regular (or bold)."""
        wanted = 700 if bold else 400
        for name in names:
            faces = self._by_name.get(normalise(name))
            if faces:
                return min(faces, key=lambda f: (f.italic, abs(f.weight - wanted), f.path, f.index))
        return None


def _index_file() -> Path:
    return cache_dir() / f"installed-fonts-v{INDEX_VERSION}.json"


def _load_cached() -> dict[str, list[object]]:
    try:
        data = json.loads(_index_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def build_index(files: list[Path]) -> FontIndex:
    """The index of ``files``: each file read once, then only when its size or time changes."""
    cached = _load_cached()
    fresh: dict[str, list[object]] = {}
    changed = False
    for path in files:
        stamp = _stamp(path)
        if stamp is None:
            continue
        key = str(path)
        entry = cached.get(key)
        if isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp:
            fresh[key] = entry
            continue
        fresh[key] = [stamp, [_face_row(face) for face in read_faces(path)]]
        changed = True
    if changed or fresh.keys() != cached.keys():
        try:
            write_atomic(_index_file(), lambda fh: fh.write(json.dumps(fresh, ensure_ascii=False).encode()))
        except OSError as exc:  # a read-only cache only costs time
            log.debug("cannot write the font index in %s (%s)", cache_dir(), exc)
    return FontIndex(_face_from_row(key, row) for key, (_, rows) in fresh.items() for row in rows)  # type: ignore[misc]


def _face_row(face: InstalledFace) -> list[object]:
    return [face.index, face.family, face.chinese, list(face.names), face.weight, face.italic]


def _face_from_row(path: str, row: list[object]) -> InstalledFace:
    index, family, chinese, names, weight, italic = row
    return InstalledFace(path, int(index), str(family), str(chinese), tuple(names), int(weight),  # type: ignore[arg-type]
                         bool(italic))


_INDEX: FontIndex | None = None


def installed() -> FontIndex:
    """The installed fonts, indexed once per process."""
    global _INDEX
    if _INDEX is None:
        _INDEX = build_index(font_files())
    return _INDEX


def forget() -> None:
    """Drop this process's index (the next look-up lists the font files again)."""
    global _INDEX
    _INDEX = None
