"""Profiles: the look of every output as data (TOML), loaded and validated into a ``Profile``.

DOCX, PDF and the HTML print CSS all read the same profile. Code names roles ("title", "body",
"heading 1"); sizes, fonts, spacing and page geometry come from here.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from newsconv.errors import ConfigError
from newsconv.files import CONFIG_LIMIT, read_text_limited

ROLES: tuple[str, ...] = (
    "title",
    "subtitle",
    "meta",
    "heading 1",
    "heading 2",
    "heading 3",
    "heading 4",
    "body",
    "quote",
    "caption",
    "page number",
    # the parts of an official document (GB/T 9704-2012 §7)
    "mark",  # 发文机关标志
    "head",  # 份号, 密级和保密期限, 紧急程度
    "doc number",  # 发文字号, and the 签发人 label
    "signer",  # the 签发人's name
    "addressees",  # 主送机关
    "attachment list",  # 附件说明
    "signature",  # 发文机关署名 and 成文日期
    "note",  # 附注
    "attachment label",  # 附件 and its number, on an attachment's first page
    "record",  # 版记: 抄送机关, 印发机关和印发日期
)
Align = Literal["left", "center", "right", "justify"]
ALIGNS: tuple[Align, ...] = ("left", "center", "right", "justify")
PageNumberAlign = Literal["center", "outside", "left", "right"]
PAGE_NUMBER_ALIGNS: tuple[PageNumberAlign, ...] = ("center", "outside", "left", "right")
DateStyle = Literal["native", "iso"]
DATE_STYLES: tuple[DateStyle, ...] = ("native", "iso")

# Chinese type sizes in points (字号).
CHINESE_SIZES: dict[str, float] = {
    "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16,
    "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5,
}
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "B5": (176, 250),
    "Letter": (215.9, 279.4), "Legal": (215.9, 355.6),
}
_UNITS_PT = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "px": 0.75}
MAX_LENGTH_PT = 14400.0  # 5 m: no page, margin or space is longer
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(pt|mm|cm|in|px)?\s*$")


@dataclass(frozen=True, slots=True)
class RoleStyle:
    east_asian: str
    latin: str
    size: float  # points
    bold: bool = False
    italic: bool = False
    align: Align = "left"
    line_spacing: float = 1.0  # a multiple, or points when line_exact
    line_exact: bool = False
    first_line_indent: float = 0  # characters
    left_indent: float = 0  # characters
    space_before: float = 0  # points
    space_after: float = 0  # points
    keep_with_next: bool = False
    letter_spacing: float = 0  # points added between characters
    widow_control: bool = True  # no single line of a paragraph alone at a page's top or bottom
    color: str = "#000000"  # text colour, #RRGGBB (a 发文机关标志 or an issue's masthead is red)

    @property
    def rgb(self) -> tuple[int, int, int]:
        return int(self.color[1:3], 16), int(self.color[3:5], 16), int(self.color[5:7], 16)

    def leading(self, font_line_height: float = 1.0) -> float:
        """Distance between baselines in points."""
        if self.line_exact:
            return self.line_spacing
        return self.size * font_line_height * self.line_spacing


@dataclass(frozen=True, slots=True)
class PageSetup:
    width: float  # points
    height: float
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float

    @property
    def frame_width(self) -> float:
        return self.width - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom


@dataclass(frozen=True, slots=True)
class PageNumbers:
    format: str = "{page}"
    align: PageNumberAlign = "center"
    inset: float = 0  # characters
    distance: float = 20  # points from the type area's bottom to the top of the number

    def text(self, page: int) -> str:
        return self.format.replace("{page}", str(page))


@dataclass(frozen=True, slots=True)
class Running:
    """Text printed on every page above and below the type area ({title} is the article's title)."""

    header: str = ""
    footer: str = ""

    def text(self, which: str, title: str) -> str:
        return getattr(self, which).replace("{title}", title)


@dataclass(frozen=True, slots=True)
class Grid:
    """A character grid (GB/T 9704: 22 lines of 28 characters)."""

    lines: int
    chars: int


@dataclass(frozen=True, slots=True)
class OfficialLayout:
    """The numbers of an official document's layout that belong to no one role (GB/T 9704-2012
    §7); lengths in points, ``*_lines`` in lines of the body's pitch, insets in characters."""

    mark_top: float = 35 * 72 / 25.4  # type area's top edge to the 发文机关标志's top edge (§7.2.5)
    mark_lines_after: int = 2  # blank lines between the mark and the 发文字号 (§7.2.4)
    rule_color: str = "#FF0000"  # the 版头's rule (§7.2.6)
    rule_width: float = 0.35 * 72 / 25.4
    rule_below: float = 4 * 72 / 25.4  # 发文字号 to the rule
    title_lines_after_rule: int = 2  # blank lines between the rule and the title (§7.3.1)
    signer_inset: float = 1  # 发文字号 and 签发人 in from the edges, for a report to a higher office (§7.2.4)
    attachment_list_lines_before: int = 1  # blank lines between the body and the 附件说明 (§7.3.4)
    sealed_lines_before: int = 2  # blank lines above the 署名 of a sealed document: room for the seal
    date_right: float = 4  # the sealed 成文日期 ends this far from the right (§7.3.5.1)
    unsealed_lines_before: int = 1  # blank lines above the 署名 of a document without a seal (§7.3.5.2)
    signature_right: float = 2  # its 署名 this far from the right
    date_shift: float = 2  # its 成文日期 starting this far right of the 署名's first character
    attachment_title_line: int = 3  # an attachment's title on this line of its first page (§7.3.8)
    record_rule_outer: float = 0.35 * 72 / 25.4  # 版记: the first and last rules (§7.4.1)
    record_rule_inner: float = 0.25 * 72 / 25.4  # the rules between its parts
    record_inset: float = 1  # 抄送 and 印发 one character in (§7.4.2, §7.4.3)
    record_even_page: bool = True  # the 版记 on an even page: the last side of a sheet printed on both

    @property
    def rule_rgb(self) -> tuple[int, int, int]:
        return int(self.rule_color[1:3], 16), int(self.rule_color[3:5], 16), int(self.rule_color[5:7], 16)


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    description: str
    page: PageSetup
    page_numbers: PageNumbers
    roles: dict[str, RoleStyle]
    fonts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # font name -> where to find it, in order
    fallback_fonts: tuple[str, ...] = ()  # tried, in order, for characters a role's own fonts lack
    warn_stand_ins: bool = False  # say once per run when a font named is not installed and a stand-in draws it
    date_style: DateStyle = "native"
    grid: Grid | None = None
    running: Running = Running()
    official: OfficialLayout = OfficialLayout()
    source: str = ""  # the file it came from, for messages

    def role(self, name: str) -> RoleStyle:
        return self.roles[name]


# ---------------------------------------------------------------------------- parsing


class _Check:
    """Validation that names the file, the key and what is allowed."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{key}: {message}", path=self.source)

    def length(self, value: Any, key: str, low: float = 0.0, high: float = MAX_LENGTH_PT) -> float:
        """A length in points, from a number (points) or text with a unit; within [low, high]."""
        if isinstance(value, bool):
            raise self.fail(key, f"{value!r} is not a length; write e.g. \"25mm\", \"2cm\" or \"12pt\"")
        if isinstance(value, int | float):
            points = float(value)
        else:
            m = _LENGTH.match(str(value))
            if not m:
                raise self.fail(key, f"{value!r} is not a length; write e.g. \"25mm\", \"2cm\" or \"12pt\"")
            points = float(m[1]) * _UNITS_PT[m[2] or "pt"]
        if not math.isfinite(points) or not low <= points <= high:
            raise self.fail(key, f"{value!r} is outside {low:g} to {high:g} points")
        return points

    def size(self, value: Any, key: str) -> float:
        if isinstance(value, str) and value.strip() in CHINESE_SIZES:
            return float(CHINESE_SIZES[value.strip()])
        try:
            size = self.length(value, key)
        except ConfigError:
            raise self.fail(
                key, f"{value!r} is not a size; write points (12) or a Chinese size ({', '.join(CHINESE_SIZES)})"
            ) from None
        if not 1 <= size <= 200:
            raise self.fail(key, f"{value!r} is outside 1 to 200 points")
        return size

    def choice(self, value: Any, key: str, allowed: tuple[str, ...]) -> Any:
        if value not in allowed:
            raise self.fail(key, f"{value!r} is not allowed; use one of {', '.join(allowed)}")
        return value

    def boolean(self, value: Any, key: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, f"{value!r} is not true or false")
        return value

    def number(self, value: Any, key: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:  # nan fails too
            raise self.fail(key, f"{value!r} is not a number from {low:g} to {high:g}")
        return float(value)

    def color(self, value: Any, key: str) -> str:
        named = {"black": "#000000", "red": "#FF0000"}
        text = named.get(value, value) if isinstance(value, str) else value
        if not isinstance(text, str) or not re.fullmatch(r"#[0-9A-Fa-f]{6}", text):
            raise self.fail(key, f"{value!r} is not a colour; write \"#RRGGBB\" (\"#FF0000\"), \"red\" or \"black\"")
        return text.upper()

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(key, f"{value!r} is not a string")
        return value

    def table(self, value: Any, key: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        for name in value:
            if name not in allowed:
                raise self.fail(f"{key}.{name}" if key else name, f"unknown key; allowed: {', '.join(allowed)}")
        return value


_ROLE_KEYS = (
    "east_asian", "latin", "size", "bold", "italic", "align", "line_spacing", "first_line_indent",
    "left_indent", "space_before", "space_after", "keep_with_next", "letter_spacing", "widow_control", "color",
)
_TOP_KEYS = ("name", "description", "extends", "page", "page_number", "date", "fonts", "fallback", "roles", "grid",
             "running", "official")
_OFFICIAL_LENGTHS = ("mark_top", "rule_width", "rule_below", "record_rule_outer", "record_rule_inner")
_OFFICIAL_LINES = ("mark_lines_after", "title_lines_after_rule", "attachment_list_lines_before", "sealed_lines_before",
                   "unsealed_lines_before", "attachment_title_line")
_OFFICIAL_CHARS = ("signer_inset", "date_right", "signature_right", "date_shift", "record_inset")


def _role(check: _Check, raw: dict[str, Any], key: str, body: RoleStyle | None) -> RoleStyle:
    check.table(raw, key, _ROLE_KEYS)

    def inherited(name: str) -> Any:
        if name in raw:
            return raw[name]
        if body is not None:
            return getattr(body, name)
        raise check.fail(f"{key}.{name}", "missing (the body role must name its fonts and size)")

    spacing = raw.get("line_spacing", body.line_spacing if body else 1.0)
    exact = body.line_exact if body is not None and "line_spacing" not in raw else False
    if isinstance(spacing, str):
        spacing, exact = check.length(spacing, f"{key}.line_spacing", 1.0, 1000.0), True
    elif not exact:
        spacing = check.number(spacing, f"{key}.line_spacing", 0.5, 5)
    return RoleStyle(
        east_asian=check.string(inherited("east_asian"), f"{key}.east_asian"),
        latin=check.string(inherited("latin"), f"{key}.latin"),
        size=check.size(inherited("size"), f"{key}.size"),
        bold=check.boolean(raw.get("bold", False), f"{key}.bold"),
        italic=check.boolean(raw.get("italic", False), f"{key}.italic"),
        align=check.choice(raw.get("align", "left"), f"{key}.align", ALIGNS),
        line_spacing=float(spacing),
        line_exact=exact,
        first_line_indent=check.number(raw.get("first_line_indent", 0), f"{key}.first_line_indent", 0, 10),
        left_indent=check.number(raw.get("left_indent", 0), f"{key}.left_indent", 0, 20),
        space_before=check.length(raw.get("space_before", 0), f"{key}.space_before", high=1000.0),
        space_after=check.length(raw.get("space_after", 0), f"{key}.space_after", high=1000.0),
        keep_with_next=check.boolean(raw.get("keep_with_next", False), f"{key}.keep_with_next"),
        letter_spacing=check.length(raw.get("letter_spacing", 0), f"{key}.letter_spacing", -5.0, 20.0),
        widow_control=check.boolean(raw.get("widow_control", True), f"{key}.widow_control"),
        color=check.color(raw.get("color", "#000000"), f"{key}.color"),
    )


def _page(check: _Check, raw: dict[str, Any]) -> PageSetup:
    check.table(raw, "page", ("size", "margin_top", "margin_bottom", "margin_left", "margin_right"))
    size = raw.get("size", "A4")
    if isinstance(size, str):
        if size not in PAPER_SIZES_MM:
            raise check.fail("page.size", f"{size!r} is not a paper size; use {', '.join(PAPER_SIZES_MM)} or [w, h]")
        width, height = (v * _UNITS_PT["mm"] for v in PAPER_SIZES_MM[size])
    elif isinstance(size, list) and len(size) == 2:
        width, height = (check.length(v, "page.size", 72.0) for v in size)
    else:
        raise check.fail("page.size", "use a paper name (A4) or [width, height] such as [\"210mm\", \"297mm\"]")
    margins = {k: check.length(raw.get(k, "25mm"), f"page.{k}") for k in
               ("margin_top", "margin_bottom", "margin_left", "margin_right")}
    page = PageSetup(width, height, **margins)
    if page.frame_width < 72 or page.frame_height < 72:
        raise check.fail("page", "the margins leave less than an inch for text")
    return page


def _page_numbers(check: _Check, raw: dict[str, Any]) -> PageNumbers:
    check.table(raw, "page_number", ("format", "align", "inset", "distance"))
    fmt = check.string(raw.get("format", "{page}"), "page_number.format")
    if fmt and "{page}" not in fmt:
        raise check.fail("page_number.format", "must contain {page} (or be \"\" for no page numbers)")
    return PageNumbers(
        format=fmt,
        align=check.choice(raw.get("align", "center"), "page_number.align", PAGE_NUMBER_ALIGNS),
        inset=check.number(raw.get("inset", 0), "page_number.inset", 0, 10),
        distance=check.length(raw.get("distance", "7mm"), "page_number.distance", high=1000.0),
    )


def _official(check: _Check, raw: Any) -> OfficialLayout:
    """``[official]``: the numbers of an official document's layout; GB/T 9704's where not given."""
    keys = (*_OFFICIAL_LENGTHS, *_OFFICIAL_LINES, *_OFFICIAL_CHARS, "rule_color", "record_even_page")
    table = check.table(raw, "official", keys)
    values: dict[str, Any] = {}
    for key, value in table.items():
        where = f"official.{key}"
        if key in _OFFICIAL_LENGTHS:
            values[key] = check.length(value, where, high=1000.0)
        elif key in _OFFICIAL_LINES:
            lines = check.number(value, where, 0, 20)
            if lines != int(lines):
                raise check.fail(where, f"{value!r} is not a whole number of lines")
            values[key] = int(lines)
        elif key in _OFFICIAL_CHARS:
            values[key] = check.number(value, where, 0, 20)
        elif key == "rule_color":
            values[key] = check.color(value, where)
        else:
            values[key] = check.boolean(value, where)
    return OfficialLayout(**values)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _fonts(check: _Check, raw: object) -> dict[str, tuple[str, ...]]:
    """``[fonts]``: each font name = where to find it, a string or a list tried in order."""
    usage = 'must be a table of font name = "bundled:song", a file path, a font name, or a list of these'
    if not isinstance(raw, dict):
        raise check.fail("fonts", usage)
    out: dict[str, tuple[str, ...]] = {}
    for name, value in raw.items():
        entries = [value] if isinstance(value, str) else value
        if not isinstance(entries, list) or not entries or not all(isinstance(v, str) and v.strip() for v in entries):
            raise check.fail(f"fonts.{name}", usage)
        out[name] = tuple(entries)
    return out


def parse_profile(raw: dict[str, Any], source: str) -> Profile:
    check = _Check(source)
    check.table(raw, "", _TOP_KEYS)
    roles_raw = check.table(raw.get("roles", {}), "roles", ROLES)
    if "body" not in roles_raw:
        raise check.fail("roles.body", "missing; every profile needs a body role")
    body = _role(check, roles_raw["body"], "roles.body", None)
    roles = {name: _role(check, roles_raw.get(name, {}), f"roles.{name}", body) for name in ROLES}
    roles["body"] = body
    fonts = _fonts(check, raw.get("fonts", {}))
    fallback = check.table(raw.get("fallback", {}), "fallback", ("fonts", "warn_stand_ins"))
    fallback_fonts = fallback.get("fonts", [])
    if not isinstance(fallback_fonts, list) or not all(isinstance(v, str) and v.strip() for v in fallback_fonts):
        raise check.fail("fallback.fonts", 'must be a list such as ["bundled:sans", "fonts/extra.ttf"]')
    date = check.table(raw.get("date", {}), "date", ("style",))
    grid = None
    if "grid" in raw:
        g = check.table(raw["grid"], "grid", ("lines", "chars"))
        grid = Grid(int(check.number(g.get("lines"), "grid.lines", 5, 80)),
                    int(check.number(g.get("chars"), "grid.chars", 5, 80)))
    running = check.table(raw.get("running", {}), "running", ("header", "footer"))
    return Profile(
        name=check.string(raw.get("name", Path(source).stem), "name"),
        description=check.string(raw.get("description", ""), "description"),
        page=_page(check, raw.get("page", {})),
        page_numbers=_page_numbers(check, raw.get("page_number", {})),
        roles=roles,
        fonts=fonts,
        fallback_fonts=tuple(fallback_fonts),
        warn_stand_ins=check.boolean(fallback.get("warn_stand_ins", False), "fallback.warn_stand_ins"),
        date_style=check.choice(date.get("style", "native"), "date.style", DATE_STYLES),
        grid=grid,
        running=Running(check.string(running.get("header", ""), "running.header"),
                        check.string(running.get("footer", ""), "running.footer")),
        official=_official(check, raw.get("official", {})),
        source=source,
    )


def builtin_names() -> list[str]:
    folder = resources.files("newsconv.profiles")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def builtin_text(name: str) -> str:
    if name not in builtin_names():
        raise ConfigError(f"no profile named {name!r}; the profiles are {', '.join(builtin_names())}")
    return resources.files("newsconv.profiles").joinpath(f"{name}.toml").read_text(encoding="utf-8")


def _load_raw(name_or_path: str, seen: tuple[str, ...] = ()) -> tuple[dict[str, Any], str]:
    if name_or_path in seen:
        raise ConfigError(f"profiles extend each other in a loop: {' -> '.join((*seen, name_or_path))}")
    path = Path(name_or_path)
    if name_or_path in builtin_names() and not path.suffix:
        text, source = builtin_text(name_or_path), f"{name_or_path} (built-in profile)"
    else:
        try:
            text = read_text_limited(path, CONFIG_LIMIT, error=ConfigError, what="a profile")
        except FileNotFoundError:
            raise ConfigError(
                f"no such profile file or built-in profile; the built-in profiles are {', '.join(builtin_names())}",
                path=name_or_path,
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the profile ({exc})", path=name_or_path) from None
        source = name_or_path
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=source) from None
    base = raw.get("extends")
    if base is not None:
        if not isinstance(base, str):
            raise ConfigError("extends: must name a profile", path=source)
        base_raw, _ = _load_raw(base, (*seen, name_or_path))
        base_raw = {k: v for k, v in base_raw.items() if k not in ("name", "description")}
        raw = _merge(base_raw, {k: v for k, v in raw.items() if k != "extends"})
    return raw, source


def load_profile(name_or_path: str = "news") -> Profile:
    """A built-in profile by name, or a profile file by path."""
    raw, source = _load_raw(name_or_path)
    return parse_profile(raw, source)
