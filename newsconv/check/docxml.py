"""A DOCX as ``newsconv check`` reads it: the XML parts of the package (bounded, no entities, no
network), and each paragraph's properties resolved through its style chain and direct
formatting, as Word resolves them."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from newsconv.errors import InputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
MAX_PART = 64 << 20


def wtag(tag: str) -> str:
    return f"{{{W}}}{tag}"


def val(element: Any, tag: str, attr: str = "val") -> str | None:
    if element is None:
        return None
    found = element.find(f"w:{tag}", NS)
    return found.get(wtag(attr)) if found is not None else None


def on(element: Any, tag: str) -> bool | None:
    """A toggle property (w:b): None when not set."""
    if element is None:
        return None
    found = element.find(f"w:{tag}", NS)
    if found is None:
        return None
    return found.get(wtag("val"), "true") not in ("0", "false", "off")


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
        fonts = rpr.find("w:rFonts", NS)
        if fonts is not None:
            if fonts.get(wtag("eastAsia")):
                self.east_asian, self.theme = fonts.get(wtag("eastAsia")), None
            elif fonts.get(wtag("eastAsiaTheme")):
                self.theme = fonts.get(wtag("eastAsiaTheme"))
        size = val(rpr, "sz")
        if size and size.isdigit():
            self.size = int(size) / 2
        bold = on(rpr, "b")
        if bold is not None:
            self.bold = bold
        color = val(rpr, "color")
        if color:
            self.color = color.upper()
        spacing = val(rpr, "spacing")
        if spacing and re.fullmatch(r"-?\d+", spacing):
            self.spacing = int(spacing) / 20

    def paragraph(self, ppr: Any) -> None:
        if ppr is None:
            return
        align = val(ppr, "jc")
        if align:
            self.align = {"both": "justify", "distribute": "justify", "start": "left", "end": "right"}.get(align, align)
        spacing = ppr.find("w:spacing", NS)
        if spacing is not None and spacing.get(wtag("line")):
            self.line, self.line_rule = int(spacing.get(wtag("line"))) / 20, spacing.get(wtag("lineRule"), "auto")
        ind = ppr.find("w:ind", NS)
        if ind is not None:
            for attr, name in (("firstLine", "first_line"), ("left", "left"), ("start", "left"), ("right", "right"),
                               ("end", "right"), ("hanging", "hanging")):
                value = ind.get(wtag(attr))
                if value is not None and re.fullmatch(r"-?\d+", value):
                    setattr(self, name, int(value) / 20)
            chars = ind.get(wtag("firstLineChars"))
            if chars is not None and re.fullmatch(r"-?\d+", chars):
                self.first_line_chars = int(chars) / 100
            if ind.get(wtag("hanging")) is not None:
                self.first_line = -self.hanging
        borders = ppr.find("w:pBdr", NS)
        if borders is not None:
            self.rule_colors = tuple((b.get(wtag("color")) or "000000").upper() for b in borders
                                     if b.get(wtag("val")) not in (None, "nil", "none"))

    def copy(self) -> Props:
        return Props(**{name: getattr(self, name) for name in self.__slots__})  # type: ignore[attr-defined]

    @property
    def indent(self) -> float:
        """The first line's indent in points (characters times the size where given in characters)."""
        if self.first_line_chars is not None and self.first_line_chars and self.size:
            return self.first_line_chars * self.size
        return self.first_line or 0.0


class Styles:
    def __init__(self, root: Any | None) -> None:
        self.by_id: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.default_paragraph: str | None = None
        self.defaults = Props()
        if root is None:
            return
        defaults = root.find("w:docDefaults", NS)
        if defaults is not None:
            self.defaults.run(defaults.find("w:rPrDefault/w:rPr", NS))
            self.defaults.paragraph(defaults.find("w:pPrDefault/w:pPr", NS))
        for style in root.findall("w:style", NS):
            style_id = style.get(wtag("styleId"))
            if style_id:
                self.by_id[style_id] = style
                self.names[style_id] = val(style, "name") or style_id
                if style.get(wtag("type")) == "paragraph" and style.get(wtag("default")) in ("1", "true"):
                    self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[Any]:
        out: list[Any] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.insert(0, style)
            style_id = val(style, "basedOn")
        return out

    def resolve(self, paragraph: Any) -> Props:
        props = self.defaults.copy()
        ppr = paragraph.find("w:pPr", NS)
        style_id = val(ppr, "pStyle") or self.default_paragraph
        for style in self.chain(style_id):
            props.paragraph(style.find("w:pPr", NS))
            props.run(style.find("w:rPr", NS))
        props.paragraph(ppr)
        run = next((r for r in paragraph.iter(wtag("r")) if "".join(t.text or "" for t in r.iter(wtag("t"))).strip()), None)
        if run is not None:
            rpr = run.find("w:rPr", NS)
            for style in self.chain(val(rpr, "rStyle")):
                props.run(style.find("w:rPr", NS))
            props.run(rpr)
        return props

    def name(self, paragraph: Any) -> str:
        style_id = val(paragraph.find("w:pPr", NS), "pStyle") or self.default_paragraph or ""
        return self.names.get(style_id, style_id)


@dataclass(slots=True)
class Para:
    text: str
    props: Props
    style: str
    element: Any

    @property
    def squashed(self) -> str:
        return "".join(self.text.split())


def para_text(paragraph: Any) -> str:
    out = []
    for node in paragraph.iter(wtag("t"), wtag("tab"), wtag("br")):
        out.append(node.text or "" if node.tag == wtag("t") else ("\t" if node.tag == wtag("tab") else "\n"))
    return "".join(out)


def read_parts(data: bytes, source: str) -> dict[str, Any]:
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
