"""The checks of a DOCX against a profile, in its XML: page setup, the line and character grid
its spacing makes, each role's fonts, sizes and colours as styles and direct formatting give
them, the title, the body's indent, page numbers in the footers, the red 版头, the 署名 and
成文日期, the 版记. Any producer's file: newsconv's, Word's, WPS's, LibreOffice's.

Where Word's layout decides (lines per page), the numbers are computed as Word computes them
from the spacing; ``newsconv check --render`` also lays the file out with LibreOffice.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from typing import Any

from newsconv.check import MM, Report, Status
from newsconv.errors import InputError
from newsconv.profiles import Profile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}
_DATE = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日$")
_HEADING_1 = re.compile(r"^[一二三四五六七八九十百]+、")
_HEADING_2 = re.compile(r"^（[一二三四五六七八九十百]+）")
MAX_PART = 64 << 20


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(element: Any, tag: str, attr: str = "val") -> str | None:
    if element is None:
        return None
    found = element.find(f"w:{tag}", _NS)
    return found.get(_w(attr)) if found is not None else None


def _on(element: Any, tag: str) -> bool | None:
    """A toggle property (w:b): None when not set."""
    if element is None:
        return None
    found = element.find(f"w:{tag}", _NS)
    if found is None:
        return None
    return found.get(_w("val"), "true") not in ("0", "false", "off")


@dataclass(slots=True)
class Props:
    """Resolved run and paragraph properties of a paragraph (its first text run's)."""

    east_asian: str | None = None
    theme: str | None = None  # an East-Asian theme font named instead of a font
    size: float | None = None  # points
    bold: bool = False
    color: str | None = None  # RRGGBB
    spacing: float = 0.0  # character spacing, points
    align: str | None = None
    line: float | None = None  # exact line spacing, points
    line_rule: str | None = None
    first_line: float | None = None  # points
    first_line_chars: float | None = None  # characters
    left: float = 0.0
    right: float = 0.0
    hanging: float = 0.0
    rule_colors: tuple[str, ...] = ()  # colours of paragraph borders

    def run(self, rpr: Any) -> None:
        if rpr is None:
            return
        fonts = rpr.find("w:rFonts", _NS)
        if fonts is not None:
            if fonts.get(_w("eastAsia")):
                self.east_asian, self.theme = fonts.get(_w("eastAsia")), None
            elif fonts.get(_w("eastAsiaTheme")):
                self.theme = fonts.get(_w("eastAsiaTheme"))
        size = _val(rpr, "sz")
        if size and size.isdigit():
            self.size = int(size) / 2
        bold = _on(rpr, "b")
        if bold is not None:
            self.bold = bold
        color = _val(rpr, "color")
        if color:
            self.color = color.upper()
        spacing = _val(rpr, "spacing")
        if spacing and re.fullmatch(r"-?\d+", spacing):
            self.spacing = int(spacing) / 20

    def paragraph(self, ppr: Any) -> None:
        if ppr is None:
            return
        align = _val(ppr, "jc")
        if align:
            self.align = {"both": "justify", "distribute": "justify", "start": "left", "end": "right"}.get(align, align)
        spacing = ppr.find("w:spacing", _NS)
        if spacing is not None and spacing.get(_w("line")):
            self.line, self.line_rule = int(spacing.get(_w("line"))) / 20, spacing.get(_w("lineRule"), "auto")
        ind = ppr.find("w:ind", _NS)
        if ind is not None:
            for attr, name in (("firstLine", "first_line"), ("left", "left"), ("start", "left"), ("right", "right"),
                               ("end", "right"), ("hanging", "hanging")):
                value = ind.get(_w(attr))
                if value is not None and re.fullmatch(r"-?\d+", value):
                    setattr(self, name, int(value) / 20)
            chars = ind.get(_w("firstLineChars"))
            if chars is not None and re.fullmatch(r"-?\d+", chars):
                self.first_line_chars = int(chars) / 100
            if ind.get(_w("hanging")) is not None:
                self.first_line = -self.hanging
        borders = ppr.find("w:pBdr", _NS)
        if borders is not None:
            self.rule_colors = tuple((b.get(_w("color")) or "000000").upper() for b in borders
                                     if b.get(_w("val")) not in (None, "nil", "none"))

    def copy(self) -> Props:
        return Props(**{name: getattr(self, name) for name in self.__slots__})  # type: ignore[attr-defined]

    @property
    def indent(self) -> float:
        """The first line's indent in points (characters times the size where given in characters)."""
        if self.first_line_chars is not None and self.first_line_chars and self.size:
            return self.first_line_chars * self.size
        return self.first_line or 0.0


class _Styles:
    def __init__(self, root: Any | None) -> None:
        self.by_id: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.default_paragraph: str | None = None
        self.defaults = Props()
        if root is None:
            return
        defaults = root.find("w:docDefaults", _NS)
        if defaults is not None:
            self.defaults.run(defaults.find("w:rPrDefault/w:rPr", _NS))
            self.defaults.paragraph(defaults.find("w:pPrDefault/w:pPr", _NS))
        for style in root.findall("w:style", _NS):
            style_id = style.get(_w("styleId"))
            if style_id:
                self.by_id[style_id] = style
                self.names[style_id] = _val(style, "name") or style_id
                if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
                    self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[Any]:
        out: list[Any] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.insert(0, style)
            style_id = _val(style, "basedOn")
        return out

    def resolve(self, paragraph: Any) -> Props:
        props = self.defaults.copy()
        ppr = paragraph.find("w:pPr", _NS)
        style_id = _val(ppr, "pStyle") or self.default_paragraph
        for style in self.chain(style_id):
            props.paragraph(style.find("w:pPr", _NS))
            props.run(style.find("w:rPr", _NS))
        props.paragraph(ppr)
        run = next((r for r in paragraph.iter(_w("r")) if "".join(t.text or "" for t in r.iter(_w("t"))).strip()), None)
        if run is not None:
            rpr = run.find("w:rPr", _NS)
            for style in self.chain(_val(rpr, "rStyle")):
                props.run(style.find("w:rPr", _NS))
            props.run(rpr)
        return props

    def name(self, paragraph: Any) -> str:
        style_id = _val(paragraph.find("w:pPr", _NS), "pStyle") or self.default_paragraph or ""
        return self.names.get(style_id, style_id)


@dataclass(slots=True)
class _Para:
    text: str
    props: Props
    style: str
    element: Any

    @property
    def squashed(self) -> str:
        return "".join(self.text.split())


def _text(paragraph: Any) -> str:
    out = []
    for node in paragraph.iter(_w("t"), _w("tab"), _w("br")):
        out.append(node.text or "" if node.tag == _w("t") else ("\t" if node.tag == _w("tab") else "\n"))
    return "".join(out)


def _parts(data: bytes, source: str) -> dict[str, Any]:
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise InputError("not a Word document (no word/document.xml); save it from Word as .docx", path=source)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        out: dict[str, Any] = {}
        for name in names:
            if name.startswith("word/") and name.endswith(".xml") and "/_rels/" not in name:
                info = archive.getinfo(name)
                if info.file_size > MAX_PART:
                    raise InputError(f"{name} unpacks to more than {MAX_PART >> 20} MB; not checked", path=source)
                out[name] = etree.fromstring(archive.read(name), parser)
        if "word/_rels/document.xml.rels" in names:
            rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"), parser)
            out["_rels"] = {rel.get("Id"): rel.get("Target", "").removeprefix("/word/") for rel in rels}
        return out
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(f"not a readable DOCX ({exc})", path=source) from None


def check_docx(data: bytes, source: str, profile: Profile, report: Report) -> None:
    parts = _parts(data, source)
    document = parts["word/document.xml"]
    styles = _Styles(parts.get("word/styles.xml"))
    body = document.find("w:body", _NS)
    paragraphs = [_Para(_text(p), styles.resolve(p), styles.name(p), p) for p in body.iter(_w("p"))]
    sect = body.find("w:sectPr", _NS)
    _page_setup(sect, profile, report)
    roles = _roles(paragraphs)
    _grid(sect, roles, styles, profile, report)
    _faces(roles, profile, report)
    _title(roles, profile, report)
    _indent(roles, profile, report)
    _page_numbers(parts, sect, profile, report)
    _red(paragraphs, roles, parts, report)
    _signature(paragraphs, roles, profile, report)
    _record(body, profile, report)


# ---------------------------------------------------------------------------- page setup


def _page_setup(sect: Any, profile: Profile, report: Report) -> None:
    setup = profile.page
    if sect is None:
        report.add("page size", "FAIL", "no page setup (w:sectPr) in the document")
        return
    size = sect.find("w:pgSz", _NS)
    margins = sect.find("w:pgMar", _NS)

    def twips(element: Any, attr: str) -> float | None:
        value = element.get(_w(attr)) if element is not None else None
        return int(value) / 20 if value and re.fullmatch(r"-?\d+", value) else None

    width, height = twips(size, "w"), twips(size, "h")
    if width is None or height is None or abs(width - setup.width) > MM or abs(height - setup.height) > MM:
        shown = f"{width / MM:.1f} mm × {height / MM:.1f} mm" if width and height else "not given"
        report.add("page size", "FAIL", f"{shown} (profile {profile.name}: {setup.width / MM:.1f} mm × "
                   f"{setup.height / MM:.1f} mm)")
    else:
        report.add("page size", "ok", f"{width / MM:.1f} mm × {height / MM:.1f} mm")
    problems, shown = [], []
    for side in ("top", "bottom", "left", "right"):
        value = twips(margins, side)
        wanted = getattr(setup, f"margin_{side}")
        shown.append(f"{side} {value / MM:.1f} mm" if value is not None else f"{side} not given")
        if value is None or abs(abs(value) - wanted) > 0.5 * MM:
            problems.append(f"{side} {value / MM:.1f} mm (profile {profile.name}: {wanted / MM:.1f} mm)"
                            if value is not None else f"{side} not given")
    report.add("margins", "FAIL" if problems else "ok", "; ".join(problems) if problems else ", ".join(shown))


# ---------------------------------------------------------------------------- roles


@dataclass(slots=True)
class _Roles:
    title: list[_Para]
    body: list[_Para]
    heading1: list[_Para]
    heading2: list[_Para]
    mark: list[_Para]
    all: list[_Para]


def _is_red(color: str | None) -> bool:
    if not color or not re.fullmatch(r"[0-9A-F]{6}", color):
        return False
    red, green, blue = int(color[:2], 16), int(color[2:4], 16), int(color[4:], 16)
    return red > 190 and green < 80 and blue < 80


def _roles(paragraphs: list[_Para]) -> _Roles:
    texts = [p for p in paragraphs if p.squashed]
    mark = [p for p in texts if _is_red(p.props.color)]
    rest = [p for p in texts if p not in mark]
    sizes = Counter(p.props.size for p in rest if p.props.size and len(p.squashed) >= 12)
    body_size = sizes.most_common(1)[0][0] if sizes else None
    title = [p for p in rest if p.style.lower() == "title"]
    if not title and body_size:
        first = next((p for p in rest[:6] if p.props.size and p.props.size >= body_size + 2
                      and p.props.align == "center"), None)
        title = [first] if first is not None else []
    same = [p for p in rest if p not in title and (body_size is None or p.props.size == body_size)]
    heading1 = [p for p in same if _HEADING_1.match(p.squashed) and len(p.squashed) < 40]
    heading2 = [p for p in same if _HEADING_2.match(p.squashed) and len(p.squashed) < 40]
    prose = [p for p in same if p not in heading1 and p not in heading2 and len(p.squashed) >= 12
             and p.props.align not in ("center", "right")]
    styles = Counter(p.style for p in prose)
    main = styles.most_common(1)[0][0] if styles else None
    body = [p for p in prose if p.style == main]  # the body's own style, not a meta line or a caption
    return _Roles(title, body, heading1, heading2, mark, texts)


# ---------------------------------------------------------------------------- lines and characters


def _grid(sect: Any, roles: _Roles, styles: _Styles, profile: Profile, report: Report) -> None:
    if not roles.body:
        report.add("lines per page", "note", "no body text to measure")
        return
    props = Counter((p.props.line, p.props.line_rule, p.props.size, p.props.spacing) for p in roles.body)
    (line, rule, size, spacing), _ = props.most_common(1)[0]
    setup = profile.page
    grid = sect.find("w:docGrid", _NS) if sect is not None else None
    grid_type = grid.get(_w("type")) if grid is not None else None
    wanted = profile.role("body").leading(1.0)
    if line is not None and rule == "exact":
        pitch, how = line, f"exact line spacing of {line:.2f} pt"
    elif grid_type in ("lines", "linesAndChars", "snapToChars") and grid.get(_w("linePitch")):
        pitch, how = int(grid.get(_w("linePitch"))) / 20, "the document grid's line pitch"
    else:
        report.add("lines per page", "FAIL" if profile.grid else "note",
                   f"body line spacing {'of ' + format(line, 'g') + ' ' + str(rule) if line else 'single'} "
                   "depends on the font: no fixed number of lines per page (profile wants exact spacing of "
                   f"{wanted:.2f} pt)")
        return
    fits = int(setup.frame_height / pitch + 1e-6)
    if profile.grid is not None:
        status: Status = "ok" if fits == profile.grid.lines else "FAIL"
        report.add("lines per page", status, f"{fits} lines of {pitch:.2f} pt ({how}) in the type area's "
                   f"{setup.frame_height / MM:.1f} mm (profile {profile.name}: {profile.grid.lines})")
        if size:
            chars, how = _chars(grid, styles, size, spacing, setup.frame_width)
            status = "ok" if chars == profile.grid.chars else "FAIL"
            report.add("characters per line", status, f"{chars} characters of {size:g} pt with {how} "
                       f"(profile {profile.name}: {profile.grid.chars})")
    else:
        status = "ok" if abs(pitch - wanted) <= max(0.3, wanted * 0.02) else "FAIL"
        report.add("line pitch", status, f"{pitch:.2f} pt ({how}; profile {profile.name}: {wanted:.2f} pt)")


def _chars(grid: Any, styles: _Styles, size: float, spacing: float, width: float) -> tuple[int, str]:
    """Characters a line of the body holds, as Word computes it: the grid's character pitch
    (``linesAndChars``: the default size plus ``w:charSpace``/4096 pt) or the body's size plus
    its character spacing."""
    if grid is not None and grid.get(_w("type")) in ("linesAndChars", "snapToChars"):
        space = grid.get(_w("charSpace")) or "0"
        base = styles.defaults.size or 10.5
        pitch = base + int(space) / 4096 if re.fullmatch(r"-?\d+", space) else base
        return int(width / pitch + 1e-6), f"the document grid's character pitch of {pitch:.2f} pt"
    pitch = size + spacing
    return int(width / pitch + 1e-6), f"character spacing {spacing:+g} pt (pitch {pitch:.2f} pt)"


# ---------------------------------------------------------------------------- fonts, sizes, title


def _font_status(font: str, wanted: str, profile: Profile) -> tuple[Status, str]:
    from newsconv.writers.pdf.fonts.sources import is_path, names_of

    folded = {n.casefold() for n in names_of(wanted)}
    if font.casefold() in folded:
        return "ok", "the font named"
    stand_ins = {n.casefold() for entry in profile.fonts.get(wanted, ())
                 if not entry.startswith("bundled:") and not is_path(entry) for n in names_of(entry)}
    if font.casefold() in stand_ins:
        return "note", f"an alternative the profile accepts for {wanted}"
    return "FAIL", f"not {wanted}"


def _faces(roles: _Roles, profile: Profile, report: Report) -> None:
    for role, lines in (("title", roles.title), ("body", roles.body), ("heading 1", roles.heading1),
                        ("heading 2", roles.heading2), ("mark", roles.mark)):
        if not lines:
            continue
        style = profile.role(role)
        props = Counter((p.props.east_asian, p.props.theme, p.props.size) for p in lines).most_common(1)[0][0]
        font, theme, size = props
        problems = []
        status: Status = "ok"
        if font is None:
            status, how = "FAIL", f"a theme font ({theme}), not {style.east_asian}" if theme else "no East-Asian font"
        else:
            status, how = _font_status(font, style.east_asian, profile)
        if role == "mark" and size is not None and size < style.size:
            how += f", {size:g} pt (the profile's {style.size:g} pt at most: a long mark is set smaller)"
        elif size is None or abs(size - style.size) > 0.25:
            problems.append(f"{size:g} pt (profile {profile.name}: {style.size:g} pt)" if size else "no size")
        shown = f"{font or theme}, {how}"
        if problems:
            status = "FAIL"
        report.add(f"face {role}", status, "; ".join([shown, *problems]) + f" (profile {profile.name}: "
                   f"{style.east_asian} {style.size:g} pt)")


def _title(roles: _Roles, profile: Profile, report: Report) -> None:
    if not roles.title:
        report.add("title", "note", "no title found (no Title style, no large centred paragraph at the top)")
        return
    title = roles.title[0]
    style = profile.role("title")
    problems = []
    if style.align == "center" and title.props.align != "center":
        problems.append(f"aligned {title.props.align or 'left'}, not centred")
    if title.props.bold and not style.bold:
        problems.append("bold (GB/T 9704: 小标宋, not bold)" if profile.grid else "bold")
    lines = [line for line in title.text.split("\n") if line.strip()]
    widths = [len("".join(line.split())) for line in lines]
    if len(widths) > 1 and min(widths) < 0.4 * max(widths):
        problems.append(f"a line of {min(widths)} characters beside one of {max(widths)}")
    report.add("title", "FAIL" if problems else "ok", "; ".join(problems) if problems else
               f"{len(lines)} line{'s' * (len(lines) > 1)} ({' / '.join(map(str, widths))} characters), centred")


def _indent(roles: _Roles, profile: Profile, report: Report) -> None:
    style = profile.role("body")
    if not roles.body or not style.first_line_indent:
        return
    plain = [p for p in roles.body if not p.props.left and not p.props.hanging]  # not list items or quotes
    if not plain:
        return
    indents = Counter(round(p.props.indent / (p.props.size or style.size), 1) for p in plain)
    chars = indents.most_common(1)[0][0]
    status: Status = "ok" if abs(chars - style.first_line_indent) < 0.2 else "FAIL"
    report.add("body indent", status, f"first lines {chars:g} characters in (profile {profile.name}: "
               f"{style.first_line_indent:g})")


# ---------------------------------------------------------------------------- page numbers


def _footers(parts: dict[str, Any], sect: Any) -> dict[str, Any]:
    """{default/even/first: footer root} from the section's footer references."""
    rels: dict[str, str] = parts.get("_rels", {})
    out: dict[str, Any] = {}
    for ref in sect.findall("w:footerReference", _NS) if sect is not None else ():
        rel_id = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        target = rels.get(rel_id or "")
        if target and f"word/{target}" in parts:
            out[ref.get(_w("type"), "default")] = parts[f"word/{target}"]
    return out


def _page_numbers(parts: dict[str, Any], sect: Any, profile: Profile, report: Report) -> None:
    numbers = profile.page_numbers
    if not numbers.format:
        return
    footers = _footers(parts, sect)
    settings = parts.get("word/settings.xml")
    odd_even = settings is not None and _on(settings, "evenAndOddHeaders") is True
    style = profile.role("page number")
    styles = _Styles(parts.get("word/styles.xml"))
    found = {}
    for kind, root in footers.items():
        for paragraph in root.iter(_w("p")):
            instructions = "".join(t.text or "" for t in paragraph.iter(_w("instrText")))
            simple = [f.get(_w("instr")) or "" for f in paragraph.iter(_w("fldSimple"))]
            if "PAGE" in instructions.upper() or any("PAGE" in s.upper() for s in simple):
                found[kind] = (paragraph, styles.resolve(paragraph))
    if not found:
        report.add("page numbers", "FAIL", "no PAGE field in any footer")
        return
    problems = []
    before, _, after = numbers.format.partition("{page}")
    inset = numbers.inset * style.size
    for kind, (paragraph, props) in found.items():
        text = _text(paragraph).replace("1", "", 1) if before or after else ""
        if (before.strip() or after.strip()) and not ("".join(before.split()) in "".join(text.split())):
            problems.append(f"the {kind} footer's number is not written {numbers.format!r}")
        if props.size is not None and abs(props.size - style.size) > 0.25:
            problems.append(f"the {kind} footer's number in {props.size:g} pt (profile: {style.size:g} pt)")
    if numbers.align == "outside":
        if not odd_even or "even" not in found:
            problems.append("no separate even-page footer (odd pages right, even pages left)")
        else:
            odd, even = found.get("default", (None, None))[1], found["even"][1]
            if odd is None or odd.align != "right" or abs(odd.right - inset) > 2:
                problems.append(f"odd pages' number not right-aligned {numbers.inset:g} character in")
            if even.align not in (None, "left") or abs(even.left - inset) > 2:
                problems.append(f"even pages' number not left-aligned {numbers.inset:g} character in")
    report.add("page numbers", "FAIL" if problems else "ok", "; ".join(problems) if problems else
               f"PAGE fields {numbers.format!r} in the footers"
               + (", odd pages right and even pages left" if numbers.align == "outside" else ""))


# ---------------------------------------------------------------------------- red, signature, record


def _red(paragraphs: list[_Para], roles: _Roles, parts: dict[str, Any], report: Report) -> None:
    document = parts["word/document.xml"]
    shapes = [ln for ln in document.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}ln")
              if any((c.get("val") or "").upper() in ("FF0000", "E60012", "C00000") for c in ln.iter())]
    borders = [p for p in paragraphs if any(_is_red(c) for c in p.props.rule_colors)]
    if not roles.mark and not borders and not shapes:
        report.add("red elements", "note", "no red 发文机关标志 or rule: not a document with a 版头")
        return
    problems = []
    for mark in roles.mark:
        if mark.props.align != "center":
            problems.append(f"the red {mark.squashed[:12]!r} is not centred")
    if len(roles.mark) > 2:
        problems.append(f"{len(roles.mark)} red paragraphs (the mark only should be red)")
    rule = "a red paragraph rule" if borders else ("a red line shape" if shapes else "no red rule")
    if not borders and not shapes:
        problems.append("no red rule under the 发文字号")
    report.add("red elements", "FAIL" if problems else "ok", "; ".join(problems) if problems else
               f"mark {roles.mark[0].squashed!r} red and centred, {rule}" if roles.mark else rule)


def _signature(paragraphs: list[_Para], roles: _Roles, profile: Profile, report: Report) -> None:
    """The 成文日期 in a paragraph of its own under a 署名 (an office's name), placed by a right
    indent as GB/T 9704 §7.3.5 asks; a date in an article's text is not one."""
    from newsconv.readers.text.official import closing_kind

    texts = [p for p in paragraphs if p.squashed]
    start = next((n for n, p in enumerate(texts) if p in roles.body), len(texts))
    found = [n for n, p in enumerate(texts) if n > start and _DATE.match(p.squashed)
             and closing_kind(texts[n - 1].squashed) == "issuer"]
    if not found:
        return
    date = texts[found[-1]]
    style = profile.role("signature")
    char = style.size + style.letter_spacing
    layout = profile.official
    if date.props.align != "right":
        if date.text.startswith((" ", "\u3000", "\t")):
            report.add("signature", "note", "the 成文日期 is placed with spaces or tabs: its place depends on the font")
        else:
            report.add("signature", "FAIL", f"the 成文日期 is aligned {date.props.align or 'left'}; GB/T 9704 sets it "
                       f"{layout.date_right:g} characters from the right (sealed) or under the 署名")
        return
    inset = date.props.right / char
    issuer = texts[found[-1] - 1]
    issuer_in = issuer.props.right / char if issuer.props.align == "right" else None
    if abs(inset - layout.date_right) < 0.5:
        report.add("signature", "ok", f"sealed layout: 成文日期 right-aligned {inset:.1f} characters from the right")
    elif (issuer_in is not None and abs(issuer_in - layout.signature_right) < 0.5) or abs(
            inset - layout.signature_right) < 0.5:
        report.add("signature", "ok", f"layout without a seal: 署名 {issuer_in or 0:.1f} and 成文日期 {inset:.1f} "
                   "characters from the right")
    else:
        report.add("signature", "FAIL", f"成文日期 {inset:.1f} characters from the right (GB/T 9704: "
                   f"{layout.date_right:g} with a seal; without one the 署名 {layout.signature_right:g} from the right "
                   f"and the date under it, {layout.date_shift:g} further right)")


def _record(body: Any, profile: Profile, report: Report) -> None:
    tables = body.findall("w:tbl", _NS)
    last = tables[-1] if tables else None
    if last is None or "抄送" not in "".join(t.text or "" for t in last.iter(_w("t"))) and "印发" not in "".join(
            t.text or "" for t in last.iter(_w("t"))):
        paragraphs = body.findall("w:p", _NS)
        tail = "".join(_text(p) for p in paragraphs[-6:])
        if "印发" in tail or "抄送" in tail:
            report.add("record", "note", "a 版记 in paragraphs: its place at the foot of the page depends on the text "
                       "above it")
        else:
            report.add("record", "note", "no 版记")
        return
    position = last.find("w:tblPr/w:tblpPr", _NS)
    layout = profile.official
    setup = profile.page
    problems = []
    if position is None:
        problems.append("the 版记 table is not anchored to the foot of the page")
    else:
        spec = position.get(_w("tblpYSpec"))
        y = position.get(_w("tblpY"))
        anchor = position.get(_w("vertAnchor"))
        rows = last.findall("w:tr", _NS)
        heights = [int(h.get(_w("val")) or 0) / 20 for r in rows for h in r.findall("w:trPr/w:trHeight", _NS)]
        height = sum(heights)
        if spec == "bottom":
            pass
        elif y is not None and re.fullmatch(r"-?\d+", y) and anchor == "margin" and heights:
            if abs(int(y) / 20 + height - setup.frame_height) > 1.5 * MM:
                problems.append(f"the 版记's foot {abs(int(y) / 20 + height - setup.frame_height) / MM:.1f} mm off the "
                                "type area's bottom edge")
        else:
            problems.append("the 版记 table is not anchored to the foot of the type area")
    sizes = [int(b.get(_w("sz")) or 0) / 8 for b in last.iter() if b.tag in (_w("top"), _w("bottom"))
             and b.getparent().tag in (_w("tblBorders"), _w("tcBorders")) and b.get(_w("val")) not in ("nil", "none")]
    if len(sizes) < 2:
        problems.append(f"{len(sizes)} rules (GB/T 9704: a rule above and under, and between its parts)")
    else:
        outer = layout.record_rule_outer
        if not all(abs(s - outer) <= 0.26 for s in (max(sizes), )):
            problems.append(f"its rules {', '.join(f'{s:g}' for s in sizes)} pt (profile: {outer:.2f} pt outside)")
    report.add("record", "FAIL" if problems else "ok", "; ".join(problems) if problems else
               f"a table anchored to the foot of the type area, rules {'/'.join(f'{s:g}' for s in sizes)} pt")
