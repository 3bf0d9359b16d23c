"""Faces registered with reportlab, and reportlab's parsed tables kept in the font cache.

reportlab reads every glyph's metrics and the whole character map of a font on each start,
which for a 30,000-glyph Chinese font is most of a short run's time. The parsed tables are
kept in the font cache (without the font data, which is read from the file), named by the
digest of the font's bytes and reportlab's and Python's versions, so one entry serves every
virtual environment on the machine that has the same font.
"""

from __future__ import annotations

import logging
import pickle
import struct
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newsconv.errors import ConfigError
from newsconv.writers.pdf.fonts.cache import cache_dir, digest, save_memo, write_atomic
from newsconv.writers.pdf.fonts.sources import FontSource, reserved_names
from newsconv.writers.pdf.fonts.truetype import BLOCK, charset, is_cff, truetype_block, truetype_file

log = logging.getLogger("newsconv")

FACE_CACHE_VERSION = "3"  # part of every cached face's name: bump to rebuild them
_FORCE_BOLD = 1 << 18  # reportlab's FF_FORCEBOLD: the font's OS/2 weight class is 600 or more


@dataclass(frozen=True, slots=True)
class Face:
    """A registered font: reportlab's name for it, the file it was drawn from, what it was
    found as, whether it is a bold face."""

    name: str
    path: str
    origin: str
    bold: bool
    ascent: float = 0.88  # em-box top above the baseline, in ems (ideographic em box: 0.88)

    def has(self, char: str) -> bool:
        return ord(char) in _char_map(self.name)


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


class _GlyphTable:
    """A face's 'glyf' table as reportlab's subsetter reads it (one glyph's bytes at a time)
    without the copy of the whole table that slicing the font's bytes makes: 13 MB for the
    complete Noto Serif SC, for every subset of 256 characters."""

    __slots__ = ("data", "start", "length")

    def __init__(self, data: Any, start: int, length: int) -> None:
        self.data, self.start, self.length = data, start, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, part: slice) -> bytes:
        first, stop, _ = part.indices(self.length)
        return bytes(self.data[self.start + first : self.start + max(first, stop)])


def _lean_tables(face: Any) -> Any:
    """The face answering ``get_table('glyf')`` with a view (every other table is small and read
    once per subset, as reportlab does)."""
    copy_table = face.get_table

    def get_table(tag: str) -> Any:
        if tag == "glyf":
            start, length = face.get_table_pos(tag)
            return _GlyphTable(face._ttf_data, start, length)
        return copy_table(tag)

    face.get_table = get_table
    return face


def _pdf_scale(units_per_em: int) -> Any:
    """reportlab's font-unit to 1/1000-em scale (what ``TTFontFile.extractInfo`` sets)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def cached_face_path(path: Path, index: int) -> Path:
    """Where the parsed tables of a face are kept: named by the font's content."""
    from reportlab import Version

    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / "faces" / f"{digest(path)[:32]}-{index}-rl{Version}-py{python}-v{FACE_CACHE_VERSION}.pickle"


def _mapped(file: Path) -> Any:
    """The font's bytes, mapped rather than read: a run uses a few hundred kilobytes of the
    30 MB of fonts a profile names (reportlab only slices the data)."""
    import mmap

    with file.open("rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def parse_face(path: str, index: int) -> Any:
    """reportlab's parsed face for a TrueType file, from the cache when it is there."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    file = Path(path)
    cached = cached_face_path(file, index)
    try:
        state = pickle.loads(cached.read_bytes())  # newsconv's own cache file
        state["filename"] = path  # the entry may have been made from a copy elsewhere
        return _lean_tables(_restore_face(state, _mapped(file)))
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a damaged cache entry is rebuilt, never fatal
        log.debug("rebuilding the font cache entry %s (%s)", cached, exc)
    face = TTFontFace(path, subfontIndex=index)
    try:
        state = _face_state(face)
        write_atomic(cached, lambda fh: pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:  # a read-only cache only costs time
        log.debug("cannot cache the parsed font in %s (%s)", cached.parent, exc)
    return _lean_tables(face)


@cache
def _register(path: str, index: int, origin: str, tag: str = "") -> Face:
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFont

    try:
        font_digest = digest(Path(path))
        name = f"NC-{font_digest[:12]}-{index}"  # the same name for the same font everywhere
        face = parse_face(path, index)
    except TTFError as exc:
        raise ConfigError(f"reportlab cannot use this font ({exc})", path=origin) from None
    except (struct.error, ValueError, IndexError, KeyError, EOFError) as exc:  # a truncated or damaged file
        raise ConfigError(f"this font file is damaged or cut short ({type(exc).__name__}: {exc}); "
                          "install it again or name another font", path=origin) from None
    except OSError as exc:
        raise ConfigError(f"cannot read this font ({exc.strerror})", path=origin) from None
    finally:
        save_memo()
    # reportlab takes two fonts with one PostScript name for the same font and draws the second
    # with the first's glyphs. So a block of a fallback font is named for its block; a font
    # that takes a bundled face's name (an installed Noto Serif SC, the whole converted one) gets
    # its digest added, the same in every run; and so does, as a last resort, a font whose name
    # another font drawn earlier in this process took (two versions of SimSun in one profile).
    face.name += tag.encode("ascii")
    bundled = reserved_names().get(face.name.decode("ascii", "replace"))
    taken = pdfmetrics._dynFaceNames.get(face.name)
    if (bundled is not None and bundled != path) or (taken is not None and taken.fontName != name):
        face.name += f"-{font_digest[:6]}".encode("ascii")
    # what TTFont.__init__ does, with the face parsed above
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False  # newsconv sets Chinese and Latin text itself; no HarfBuzz shaping
    pdfmetrics.registerFont(font)
    return Face(name=name, path=path, origin=origin, bold=bool(face.flags & _FORCE_BOLD))


@cache
def _char_map(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    font: Any = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def load_face(source: FontSource) -> Face:
    """A registered face for a source, converting and caching CFF outlines on first use."""
    try:
        ttf, ttf_index = truetype_file(source.path, source.index)
    finally:
        save_memo()
    return _register(str(ttf), ttf_index, source.describe())


class BlockFont:
    """A CFF font in the ``[fallback]`` list. It only draws characters the role's own faces
    lack, so it is not converted whole: ``has`` reads its character map, and ``face_for`` gives
    a face holding the block of 64 code points around a character, converted the first time a
    character of the block is printed."""

    def __init__(self, source: FontSource) -> None:
        self.source = source
        self._chars: frozenset[int] | None = None
        self._blocks: dict[Path, Face] = {}

    def has(self, char: str) -> bool:
        if self._chars is None:
            try:
                self._chars = charset(self.source.path, self.source.index)
            finally:
                save_memo()
        return ord(char) in self._chars

    def face_for(self, char: str) -> Face:
        path = truetype_block(self.source.path, self.source.index, ord(char))
        face = self._blocks.get(path)
        if face is None:
            # named for its block and its font, so that no other font drawn beside it takes the name
            tag = f"-U{ord(char) // BLOCK * BLOCK:05X}-{digest(self.source.path)[:6]}"
            face = self._blocks[path] = _register(str(path), 0, self.source.describe(), tag)
        return face


def load_fallback(source: FontSource) -> Face | BlockFont:
    """A ``[fallback]`` font: a registered face, or, for CFF outlines, one converted by blocks."""
    return BlockFont(source) if is_cff(source.path, source.index) else load_face(source)
