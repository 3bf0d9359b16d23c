"""Every other output format pandoc writes: the model as pandoc's JSON AST, handed to pandoc.

pandoc (from pypandoc-binary) reads its own AST on stdin (``-f json``), so nothing is lost
to a Markdown round trip: Chinese text keeps its line breaks and spaces exactly, and the
title, authors, date and language reach pandoc's templates as metadata. Binary formats (epub,
odt, pptx) are written to a temporary folder by pandoc and read back.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, assert_never

from newsconv.errors import ConfigError, OutputError, UsageError
from newsconv.model import (
    Article,
    Block,
    Document,
    Emph,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
    format_published,
)
from newsconv.profiles import Profile
from newsconv.writers import WriteOptions

# Output file suffix for pandoc formats whose name is not their suffix.
SUFFIXES = {
    "epub": ".epub", "epub2": ".epub", "epub3": ".epub", "odt": ".odt", "opendocument": ".xml", "pptx": ".pptx",
    "rst": ".rst", "latex": ".tex", "beamer": ".tex", "context": ".tex", "typst": ".typ", "docbook": ".xml",
    "docbook4": ".xml", "docbook5": ".xml", "jats": ".xml", "jats_archiving": ".xml",
    "jats_articleauthoring": ".xml", "jats_publishing": ".xml", "tei": ".xml", "xml": ".xml",
    "asciidoc": ".adoc", "asciidoc_legacy": ".adoc", "asciidoctor": ".adoc", "org": ".org", "mediawiki": ".wiki",
    "dokuwiki": ".txt", "xwiki": ".txt", "zimwiki": ".txt", "jira": ".txt", "haddock": ".txt", "vimdoc": ".txt",
    "ansi": ".txt", "plain": ".txt", "textile": ".textile", "rtf": ".rtf", "man": ".1", "ms": ".ms",
    "texinfo": ".texi", "icml": ".icml", "opml": ".opml", "fb2": ".fb2", "html4": ".html", "html5": ".html",
    "revealjs": ".html", "slidy": ".html", "slideous": ".html", "s5": ".html", "dzslides": ".html",
    "chunkedhtml": ".zip", "gfm": ".md", "commonmark": ".md", "commonmark_x": ".md", "markdown_strict": ".md",
    "markdown_mmd": ".md", "markdown_phpextra": ".md", "markdown_github": ".md", "markua": ".md", "djot": ".dj",
    "muse": ".muse", "ipynb": ".ipynb", "native": ".hs", "bbcode": ".bbcode",
}
BINARY = frozenset({"epub", "epub2", "epub3", "odt", "pptx", "chunkedhtml"})
# pandoc formats newsconv does not offer: its own writers cover these, or they need more than
# pandoc (pdf needs a LaTeX installation) or say nothing about an article (bibliographies).
EXCLUDED = frozenset({"docx", "pdf", "json", "markdown", "html", "bibtex", "biblatex", "csljson"})


@cache
def output_formats() -> tuple[str, ...]:
    """The pandoc output formats newsconv offers (asks the bundled pandoc once)."""
    import pypandoc

    try:
        _, outputs = pypandoc.get_pandoc_formats()
    except OSError as exc:
        raise ConfigError(f"pandoc cannot be run ({exc}); reinstall newsconv (pypandoc-binary ships pandoc)") from None
    return tuple(sorted(f for f in outputs if f not in EXCLUDED))


def suffix(fmt: str) -> str:
    return SUFFIXES.get(fmt, f".{fmt}")


@cache
def _api_version() -> list[int]:
    import pypandoc

    return list(json.loads(pypandoc.convert_text("x", "json", format="markdown"))["pandoc-api-version"])


# ---------------------------------------------------------------------------- the AST

_ATTR: list[Any] = ["", [], []]
_SPACE = re.compile(r"(\s+)")


def _text(value: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for piece in _SPACE.split(value):
        if not piece:
            continue
        if piece.isspace():
            out.append({"t": "SoftBreak"} if "\n" in piece else {"t": "Space"})
        else:
            out.append({"t": "Str", "c": piece})
    return out


def inlines(content: tuple[Inline, ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in content:
        match node:
            case Text(value):
                out += _text(value)
            case Emph(children):
                out.append({"t": "Emph", "c": inlines(children)})
            case Strong(children):
                out.append({"t": "Strong", "c": inlines(children)})
            case Link(children, url):
                out.append({"t": "Link", "c": [_ATTR, inlines(children), [url, ""]]})
            case LineBreak():
                out.append({"t": "LineBreak"})
            case _:
                assert_never(node)
    return out


def blocks(items: Iterable[Block], *, tight: bool = False) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block in items:
        match block:
            case Heading(level, content):
                out.append({"t": "Header", "c": [min(level, 6), _ATTR, inlines(content)]})
            case Paragraph(content):
                out.append({"t": "Plain" if tight else "Para", "c": inlines(content)})
            case Quote(children):
                out.append({"t": "BlockQuote", "c": blocks(children)})
            case ListBlock(list_items, ordered, start):
                rendered = [blocks(item, tight=True) for item in list_items]
                if ordered:
                    style = [start, {"t": "Decimal"}, {"t": "Period"}]
                    out.append({"t": "OrderedList", "c": [style, rendered]})
                else:
                    out.append({"t": "BulletList", "c": rendered})
            case Figure(caption, src):
                caption_blocks = [{"t": "Plain", "c": inlines(caption)}] if caption else []
                if src:
                    image = {"t": "Image", "c": [_ATTR, inlines(caption), [src, ""]]}
                    out.append({"t": "Figure", "c": [_ATTR, [None, caption_blocks], [{"t": "Plain", "c": [image]}]]})
                elif caption:
                    out.append({"t": "Para", "c": [{"t": "Emph", "c": inlines(caption)}]})
            case Table():
                if block.columns:
                    out.append(_table(block))
            case Rule():
                out.append({"t": "HorizontalRule"})
            case Article(meta, children):
                from newsconv.writers.common import meta_line

                shifted = tuple(Heading(b.level + 1, b.content) if isinstance(b, Heading) else b for b in children)
                inner = [{"t": "Header", "c": [1, _ATTR, _text(meta.title or "")]}]
                if line := meta_line(meta):
                    inner.append({"t": "Para", "c": [{"t": "Emph", "c": _text(line)}]})
                out.append({"t": "Div", "c": [["", ["article"], []], inner + blocks(shifted)]})
            case _:
                assert_never(block)
    return out


def _table(table: Table) -> dict[str, Any]:
    """pandoc's Table: [attr, caption, column specs, head, bodies, foot], rows padded to the widest."""
    width = table.columns

    def row(cells: tuple[tuple[Inline, ...], ...]) -> list[Any]:
        padded = [*cells, *([()] * (width - len(cells)))]
        return [_ATTR, [[_ATTR, {"t": "AlignDefault"}, 1, 1, [{"t": "Plain", "c": inlines(c)}] if c else []]
                        for c in padded]]

    caption = [None, [{"t": "Plain", "c": inlines(table.caption)}] if table.caption else []]
    specs = [[{"t": "AlignDefault"}, {"t": "ColWidthDefault"}] for _ in range(width)]
    head = [_ATTR, [row(r) for r in table.rows[: table.header]]]
    body = [_ATTR, 0, [], [row(r) for r in table.rows[table.header:]]]
    return {"t": "Table", "c": [_ATTR, caption, specs, head, [body], [_ATTR, []]]}


def _meta_inlines(text: str) -> dict[str, Any]:
    return {"t": "MetaInlines", "c": _text(text)}


def metadata(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    out: dict[str, Any] = {}
    if meta.title:
        out["title"] = _meta_inlines(meta.title)
    if meta.subtitle:
        out["subtitle"] = _meta_inlines(meta.subtitle)
    if meta.writers:
        out["author"] = {"t": "MetaList", "c": [_meta_inlines(name) for name in meta.writers]}
    if meta.published:
        out["date"] = {"t": "MetaString", "c": format_published(meta.published)}
    if meta.language:
        # pandoc's own words (Abstract, Contents) are translated for zh-Hans, not for zh or zh-CN
        out["lang"] = {"t": "MetaString", "c": "zh-Hans" if meta.language == "zh" else meta.language}
    if meta.source:
        out["source"] = _meta_inlines(meta.source)
    if meta.url:
        out["url"] = {"t": "MetaString", "c": meta.url}
    if meta.section:
        out["keywords"] = {"t": "MetaList", "c": [_meta_inlines(s) for s in meta.section]}
    return out


def _div(name: str, lines: list[str]) -> dict[str, Any]:
    """A Div with class ``official-NAME`` holding a paragraph per line (custom-style for docx/odt)."""
    attr = ["", [f"official-{name}"], [["custom-style", name]]]
    return {"t": "Div", "c": [attr, [{"t": "Para", "c": _text(line)} for line in lines]]}


def _official_blocks(doc: Document) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """An official document's parts as pandoc blocks: (before the body, after it). pandoc's
    writers have no page layout: the parts are paragraphs in order, each in a classed Div."""
    from newsconv.writers.official import SIGNER_LABEL, official_texts

    if doc.meta.official is None:
        return [], []
    texts = official_texts(doc.meta.official)
    before = [_div("head", list(texts.head))] if texts.head else []
    if texts.mark:
        before.append(_div("mark", [texts.mark]))
    if texts.doc_number or texts.signer:
        signer = f"\u3000{SIGNER_LABEL}{texts.signer}" if texts.signer else ""
        before.append(_div("number", [f"{texts.doc_number or ''}{signer}".strip()]))
    if texts.recipients:
        before.append(_div("recipients", [texts.recipients]))
    after = []
    if texts.attachment_items:
        after.append(_div("attachments", [item.text for item in texts.attachment_items]))
    signature = [t for t in (texts.issuer, texts.date) if t]
    if signature:
        after.append(_div("signature", signature))
    if texts.note:
        after.append(_div("note", [texts.note]))
    for page in texts.pages:
        after.append(_div("attachment", [page.label]))
        after.append({"t": "Header", "c": [1, _ATTR, _text(page.title)]})
        after.extend(blocks(page.blocks))
    record = [t for t in (texts.cc, " ".join(t for t in (texts.printed_by, texts.printed_date) if t)) if t]
    if record:
        after.append(_div("record", record))
    return before, after


def to_ast(doc: Document) -> dict[str, Any]:
    """The document as pandoc's JSON AST (the API version of the bundled pandoc)."""
    before, after = _official_blocks(doc)
    return {"pandoc-api-version": _api_version(), "meta": metadata(doc),
            "blocks": before + blocks(doc.blocks) + after}


def write_pandoc(doc: Document, fmt: str, profile: Profile | None = None, options: WriteOptions | None = None) -> bytes:
    import pypandoc

    if fmt not in output_formats():
        raise UsageError(f"unknown output format {fmt!r}; `newsconv formats` lists them")
    source = json.dumps(to_ast(doc), ensure_ascii=False)
    args = ["--standalone", "--quiet"]
    try:
        if fmt in BINARY:
            with tempfile.TemporaryDirectory(prefix="newsconv-pandoc-") as tmp:
                target = Path(tmp) / f"out{suffix(fmt)}"
                pypandoc.convert_text(source, fmt, format="json", outputfile=str(target), extra_args=args)
                return target.read_bytes()
        text: str = pypandoc.convert_text(source, fmt, format="json", extra_args=args)
    except RuntimeError as exc:
        raise OutputError(f"pandoc could not write {fmt}: {str(exc).strip()[:300]}") from None
    return text.encode("utf-8")
