"""PDF pieces of a compiled issue (简报, 每日要闻): the masthead (the red name, 第N期, the office
and the date, the red rule), the editor's note, the contents with the page each article's title
is drawn on, the articles under their titles with a bookmark each, and the 版记 at the foot of
the last page.

The contents' page numbers come from laying the whole issue out once without drawing it: each
contents entry keeps room for a three-digit number whatever number it prints, so setting the
same blocks for real, with the numbers, puts every line where the first layout did.
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


class SplitLine(Flowable):
    """One line with a text flush left and another flush right (the office and the date)."""

    def __init__(self, left: str, right: str, style: TextStyle) -> None:
        self.pair, self.style = (left, right), style
        self.line: PlacedLine | None = None

    @property
    def space_before(self) -> float:
        return self.style.role.space_before

    @property
    def space_after(self) -> float:
        return self.style.role.space_after

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


class ContentsEntry(Flowable):
    """An article's title in the contents, its page number flush right on the title's last line
    with a dotted leader between them, the whole entry a link to the article."""

    def __init__(self, title: str, page: int | None, key: str, style: TextStyle) -> None:
        self.title, self.page, self.key, self.style = title, page, key, style
        self.room = text_width(_NUMBER_ROOM, style) + style.size
        self.block = TextBlock(title, restyled(style, first_line_indent=0.0, align="left"))

    @property
    def space_before(self) -> float:
        return self.style.role.space_before

    @property
    def space_after(self) -> float:
        return self.style.role.space_after

    def wrap(self, width: float) -> float:
        self._width = width
        self.height = self.block.wrap(max(width - self.room, 1.0))
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        yield self.style, self.title + _LEADER + "0123456789"

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        style = self.style
        spans = self.block.spans or []
        last = spans[-1].width if spans else 0.0
        number = str(self.page) if self.page is not None else ""
        segments = [Segment(number, style, self._width, "right")] if number else []
        start = last + style.size / 2
        end = self._width - (text_width(number, style) if number else 0.0) - style.size / 4
        leader = text_width(_LEADER, style)
        if number and leader > 0 and end - start >= leader:
            segments.append(Segment(_LEADER * int((end - start) // leader), style, end, "right"))
        self.block.draw_on(canvas, x, y)
        PlacedLine(segments, style.leading).draw_on(canvas, x, y)
        canvas.linkAbsolute("", self.key, Rect=(x, y, x + self._width, y + self.height), thickness=0)

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


def contents(texts: IssueTexts, profile: Profile, styles: Any, pages: dict[str, int]) -> list[Flowable]:
    out: list[Flowable] = []
    if profile.bundle.contents_title:
        out.append(TextBlock(profile.bundle.contents_title, styles["contents heading"]))
    style = styles["contents"]
    for article in texts.articles:
        out.append(ContentsEntry(article.title, pages.get(article.anchor), article.anchor, style))
    return out


def article_flowables(article: ArticleTexts, profile: Profile, styles: Any, outline: Any, body: Body) -> list[Flowable]:
    """An article's title (a level-1 bookmark named by its anchor), its source and date line and
    its blocks (their headings bookmarked under the title)."""
    style = styles["article title"]
    lines = "\n".join(title_lines(article.title, profile, "article title"))
    outline.count += 1
    outline.level = 0
    out: list[Flowable] = [TextBlock(lines, style, outline=Outline(article.anchor, article.title, 0))]
    if article.meta:
        out.append(TextBlock(article.meta, styles["article meta"]))
    out.extend(body(article.blocks))
    return out


def issue_flowables(doc: Document, profile: Profile, styles: Any, outline: Any, body: Body) -> list[Flowable]:
    """The whole issue: masthead, editor's note, contents, articles (a rule or a page break
    between them), anything else the document holds, and the 版记 at the foot."""
    texts = issue_texts(doc, profile)
    layout = profile.bundle
    out: list[Flowable] = [masthead(texts, profile, styles)]
    out.extend(editor_note(texts, profile, styles))
    if layout.contents and texts.articles:
        out.extend(contents(texts, profile, styles, {}))
    articles = iter(texts.articles)
    for n, block in enumerate(doc.blocks):
        if not isinstance(block, Article):
            out.extend(body((block,)))
            continue
        article = next(articles)
        if layout.new_page:
            out.append(PageBreak())
        elif n and layout.rule_between:
            gap = styles["body"].leading / 2
            out.append(RuleBlock(layout.rule_width, layout.rule_rgb, before=gap, after=gap))
        out.extend(article_flowables(article, profile, styles, outline, body))
    if texts.has_record:
        out.append(record_block(texts.record, styles["record"], profile.official, placement="foot"))
    return out


def dry_layout(profile: Profile, blocks: list[Flowable]) -> tuple[dict[str, int], list[Any]]:
    """The page each article's title falls on ({anchor: page}) and what each page holds
    (``layout.PageInfo``), from laying the issue out without drawing it; the blocks keep their
    lines, so setting them for real afterwards costs no second measuring."""
    from reportlab.pdfgen.canvas import Canvas

    pages: dict[str, int] = {}
    infos: list[Any] = []

    def placed(block: Flowable, page: int) -> None:
        outline = getattr(block, "outline", None)
        if outline is not None and outline.key.startswith("article-"):
            pages.setdefault(outline.key, page)

    page = profile.page
    canvas = Canvas(io.BytesIO(), pagesize=(page.width, page.height), invariant=1)
    frame = Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height)
    paginate(canvas, blocks, frame, lambda c, info: infos.append(info), placed=placed)
    return pages, infos


def number_contents(blocks: list[Flowable], pages: dict[str, int]) -> None:
    """Give the contents entries the pages their articles start on (their lines stay as laid out:
    each keeps room for three digits)."""
    for block in blocks:
        if isinstance(block, ContentsEntry):
            block.page = pages.get(block.key)


def issue_layout(doc: Document, profile: Profile) -> tuple[dict[str, int], list[Any]]:
    """``dry_layout`` of a whole issue, for the DOCX writer: its contents' page numbers and
    where the 版记 falls are those of the PDF."""
    from newsconv.writers.pdf import _Styles, document_flowables

    return dry_layout(profile, document_flowables(doc, profile, _Styles(profile)))
