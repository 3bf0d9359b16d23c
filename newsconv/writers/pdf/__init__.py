"""PDF writer (reportlab): print-ready A4 pages with every font embedded.

reportlab's canvas draws and embeds; newsconv sets the text itself (``layout``): its own line
breaking, because reportlab's CJK wrapping lets closing punctuation start a line, and its own
short page loop instead of platypus, whose paragraph machinery newsconv does not use and whose
import alone took a fifth of a one-article run. Output is byte-identical for the same input
and options: reportlab's invariant mode, and dates only from the article or SOURCE_DATE_EPOCH.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, BinaryIO, assert_never

from newsconv import __version__
from newsconv.model import (
    Article,
    Block,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    inline_text,
)
from newsconv.profiles import Profile, load_profile
from newsconv.writers import WriteOptions
from newsconv.writers.common import document_timestamp, meta_line
from newsconv.writers.pdf.fonts import FontChain, role_chain
from newsconv.writers.pdf.layout import Flowable, Frame, Outline, PageInfo, TextBlock, TextStyle, paginate
from newsconv.writers.pdf.table import TableBlock
from newsconv.writers.titles import title_lines

if TYPE_CHECKING:
    from newsconv.writers.pdf.issue import ContentsNumbers


class _Styles:
    """The profile's roles resolved to font chains (each face loaded once per process)."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._cache: dict[str, TextStyle] = {}

    def __getitem__(self, role_name: str) -> TextStyle:
        if role_name not in self._cache:
            self._cache[role_name] = TextStyle(self.profile.role(role_name), role_chain(self.profile, role_name),
                                               role_name, grid=self.profile.grid is not None)
        return self._cache[role_name]


class _Outline:
    """Outline levels that never jump by more than one (reportlab refuses a jump)."""

    def __init__(self) -> None:
        self.count = 0
        self.level = -1

    def entry(self, title: str, wanted: int) -> Outline:
        self.count += 1
        self.level = min(wanted, self.level + 1)
        return Outline(f"o{self.count}", title, self.level)


def _list_items(items: tuple[tuple[Block, ...], ...], ordered: bool, start: int) -> Iterator[tuple[str, Block]]:
    for n, item in enumerate(items):
        marker = f"{start + n}. " if ordered else "• "
        for k, block in enumerate(item):
            yield (marker if k == 0 else ""), block


# A paragraph longer than this is set in pieces cut after a sentence: layout holds every
# character of a block at once, and a pasted 64 MB paragraph would need gigabytes.
_PIECE = 20_000
_SENTENCE_END = re.compile(r"[。！？!?.；;]")


def _pieces(text: str, style: TextStyle) -> Iterator[TextBlock]:
    if len(text) <= _PIECE:
        yield TextBlock(text, style)
        return
    start = 0
    while start < len(text):
        end = min(start + _PIECE, len(text))
        if end < len(text):
            cut = max((m.end() for m in _SENTENCE_END.finditer(text, start + _PIECE // 2, end)), default=end)
            end = cut
        yield TextBlock(text[start:end], style, first_part=start == 0, last_part=end == len(text))
        start = end


def _flowables(blocks: Iterable[Block], styles: _Styles, outline: _Outline,
               body: str = "body") -> Iterator[Flowable]:
    for block in blocks:
        match block:
            case Heading(level, content):
                title = inline_text(content)
                role = f"heading {min(level, 4)}"
                yield TextBlock(title, styles[role], outline=outline.entry(title, level))
            case Paragraph(content):
                yield from _pieces(inline_text(content), styles[body])
            case Quote(children):
                yield from _flowables(children, styles, outline, body="quote")
            case ListBlock(items, ordered, start):
                for marker, item in _list_items(items, ordered, start):
                    if isinstance(item, Paragraph | Heading):
                        yield TextBlock(marker + inline_text(item.content), styles[body])
                    else:
                        yield from _flowables((item,), styles, outline, body)
            case Figure(caption, _):
                if caption:
                    yield TextBlock(inline_text(caption), styles["caption"])
            case Table(rows, header, caption):
                if caption:
                    yield TextBlock(inline_text(caption), styles["caption"])
                if rows:
                    yield TableBlock([[inline_text(cell) for cell in row] for row in rows], header, styles[body])
            case Rule():
                yield TextBlock("＊\u3000＊\u3000＊", styles["caption"])
            case Article(meta, children):
                yield from _article(Article(meta, children), styles, outline)
            case _:
                assert_never(block)


def _article(article: Article, styles: _Styles, outline: _Outline) -> Iterator[Flowable]:
    """An article of an issue outside an issue's layout (a document that holds articles but no
    masthead): its title, source and date line and blocks, as an issue sets them."""
    from newsconv.writers.issue import article_texts
    from newsconv.writers.pdf.issue import article_flowables

    texts = article_texts(article.meta, outline.count + 1, styles.profile)
    yield from article_flowables(texts, article.blocks, styles.profile, styles, outline,
                                 lambda blocks: list(_flowables(blocks, styles, outline)))


def _em_measure(style: TextStyle) -> Any:
    """A line's width in the role's ems (letter spacing included), as the PDF sets it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from newsconv.writers.pdf.linebreak import measure_atoms, split_atoms

    size, spacing = style.size, style.role.letter_spacing

    def atom_width(atom: str) -> float:
        return sum(stringWidth(run, face.name, size) for face, run in style.chain.runs(atom)) + spacing * len(atom)

    def measure(text: str) -> float:
        widths, gaps = measure_atoms(split_atoms(text), atom_width, size)  # with the Han-Latin gaps
        return (sum(widths) + sum(gaps)) / (size + spacing)

    return measure


def _title_block(title: str, profile: Profile, styles: _Styles, outline: _Outline, level: int = 0) -> TextBlock:
    lines = "\n".join(title_lines(title, profile, measure=_em_measure(styles["title"])))
    return TextBlock(lines, styles["title"], outline=outline.entry(title, level))


def document_flowables(doc: Document, profile: Profile, styles: _Styles | None = None, *,
                       letterhead: str = "print", numbers: ContentsNumbers | None = None) -> Iterable[Flowable]:
    """What the page loop sets for ``doc``: a list, or for an issue a generator that makes each
    article's blocks only when they are reached (``numbers``: the issue's
    ``issue.ContentsNumbers``, which draws the contents' page numbers)."""
    styles = styles or _Styles(profile)
    outline = _Outline()
    meta = doc.meta
    if meta.issue is not None:
        from newsconv.writers.pdf.issue import issue_flowables

        return issue_flowables(doc, profile, styles, outline, lambda blocks: list(_flowables(blocks, styles, outline)),
                               numbers)
    if meta.official is not None:
        from newsconv.writers.pdf.parts import official_flowables

        return official_flowables(
            doc, profile, styles,
            title=lambda text, level: _title_block(text, profile, styles, outline, level),
            body=lambda blocks: list(_flowables(blocks, styles, outline)),
            reserve=letterhead == "reserve",
        )
    out: list[Flowable] = []
    if meta.title:
        out.append(_title_block(meta.title, profile, styles, outline))
    if meta.subtitle:
        out.append(TextBlock(meta.subtitle, styles["subtitle"]))
    line = meta_line(meta, date_style=profile.date_style)
    if line:
        out.append(TextBlock(line, styles["meta"]))
    out.extend(_flowables(doc.blocks, styles, outline))
    return out


def _label_width(chain: FontChain, size: float, label: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(text, face.name, size) for face, text in chain.runs(label))


def _fit(label: str, chain: FontChain, size: float, width: float) -> str:
    """The label, cut with an ellipsis where it is wider than the type area."""
    if _label_width(chain, size, label) <= width:
        return label
    low, high = 0, len(label)  # the longest prefix that fits with the ellipsis: a binary search
    while low < high:
        mid = (low + high + 1) // 2
        if _label_width(chain, size, label[:mid] + "…") <= width:
            low = mid
        else:
            high = mid - 1
    return label[:low] + "…"


def _draw_label(canvas: Any, chain: FontChain, size: float, x: float, y: float, label: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for face, text in chain.runs(label):
        canvas.setFont(face.name, size)
        canvas.drawString(x, y, text)
        x += stringWidth(text, face.name, size)


def _page_drawer(profile: Profile, style: TextStyle, title: str) -> Any:
    """Draws what stands outside the type area on every page: page number, running header and
    footer. A blank page has no number, nor has the page of a 版记 after one (GB/T 9704 §7.5)."""
    numbers = profile.page_numbers
    page = profile.page
    chain, size = style.chain, style.size
    ascent = style.face.ascent * size
    header = _fit(profile.running.text("header", title), chain, size, page.frame_width)
    footer = _fit(profile.running.text("footer", title), chain, size, page.frame_width)
    number_baseline = page.margin_bottom - numbers.distance - ascent  # under the number's top
    centre = page.margin_left + page.frame_width / 2

    previous_blank = False

    def draw(canvas: Any, info: PageInfo) -> None:
        nonlocal previous_blank
        numbered = not info.blank and not (previous_blank and info.foot and not info.flow)
        previous_blank = info.blank
        canvas.saveState()
        if header:  # its top halfway down the top margin, as the DOCX header
            x = centre - _label_width(chain, size, header) / 2
            _draw_label(canvas, chain, size, x, page.height - page.margin_top / 2 - ascent, header)
        if footer:  # the line under the page number, as in the DOCX footer
            x = centre - _label_width(chain, size, footer) / 2
            _draw_label(canvas, chain, size, x, number_baseline - (size * 1.3 if numbers.format else 0), footer)
        if numbers.format and numbered:
            n = canvas.getPageNumber()
            label = numbers.text(n)
            width = _label_width(chain, size, label)
            inset = numbers.inset * size
            align = numbers.align
            if align == "outside":
                align = "right" if n % 2 else "left"
            if align == "right":
                x = page.width - page.margin_right - inset - width
            elif align == "left":
                x = page.margin_left + inset
            else:
                x = centre - width / 2
            _draw_label(canvas, chain, size, x, number_baseline, label)
        canvas.restoreState()

    return draw


def _canvas_class(stamp: str | None) -> Any:
    """A canvas whose document info carries the article's date, or no date at all, and whose
    document is written as it is made (``assemble``)."""
    from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
    from reportlab.pdfgen.canvas import Canvas

    from newsconv.writers.pdf.assemble import streaming_document

    class Info(PDFInfo):  # type: ignore[misc]
        def format(self, document: Any) -> bytes:
            entries: dict[str, Any] = {
                "Title": PDFString(self.title),
                "Author": PDFString(self.author),
                "Subject": PDFString(self.subject),
                "Keywords": PDFString(self.keywords),
                "Creator": PDFString(self.creator),
                "Producer": PDFString(self.producer),
                "Trapped": PDFName(self.trapped),
            }
            if stamp is not None:
                date = PDFDate(ts=document._timeStamp, dateFormatter=lambda *_: stamp)
                entries["CreationDate"] = entries["ModDate"] = date
            return PDFDictionary(entries).format(document)

    class StampedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            info = Info()
            info.__dict__.update(self._doc.info.__dict__)
            self._doc.info = info
            self._doc.__class__ = streaming_document()
            self._links: dict[str, list[str]] = {}  # bookmark -> the link annotations pointing at it
            self._bound: list[str] = []  # link annotations whose bookmark is on the page being set

        def start(self, sink: BinaryIO) -> None:
            """Write the PDF into ``sink``: each page as it is set, the rest at ``finish``."""
            self._doc.start(sink)

        def finish(self) -> None:
            self.getpdfdata()

        def linkRect(self, contents: str, destinationname: str, *args: Any, **kwargs: Any) -> Any:
            """A link to a bookmark (the contents' entries, to their articles); its annotation is
            written once the page the bookmark is on has been set."""
            found = super().linkRect(contents, destinationname, *args, **kwargs)
            name = kwargs.get("name") or f"NUMBER{self._annotationCount}"  # as reportlab names it
            self._links.setdefault(destinationname, []).append(self._doc.annotationName(name))
            return found

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:
            found = super().bookmarkPage(key, *args, **kwargs)
            self._bound.extend(self._links.pop(key, ()))
            return found

        def endForm(self, **extra: Any) -> None:
            """A form is complete when it ends: written now (the contents' page numbers, made
            one per article once the articles are set)."""
            name = self._formData[0]
            super().endForm(**extra)
            self._doc.write_form(name)

        def showPage(self) -> None:
            super().showPage()
            for name in self._bound:  # their destination's page has its number now
                self._doc.write_annotation(name)
            self._bound.clear()

        def addOutlineEntry(self, title: str, key: str, level: int = 0, closed: bool | None = None) -> None:
            """An outline entry for the bookmark ``key`` (bookmarkPage made it on its page): a row
            of the document's outline, and the bookmark let go (the links to it are made before
            it, the contents before the articles, and hold it themselves)."""
            destination = self._destinations.get(key)
            if destination is None or destination.page is None:
                raise ValueError(f"outline entry {title!r}: no bookmark {key!r} on a page yet")
            page = destination.page.name  # "Page12", as reportlab names the page it is on
            self._doc.outline.add(level, title, int(page.removeprefix("Page")), destination.fmt, bool(closed))
            del self._destinations[key]

    return StampedCanvas


def uncovered(blocks: Iterable[Flowable], extra: Iterable[tuple[TextStyle, str]] = ()) -> dict[str, list[str]]:
    """{character: [roles]} for every character no font of its role's chain has."""
    found: dict[str, list[str]] = {}
    for block in blocks:
        _note_uncovered(block.texts(), found)
    _note_uncovered(extra, found)
    return found


def _note_uncovered(pairs: Iterable[tuple[TextStyle, str]], found: dict[str, list[str]]) -> None:
    for style, text in pairs:
        for char in sorted(style.chain.missing(text)):
            roles = found.setdefault(char, [])
            if style.name not in roles:
                roles.append(style.name)


def _checked(blocks: Iterable[Flowable], found: dict[str, list[str]]) -> Iterator[Flowable]:
    """The blocks, each checked for characters no font has as the page loop takes it."""
    for block in blocks:
        _note_uncovered(block.texts(), found)
        yield block


def describe_uncovered(found: dict[str, list[str]], limit: int = 12) -> str:
    """``𠀀 (U+20000, body), ☃ (U+2603, title)`` with at most ``limit`` characters."""
    items = [f"{char} (U+{ord(char):04X}, {', '.join(roles)})" for char, roles in sorted(found.items())]
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


def write_pdf(doc: Document, profile: Profile | None = None, options: WriteOptions | None = None) -> bytes:
    sink = io.BytesIO()
    write_pdf_to(doc, sink, profile, options)
    return sink.getvalue()


def write_pdf_to(doc: Document, sink: BinaryIO, profile: Profile | None = None,
                 options: WriteOptions | None = None) -> None:
    """``write_pdf`` into ``sink`` as the file is made: each page as soon as it is set, the
    rest at the end (``assemble``). The bytes are those ``write_pdf`` returns."""
    profile = profile or load_profile()
    page = profile.page
    meta = doc.meta
    styles = _Styles(profile)
    numbers: ContentsNumbers | None = None
    if meta.issue is not None and profile.bundle.contents:
        from newsconv.writers.pdf.issue import ContentsNumbers

        numbers = ContentsNumbers()
    flowables = document_flowables(doc, profile, styles, letterhead=options.letterhead if options else "print",
                                   numbers=numbers)
    number_style = styles["page number"]
    body_face = styles["body"].face
    stamp_dt = document_timestamp(meta)
    stamp = stamp_dt.strftime("D:%Y%m%d%H%M%S+00'00'") if stamp_dt else None
    canvas = _canvas_class(stamp)(
        io.BytesIO(),  # never written to: the document writes into the sink
        pagesize=(page.width, page.height),
        invariant=1,
        initialFontName=body_face.name,  # otherwise an unembedded Helvetica is declared
        initialFontSize=profile.role("body").size,
        lang=meta.language or None,
    )
    canvas.setTitle(meta.title or "")
    canvas.setAuthor("; ".join(meta.writers))
    canvas.setSubject(meta.subtitle or " > ".join(meta.section))
    canvas.setKeywords(", ".join(meta.section))
    canvas.setCreator(f"newsconv {__version__}")
    canvas.setProducer(f"newsconv {__version__} (reportlab)")
    canvas.start(sink)
    frame = Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height)
    drawer = _page_drawer(profile, number_style, meta.title or "")
    missing: dict[str, list[str]] = {}
    paginate(canvas, _checked(_or_blank(flowables, styles["body"]), missing), frame, drawer,
             placed=numbers.placed if numbers is not None else None)
    if numbers is not None:
        numbers.define(canvas)
    running = [(number_style, profile.running.text(which, meta.title or "")) for which in ("header", "footer")]
    _note_uncovered([(number_style, profile.page_numbers.format.replace("{page}", "0123456789")), *running], missing)
    if missing and options is not None:
        options.warning(
            f"no font of profile {profile.name!r} has {describe_uncovered(missing)}; they print as empty "
            "boxes. Add a font that has them to [fallback] fonts in the profile (newsconv fonts INPUT lists them)"
        )
    canvas.finish()


def _or_blank(blocks: Iterable[Flowable], style: TextStyle) -> Iterator[Flowable]:
    """The blocks, or one blank line when there are none (a PDF has at least a page)."""
    empty = True
    for block in blocks:
        empty = False
        yield block
    if empty:
        yield TextBlock(" ", style)
