"""PDF fonts: finding font files, converting CFF outlines for reportlab, registering faces,
and choosing a face for each character.

The only module that touches font files, fontTools and reportlab's font registry.

The default faces come from Python packages, so no system font is needed:
``bundled:serif`` is Noto Serif SC (pylopdf-fonts-zh-cn), ``bundled:sans`` and
``bundled:sans-bold`` are Noto Sans SC Regular and Bold (rendercv-fonts). reportlab embeds
only TrueType outlines, and Noto Serif SC has CFF outlines, so its outlines are converted to
TrueType with fontTools (cu2qu) once, into a cache folder, in parallel worker processes.

A profile's ``[fonts]`` table says where each font name is found: ``bundled:…``, a file
(``.ttf``, ``.otf``, ``.ttc#1`` for the second face of a collection; relative to the profile)
or a family name that fontconfig knows (``Noto Serif CJK SC``). A name missing from the table
is looked up in fontconfig by itself, else drawn with the bundled serif or sans.

Every character is drawn with the first face of its role's chain that has it: the Latin font
for Latin text and the East-Asian font for the rest, then the other one, then the profile's
``[fallback]`` fonts. ``FontChain.missing`` lists what no face has.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import shutil
import subprocess
import tempfile
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsconv.errors import ConfigError

if TYPE_CHECKING:
    from newsconv.profiles import Profile

log = logging.getLogger("newsconv")

_CONVERTER_VERSION = "1"  # bump to rebuild cached conversions
_FACE_CACHE_VERSION = "2"  # bump to rebuild cached parsed faces
_SERIF_HINTS = ("宋", "仿宋", "楷", "明", "Song", "Ming", "Serif", "Times", "Georgia", "Garamond", "Kai", "Fang")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
_BUNDLED = ("serif", "sans", "sans-bold")


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font: reportlab's name for it, the file it was drawn from, the file or
    family it was found as, whether it is bold."""

    name: str
    path: str
    origin: str
    bold: bool
    ascent: float = 0.88  # em-box top above the baseline, in ems (ideographic em box: 0.88)

    def has(self, char: str) -> bool:
        return ord(char) in _char_map(self.name)


@dataclass(frozen=True, slots=True)
class FontSource:
    """Where a face comes from: a file, the face's index in it, and how it was found."""

    path: Path
    index: int
    found_as: str  # "bundled:serif", "file", "fontconfig: Noto Serif CJK SC"
    bold: bool  # the file is a bold face

    def describe(self) -> str:
        where = f"{self.path}#{self.index}" if self.index else str(self.path)
        return where if self.found_as == "file" else f"{where} ({self.found_as})"


# bundled:<key> -> the file in rendercv-fonts' "Noto Sans" folder (bundled:serif is apart)
_RENDERCV = {
    "sans": "NotoSansSC-Regular.ttf", "sans-bold": "NotoSansSC-Bold.ttf",
    "latin": "NotoSans-Regular.ttf", "latin-bold": "NotoSans-Bold.ttf",  # Latin, Greek, Cyrillic
    "korean": "NotoSansKR-Regular.ttf", "japanese": "NotoSansJP-Regular.ttf",
}


def bundled_path(key: str) -> Path:
    """The font file a ``bundled:`` source names."""
    if key == "serif":
        return Path(str(resources.files("pylopdf_fonts_zh_cn").joinpath("NotoSerifSC-Regular.otf")))
    if key in _RENDERCV:
        return Path(str(resources.files("rendercv_fonts").joinpath("Noto Sans", _RENDERCV[key])))
    known = ", ".join(f"bundled:{k}" for k in ("serif", *_RENDERCV))
    raise ConfigError(f"unknown bundled font {key!r}; use one of {known}")


def cache_dir() -> Path:
    """Where converted fonts are kept: $NEWSCONV_CACHE_DIR, else the user's cache folder."""
    if env := os.environ.get("NEWSCONV_CACHE_DIR"):
        return Path(env)
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsconv"


# ---------------------------------------------------------------------------- finding a font


def _bundled_guess(name: str, bold: bool) -> str:
    if any(h.lower() in name.lower() for h in _SERIF_HINTS):
        return "bundled:serif"
    return "bundled:sans-bold" if bold else "bundled:sans"


def source_for(name: str, profile_fonts: dict[str, str], *, bold: bool) -> str:
    """The source a font name is drawn from: its ``[fonts]`` entry, else the name itself when
    fontconfig knows it, else the bundled serif or sans."""
    if name in profile_fonts:
        return profile_fonts[name]
    if fontconfig_lookup(name, bold) is not None:
        return name
    return _bundled_guess(name, bold)


def _is_path(spec: str) -> bool:
    text = spec.partition("#")[0]
    return "/" in text or "\\" in text or text.lower().endswith(_FONT_SUFFIXES)


def _fc_escape(family: str) -> str:
    return re.sub(r"([\\\-:,=])", r"\\\1", family)


@cache
def fontconfig_lookup(family: str, bold: bool) -> FontSource | None:
    """The installed face of a family closest to regular (or bold), through ``fc-list``;
    None where fontconfig is absent or has no such family."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        found = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\t%{weight}\t%{slant}\n", f":family={_fc_escape(family)}"],
            capture_output=True, text=True, timeout=20, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    wanted = 200 if bold else 80  # fontconfig weights: 80 regular, 200 bold
    best: tuple[tuple[int, int, str, int], FontSource] | None = None
    for line in found.splitlines():
        parts = line.split("\t")
        if len(parts) != 4 or not parts[0].lower().endswith(_FONT_SUFFIXES):
            continue  # Type 1, bitmap and other files reportlab cannot embed
        file, index, weight, slant = parts
        try:
            weight_n, slant_n, index_n = int(float(weight)), int(float(slant)), int(index)
        except ValueError:
            continue
        rank = (slant_n != 0, abs(weight_n - wanted), file, index_n)
        source = FontSource(Path(file), index_n, f"fontconfig: {family}", weight_n >= 180)
        if best is None or rank < best[0]:
            best = (rank, source)
    return best[1] if best else None


def resolve(spec: str, *, bold: bool = False, base: Path | None = None) -> FontSource:
    """The file for a source: ``bundled:serif``, ``path/font.ttf``, ``font.ttc#1`` (relative to
    ``base``, the profile's folder) or a family name fontconfig knows."""
    if spec.startswith("bundled:"):
        key = spec.removeprefix("bundled:")
        return FontSource(bundled_path(key), 0, spec, key.endswith("-bold"))
    if _is_path(spec):
        path_text, _, index = spec.partition("#")
        path = Path(path_text).expanduser()
        if not path.is_absolute() and base is not None:
            path = base / path
        if not path.is_file():
            raise ConfigError(f"font file not found: {path}; fix the [fonts] entry in the profile")
        if index and not index.isdigit():
            raise ConfigError(f"{spec}: the face index after # must be a number, as in font.ttc#1")
        return FontSource(path, int(index or 0), "file", "bold" in path.name.lower())
    found = fontconfig_lookup(spec, bold)
    if found is None:
        where = "fontconfig has no such family" if shutil.which("fc-list") else "fontconfig is not installed"
        raise ConfigError(
            f"font {spec!r} not found ({where}); in the profile's [fonts], give a file path or bundled:serif"
        )
    return found


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
    workers = workers or (1 if len(order) < 2000 else min(4, os.cpu_count() or 1))  # small fonts: no pool
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


_BIG = ("_ttf_data", "_pdfScale", "glyphToChar", "charToGlyph", "charWidths", "hmetrics", "glyphPos")


def _face_state(face: Any) -> dict[str, Any]:
    """What reportlab parsed from a font, with the per-glyph tables packed as arrays."""
    from array import array

    state = {k: v for k, v in face.__dict__.items() if k not in _BIG}
    state["_c2g"] = (array("I", face.charToGlyph.keys()).tobytes(), array("I", face.charToGlyph.values()).tobytes())
    state["_cw"] = (array("I", face.charWidths.keys()).tobytes(), array("i", face.charWidths.values()).tobytes())
    state["_hm"] = array("i", [n for pair in face.hmetrics for n in pair]).tobytes()
    state["_gp"] = array("Q", face.glyphPos).tobytes()
    return state


def _unpack(code: str, data: bytes) -> Any:
    from array import array

    values = array(code)
    values.frombytes(data)
    return values


class _Pairs:
    """reportlab's ``hmetrics`` (a list of (advance, left side bearing)) over a flat array."""

    __slots__ = ("_flat",)

    def __init__(self, flat: Any) -> None:
        self._flat = flat

    def __len__(self) -> int:
        return len(self._flat) // 2

    def __getitem__(self, glyph: int) -> tuple[int, int]:
        return self._flat[2 * glyph], self._flat[2 * glyph + 1]


class _GlyphToChar(dict):  # type: ignore[type-arg]
    """reportlab's ``glyphToChar``, built from the character map when first asked for."""

    def __init__(self, char_to_glyph: dict[int, int]) -> None:
        super().__init__()
        self._source: dict[int, int] | None = char_to_glyph

    def _build(self) -> None:
        if self._source is not None:
            for char, glyph in self._source.items():
                self.setdefault(glyph, []).append(char)
            self._source = None

    def __getitem__(self, key: Any) -> Any:
        self._build()
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._build()
        return super().__contains__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._build()
        return super().get(key, default)

    def __iter__(self) -> Any:
        self._build()
        return super().__iter__()

    def __len__(self) -> int:
        self._build()
        return super().__len__()

    def items(self) -> Any:
        self._build()
        return super().items()

    def keys(self) -> Any:
        self._build()
        return super().keys()

    def values(self) -> Any:
        self._build()
        return super().values()


def _restore_face(state: dict[str, Any], data: bytes) -> Any:
    from reportlab.pdfbase.ttfonts import TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    packed = {k: state[k] for k in ("_c2g", "_cw", "_hm", "_gp")}
    face.__dict__.update({k: v for k, v in state.items() if k not in packed})
    face.charToGlyph = dict(zip(_unpack("I", packed["_c2g"][0]), _unpack("I", packed["_c2g"][1]), strict=True))
    face.charWidths = dict(zip(_unpack("I", packed["_cw"][0]), _unpack("i", packed["_cw"][1]), strict=True))
    face.hmetrics = _Pairs(_unpack("i", packed["_hm"]))
    face.glyphPos = _unpack("Q", packed["_gp"])
    face.glyphToChar = _GlyphToChar(face.charToGlyph)
    face._ttf_data = data
    face._pdfScale = _pdf_scale(face.unitsPerEm)
    return face


def _parse_face(path: str, index: int) -> Any:
    """reportlab's parsed face for a TrueType file, from the cache when it is there.

    reportlab reads every glyph's metrics and the whole character map of a font on each
    start, which for a 30,000-glyph Chinese font is most of a short run's time. The parsed
    tables are kept in the cache folder beside the converted fonts (without the font data,
    which is read from the file), keyed by the file, its size and time, and reportlab's and
    Python's versions.
    """
    import sys

    from reportlab import Version
    from reportlab.pdfbase.ttfonts import TTFontFace

    file = Path(path)
    stat = file.stat()
    key = hashlib.sha1(
        f"{file.resolve()}|{index}|{stat.st_size}|{stat.st_mtime_ns}|{Version}|{sys.version_info[:2]}|"
        f"{_FACE_CACHE_VERSION}".encode()
    ).hexdigest()[:16]
    cached = cache_dir() / "faces" / f"{file.stem}-{index}-{key}.pickle"
    try:
        state = pickle.loads(cached.read_bytes())  # noqa: S301 - newsconv's own cache file
        return _restore_face(state, file.read_bytes())
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a damaged cache entry is rebuilt, never fatal
        log.debug("rebuilding the font cache entry %s (%s)", cached, exc)
    face = TTFontFace(path, subfontIndex=index)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".face-", dir=cached.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(_face_state(face), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cached)
    except OSError as exc:  # a read-only cache only costs time
        log.debug("cannot cache the parsed font in %s (%s)", cached.parent, exc)
    return face


def _pdf_scale(units_per_em: int) -> Any:
    """reportlab's font-unit to 1/1000-em scale (what ``TTFontFile.extractInfo`` sets)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


@cache
def _register(path: str, index: int, bold: bool, origin: str) -> Face:
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont

    name = "NC-" + hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:10]
    try:
        face = _parse_face(path, index)
    except TTFError as exc:
        raise ConfigError(f"reportlab cannot use this font ({exc})", path=origin) from None
    except OSError as exc:
        raise ConfigError(f"cannot read this font ({exc.strerror})", path=origin) from None
    # what TTFont.__init__ does, with the face parsed above
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False  # newsconv sets Chinese and Latin text itself; no HarfBuzz shaping
    pdfmetrics.registerFont(font)
    return Face(name=name, path=path, origin=origin, bold=bold)


@cache
def _char_map(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    font: Any = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def load_face(source: FontSource) -> Face:
    """A registered face for a source, converting and caching CFF outlines on first use."""
    ttf, ttf_index = truetype_file(source.path, source.index)
    return _register(str(ttf), ttf_index, source.bold, source.describe())


# ---------------------------------------------------------------------------- face per character

_IGNORED = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))  # controls, format and space characters


def _latin(char: str) -> bool:
    return unicodedata.east_asian_width(char) not in "WF" and char not in "“”‘’—…·"


@dataclass(slots=True)
class FontChain:
    """The faces a role draws with: Latin text with the Latin face, everything else with the
    East-Asian face, then the other, then the fallbacks; the first that has a character wins."""

    east_asian: Face
    latin: Face
    fallback_sources: tuple[FontSource, ...] = ()  # each loaded when a character first needs it
    _chosen: dict[str, Face | None] = field(default_factory=dict)
    _loaded: list[Face] = field(default_factory=list)
    _runs: dict[str, list[tuple[Face, str]]] = field(default_factory=dict)

    def _fallback(self, n: int) -> Face:
        while len(self._loaded) <= n:
            self._loaded.append(load_face(self.fallback_sources[len(self._loaded)]))
        return self._loaded[n]

    def face_for(self, char: str) -> Face | None:
        """The face that draws ``char``; None when no face of the chain has it."""
        try:
            return self._chosen[char]
        except KeyError:
            pass
        first, second = (self.latin, self.east_asian) if _latin(char) else (self.east_asian, self.latin)
        chosen = first if first.has(char) else second if second.has(char) else None
        if chosen is None:
            chosen = next((face for n in range(len(self.fallback_sources)) if (face := self._fallback(n)).has(char)),
                          None)
        self._chosen[char] = chosen
        return chosen

    def runs(self, text: str) -> list[tuple[Face, str]]:
        """``text`` cut into runs of one face. A character no face has goes with its neighbours
        (it prints as the font's empty box; ``missing`` reports it)."""
        cached = self._runs.get(text)
        if cached is None:
            cached = self._runs[text] = self._cut(text)
            if len(self._runs) > 50_000:
                self._runs.clear()
        return cached

    def _cut(self, text: str) -> list[tuple[Face, str]]:
        out: list[tuple[Face, str]] = []
        for char in text:
            face = self.face_for(char)
            if face is None:
                face = out[-1][0] if out else (self.latin if _latin(char) else self.east_asian)
            if out and out[-1][0] is face:
                out[-1] = (face, out[-1][1] + char)
            else:
                out.append((face, char))
        return out

    def missing(self, text: str) -> set[str]:
        """The characters of ``text`` that no face of the chain has (spaces and controls aside)."""
        return {c for c in set(text) if unicodedata.category(c) not in _IGNORED and self.face_for(c) is None}


def profile_base(profile: Profile) -> Path | None:
    """The folder a profile's relative font paths start from (None for the built-in ones)."""
    if profile.source and not profile.source.endswith("(built-in profile)"):
        return Path(profile.source).parent
    return None


def role_sources(profile: Profile, role_name: str) -> tuple[FontSource, FontSource, tuple[FontSource, ...]]:
    """Where a role's East-Asian face, Latin face and fallbacks come from."""
    role = profile.role(role_name)
    base = profile_base(profile)

    def find(name: str) -> FontSource:
        return resolve(source_for(name, profile.fonts, bold=role.bold), bold=role.bold, base=base)

    fallbacks = tuple(resolve(spec, bold=role.bold, base=base) for spec in profile.fallback_fonts)
    return find(role.east_asian), find(role.latin), fallbacks


_CHAINS: dict[tuple[FontSource, FontSource, tuple[FontSource, ...]], FontChain] = {}


def role_chain(profile: Profile, role_name: str) -> FontChain:
    """The font chain of a role; one object per distinct set of faces, kept for the process
    (it remembers which face draws each character)."""
    key = role_sources(profile, role_name)
    chain = _CHAINS.get(key)
    if chain is None:
        east_asian, latin, fallbacks = key
        chain = _CHAINS[key] = FontChain(load_face(east_asian), load_face(latin), fallbacks)
    return chain
