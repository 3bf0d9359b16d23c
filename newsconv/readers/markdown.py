"""Markdown reader (markdown-it-py, CommonMark with tables): YAML front matter to metadata,
the body to blocks.

Front matter keys are the ones the Markdown writer writes (title, subtitle, authors and the
other roles, date, source, section, lang, url, related, extra, and an official document's
parts under the names ``-M`` gives them: issuer, doc_number, recipients, doc_date, cc, …);
``author`` and ``tags`` are read too. Without a title there, a first ``#`` heading is the title. Headings are levelled
from the highest one the body uses, so ``##`` under a ``#`` title is heading 1. A line break
inside a paragraph joins Chinese text with nothing and other text with a space.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
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
    Official,
    Paragraph,
    Person,
    Quote,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Table,
    Text,
    inline_text,
    merge_text,
    parse_published,
)
from newsconv.readers import ReadOptions
from newsconv.readers.decode import decode, normalize_newlines
from newsconv.transforms.metadata import OFFICIAL_KEYS

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ROLE_KEYS = {
    "authors": Role.AUTHOR, "author": Role.AUTHOR, "reporters": Role.REPORTER, "correspondents": Role.CORRESPONDENT,
    "editors": Role.EDITOR, "photographers": Role.PHOTOGRAPHER, "translators": Role.TRANSLATOR,
}
_KNOWN = {*_ROLE_KEYS, "title", "subtitle", "date", "source", "section", "lang", "language", "url", "related", "extra",
          "tags", *OFFICIAL_KEYS}
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


MAX_FRONT_MATTER = 1 << 20  # bytes of YAML; front matter is a few lines
MAX_YAML_NODES = 10_000  # values after aliases are expanded: a 372-byte "billion laughs" has 10**9


@cache
def _loader() -> type:
    """PyYAML's safe loader, except that dates stay text (newsconv reads them itself, so
    ``2024-02-30`` is a bad date to report, not a crash)."""
    import yaml

    class Loader(yaml.SafeLoader):  # type: ignore[misc]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _expanded_size(node: Any, memo: dict[int, int]) -> int:
    """How many values ``node`` stands for once every alias in it is expanded."""
    known = memo.get(id(node))
    if known is not None:
        return known
    memo[id(node)] = MAX_YAML_NODES + 1  # a node that contains itself expands without end
    if isinstance(node.value, list):
        size = 1
        for child in node.value:
            pair = child if isinstance(child, tuple) else (child,)
            size += sum(_expanded_size(n, memo) for n in pair)
            if size > MAX_YAML_NODES:
                break
    else:
        size = 1
    memo[id(node)] = size
    return size


def _load_yaml(text: str, source: str | None) -> Any:
    import yaml

    def refuse(why: str) -> InputError:
        return InputError(f"the front matter between the --- lines {why}; fix it or remove it", path=source)

    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER:
        raise refuse(f"is over {MAX_FRONT_MATTER >> 20} MB")
    loader = None
    try:
        loader = _loader()(text)  # its reader refuses control characters at once
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node, {}) > MAX_YAML_NODES:
            raise refuse(f"expands to more than {MAX_YAML_NODES:,} values (aliases of aliases)")
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        where = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        raise refuse("is not valid YAML" + (f" (line {where.line + 2})" if where is not None else "")) from None
    except RecursionError:
        raise refuse("is nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()


def _front_matter(text: str, source: str | None) -> tuple[dict[str, Any], str]:
    match = _FRONT.match(text)
    if not match:
        return {}, text
    data = _load_yaml(match.group(1) or "", source) or {}
    if not isinstance(data, dict):
        raise InputError("the front matter between the --- lines must be keys and values (title: …)", path=source)
    return {str(k): v for k, v in data.items()}, text[match.end():]


def _scalar(value: Any) -> str | None:
    """A front-matter value as text when it is one value (not a list or a table)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float | dt.date):
        text = str(value).strip()
        return text or None
    return None


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [n.strip() for n in re.split(r"[;；,，、]| and ", value) if n.strip()]
    if isinstance(value, list):
        out = [_scalar(item.get("name")) if isinstance(item, dict) else _scalar(item) for item in value]
        return [n for n in out if n]
    return []


def _published(value: Any, warn: Any) -> dt.date | dt.datetime | None:
    text = _scalar(value)
    if text is None:
        return None
    found = parse_published(text)
    if found is None:
        warn(f"date {text!r} in the front matter is not a date newsconv reads (2024-05-06); left out")
    return found


def _section(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(t for t in map(_scalar, value) if t)
    text = _scalar(value)
    return tuple(s.strip() for s in re.split(r"[>›/]", text) if s.strip()) if text else ()


def _related(value: Any) -> tuple[RelatedLink, ...]:
    related = []
    for item in value if isinstance(value, list) else ():
        if isinstance(item, dict) and (title := _scalar(item.get("title"))):
            kind = item.get("kind") if item.get("kind") in ("previous", "next", "related") else "related"
            related.append(RelatedLink(title, _scalar(item.get("url")), kind))
    return tuple(related)


def _meta(data: dict[str, Any], warn: Any) -> dict[str, Any]:
    people: list[Person] = []
    for key, role in _ROLE_KEYS.items():
        people += [Person(name, role) for name in _names(data.get(key))]
    extra: dict[str, str] = {}
    if isinstance(data.get("extra"), dict):
        extra = {str(k): v for k, v in ((k, _scalar(v)) for k, v in data["extra"].items()) if v is not None}
    extra.update({k: v for k, v in ((k, _scalar(v)) for k, v in data.items() if k not in _KNOWN) if v is not None})
    language = _scalar(data.get("lang")) or _scalar(data.get("language"))
    return {
        "title": _scalar(data.get("title")),
        "subtitle": _scalar(data.get("subtitle")),
        "authors": tuple(people),
        "published": _published(data.get("date"), warn),
        "source": _scalar(data.get("source")),
        "section": _section(data.get("section")),
        "language": language.split("-")[0].lower() if language else None,
        "url": _scalar(data.get("url")),
        "related": _related(data.get("related")),
        "extra": tuple(sorted(extra.items())),
        "official": _official(data, warn),
    }


def _official(data: dict[str, Any], warn: Any) -> Official | None:
    """An official document's parts from the keys ``-M`` takes (issuer, doc_number, recipients,
    attachments, doc_date, cc, printed_by, printed_date, note, seal, …)."""
    from newsconv.errors import UsageError
    from newsconv.transforms.metadata import set_official

    official: Official | None = None
    for key in OFFICIAL_KEYS:
        value = data.get(key)
        if key == "attachments" and isinstance(value, list):
            text = "；".join(n for n in map(_scalar, value) if n)
        elif key == "seal" and isinstance(value, bool):
            text = "yes" if value else "none"
        else:
            text = _scalar(value)
        if text is None:
            continue
        try:
            official = set_official(official or Official(), key, text)
        except UsageError as exc:
            warn(f"{key} in the front matter: {exc.message.split(': ', 1)[-1]}; left out")
    return official


# ---------------------------------------------------------------------------- body


class _Node:
    """A markdown-it token nested under its opening token (markdown-it-py's SyntaxTreeNode
    does the same with far more objects: it doubled the time and memory of a large table)."""

    __slots__ = ("type", "tag", "attrs", "content", "children")

    def __init__(self, token: Any, children: list[_Node]) -> None:
        self.type = token.type[:-5] if token.nesting == 1 else token.type
        self.tag, self.attrs, self.content, self.children = token.tag, token.attrs, token.content, children


def _nest(tokens: list[Any]) -> list[_Node]:
    root: list[_Node] = []
    stack: list[list[_Node]] = [root]
    for token in tokens:
        if token.nesting == 1:
            node = _Node(token, [])
            stack[-1].append(node)
            stack.append(node.children)
        elif token.nesting == -1:
            if len(stack) > 1:
                stack.pop()
        else:
            stack[-1].append(_Node(token, _nest(token.children) if token.children else []))
    return root


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
        elif kind == "html_inline":
            if re.fullmatch(r"(?i)<br\s*/?>", child.content.strip()):
                out.append(LineBreak())
        else:  # s (strikethrough) and anything else: its text
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
            out.append(_table(node))
        elif kind == "html_block":
            text = re.sub(r"<[^>]+>", " ", node.content)
            text = " ".join(text.split())
            if text:
                out.append(Paragraph((Text(text),)))
    return _captions(out)


def _table(node: Any) -> Table:
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    header = 0
    for section in node.children:
        for row in section.children:
            cells = tuple(_inlines(cell.children[0]) if cell.children else () for cell in row.children)
            if section.type == "thead":
                if not any(inline_text(c).strip() for c in cells):
                    continue  # an empty header row: a table without one
                header += 1
            rows.append(cells)
    return Table(tuple(rows), header)


def _captions(blocks: list[Block]) -> list[Block]:
    """pandoc's ``Table: caption`` paragraph after a table becomes its caption."""
    out: list[Block] = []
    for block in blocks:
        if (isinstance(block, Paragraph) and out and isinstance(out[-1], Table) and not out[-1].caption
                and block.content and isinstance(block.content[0], Text) and block.content[0].text.startswith("Table: ")):
            first = Text(block.content[0].text[len("Table: "):])
            out[-1] = Table(out[-1].rows, out[-1].header, merge_text((first, *block.content[1:])))
        else:
            out.append(block)
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

    text = data if isinstance(data, str) else decode(data, encoding=opts.encoding, source=opts.source)
    text = normalize_newlines(text)
    front, body = _front_matter(text, opts.source)
    if not body.strip() and not front:
        raise InputError("is empty (no text, or only white space); nothing to convert", path=opts.source)
    nodes = _nest(MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(body))
    fields = _meta(front, opts.warning)
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
