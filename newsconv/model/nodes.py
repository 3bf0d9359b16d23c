"""The nodes of the document model: ``Document(meta, blocks)``, its blocks and inlines, the
parts of an official document and of a compiled issue, and the text helpers over them.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeAlias, assert_never, overload


class Role(StrEnum):
    """What a person named on an article did."""

    AUTHOR = "author"
    REPORTER = "reporter"
    CORRESPONDENT = "correspondent"
    EDITOR = "editor"
    PHOTOGRAPHER = "photographer"
    TRANSLATOR = "translator"


# The roles whose people wrote the article (shown as its authors in metadata).
WRITER_ROLES = frozenset({Role.AUTHOR, Role.REPORTER, Role.CORRESPONDENT})

RelatedKind = Literal["previous", "next", "related"]
RELATED_KINDS: tuple[RelatedKind, ...] = ("previous", "next", "related")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: Role = Role.AUTHOR


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """Another article the page pointed to (previous/next, related)."""

    title: str
    url: str | None = None
    kind: RelatedKind = "related"


# ---------------------------------------------------------------------------- inlines


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Emph:
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Link:
    content: tuple[Inline, ...]
    url: str


@dataclass(frozen=True, slots=True)
class LineBreak:
    pass


Inline: TypeAlias = Text | Emph | Strong | Link | LineBreak

# ---------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[tuple[Block, ...], ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Figure:
    caption: tuple[Inline, ...]
    src: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    pass


Cell: TypeAlias = tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells; the first ``header`` rows head the columns. Cells hold inline content (a
    line break where a cell had several paragraphs); rows may be shorter than the widest."""

    rows: tuple[tuple[Cell, ...], ...]
    header: int = 0
    caption: tuple[Inline, ...] = ()

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a compiled issue (a 简报 of several articles): its own title, source, date
    and people in ``meta``, and its blocks. Only at the top level of a document."""

    meta: Meta
    blocks: tuple[Block, ...]


Block: TypeAlias = Heading | Paragraph | Quote | ListBlock | Figure | Rule | Table | Article


# ---------------------------------------------------------------------------- document parts


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment of an official document: its name as the 附件说明 lists it, and its text when
    the document carries it (set on pages of its own after the body)."""

    name: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class Official:
    """The parts of an official document (GB/T 9704-2012 §7) besides its title and body.

    版头: copy number (份号), secrecy and its term (密级和保密期限), urgency (紧急程度), the issuing
    office's mark (发文机关标志; by default the issuer followed by 文件), the document number
    (发文字号, with 〔〕) and, for reports to a higher office, the signer (签发人). 主体: the
    addressees (主送机关), attachments (附件说明 and 附件), the issuer's signature (发文机关署名), the
    date (成文日期), whether it will be sealed (印章; the layout leaves room for it), a note (附注).
    版记: copied to (抄送机关), printed by (印发机关) and on (印发日期).
    """

    copy_number: str | None = None
    secrecy: str | None = None
    urgency: str | None = None
    issuer_mark: str | None = None
    doc_number: str | None = None
    signer: str | None = None
    recipients: str | None = None
    attachments: tuple[Attachment, ...] = ()
    issuer: str | None = None
    date: dt.date | None = None
    sealed: bool = True
    note: str | None = None
    cc: str | None = None
    printed_by: str | None = None
    printed_date: dt.date | None = None

    @property
    def mark(self) -> str | None:
        """The 发文机关标志 as printed: given, else the issuer's name and 文件."""
        if self.issuer_mark:
            return self.issuer_mark
        return f"{self.issuer}文件" if self.issuer else None


@dataclass(frozen=True, slots=True)
class Issue:
    """The masthead and 版记 of a compiled issue (信息简报, 工作动态, 每日要闻): the publication's name
    (报头), its number (第12期), the compiling office, the date, an editor's note (编者按), where
    it goes (报送, 抄送, 发送) and how many copies were printed (印数). Its articles are the
    document's Article blocks."""

    name: str
    number: str | None = None
    office: str | None = None
    date: dt.date | None = None
    editor_note: tuple[Block, ...] = ()
    send_to: str | None = None
    cc: str | None = None
    distribute_to: str | None = None
    copies: int | None = None


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,6}")


def language_tag(value: object) -> str | None:
    """``value`` when it is shaped like a BCP 47 language tag (``zh``, ``zh-CN``, ``en_GB``),
    else None: what a page, a file's properties or front matter give as its language reaches
    DOCX properties and HTML attributes, which take a tag and nothing else."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if _LANGUAGE_TAG.fullmatch(value) else None


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Person, ...] = ()
    source: str | None = None
    section: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    language: str | None = None
    url: str | None = None
    related: tuple[RelatedLink, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()
    official: Official | None = None  # an official document's parts (GB/T 9704)
    issue: Issue | None = None  # a compiled issue's masthead and 版记

    def people(self, roles: Iterable[Role]) -> tuple[str, ...]:
        wanted = frozenset(roles)  # (a name once, though credited twice: ``记者 某某`` and ``作者：某某``)
        return tuple(dict.fromkeys(p.name for p in self.authors if p.role in wanted))

    @property
    def writers(self) -> tuple[str, ...]:
        """Names of the people who wrote the article (authors, reporters, correspondents)."""
        return self.people(WRITER_ROLES)


class ArticleSequence(Sequence[Article]):
    """The articles of a compiled issue when they are not all held in memory (``newsconv
    bundle`` keeps them in a temporary file): each is read when it is asked for and let go by
    the reader, so an issue of thousands of articles holds one at a time. ``heads`` gives every
    article's metadata without its blocks, which is all a contents list needs.

    Reading an article twice gives equal articles; the sequence compares equal to any sequence
    of the same articles (a tuple of them included), so a document holding one equals the
    document holding the tuple."""

    __slots__ = ()

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def read(self, index: int) -> Article:
        """The article at ``index`` (0 <= index < len), read afresh."""

    @property
    @abstractmethod
    def heads(self) -> Sequence[Meta]:
        """Each article's title, source, date, people and language, in order (no blocks)."""

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Article, ...]: ...

    def __getitem__(self, index: int | slice) -> Article | tuple[Article, ...]:
        if isinstance(index, slice):
            return tuple(self.read(n) for n in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("article index out of range")
        return self.read(index)

    def __iter__(self) -> Iterator[Article]:
        for n in range(len(self)):
            yield self.read(n)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str) or len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to a tuple, so it cannot hash as one

    def map(self, article: Callable[[Article], Article], head: Callable[[Meta], Meta]) -> ArticleSequence:
        """The articles as ``article`` makes them, each when it is read (a transform over an
        issue); ``head`` must give the metadata ``article`` gives its article."""
        return MappedArticles(self, article, head)


class MappedArticles(ArticleSequence):
    """Another sequence's articles, each passed through a step as it is read."""

    __slots__ = ("_article", "_head", "_heads", "_source")

    def __init__(self, source: ArticleSequence, article: Callable[[Article], Article],
                 head: Callable[[Meta], Meta]) -> None:
        self._source, self._article, self._head = source, article, head
        self._heads: tuple[Meta, ...] | None = None

    def __len__(self) -> int:
        return len(self._source)

    def read(self, index: int) -> Article:
        return self._article(self._source.read(index))

    @property
    def heads(self) -> Sequence[Meta]:
        if self._heads is None:
            self._heads = tuple(self._head(meta) for meta in self._source.heads)
        return self._heads


def article_head(meta: Meta) -> Meta:
    """What an issue keeps in memory of an article's metadata: what its contents entry, its
    source and date line and the issue's ordering read (title, people, source, date, language)."""
    return Meta(title=meta.title, authors=meta.authors, source=meta.source, published=meta.published,
                language=meta.language)


# A document's top-level blocks: a tuple, or for a compiled issue a sequence of articles read
# one at a time (an ArticleSequence holds Article blocks only).
DocumentBlocks: TypeAlias = tuple[Block, ...] | ArticleSequence


@dataclass(frozen=True, slots=True)
class Document:
    meta: Meta
    blocks: DocumentBlocks


# ---------------------------------------------------------------------------- text helpers


def text(value: str) -> tuple[Inline, ...]:
    """Inline content holding one plain string."""
    return (Text(value),) if value else ()


def merge_text(content: Iterable[Inline]) -> tuple[Inline, ...]:
    """Inline content with neighbouring plain strings joined and empty ones dropped (readers
    collect text piece by piece: a DOCX run, an HTML text node, a Markdown token)."""
    out: list[Inline] = []
    for node in content:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
                continue
        out.append(node)
    return tuple(out)


def inline_text(content: Iterable[Inline]) -> str:
    """The plain text of inline content (line breaks become newlines)."""
    parts: list[str] = []
    for node in content:
        match node:
            case Text(value):
                parts.append(value)
            case Emph(children) | Strong(children) | Link(children, _):
                parts.append(inline_text(children))
            case LineBreak():
                parts.append("\n")
            case _:
                assert_never(node)
    return "".join(parts)


def block_texts(blocks: Iterable[Block]) -> Iterator[str]:
    """The plain text of every text-bearing block, in reading order."""
    for block in blocks:
        match block:
            case Heading(_, content) | Paragraph(content):
                yield inline_text(content)
            case Quote(children):
                yield from block_texts(children)
            case ListBlock(items, _, _):
                for item in items:
                    yield from block_texts(item)
            case Figure(caption, _):
                if caption:
                    yield inline_text(caption)
            case Table(rows, _, caption):
                if caption:
                    yield inline_text(caption)
                for row in rows:
                    yield from (inline_text(cell) for cell in row)
            case Article(meta, children):
                if meta.title:
                    yield meta.title
                yield from block_texts(children)
            case Rule():
                pass
            case _:
                assert_never(block)


def parse_published(text: str) -> dt.date | dt.datetime | None:
    """A published date from metadata: ISO 8601 (``2024-05-06``, ``2024-05-06T10:30:00+08:00``,
    with a space for the T) or any form the raw-text reader knows (``May 6, 2024``,
    ``2024年5月6日 10:30``); the time is kept as printed, without its zone. None if none is found."""
    value = text.strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace(" ", "T", 1)) if len(value) > 10 else None
        if parsed is not None:
            return parsed.replace(tzinfo=None)
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    from newsconv.readers.text.dates import find_date

    found = find_date(value)
    return found.value if found is not None else None


def format_published(value: dt.date | dt.datetime | None) -> str | None:
    """ISO 8601 form of a published date: ``2024-05-06`` or ``2024-05-06T10:30:00``."""
    if value is None:
        return None
    return value.isoformat()


