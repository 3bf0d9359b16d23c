"""Where each font a profile names is drawn from, and whether it is the font named.

A font name (仿宋_GB2312) is looked for, in order:

1. among the installed fonts, by the names in their name tables (this name and the other names
   of the same font: FangSong_GB2312); found there, it is the font named;
2. in the profile's ``[fonts]`` entry for the name, a list tried in order: another installed
   font (仿宋, 华文仿宋), a file (``fonts/simfang.ttf``, ``font.ttc#1``, relative to the profile)
   or a face newsconv ships (``bundled:fangsong``); unless that face answers to the name, it is
   a stand-in;
3. a name the profile does not list is drawn with the bundled face its name suggests.

The bundled faces (see ``BUNDLED``) come with newsconv or its dependencies, so no system font
is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsconv.errors import ConfigError
from newsconv.writers.pdf.fonts.installed import FONT_SUFFIXES, InstalledFace, installed, normalise, read_faces

if TYPE_CHECKING:
    from newsconv.profiles import Profile


@dataclass(frozen=True, slots=True)
class Bundled:
    package: str
    parts: tuple[str, ...]  # the file inside the package
    family: str  # the face's family name, as its name table gives it
    postscript: str  # its PostScript name, which no other font drawn beside it may take ("" for CFF)


# The faces newsconv draws with when a font is not installed. fangsong, kai, song and
# song-bold are subsets newsconv ships (newsconv/fonts, built by tools/build_fonts.py); the rest
# come from pylopdf-fonts-zh-cn (serif: the whole of Noto Serif SC, CFF outlines, converted
# on first use) and rendercv-fonts (Noto Sans SC and others, TrueType outlines).
_NOTO = ("rendercv_fonts", "Noto Sans")
BUNDLED: dict[str, Bundled] = {
    "fangsong": Bundled("newsconv", ("fonts", "FandolFang-Regular.ttf"), "FandolFang", "FandolFang-Regular"),
    "kai": Bundled("newsconv", ("fonts", "FandolKai-Regular.ttf"), "FandolKai", "FandolKai-Regular"),
    "song": Bundled("newsconv", ("fonts", "NotoSerifSC-Regular.ttf"), "Noto Serif SC", "NotoSerifSC-Regular"),
    "song-bold": Bundled("newsconv", ("fonts", "NotoSerifSC-Bold.ttf"), "Noto Serif SC Bold", "NotoSerifSC-Bold"),
    "hei": Bundled(_NOTO[0], (_NOTO[1], "NotoSansSC-Bold.ttf"), "Noto Sans SC Bold", "NotoSansSC-Bold"),
    "serif": Bundled("pylopdf_fonts_zh_cn", ("NotoSerifSC-Regular.otf",), "Noto Serif SC", ""),
    "sans": Bundled(_NOTO[0], (_NOTO[1], "NotoSansSC-Regular.ttf"), "Noto Sans SC", "NotoSansSC-Regular"),
    "sans-bold": Bundled(_NOTO[0], (_NOTO[1], "NotoSansSC-Bold.ttf"), "Noto Sans SC Bold", "NotoSansSC-Bold"),
    "latin": Bundled(_NOTO[0], (_NOTO[1], "NotoSans-Regular.ttf"), "Noto Sans", "NotoSans-Regular"),
    "latin-bold": Bundled(_NOTO[0], (_NOTO[1], "NotoSans-Bold.ttf"), "Noto Sans Bold", "NotoSans-Bold"),
    "korean": Bundled(_NOTO[0], (_NOTO[1], "NotoSansKR-Regular.ttf"), "Noto Sans KR", "NotoSansKR-Regular"),
    "japanese": Bundled(_NOTO[0], (_NOTO[1], "NotoSansJP-Regular.ttf"), "Noto Sans JP", "NotoSansJP-Regular"),
}
_BOLD_OF = {"song": "song-bold", "sans": "sans-bold", "latin": "latin-bold", "serif": "song-bold"}

# Names one font answers to: the Chinese name Word shows, the English and PostScript names.
# Faces found by any name of a group are the font named, not a stand-in.
SAME_FONT: tuple[tuple[str, ...], ...] = (
    ("仿宋_GB2312", "FangSong_GB2312"),
    ("仿宋", "FangSong", "SimFang"),
    ("楷体_GB2312", "KaiTi_GB2312"),
    ("楷体", "KaiTi", "SimKai"),
    ("黑体", "SimHei"),
    ("宋体", "SimSun"),
    ("新宋体", "NSimSun"),
    ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "FZXBSJW--GB1-0"),
    ("华文仿宋", "STFangsong"),
    ("华文楷体", "STKaiti"),
    ("华文宋体", "STSong"),
    ("华文中宋", "STZhongsong"),
    ("华文黑体", "STHeiti"),
    ("Times New Roman", "TimesNewRomanPSMT"),
)
_ALIASES = {normalise(name): group for group in SAME_FONT for name in group}

# A name the profile does not list: the bundled face its name suggests.
_GUESSES = (
    (("仿宋", "fang"), "fangsong"),
    (("楷", "kai"), "kai"),
    (("黑", "hei", "sans", "gothic", "arial", "helvetica", "雅黑", "yahei"), "hei"),
    (("宋", "song", "明", "ming", "serif", "times", "georgia", "garamond"), "song"),
)


def names_of(name: str) -> tuple[str, ...]:
    """A font name and the other names of the same font."""
    group = _ALIASES.get(normalise(name))
    return (name, *(n for n in group if n != name)) if group else (name,)


@dataclass(frozen=True, slots=True)
class FontSource:
    """Where a face comes from, and how it stands to the font the profile named."""

    path: Path
    index: int
    found_as: str  # "installed", "file", "bundled:fangsong"
    label: str  # the face's own name: 仿宋 (SimFang), FandolFang R, simfang.ttf
    asked: str = ""  # the font name the profile gave ("" for [fallback] fonts)
    stand_in: bool = False  # drawn instead of the font named

    def describe(self) -> str:
        """``FandolFang R (bundled:fangsong)``, ``仿宋 (SimFang) (C:\\Windows\\Fonts\\simfang.ttf)``."""
        if self.found_as.startswith("bundled:"):
            return f"{self.label} ({self.found_as})"
        return f"{self.label} ({self.path}#{self.index})" if self.index else f"{self.label} ({self.path})"


def bundled_path(key: str) -> Path:
    """The font file a ``bundled:`` source names."""
    face = BUNDLED.get(key)
    if face is None:
        known = ", ".join(f"bundled:{k}" for k in BUNDLED)
        raise ConfigError(f"unknown bundled font {key!r}; use one of {known}")
    return Path(str(resources.files(face.package).joinpath(*face.parts)))


@cache
def reserved_names() -> dict[str, str]:
    """{PostScript name: file} of the bundled TrueType faces."""
    return {face.postscript: str(bundled_path(key)) for key, face in BUNDLED.items() if face.postscript}


def _guess(name: str) -> str:
    folded = name.casefold()
    for hints, key in _GUESSES:
        if any(hint in folded for hint in hints):
            return f"bundled:{key}"
    return "bundled:sans"


def is_path(spec: str) -> bool:
    text = spec.partition("#")[0]
    return "/" in text or "\\" in text or text.lower().endswith(FONT_SUFFIXES)


def _answers_to(names: tuple[str, ...], asked: str) -> bool:
    wanted = {normalise(n) for n in names_of(asked)}
    return any(normalise(n) in wanted for n in names)


def _installed_source(face: InstalledFace, asked: str) -> FontSource:
    return FontSource(Path(face.path), face.index, "installed", face.label(), asked,
                      bool(asked) and not _answers_to(face.names, asked))


def _bundled_source(key: str, asked: str, bold: bool) -> FontSource:
    key = _BOLD_OF.get(key, key) if bold else key
    face = BUNDLED.get(key)
    path = bundled_path(key)
    assert face is not None
    return FontSource(path, 0, f"bundled:{key}", face.family, asked, bool(asked) and not _answers_to((face.family,), asked))


def _file_source(spec: str, asked: str, base: Path | None) -> FontSource:
    path_text, _, index_text = spec.partition("#")
    path = Path(path_text).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    if not path.is_file():
        raise ConfigError(f"font file not found: {path}; fix the [fonts] entry in the profile")
    if index_text and not index_text.isdigit():
        raise ConfigError(f"{spec}: the face index after # must be a number, as in font.ttc#1")
    index = int(index_text or 0)
    stand_in = False
    label = path.name
    if asked:
        faces = [f for f in read_faces(path) if f.index == index]
        if faces:
            label = f"{faces[0].label()}"
        stand_in = not (faces and _answers_to(faces[0].names, asked))
    return FontSource(path, index, "file", label, asked, stand_in)


def resolve(spec: str, *, bold: bool = False, base: Path | None = None, asked: str = "") -> FontSource | None:
    """One ``[fonts]`` or ``[fallback]`` entry: ``bundled:song``, a file (relative to ``base``,
    the profile's folder; ``font.ttc#1`` for a collection's second face) or an installed font's
    name. None when no installed font has that name."""
    if spec.startswith("bundled:"):
        return _bundled_source(spec.removeprefix("bundled:"), asked, bold)
    if is_path(spec):
        return _file_source(spec, asked, base)
    face = installed().find(names_of(spec), bold=bold)
    return _installed_source(face, asked) if face is not None else None


_FOUND: dict[tuple[str, tuple[str, ...], bool, Path | None], FontSource] = {}


def find_font(name: str, profile_fonts: dict[str, tuple[str, ...]], *, bold: bool,
              base: Path | None = None) -> FontSource:
    """The face a font name is drawn with: installed under that name, else the profile's
    ``[fonts]`` entries in order, else the bundled face the name suggests."""
    entries = profile_fonts.get(name) or (_guess(name),)
    key = (name, tuple(entries), bold, base)
    if key in _FOUND:
        return _FOUND[key]
    face = installed().find(names_of(name), bold=bold)
    found = _installed_source(face, name) if face is not None else None
    tried = []
    for entry in entries if found is None else ():
        found = resolve(entry, bold=bold, base=base, asked=name)
        if found is not None:
            break
        tried.append(entry)
    if found is None:
        listed = ", ".join(repr(t) for t in tried)
        raise ConfigError(
            f"font {name!r}: {listed} not found (no installed font has that name); in the profile's [fonts], "
            f"add a file path or a bundled face such as bundled:song after it"
        )
    _FOUND[key] = found
    return found


def stand_in_names(name: str, profile_fonts: dict[str, tuple[str, ...]], *, bold: bool) -> tuple[str, ...]:
    """The names of the faces a profile draws in place of ``name`` when it is not installed:
    the installed fonts its ``[fonts]`` entry lists (with their other names) and the bundled
    faces' PostScript names (``newsconv check`` tells a stand-in from another face by them)."""
    out: list[str] = []
    for entry in profile_fonts.get(name) or (_guess(name),):
        if entry.startswith("bundled:"):
            key = entry.removeprefix("bundled:")
            key = _BOLD_OF.get(key, key) if bold else key
            face = BUNDLED.get(key)
            if face is not None:
                out += [n for n in (face.postscript, face.family) if n]
        elif not is_path(entry):
            out += names_of(entry)
    return tuple(out)


def fallback_font(spec: str, base: Path | None = None) -> FontSource:
    """A ``[fallback]`` font; an installed name that is not installed is an error."""
    found = resolve(spec, base=base)
    if found is None:
        raise ConfigError(
            f"fallback font {spec!r} not found (no installed font has that name); in the profile's [fallback], "
            "give a file path or a bundled face such as bundled:sans"
        )
    return found


def forget() -> None:
    """Forget what was found (after fonts were installed or removed)."""
    _FOUND.clear()


def profile_base(profile: Profile) -> Path | None:
    """The folder a profile's relative font paths start from (None for the built-in ones)."""
    if profile.source and not profile.source.endswith("(built-in profile)"):
        return Path(profile.source).parent
    return None
