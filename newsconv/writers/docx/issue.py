"""DOCX pieces of a compiled issue (简报, 每日要闻): the masthead (the red name, 第N期, the office
and the date over the red rule), the editor's note, a contents list that is a real Word TOC
field, the articles under their titles, and the 版记 anchored to the foot of the last page.

The TOC field collects the paragraphs in the Article Title style (``\\t``), not Word's heading
styles: an article's own headings keep Heading 1-4 and stay out of the contents. Its entries are
written already filled in, with the page numbers of newsconv's own layout of the same issue
(the PDF's), so the contents are right before anyone presses F9; Word's update rebuilds the
same entries from the titles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsconv.model import Article, Block, Document
from newsconv.profiles import Profile
from newsconv.writers.docx import oxml
from newsconv.writers.docx.parts import record_table, rule_paragraph
from newsconv.writers.issue import IssueTexts, issue_texts

Paragraph = Callable[[Any, str, str | None], Any]
AddBlocks = Callable[[Any, tuple[Block, ...]], None]
Title = Callable[[Any, str], None]

TITLE_STYLE = "Article Title"
TOC_STYLE = "toc 1"  # Word's own name: an update of the field sets its entries in this style
TOC_INSTRUCTION = f'TOC \\h \\z \\t "{TITLE_STYLE},1"'
_BOOKMARK_BASE = 100_000


def bookmark_name(anchor: str) -> str:
    """A hidden bookmark (a leading underscore, as Word names its own TOC bookmarks)."""
    return "_Toc_" + anchor.replace("-", "_")


def style_issue_roles(document: Any, style: Callable[[Any, str], Any]) -> None:
    """The Article Title style is a level-1 heading (outline level 0) for Word's navigation pane."""
    oxml.set_outline_level(style(document.styles, TITLE_STYLE).element.get_or_add_pPr(), 0)


def _masthead(document: Any, texts: IssueTexts, profile: Profile, paragraph: Paragraph) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    paragraph(document, "Masthead", texts.name)
    last = None
    if texts.number:
        last = paragraph(document, "Issue Number", texts.number)
    if texts.office or texts.date:
        last = paragraph(document, "Masthead Line", None)
        last.paragraph_format.tab_stops.add_tab_stop(Pt(profile.page.frame_width), WD_TAB_ALIGNMENT.RIGHT)
        oxml.add_text_run(last._p, f"{texts.office or ''}\t{texts.date or ''}")
    if last is None:
        last = paragraph(document, "Issue Number", None)
    layout = profile.official
    rule_paragraph(last, color=layout.rule_color, width=layout.rule_width, space=layout.rule_width)
    last.paragraph_format.space_after = Pt(profile.bundle.masthead_after)


def _editor_note(document: Any, texts: IssueTexts, profile: Profile, paragraph: Paragraph) -> None:
    from newsconv.model import block_texts

    paragraphs = [t for t in block_texts(texts.editor_note) if t.strip()]
    for n, text in enumerate(paragraphs):
        paragraph(document, "Editor Note", (profile.bundle.editor_label if n == 0 else "") + text)


def _contents(document: Any, texts: IssueTexts, profile: Profile, paragraph: Paragraph, pages: dict[str, int]) -> None:
    """The TOC field: begin and instruction in the first entry, one prefilled entry a paragraph
    (title, a dotted tab, the page, the whole a link to the title's bookmark), end in the last."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt

    if profile.bundle.contents_title:
        paragraph(document, "TOC Heading", profile.bundle.contents_title)
    width = Pt(profile.page.frame_width)
    for n, article in enumerate(texts.articles):
        entry = paragraph(document, TOC_STYLE, None)
        entry.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if n == 0:
            oxml.begin_field(entry, TOC_INSTRUCTION)
        page = pages.get(article.anchor)
        oxml.add_anchor_link(entry, bookmark_name(article.anchor),
                             article.title + ("\t" + str(page) if page is not None else ""))
        if n == len(texts.articles) - 1:
            oxml.end_field(entry)


def _record(document: Any, texts: IssueTexts, profile: Profile, paragraph: Paragraph, infos: list[Any]) -> None:
    """The 版记 on the page the PDF puts it: under the last article, or alone on a new page
    when the last page has no room for it."""
    last = infos[-1] if infos else None
    if last is not None and last.foot and not last.flow:
        anchor = paragraph(document, "Record", None)
        oxml.set_page_break_before(anchor._p.get_or_add_pPr())
    record_table(document, [list(group) for group in texts.record], profile)
    paragraph(document, "Record", None)  # a document ends with a paragraph


def add_issue(document: Any, doc: Document, profile: Profile, *, paragraph: Paragraph, add_blocks: AddBlocks,
              title: Title) -> None:
    """The whole issue, in the order and with the page breaks of the PDF's ``issue_flowables``."""
    from newsconv.writers.pdf.issue import issue_layout

    texts = issue_texts(doc, profile)
    layout = profile.bundle
    pages, infos = issue_layout(doc, profile)
    _masthead(document, texts, profile, paragraph)
    _editor_note(document, texts, profile, paragraph)
    if layout.contents and texts.articles:
        _contents(document, texts, profile, paragraph, pages)
    articles = iter(texts.articles)
    for n, block in enumerate(doc.blocks):
        if not isinstance(block, Article):
            add_blocks(document, (block,))
            continue
        article = next(articles)
        heading = paragraph(document, TITLE_STYLE, None)
        title(heading, article.title)
        oxml.add_bookmark(heading, _BOOKMARK_BASE + article.number, bookmark_name(article.anchor))
        if layout.new_page:
            oxml.set_page_break_before(heading._p.get_or_add_pPr())
        elif n and layout.rule_between:
            oxml.set_paragraph_rule(heading._p.get_or_add_pPr(), edge="top", color=layout.rule_color,
                                    eighths=max(2, round(layout.rule_width * 8)), space_pt=12)
        if article.meta:
            paragraph(document, "Article Source", article.meta)
        add_blocks(document, block.blocks)
    if texts.has_record:
        _record(document, texts, profile, paragraph, infos)
