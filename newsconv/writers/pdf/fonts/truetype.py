"""CFF outlines to TrueType outlines (fontTools, cu2qu), for reportlab, which embeds only
TrueType-outline fonts.

Used three ways: ahead of time by ``tools/build_fonts.py`` for the faces newsconv ships; on
first use for a CFF font a profile names for a role (an OpenType .otf, Noto CJK), whose whole
converted copy is kept in the font cache; and for a CFF font in the ``[fallback]`` list, which
only draws the odd character the role's faces lack, a block of 64 code points at a time (a
whole 30,000-glyph font takes from 15 s to minutes on a busy machine; a block a few tenths of a
second).
Cache entries are named by the digest of the original's bytes.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsconv.errors import ConfigError
from newsconv.writers.pdf.fonts.cache import cache_dir, digest, locked, write_atomic

log = logging.getLogger("newsconv")

CONVERTER_VERSION = "2"  # part of every cached conversion's name: bump to rebuild them
MAX_ERROR = 1.0  # font units (1/1000 em): 0.02 pt at 22 pt, far below what print shows


def is_cff(path: Path, index: int) -> bool:
    """Whether a face has CFF (PostScript) outlines."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head == b"ttcf":
            from fontTools.ttLib import TTFont

            return "CFF " in TTFont(str(path), fontNumber=index, lazy=True)
    return head == b"OTTO"


def _quadratic(glyph_set: object, name: str) -> object:
    """One CFF glyph as a TrueType glyph (cubic curves to quadratic, cu2qu)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    pen = TTGlyphPen(None)
    glyph_set[name].draw(Cu2QuPen(pen, max_err=MAX_ERROR, reverse_direction=True))  # type: ignore[index]
    glyph = pen.glyph()
    glyph.recalcBounds(None)
    return glyph


def _convert_glyphs(path: str, index: int, names: list[str]) -> list[tuple[str, bytes, int, int]]:
    """Worker: TrueType glyph data for CFF glyphs."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=index, lazy=True)
    glyph_set = font.getGlyphSet()
    out = []
    for name in names:
        glyph: Any = _quadratic(glyph_set, name)
        points = len(glyph.coordinates) if glyph.numberOfContours > 0 else 0
        contours = max(glyph.numberOfContours, 0)
        out.append((name, glyph.compile(None, recalcBBoxes=False), points, contours))
    return out


def _maxp(count: int, results: list[tuple[str, bytes, int, int]]) -> object:
    from fontTools.ttLib import newTable

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = count
    maxp.maxPoints = max(p for _, _, p, _ in results)
    maxp.maxContours = max(c for _, _, _, c in results)
    for attr in ("maxCompositePoints", "maxCompositeContours", "maxTwilightPoints", "maxStorage",
                 "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    return maxp


def convert_cff(path: Path, index: int, target: Path, workers: int | None = None, *,
                glyph_names: bool = True) -> None:
    """Write a TrueType-outline copy of a CFF face to ``target`` (atomically). Without
    ``glyph_names`` the copy carries no glyph names (post format 3), as shipped fonts do."""
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    font = TTFont(str(path), fontNumber=index, lazy=True)
    order = font.getGlyphOrder()
    workers = workers or (1 if len(order) < 2000 else min(4, os.cpu_count() or 1))  # small fonts: no pool
    results: list[tuple[str, bytes, int, int]] = []
    if workers == 1:
        results = _convert_glyphs(str(path), index, order)
    else:
        chunks = [order[i::workers] for i in range(workers)]
        from concurrent.futures import ProcessPoolExecutor  # only when a font must be converted

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
    font["maxp"] = _maxp(len(order), results)
    font["head"].glyphDataFormat = 0
    post = font["post"]
    if glyph_names:
        post.formatType = 2.0
        post.extraNames = []
        post.mapping = {}
        post.glyphOrder = order
    else:
        post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = False  # the glyphs keep the bounds cu2qu gave them
    font.recalcTimestamp = False
    write_atomic(target, font.save)


def truetype_file(path: Path, index: int) -> tuple[Path, int]:
    """A TrueType-outline file for the face: the font itself, or its converted copy in the
    cache, named by the original's content (made once per machine, under a lock)."""
    if not is_cff(path, index):
        return path, index
    target = cache_dir() / "truetype" / f"{digest(path)[:32]}-{index}-v{CONVERTER_VERSION}.ttf"
    if target.exists():
        return target, 0
    try:
        with locked(target):
            if not target.exists():  # another process may have made it while this one waited
                log.info("preparing %s for PDF output (once per machine; kept in %s)…", path.name, target.parent)
                convert_cff(path, index, target)
    except OSError as exc:
        raise ConfigError(
            f"cannot write the font cache in {target.parent} ({exc.strerror or exc}); "
            "set NEWSCONV_CACHE_DIR to a writable folder"
        ) from None
    return target, 0


# ---------------------------------------------------------------------------- fallback fonts, by block

BLOCK = 64  # code points converted together: a rare character costs a few tenths of a second


def charset(path: Path, index: int) -> frozenset[int]:
    """The code points a font maps, kept in the cache (reading a CJK font's cmap with fontTools
    takes a good part of a second)."""
    import array

    target = cache_dir() / "charsets" / f"{digest(path)[:32]}-{index}.u32"
    try:
        values = array.array("I")
        values.frombytes(target.read_bytes())
        return frozenset(values)
    except (OSError, ValueError):
        pass
    from fontTools.ttLib import TTFont

    codes = sorted(TTFont(str(path), fontNumber=index, lazy=True).getBestCmap())
    try:
        write_atomic(target, lambda fh: fh.write(array.array("I", codes).tobytes()))
    except OSError as exc:  # a read-only cache only costs time
        log.debug("cannot cache the character set of %s (%s)", path, exc)
    return frozenset(codes)


@lru_cache(maxsize=2)
def _opened(path: str, index: int) -> object:
    """A CFF font opened once for all the blocks a run converts (opening one takes a good part
    of a second)."""
    from fontTools.ttLib import TTFont

    return TTFont(path, fontNumber=index, lazy=True)


def _build_block(path: Path, index: int, block: int, target: Path) -> None:
    """A small TrueType font holding one block of a CFF font's characters, with the source's
    metrics, names and dates (the same bytes on every machine)."""
    from fontTools.fontBuilder import FontBuilder

    font: Any = _opened(str(path), index)
    cmap = {code: name for code, name in font.getBestCmap().items() if code // BLOCK == block}
    names = [".notdef", *sorted(set(cmap.values()) - {".notdef"}, key=font.getGlyphID)]
    glyph_set = font.getGlyphSet()
    head, hhea, hmtx = font["head"], font["hhea"], font["hmtx"]
    builder = FontBuilder(head.unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap(cmap)
    builder.setupGlyf({name: _quadratic(glyph_set, name) for name in names})
    builder.setupHorizontalMetrics({name: hmtx[name] for name in names})
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap)
    builder.setupHead(unitsPerEm=head.unitsPerEm, created=head.created, modified=head.modified,
                      fontRevision=head.fontRevision, macStyle=head.macStyle)
    builder.font["name"] = font["name"]
    builder.font["OS/2"] = font["OS/2"]
    builder.setupPost()
    builder.font.recalcTimestamp = False
    write_atomic(target, builder.font.save)


def truetype_block(path: Path, index: int, code: int) -> Path:
    """A TrueType-outline font with the block of a CFF font that holds ``code`` (made once per
    machine, under a lock)."""
    block = code // BLOCK
    target = cache_dir() / "truetype" / f"{digest(path)[:32]}-{index}-u{block * BLOCK:05x}-v{CONVERTER_VERSION}.ttf"
    if target.exists():
        return target
    try:
        with locked(target):
            if not target.exists():
                log.debug("preparing U+%04X–U+%04X of %s for PDF output…", block * BLOCK, block * BLOCK + BLOCK - 1,
                          path.name)
                _build_block(path, index, block, target)
    except OSError as exc:
        raise ConfigError(
            f"cannot write the font cache in {target.parent} ({exc.strerror or exc}); "
            "set NEWSCONV_CACHE_DIR to a writable folder"
        ) from None
    return target
