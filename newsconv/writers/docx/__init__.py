"""DOCX writer (python-docx): styles from the profile, Chinese fonts on styles and defaults.

Every role becomes a paragraph style carrying both a Latin and an East-Asian font, so a clerk
who edits the file in Word or LibreOffice keeps the fonts; body paragraphs get their first-line
indent in characters and in twips (LibreOffice reads only the latter). The footer carries a
PAGE field in the profile's format.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any, assert_never

from newsconv.errors import ConfigError
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
    inline_text,
    language_tag,
)
from newsconv.profiles import Profile, RoleStyle, load_profile
from newsconv.writers import WriteOptions
from newsconv.writers.common import document_timestamp, is_chinese, meta_line
from newsconv.writers.docx import oxml
from newsconv.writers.titles import title_lines

# Role -> the paragraph style that carries it (Word's built-in names where one exists).
ROLE_STYLES: dict[str, str] = {
    "title": "Title",
    "subtitle": "Subtitle",
    "meta": "Article Meta",
    "heading 1": "Heading 1",
    "heading 2": "Heading 2",
    "heading 3": "Heading 3",
    "heading 4": "Heading 4",
    "body": "Body Text",
    "quote": "Quote",
    "caption": "Caption",
    "page number": "Footer",
    # an official document's parts (GB/T 9704); the 签发人's name is a run in the signer role's fonts
    "mark": "Issuer Mark",
    "head": "Document Head",
    "doc number": "Document Number",
    "addressees": "Addressees",
    "attachment list": "Attachment List",
    "signature": "Signature",
    "note": "Document Note",
    "attachment label": "Attachment Label",
    "record": "Record",
    # a compiled issue's parts (newsconv bundle)
    "masthead": "Masthead",
    "issue number": "Issue Number",
    "masthead line": "Masthead Line",
    "editor note": "Editor Note",
    "contents heading": "TOC Heading",
    "contents": "toc 1",
    "article title": "Article Title",
    "article meta": "Article Source",
}
_EMU_PER_PT = 12700


def _apply_role(style: Any, role: RoleStyle) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    font = style.font
    font.size = Pt(role.size)
    font.bold = role.bold
    font.italic = role.italic
    font.color.rgb = RGBColor(*role.rgb)
    rpr = style.element.get_or_add_rPr()
    oxml.clear_character_spacing(rpr)
    oxml.set_run_fonts(rpr, latin=role.latin, east_asian=role.east_asian)
    if role.letter_spacing:
        oxml.set_character_spacing(rpr, round(role.letter_spacing * 20))
    fmt = style.paragraph_format
    fmt.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[role.align]
    if role.line_exact:
        fmt.line_spacing = Pt(role.line_spacing)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    else:
        fmt.line_spacing = role.line_spacing
    fmt.space_before = Pt(role.space_before)
    fmt.space_after = Pt(role.space_after)
    fmt.keep_with_next = role.keep_with_next
    fmt.widow_control = role.widow_control
    ppr = style.element.get_or_add_pPr()
    oxml.remove_borders(ppr)
    oxml.set_indent_chars(
        ppr,
        first_line_twips=round(role.first_line_indent * role.size * 20),
        first_line_chars=round(role.first_line_indent * 100),
        left_twips=round(role.left_indent * role.size * 20),
        left_chars=round(role.left_indent * 100),
    )


def _configure_styles(document: Any, profile: Profile, chinese: bool) -> None:
    styles = document.styles
    body = profile.role("body")
    defaults = oxml.doc_defaults_rpr(styles.element)
    oxml.set_run_fonts(defaults, latin=body.latin, east_asian=body.east_asian)
    oxml.set_language(defaults, latin="en-US", east_asian="zh-CN")
    _apply_role(styles["Normal"], body)
    oxml.set_indent_chars(styles["Normal"].element.get_or_add_pPr(), first_line_twips=0, first_line_chars=0)
    for role_name, style_name in ROLE_STYLES.items():
        _apply_role(_style(styles, style_name), profile.role(role_name))
        role = profile.role(role_name)
        if profile.grid is not None and role.line_exact and role.size > body.size:
            # one grid line per line of a title (GB/T 9704), as in the PDF
            oxml.set_snap_to_grid(_style(styles, style_name).element.get_or_add_pPr(), False)
    for list_style in ("List Bullet", "List Number"):
        _apply_role(_style(styles, list_style), body)
        oxml.set_indent_chars(styles[list_style].element.get_or_add_pPr(), first_line_twips=0,
                              first_line_chars=0, left_twips=round(2 * body.size * 20), left_chars=200)
    _hyperlink_style(styles)
    from newsconv.writers.docx.issue import style_issue_roles

    style_issue_roles(document, _style)


def _style(styles: Any, name: str) -> Any:
    """The paragraph style ``name``, added (based on Normal) when the template lacks it."""
    from docx.enum.style import WD_STYLE_TYPE

    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    return style


def _hyperlink_style(styles: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.underline = True


def _complete_reference_styles(document: Any, profile: Profile) -> None:
    """A reference document keeps its own styles; the roles it lacks get the profile's looks."""
    styles = document.styles
    present = {s.name for s in styles}
    for role_name, style_name in (*ROLE_STYLES.items(), ("body", "List Bullet"), ("body", "List Number")):
        if style_name not in present:
            _apply_role(_style(styles, style_name), profile.role(role_name))
    _hyperlink_style(styles)


def _configure_section(document: Any, profile: Profile) -> None:
    from docx.shared import Emu

    page = profile.page
    section = document.sections[0]
    section.page_width = Emu(round(page.width * _EMU_PER_PT))
    section.page_height = Emu(round(page.height * _EMU_PER_PT))
    section.top_margin = Emu(round(page.margin_top * _EMU_PER_PT))
    section.bottom_margin = Emu(round(page.margin_bottom * _EMU_PER_PT))
    section.left_margin = Emu(round(page.margin_left * _EMU_PER_PT))
    section.right_margin = Emu(round(page.margin_right * _EMU_PER_PT))
    number_size = profile.role("page number").size
    # the footer's bottom edge sits one number-height under the number's top, which the profile
    # places ``distance`` below the type area (GB/T 9704: 7 mm)
    footer_distance = max(page.margin_bottom - profile.page_numbers.distance - number_size, 0)
    section.footer_distance = Emu(round(footer_distance * _EMU_PER_PT))
    section.header_distance = Emu(round(page.margin_top / 2 * _EMU_PER_PT))
    if profile.grid is not None:
        body = profile.role("body")
        pitch = body.line_spacing if body.line_exact else page.frame_height / profile.grid.lines
        oxml.set_doc_grid(section._sectPr, round(pitch * 20))


def _number_paragraph(paragraph: Any, profile: Profile, align: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    paragraph.style = "Footer"
    size = profile.role("page number").size
    paragraph.paragraph_format.line_spacing = Pt(size)  # the line is as tall as the number: its top is
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY  # where the profile puts it
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    before, _, after = profile.page_numbers.format.partition("{page}")
    if before:
        paragraph.add_run(before)
    oxml.add_page_field(paragraph)
    if after:
        paragraph.add_run(after)
    inset = Pt(profile.page_numbers.inset * profile.role("page number").size)
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    if align == "right":
        fmt.alignment, fmt.right_indent = WD_ALIGN_PARAGRAPH.RIGHT, inset
    elif align == "left":
        fmt.alignment, fmt.left_indent = WD_ALIGN_PARAGRAPH.LEFT, inset
    else:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _page_numbers(document: Any, section: Any, profile: Profile) -> None:
    """PAGE fields in the footers; odd and even footers when numbers sit on the outside edge."""
    numbers = profile.page_numbers
    if not numbers.format:
        return
    if numbers.align == "outside":
        document.settings.odd_and_even_pages_header_footer = True
        _number_paragraph(section.footer.paragraphs[0], profile, "right")
        _number_paragraph(section.even_page_footer.paragraphs[0], profile, "left")
    else:
        _number_paragraph(section.footer.paragraphs[0], profile, numbers.align)


def _running_texts(document: Any, section: Any, profile: Profile, title: str) -> None:
    """The profile's header and footer text on every page (odd and even alike)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    odd_even = document.settings.odd_and_even_pages_header_footer
    for which, stories in (("header", (section.header, section.even_page_header)),
                           ("footer", (section.footer, section.even_page_footer))):
        text = profile.running.text(which, title)
        if not text:
            continue
        for story in stories if odd_even else stories[:1]:
            paragraph = story.paragraphs[0] if which == "header" else story.add_paragraph()
            paragraph.style = "Header" if which == "header" else "Footer"
            paragraph.text = text
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _add_inlines(paragraph: Any, content: tuple[Inline, ...], *, bold: bool = False, italic: bool = False) -> None:
    from docx.text.run import Run

    for node in content:
        match node:
            case Text(value):
                run = Run(oxml.add_text_run(paragraph._p, value), paragraph)
                if bold:
                    run.bold = True
                if italic:
                    run.italic = True
            case Emph(children):
                _add_inlines(paragraph, children, bold=bold, italic=True)
            case Strong(children):
                _add_inlines(paragraph, children, bold=True, italic=italic)
            case Link(children, url):
                oxml.add_hyperlink(paragraph, url, inline_text(children), style_id="Hyperlink")
            case LineBreak():
                paragraph.add_run().add_break()
            case _:
                assert_never(node)


def _paragraph(document: Any, style: str, text: str | None = None) -> Any:
    """A new paragraph in style ``style`` (a style name), set by its id: python-docx's own
    lookup by name walks every style of the document each time."""
    ids: dict[str, str] = document._newsconv_style_ids
    paragraph = document.add_paragraph()
    paragraph._p.style = ids.get(style, style)
    if text:
        paragraph.add_run(text)
    return paragraph


def _title(paragraph: Any, lines: list[str]) -> None:
    """The title's lines in one paragraph, with line breaks where newsconv chose them (GB/T 9704
    §7.3.1: whole words, a trapezoid or a diamond), so Word and LibreOffice break it the same way."""
    for n, line in enumerate(lines):
        if n:
            paragraph.add_run().add_break()
        paragraph.add_run(line)


def _add_blocks(document: Any, blocks: Iterable[Block], *, body_style: str = "Body Text") -> None:
    for block in blocks:
        match block:
            case Heading(level, content):
                _add_inlines(_paragraph(document, f"Heading {min(level, 4)}"), content)
            case Paragraph(content):
                _add_inlines(_paragraph(document, body_style), content)
            case Quote(children):
                _add_blocks(document, children, body_style="Quote")
            case ListBlock(items, ordered, _):
                style = "List Number" if ordered else "List Bullet"
                for item in items:
                    first, *rest = item or (Paragraph(()),)
                    content = first.content if isinstance(first, Paragraph | Heading) else ()
                    _add_inlines(_paragraph(document, style), content)
                    _add_blocks(document, tuple(rest), body_style=body_style)
            case Figure(caption, _):
                if caption:
                    _add_inlines(_paragraph(document, "Caption"), caption)
            case Table():
                _add_table(document, block)
            case Rule():
                from docx.enum.text import WD_ALIGN_PARAGRAPH
                from docx.shared import Pt

                rule = _paragraph(document, "Body Text", "＊\u3000＊\u3000＊")
                rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
                rule.paragraph_format.first_line_indent = Pt(0)
            case Article(meta, children):
                from newsconv.writers.common import meta_line as article_line

                _add_inlines(_paragraph(document, "Article Title"), (Text(meta.title or ""),))
                if line := article_line(meta):
                    _paragraph(document, "Article Source", line)
                _add_blocks(document, children, body_style=body_style)
            case _:
                assert_never(block)


def _add_table(document: Any, table: Table) -> None:
    """A Word table: cells in the body style without its first-line indent, header rows bold and
    repeated on each page; the caption above it in the Caption style."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if not table.columns:
        return
    if table.caption:
        _add_inlines(_paragraph(document, "Caption"), table.caption)
    from docx.table import _Cell

    ids: dict[str, str] = document._newsconv_style_ids
    grid = document.add_table(rows=len(table.rows), cols=table.columns)
    oxml.set_table_grid(grid._tbl, header_rows=table.header)
    body_id = ids.get("Body Text", "Body Text")
    # cells reached through the rows' XML: python-docx's row.cells rebuilds the whole grid each
    # time, which made a long table quadratic
    for r, (row, tr) in enumerate(zip(table.rows, grid._tbl.tr_lst, strict=True)):
        for content, tc in zip(row, tr.tc_lst, strict=False):
            paragraph = _Cell(tc, grid).paragraphs[0]
            paragraph._p.style = body_id
            oxml.set_indent_chars(paragraph._p.get_or_add_pPr(), first_line_twips=0, first_line_chars=0)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
            _add_inlines(paragraph, content, bold=r < table.header)


def _custom_properties(document: Any, doc: Document) -> None:
    meta = doc.meta
    values = {"source": meta.source or "", "url": meta.url or "", "section": " > ".join(meta.section)}
    present = {k: v for k, v in values.items() if v}
    if present:
        oxml.add_custom_properties(document.part.package, present)


def _property(text: str) -> str:
    """A core property value: Word and python-docx take at most 255 characters."""
    return text if len(text) <= 255 else text[:254] + "…"


def _core_properties(document: Any, doc: Document) -> None:
    meta = doc.meta
    core = document.core_properties
    core.title = _property(meta.title or "")
    core.subject = _property(meta.subtitle or " > ".join(meta.section))
    core.author = _property("; ".join(meta.writers))
    core.keywords = _property(", ".join(meta.section))
    core.comments = _property(meta.source or "")
    core.category = _property(" > ".join(meta.section))
    core.language = language_tag(meta.language) or ""
    core.last_modified_by = "newsconv"
    core.revision = 1
    stamp = document_timestamp(meta)
    if stamp is not None:
        core.created = stamp
        core.modified = stamp
    else:
        oxml.remove_core_dates(core._element)


# Built documents before any article is added, per profile and language (and reference
# document): styles, section and footers cost most of a small article's time to build.
_TEMPLATES: list[tuple[object, bytes, dict[str, str]]] = []


def _template(key: object, build: Any) -> tuple[bytes, dict[str, str]]:
    for known, data, ids in _TEMPLATES:
        if known == key:
            return data, ids
    document = build()
    out = io.BytesIO()
    document.save(out)
    ids = {style.name: style.style_id for style in document.styles}
    _TEMPLATES.append((key, out.getvalue(), ids))
    del _TEMPLATES[:-8]
    return out.getvalue(), ids


def write_docx(doc: Document, profile: Profile | None = None, options: WriteOptions | None = None) -> bytes:
    """The article as a .docx; with ``options.reference_docx``, in that document's styles and page."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    profile = profile or load_profile()
    meta = doc.meta
    reference = options.reference_docx if options else None
    if reference is not None:

        def build() -> Any:
            try:
                document = docx.Document(io.BytesIO(reference))
            except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
                raise ConfigError(f"the reference document is not a readable .docx ({exc})") from None
            oxml.clear_body(document.element.body)
            _complete_reference_styles(document, profile)
            section = document.sections[0]
            if not oxml.has_text(section.footer):
                _page_numbers(document, section, profile)
            oxml.set_application(document.part.package, "newsconv")
            return document

        data, ids = _template(("reference", reference, profile), build)
    else:
        chinese = is_chinese(meta)

        def build() -> Any:
            document = docx.Document()
            oxml.trim_template(document)
            _configure_styles(document, profile, chinese)
            _configure_section(document, profile)
            _page_numbers(document, document.sections[0], profile)
            oxml.set_application(document.part.package, "newsconv")
            return document

        data, ids = _template(("profile", profile, chinese), build)
    document = docx.Document(io.BytesIO(data))
    document._newsconv_style_ids = ids
    if reference is None:
        _running_texts(document, document.sections[0], profile, meta.title or "")
    # the template starts with no paragraphs; every paragraph below has a role style
    if meta.issue is not None:
        from newsconv.writers.docx.issue import add_issue

        add_issue(document, doc, profile, paragraph=_paragraph, add_blocks=_add_blocks,
                  title=lambda p, text: _title(p, [text] if reference is not None else
                                               title_lines(text, profile, "article title")))
        _core_properties(document, doc)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    if meta.official is not None:
        from newsconv.writers.docx.parts import add_official

        add_official(document, doc, profile, paragraph=_paragraph, add_blocks=_add_blocks,
                     title=lambda p, text: _title(p, [text] if reference is not None else title_lines(text, profile)),
                     letterhead=options.letterhead if options else "print")
        _core_properties(document, doc)
        _custom_properties(document, doc)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    if meta.title:
        # a reference document's Title style and page are its own: Word breaks the title there
        lines = [meta.title] if reference is not None else title_lines(meta.title, profile)
        _title(_paragraph(document, "Title"), lines)
    if meta.subtitle:
        _paragraph(document, "Subtitle", meta.subtitle)
    line = meta_line(meta, date_style=profile.date_style)
    if line:
        _paragraph(document, "Article Meta", line)
    _add_blocks(document, doc.blocks)
    _core_properties(document, doc)
    _custom_properties(document, doc)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
