"""PDF pieces of a compiled issue (简报, 每日要闻): the masthead (the red name, 第N期, the office
and the date, the red rule), the editor's note, the contents with the page each article's title
is drawn on, the articles under their titles with a bookmark each, and the 版记 at the foot of
the last page.

The issue is laid out once, article by article, holding one page's blocks at a time. The
contents come before the articles, so the page numbers they print are not known when they are
drawn: each entry draws a form (a PDF Form XObject, which a page may use before the file defines
it) that ``ContentsNumbers`` fills with the dotted leader and the number once every article is
set. An entry keeps room for a three-digit number whatever number it prints, so the number never
moves the entry's lines.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

from newsconv.model import Article, Block, Document
from newsconv.profiles import Profile
from newsconv.writers.issue import ArticleTexts, IssueTexts, issue_texts
from newsconv.writers.pdf.layout import (
    Flowable,
    Frame,
    Outline,
    PageBreak,
    RoleSpaced,
    RuleBlock,
    StackBlock,
    TextBlock,
    TextStyle,
    paginate,
)
from newsconv.writers.pdf.parts import PlacedLine, Segment, record_block, red_rule, restyled, text_width
from newsconv.writers.titles import title_lines

Body = Callable[[tuple[Block, ...]], list[Flowable]]
_NUMBER_ROOM = "000"  # a contents entry keeps room for this many digits
_LEADER = "."


class SplitLine(RoleSpaced):
    """One line with a text flush left and another flush right (the office and the date)."""

    def __init__(self, left: str, right: str, style: TextStyle) -> None:
        self.pair, self.style = (left, right), style
        self.line: PlacedLine | None = None

    def wrap(self, width: float) -> float:
        left, right = self.pair
        segments = [Segment(left, self.style, 0.0)] if left else []
        if right:
            segments.append(Segment(right, self.style, width, "right"))
        self.line = PlacedLine(segments, self.style.leading)
        self.height = self.style.leading
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        for text in self.pair:
            yield self.style, text

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        assert self.line is not None
        self.line.draw_on(canvas, x, y)


class ContentsNumbers:
    """The contents' page numbers: the page each article's title is set on (``placed``, from the
    page loop), and the forms that draw them, defined (``define``) once the articles are set."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self._entries: dict[str, tuple[TextStyle, float, float, float]] = {}  # style, width, height, last line

    @staticmethod
    def form(key: str) -> str:
        return f"contents-{key}"

    def placed(self, block: Flowable, page: int) -> None:
        outline = getattr(block, "outline", None)
        if outline is not None and outline.key.startswith("article-"):
            self.pages.setdefault(outline.key, page)

    def drawn(self, entry: ContentsEntry, last_line: float) -> None:
        self._entries[entry.key] = (entry.style, entry.width, entry.height, last_line)

    def define(self, canvas: Any) -> None:
        """Each drawn entry's leader and number, in the entry's own coordinates (its bottom-left
        corner at 0, 0); an entry whose article was not set gets an empty form."""
        for key, (style, width, height, last_line) in self._entries.items():
            page = self.pages.get(key)
            margin = style.size  # the form's box only clips; leave room for any glyph's overhang
            canvas.beginForm(self.form(key), -margin, -margin, width + margin, height + margin)
            if page is not None:
                _leader_and_number(str(page), style, width, last_line).draw_on(canvas, 0.0, 0.0)
            canvas.endForm()


def _leader_and_number(number: str, style: TextStyle, width: float, last_line: float) -> PlacedLine:
    """The number flush right on the entry's last line, dots from after the title to it."""
    segments = [Segment(number, style, width, "right")]
    start = last_line + style.size / 2
    end = width - text_width(number, style) - style.size / 4
    leader = text_width(_LEADER, style)
    if leader > 0 and end - start >= leader:
        segments.append(Segment(_LEADER * int((end - start) // leader), style, end, "right"))
    return PlacedLine(segments, style.leading)


class ContentsEntry(RoleSpaced):
    """An article's title in the contents, its page number flush right on the title's last line
    with a dotted leader between them (drawn by ``ContentsNumbers``), the whole entry a link to
    the article."""

    def __init__(self, title: str, key: str, style: TextStyle, numbers: ContentsNumbers | None) -> None:
        self.title, self.key, self.style, self.numbers = title, key, style, numbers
        self.room = text_width(_NUMBER_ROOM, style) + style.size
        self.block = TextBlock(title, restyled(style, first_line_indent=0.0, align="left"))
        self.width = 0.0

    def wrap(self, width: float) -> float:
        self.width = width
        self.height = self.block.wrap(max(width - self.room, 1.0))
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        yield self.style, self.title + _LEADER + "0123456789"

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        spans = self.block.spans or []
        last_line = spans[-1].width if spans else 0.0
        self.block.draw_on(canvas, x, y)
        if self.numbers is not None:
            self.numbers.drawn(self, last_line)
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm(ContentsNumbers.form(self.key))
            canvas.restoreState()
        canvas.linkAbsolute("", self.key, Rect=(x, y, x + self.width, y + self.height), thickness=0)

    def release(self) -> None:
        self.block.release()


def masthead(texts: IssueTexts, profile: Profile, styles: Any) -> StackBlock:
    """报头: the name in the masthead role (large, red), 第N期 under it, the office left and
    the date right on one line, the red rule under them."""
    children: list[Flowable] = [TextBlock(texts.name, styles["masthead"])]
    if texts.number:
        children.append(TextBlock(texts.number, styles["issue number"]))
    if texts.office or texts.date:
        children.append(SplitLine(texts.office or "", texts.date or "", styles["masthead line"]))
    children.append(red_rule(profile.official, before=profile.official.rule_width))
    return StackBlock(children, after=profile.bundle.masthead_after)


def editor_note(texts: IssueTexts, profile: Profile, styles: Any) -> list[Flowable]:
    """编者按: the label before the note's first paragraph, in the editor-note role."""
    from newsconv.model import block_texts

    paragraphs = [t for t in block_texts(texts.editor_note) if t.strip()]
    style = styles["editor note"]
    return [TextBlock((profile.bundle.editor_label if n == 0 else "") + text, style)
            for n, text in enumerate(paragraphs)]


def contents(texts: IssueTexts, profile: Profile, styles: Any, numbers: ContentsNumbers | None) -> list[Flowable]:
    out: list[Flowable] = []
    if profile.bundle.contents_title:
        out.append(TextBlock(profile.bundle.contents_title, styles["contents heading"]))
    style = styles["contents"]
    for article in texts.articles:
        out.append(ContentsEntry(article.title, article.anchor, style, numbers))
    return out


def article_flowables(article: ArticleTexts, blocks: tuple[Block, ...], profile: Profile, styles: Any, outline: Any,
                      body: Body) -> list[Flowable]:
    """An article's title (a level-1 bookmark named by its anchor), its source and date line and
    its blocks (their headings bookmarked under the title)."""
    style = styles["article title"]
    lines = "\n".join(title_lines(article.title, profile, "article title"))
    outline.count += 1
    outline.level = 0
    out: list[Flowable] = [TextBlock(lines, style, outline=Outline(article.anchor, article.title, 0))]
    if article.meta:
        out.append(TextBlock(article.meta, styles["article meta"]))
    out.extend(body(blocks))
    return out


def issue_flowables(doc: Document, profile: Profile, styles: Any, outline: Any, body: Body,
                    numbers: ContentsNumbers | None = None) -> Iterator[Flowable]:
    """The whole issue: masthead, editor's note, contents, articles (a rule or a page break
    between them), anything else the document holds, and the 版记 at the foot. Each article's
    blocks are made only when the page loop reaches it."""
    texts = issue_texts(doc, profile)
    layout = profile.bundle
    yield masthead(texts, profile, styles)
    yield from editor_note(texts, profile, styles)
    if layout.contents and texts.articles:
        yield from contents(texts, profile, styles, numbers)
    articles = iter(texts.articles)
    for n, block in enumerate(doc.blocks):
        if not isinstance(block, Article):
            yield from body((block,))
            continue
        article = next(articles)
        if layout.new_page:
            yield PageBreak()
        elif n and layout.rule_between:
            gap = styles["body"].leading / 2
            yield RuleBlock(layout.rule_width, layout.rule_rgb, before=gap, after=gap)
        yield from article_flowables(article, block.blocks, profile, styles, outline, body)
    if texts.has_record:
        yield record_block(texts.record, styles["record"], profile.official, placement="foot")


def issue_layout(doc: Document, profile: Profile) -> tuple[dict[str, int], list[Any]]:
    """The page each article's title falls on ({anchor: page}) and what each page holds
    (``layout.PageInfo``), from laying the issue out without drawing it, for the DOCX writer:
    its contents' page numbers and where the 版记 falls are those of the PDF."""
    from reportlab.pdfgen.canvas import Canvas

    from newsconv.writers.pdf import _Styles, document_flowables

    numbers = ContentsNumbers()
    infos: list[Any] = []
    page = profile.page
    canvas = Canvas(io.BytesIO(), pagesize=(page.width, page.height), invariant=1)
    frame = Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height)
    paginate(canvas, document_flowables(doc, profile, _Styles(profile)), frame, lambda c, info: infos.append(info),
             placed=numbers.placed, draw=False)
    return numbers.pages, infos
