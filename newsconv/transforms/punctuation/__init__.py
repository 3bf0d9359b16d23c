"""Chinese punctuation as a print desk sets it (GB/T 15834-2011 标点符号用法).

Text pasted from web pages often carries half-width marks between Chinese characters
(``各街道办事处,区政府各部门:``). In Chinese context they become the full-width marks of GB/T
15834: ``, . ; : ? ! ( )`` -> ``，。；：？！（）``, straight quotes -> paired ``“”`` ``‘’``,
``...`` -> ``……``, ``--`` -> ``——``; the spaces pasted around a mark go, since a full-width mark
carries its own space.

"Chinese context" is decided mark by mark from the characters around it, so the rules hold in
mixed text too. Latin context is left alone: numbers (``1,000`` ``3.5``), times (``10:30``),
ratios, list numbers (``1.``), Latin words and sentences (``GDP, CPI``), URLs, e-mail
addresses and code in backticks are never touched. In a Chinese document a mark converts when
either side is Chinese; elsewhere (English and undetermined documents) only a mark that Chinese
text encloses does.

``--keep-punctuation`` (``TransformOptions.keep_punctuation``) leaves the text as pasted.
Every change is reported through ``TransformOptions.note``, for ``parse --explain``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from newsconv.model import Document, Emph, Inline, LineBreak, Link, Meta, Strong, Text
from newsconv.transforms import TransformOptions
from newsconv.transforms.punctuation.marks import Edit, Mode, apply_edits, edits, normalise
from newsconv.transforms.walk import BlockMap

__all__ = ["chinese_punctuation", "document_mode", "edits", "normalise"]

NAME = "punctuation"


# ---------------------------------------------------------------------------- notes


def _new_index(changes: list[Edit], i: int) -> int:
    """Where position i of the original text lands in the edited one."""
    shift = 0
    for edit in changes:
        if edit.end <= i:
            shift += len(edit.new) - (edit.end - edit.start)
        elif edit.start < i:
            return edit.start + shift + len(edit.new)  # inside an edit: after its replacement
        else:
            break
    return i + shift


def _describe(text: str, changes: list[Edit], where: str) -> list[str]:
    """One note per cluster of nearby edits: the text around it before and after every edit."""
    notes: list[str] = []
    edited = apply_edits(text, changes)
    i = 0
    while i < len(changes):
        j = i
        while j + 1 < len(changes) and changes[j + 1].start - changes[j].end <= 2:
            j += 1
        start, end = changes[i].start, changes[j].end
        a, b = max(start - 6, 0), min(end + 6, len(text))
        after = edited[_new_index(changes, a) : _new_index(changes, b)]
        notes.append(f"{where}, character {start + 1}: {text[a:b]!r} -> {after!r}")
        i = j + 1
    return notes


# ---------------------------------------------------------------------------- the document


def _flatten(content: tuple[Inline, ...], pieces: list[str]) -> None:
    for node in content:
        match node:
            case Text(value):
                pieces.append(value)
            case Emph(children) | Strong(children) | Link(children, _):
                _flatten(children, pieces)
            case LineBreak():
                pieces.append("\n")
            case _:
                assert_never(node)


def _rebuild(content: tuple[Inline, ...], new_texts: list[str]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in content:
        match node:
            case Text():
                out.append(Text(new_texts.pop(0)))
            case Emph(children):
                out.append(Emph(_rebuild(children, new_texts)))
            case Strong(children):
                out.append(Strong(_rebuild(children, new_texts)))
            case Link(children, url):
                out.append(Link(_rebuild(children, new_texts), url))
            case LineBreak():
                new_texts.pop(0)
                out.append(node)
            case _:
                assert_never(node)
    return tuple(out)


class _Walker(BlockMap):
    def __init__(self, mode: Mode, opts: TransformOptions) -> None:
        self.mode = mode
        self.opts = opts
        self.count = 0
        self.where = ""  # the block being set, as --explain names it

    def start(self, kind: str) -> None:
        self.count += 1
        self.where = f"{'article title' if kind == 'article' else kind} (block {self.count})"

    def article_meta(self, meta: Meta) -> Meta:
        return replace(meta, title=self.string(meta.title, self.where) if meta.title else None)

    def string(self, text: str, where: str) -> str:
        changes = edits(text, self.mode)
        for note in _describe(text, changes, where):
            self.opts.noted(NAME, note)
        return apply_edits(text, changes)

    def inlines(self, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """Edits decided on the inline content's whole text (context crosses emphasis and links),
        kept where they fall inside one piece of text."""
        pieces: list[str] = []
        _flatten(content, pieces)
        whole = "".join(pieces)
        changes = edits(whole, self.mode)
        if not changes:
            return content
        bounds, at = [], 0
        for piece in pieces:
            bounds.append((at, at + len(piece)))
            at += len(piece)
        kept = [e for e in changes if any(a <= e.start and e.end <= b for a, b in bounds)]
        for note in _describe(whole, kept, self.where):
            self.opts.noted(NAME, note)
        new_texts = []
        for a, b in bounds:
            local = [Edit(e.start - a, e.end - a, e.new) for e in kept if a <= e.start and e.end <= b]
            new_texts.append(apply_edits(whole[a:b], local))
        return _rebuild(content, new_texts)


def document_mode(language: str | None) -> Mode | None:
    """How a document's punctuation is set: Chinese rules, mixed-text rules, or (Japanese and
    Korean, whose marks differ) not at all."""
    lang = (language or "").lower()
    if lang.startswith("zh"):
        return "zh"
    if lang.startswith(("ja", "ko")):
        return None
    return "mixed"


def chinese_punctuation(doc: Document, opts: TransformOptions) -> Document:
    if opts.keep_punctuation:
        return doc
    mode = document_mode(doc.meta.language)
    if mode is None:
        return doc
    walker = _Walker(mode, opts)
    meta = doc.meta
    title = walker.string(meta.title, "title") if meta.title else meta.title
    subtitle = walker.string(meta.subtitle, "subtitle") if meta.subtitle else meta.subtitle
    return Document(replace(meta, title=title, subtitle=subtitle), walker.top(doc.blocks))
