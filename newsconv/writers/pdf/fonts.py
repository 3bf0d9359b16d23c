"""PDF fonts: finding font files, converting CFF outlines for reportlab, registering faces.

The only module that touches font files, fontTools and reportlab's font registry.

The default faces come from Python packages, so no system font is needed:
``bundled:serif`` is Noto Serif SC (pylopdf-fonts-zh-cn), ``bundled:sans`` and
``bundled:sans-bold`` are Noto Sans SC Regular and Bold (rendercv-fonts). reportlab embeds
only TrueType outlines, and Noto Serif SC has CFF outlines, so its outlines are converted to
TrueType with fontTools (cu2qu) once, into a cache folder, in parallel worker processes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsconv.errors import ConfigError

log = logging.getLogger("newsconv")

_CONVERTER_VERSION = "1"  # bump to rebuild cached conversions
_SERIF_HINTS = ("宋", "仿宋", "楷", "明", "Song", "Ming", "Serif", "Times", "Georgia", "Garamond", "Kai", "Fang")


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font: reportlab's name for it, where it came from, whether it is bold."""

    name: str
    path: str
    bold: bool
    ascent: float  # em-box top above the baseline, in ems (ideographic em box: 0.88)

    def has(self, char: str) -> bool:
        return ord(char) in _char_map(self.name)


def bundled_path(key: str) -> Path:
    """The font file a ``bundled:`` source names."""
    if key == "serif":
        return Path(str(resources.files("pylopdf_fonts_zh_cn").joinpath("NotoSerifSC-Regular.otf")))
    if key in ("sans", "sans-bold"):
        name = "NotoSansSC-Bold.ttf" if key == "sans-bold" else "NotoSansSC-Regular.ttf"
        return Path(str(resources.files("rendercv_fonts").joinpath("Noto Sans", name)))
    raise ConfigError(f"unknown bundled font {key!r}; use bundled:serif, bundled:sans or bundled:sans-bold")


def cache_dir() -> Path:
    """Where converted fonts are kept: $NEWSCONV_CACHE_DIR, else the user's cache folder."""
    if env := os.environ.get("NEWSCONV_CACHE_DIR"):
        return Path(env)
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsconv"


def source_for(name: str, profile_fonts: dict[str, str], *, bold: bool) -> str:
    """The source (``bundled:…`` or a path) a font name resolves to for PDF output."""
    if name in profile_fonts:
        return profile_fonts[name]
    if any(h.lower() in name.lower() for h in _SERIF_HINTS):
        return "bundled:serif"
    return "bundled:sans-bold" if bold else "bundled:sans"


def _resolve(source: str, base: Path | None) -> tuple[Path, int]:
    """(file, face index) for a source: ``bundled:serif``, ``path/font.ttf`` or ``font.ttc#1``."""
    if source.startswith("bundled:"):
        return bundled_path(source.removeprefix("bundled:")), 0
    path_text, _, index = source.partition("#")
    path = Path(path_text).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    if not path.is_file():
        raise ConfigError(f"font file not found: {path}; fix the [fonts] entry in the profile")
    return path, int(index) if index.isdigit() else 0


def _is_cff(path: Path, index: int) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4)
        if head == b"ttcf":
            from fontTools.ttLib import TTFont

            return "CFF " in TTFont(str(path), fontNumber=index, lazy=True)
    return head == b"OTTO"


# ---------------------------------------------------------------------------- CFF -> TrueType


def _convert_glyphs(path: str, index: int, names: list[str]) -> list[tuple[str, bytes, int, int]]:
    """Worker: TrueType glyph data for CFF glyphs (cubic curves to quadratic, cu2qu)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=index, lazy=True)
    glyph_set = font.getGlyphSet()
    out = []
    for name in names:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyph = pen.glyph()
        glyph.recalcBounds(None)
        points = len(glyph.coordinates) if glyph.numberOfContours > 0 else 0
        contours = max(glyph.numberOfContours, 0)
        out.append((name, glyph.compile(None, recalcBBoxes=False), points, contours))
    return out


def convert_cff(path: Path, index: int, target: Path, workers: int | None = None) -> None:
    """Write a TrueType-outline copy of a CFF font to ``target`` (atomically)."""
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    font = TTFont(str(path), fontNumber=index, lazy=True)
    order = font.getGlyphOrder()
    workers = workers or min(4, os.cpu_count() or 1)
    chunks = [order[i::workers] for i in range(workers)]
    results: list[tuple[str, bytes, int, int]] = []
    if workers == 1:
        results = _convert_glyphs(str(path), index, order)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for part in pool.map(_convert_glyphs, [str(path)] * workers, [index] * workers, chunks):
                results.extend(part)
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {name: Glyph(data) for name, data, _, _ in results}
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "CFF2", "VORG"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxPoints = max(p for _, _, p, _ in results)
    maxp.maxContours = max(c for _, _, _, c in results)
    for attr in ("maxCompositePoints", "maxCompositeContours", "maxTwilightPoints", "maxStorage",
                 "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = False  # the glyphs keep the bounds cu2qu gave them
    font.recalcTimestamp = False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".convert-", suffix=".ttf", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            font.save(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def truetype_file(path: Path, index: int) -> tuple[Path, int]:
    """A TrueType-outline file for the font: the font itself, or its cached conversion."""
    if not _is_cff(path, index):
        return path, index
    stat = path.stat()
    key = hashlib.sha1(f"{path.resolve()}|{index}|{stat.st_size}|{stat.st_mtime_ns}|{_CONVERTER_VERSION}".encode())
    target = cache_dir() / "fonts" / f"{path.stem}-{index}-{key.hexdigest()[:12]}.ttf"
    if not target.exists():
        log.info("preparing %s for PDF output (once; it is cached in %s)…", path.name, target.parent)
        try:
            convert_cff(path, index, target)
        except OSError as exc:
            raise ConfigError(
                f"cannot write the font cache in {target.parent} ({exc.strerror}); "
                "set NEWSCONV_CACHE_DIR to a writable folder"
            ) from None
    return target, 0


# ---------------------------------------------------------------------------- registration


@cache
def _register(path: str, index: int, bold: bool) -> Face:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = "NC-" + hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:10]
    try:
        font = TTFont(name, path, subfontIndex=index)
    except TTFError as exc:
        raise ConfigError(f"reportlab cannot use this font ({exc})", path=path) from None
    pdfmetrics.registerFont(font)
    return Face(name=name, path=path, bold=bold, ascent=0.88)


@cache
def _char_map(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    font: Any = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def load_face(source: str, *, base: Path | None = None) -> Face:
    """A registered face for a source, converting and caching CFF outlines on first use."""
    path, index = _resolve(source, base)
    ttf, ttf_index = truetype_file(path, index)
    return _register(str(ttf), ttf_index, "bold" in path.name.lower())
