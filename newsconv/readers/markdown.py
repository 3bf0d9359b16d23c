"""Markdown reader (markdown-it-py, CommonMark with tables): YAML front matter to metadata,
the body to blocks.

Front matter keys are the ones the Markdown writer writes (title, subtitle, authors and the
other roles, date, source, section, lang, url, related, extra); ``author`` and ``tags`` are
read too. Without a title there, a first ``#`` heading is the title. Headings are levelled
from the highest one the body uses, so ``##`` under a ``#`` title is heading 1. A line break
inside a paragraph joins Chinese text with nothing and other text with a space.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsconv.errors import InputError
from newsconv.model import (
    Block,
    Document,
    Emph,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Meta,
    Paragraph,
    Person,
    Quote,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Text,
    inline_text,
    merge_text,
    parse_published,
)
from newsconv.readers import ReadOptions
from newsconv.readers.decode import decode, normalize_newlines

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ROLE_KEYS = {
    "authors": Role.AUTHOR, "author": Role.AUTHOR, "reporters": Role.REPORTER, "correspondents": Role.CORRESPONDENT,
    "editors": Role.EDITOR, "photographers": Role.PHOTOGRAPHER, "translators": Role.TRANSLATOR,
}
_KNOWN = {*_ROLE_KEYS, "title", "subtitle", "date", "source", "section", "lang", "language", "url", "related", "extra",
          "tags"}
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _front_matter(text: str, source: str | None) -> tuple[dict[str, Any], str]:
    import yaml

    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise InputError(f"the front matter between the --- lines is not valid YAML{line}; fix it or remove it",
                         path=source) from None
    if not isinstance(data, dict):
        raise InputError("the front matter between the --- lines must be keys and values (title: …)", path=source)
    return data, text[match.end():]


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [n.strip() for n in re.split(r"[;；,，、]| and ", value) if n.strip()]
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, dict) and item.get("name"):
                out.append(str(item["name"]).strip())
            elif item is not None:
                out.append(str(item).strip())
        return [n for n in out if n]
    return []


def _published(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str | int):
        return parse_published(str(value))
    return None


def _meta(data: dict[str, Any]) -> dict[str, Any]:
    people: list[Person] = []
    for key, role in _ROLE_KEYS.items():
        people += [Person(name, role) for name in _names(data.get(key))]
    section = data.get("section")
    if isinstance(section, str):
        section = [s.strip() for s in re.split(r"[>›/]", section) if s.strip()]
    related = []
    for item in data.get("related") or []:
        if isinstance(item, dict) and item.get("title"):
            kind = item.get("kind") if item.get("kind") in ("previous", "next", "related") else "related"
            related.append(RelatedLink(str(item["title"]), str(item["url"]) if item.get("url") else None, kind))
    extra = {k: str(v) for k, v in (data.get("extra") or {}).items()} if isinstance(data.get("extra"), dict) else {}
    extra.update({k: str(v) for k, v in data.items() if k not in _KNOWN and isinstance(v, str | int | float)})
    language = data.get("lang") or data.get("language")
    return {
        "title": str(data["title"]).strip() if data.get("title") else None,
        "subtitle": str(data["subtitle"]).strip() if data.get("subtitle") else None,
        "authors": tuple(people),
        "published": _published(data.get("date")),
        "source": str(data["source"]).strip() if data.get("source") else None,
        "section": tuple(str(s) for s in section or ()),
        "language": str(language).split("-")[0].lower() if language else None,
        "url": str(data["url"]) if data.get("url") else None,
        "related": tuple(related),
        "extra": tuple(sorted(extra.items())),
    }


# ---------------------------------------------------------------------------- body


def _join_break(left: str, right: str) -> str:
    """What a soft line break becomes between two pieces of text: nothing between Chinese."""
    if left and right and _WIDE.match(left[-1]) and _WIDE.match(right[0]):
        return ""
    return " "


def _inlines(node: Any) -> tuple[Inline, ...]:
    out: list[Inline] = []
    children = node.children or []
    for i, child in enumerate(children):
        kind = child.type
        if kind == "text" or kind == "code_inline":
            out.append(Text(child.content))
        elif kind == "softbreak":
            before = out[-1].text if out and isinstance(out[-1], Text) else ""
            after = children[i + 1].content if i + 1 < len(children) and children[i + 1].type == "text" else ""
            out.append(Text(_join_break(before, after)))
        elif kind == "hardbreak":
            out.append(LineBreak())
        elif kind == "em":
            out.append(Emph(_inlines(child)))
        elif kind == "strong":
            out.append(Strong(_inlines(child)))
        elif kind == "link":
            out.append(Link(_inlines(child), child.attrs.get("href", "")))
        elif kind == "image":
            out.append(Text(child.attrs.get("alt", "") or ""))
        elif kind != "html_inline":  # s (strikethrough) and anything else: its text
            out.extend(_inlines(child))
    return merge_text(out)


def _blocks(nodes: list[Any], shift: int) -> list[Block]:
    out: list[Block] = []
    for node in nodes:
        kind = node.type
        if kind == "heading":
            level = max(1, int(node.tag[1]) - shift)
            out.append(Heading(level, _inlines(node.children[0])))
        elif kind == "paragraph":
            inline = node.children[0]
            images = [c for c in inline.children or [] if c.type == "image"]
            if len(images) == 1 and not inline_text(_inlines(inline)).replace(images[0].attrs.get("alt", ""), "").strip():
                image = images[0]
                out.append(Figure(_inlines(image), image.attrs.get("src") or None))
            else:
                content = _inlines(inline)
                if inline_text(content).strip():
                    out.append(Paragraph(content))
        elif kind == "blockquote":
            out.append(Quote(tuple(_blocks(node.children, shift))))
        elif kind in ("bullet_list", "ordered_list"):
            items = tuple(tuple(_blocks(item.children, shift)) for item in node.children)
            start = int(node.attrs.get("start", 1)) if kind == "ordered_list" else 1
            out.append(ListBlock(items, ordered=kind == "ordered_list", start=start))
        elif kind == "hr":
            out.append(Rule())
        elif kind in ("code_block", "fence"):
            text = node.content.rstrip("\n")
            if text.strip():
                out.append(Paragraph(_with_breaks(text)))
        elif kind == "table":
            for row in (r for section in node.children for r in section.children):
                cells = [inline_text(_inlines(cell.children[0])) if cell.children else "" for cell in row.children]
                if any(c.strip() for c in cells):
                    out.append(Paragraph((Text(" | ".join(cells)),)))
        elif kind == "html_block":
            text = re.sub(r"<[^>]+>", " ", node.content)
            text = " ".join(text.split())
            if text:
                out.append(Paragraph((Text(text),)))
    return out


def _with_breaks(text: str) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append(LineBreak())
        if line:
            out.append(Text(line))
    return tuple(out)


def read_markdown(data: bytes | str, opts: ReadOptions) -> Document:
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    text = data if isinstance(data, str) else decode(data, encoding=opts.encoding, source=opts.source)
    text = normalize_newlines(text)
    front, body = _front_matter(text, opts.source)
    if not body.strip() and not front:
        raise InputError("is empty (no text, or only white space); nothing to convert", path=opts.source)
    tree = SyntaxTreeNode(MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(body))
    nodes = list(tree.children)
    fields = _meta(front)
    if fields["title"] is None and nodes and nodes[0].type == "heading" and nodes[0].tag == "h1":
        fields["title"] = inline_text(_inlines(nodes[0].children[0])).strip()
        nodes = nodes[1:]
    levels = [int(n.tag[1]) for n in nodes if n.type == "heading"]
    shift = min(levels) - 1 if levels else 0
    blocks = _blocks(nodes, shift)
    if fields["language"] is None:
        from newsconv.readers.text.meta import blocks_language

        fields["language"] = blocks_language(blocks, fields["title"])
    return Document(Meta(**fields), tuple(blocks))
