"""PDF pieces of an official document (GB/T 9704-2012 §7) and of other documents built like
one: lines whose parts stand at set places, the 版头 (份号, 密级, 紧急程度, the red 发文机关标志,
the 发文字号 and the red rule under it), the 署名 with its 成文日期, the 附件说明, attachment pages
and the 版记 at the foot of the last page between its rules.

``red_rule`` and ``record_block`` are general: a compiled issue's masthead rule and its 版记
(报送, 抄送, 印数) are built with them too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth

from newsconv.profiles import OfficialLayout, Profile
from newsconv.writers.official import (
    SIGNER_LABEL,
    AttachmentItem,
    OfficialTexts,
    letterhead_places,
    signature_place,
)
from newsconv.writers.pdf.layout import Flowable, Placement, RuleBlock, StackBlock, TextBlock, TextStyle
from newsconv.writers.pdf.linebreak import measure_atoms, split_atoms

Anchor = Literal["left", "right", "centre"]


def text_width(text: str, style: TextStyle) -> float:
    """The width a line of ``text`` takes in ``style``, as TextBlock sets it (letter spacing and
    the ¼ em between Han and Latin included)."""
    widths, gaps = _atoms(text, style)[1:]
    return sum(widths) + sum(gaps)


def _atoms(text: str, style: TextStyle) -> tuple[list[str], list[float], list[float]]:
    size, spacing = style.size, style.role.letter_spacing

    def width_of(atom: str) -> float:
        return sum(stringWidth(run, face.name, size) for face, run in style.chain.runs(atom)) + spacing * len(atom)

    atoms = split_atoms(text)
    widths, gaps = measure_atoms(atoms, width_of, size)
    return atoms, widths, gaps


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of one line: its text in a style, with its left edge, right edge or centre at
    ``x`` (points from the type area's left edge)."""

    text: str
    style: TextStyle
    x: float
    anchor: Anchor = "left"

    @property
    def width(self) -> float:
        return text_width(self.text, self.style)

    @property
    def left(self) -> float:
        if self.anchor == "right":
            return self.x - self.width
        if self.anchor == "centre":
            return self.x - self.width / 2
        return self.x


class PlacedLine(Flowable):
    """One line whose pieces stand at set places: a 成文日期 ending four characters from the
    right, the 署名 centred over it, 印发机关 left and 印发日期 right. Its height is the line
    pitch given; each piece's em box is centred in it, as TextBlock centres its lines."""

    def __init__(self, segments: Sequence[Segment], height: float, *, before: float = 0.0) -> None:
        self.segments, self.height, self.before = list(segments), height, before

    @property
    def space_before(self) -> float:
        return self.before

    def wrap(self, width: float) -> float:
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        for segment in self.segments:
            yield segment.style, segment.text

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        for segment in self.segments:
            _draw_segment(canvas, segment, x, y + self.height, self.height)


def _draw_segment(canvas: Any, segment: Segment, x: float, top: float, line_height: float) -> None:
    style = segment.style
    atoms, widths, gaps = _atoms(segment.text, style)
    baseline = top - _baseline_drop(style, line_height)
    canvas.saveState()
    if style.role.color != "#000000":
        canvas.setFillColorRGB(*(c / 255 for c in style.role.rgb))
    text = canvas.beginText()
    cursor = x + segment.left
    for atom, width, gap in zip(atoms, widths, gaps, strict=True):
        cursor += gap
        run_x = cursor
        for face, run in style.chain.runs(atom):
            text.setFont(face.name, style.size)
            text.setCharSpace(style.role.letter_spacing)
            text.setTextOrigin(run_x, baseline)
            text.textOut(run)
            run_x += stringWidth(run, face.name, style.size) + style.role.letter_spacing * len(run)
        cursor += width
    canvas.drawText(text)
    canvas.restoreState()


def _baseline_drop(style: TextStyle, line_height: float) -> float:
    """From a line's top to its baseline: half the extra leading, then the em's ascent (the em
    box centred in the line, as TextBlock sets its lines)."""
    return (line_height - style.size) / 2 + style.face.ascent * style.size


class PlacedText(Flowable):
    """Lines set at given distances from the top of the block, in a block of a given height:
    the 版头, whose parts stand where GB/T 9704 measures them from the type area's top edge."""

    def __init__(self, items: Sequence[tuple[float, Flowable]], height: float) -> None:
        self.items, self.height = list(items), height

    def wrap(self, width: float) -> float:
        self._width = width
        for _, item in self.items:
            item.wrap(width)
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        for _, item in self.items:
            yield from item.texts()

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        top = y + self.height
        for offset, item in self.items:
            item.draw_on(canvas, x, top - offset - item.wrap(self._width))


class InsetBlock(Flowable):
    """A flowable set narrower than the type area, ``left`` and ``right`` points in."""

    def __init__(self, child: Flowable, *, left: float = 0.0, right: float = 0.0) -> None:
        self.child, self.left, self.right = child, left, right
        self.placement = child.placement

    @property
    def space_before(self) -> float:
        return self.child.space_before

    @property
    def space_after(self) -> float:
        return self.child.space_after

    def wrap(self, width: float) -> float:
        self.height = self.child.wrap(max(width - self.left - self.right, 1.0))
        return self.height

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        return self.child.texts()

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        self.child.draw_on(canvas, x + self.left, y)


def restyled(style: TextStyle, **changes: Any) -> TextStyle:
    """The style with some of its role's values changed (an indent, an alignment)."""
    return replace(style, role=replace(style.role, **changes))


def hanging(text: str, style: TextStyle, *, left: float, hang: float, before: float = 0.0) -> TextBlock:
    """A paragraph whose first line starts ``left`` points in and whose wrapped lines stand
    ``hang`` points further in (under the first character after a label: 抄送：, 附件：1.)."""
    em = style.size
    block = TextBlock(text, restyled(style, left_indent=(left + hang) / em, first_line_indent=-hang / em,
                                     space_before=before, space_after=0.0, align="left"))
    return block


def red_rule(layout: OfficialLayout, *, before: float = 0.0, after: float = 0.0) -> RuleBlock:
    """The rule across the type area in the profile's rule colour (the 版头's red rule)."""
    return RuleBlock(layout.rule_width, layout.rule_rgb, before=before, after=after)


RecordRow = str | tuple[str, str]


def record_block(groups: Sequence[Sequence[RecordRow]], style: TextStyle, layout: OfficialLayout, *,
                 placement: Placement = "foot", even: bool = False) -> StackBlock:
    """A 版记: groups of rows between rules as wide as the type area, the first and the last
    thick, the ones between groups thin, the last on the type area's bottom edge (``foot``).
    A row is a text one character in on both sides, wrapped lines under the first character
    after its label (``抄送：…。``), or a (left, right) pair on one line (印发机关, 印发日期)."""
    inset = layout.record_inset * style.size
    pitch = style.leading
    children: list[Flowable] = [RuleBlock(layout.record_rule_outer)]
    for n, group in enumerate(groups):
        if n:
            children.append(RuleBlock(layout.record_rule_inner))
        for row in group:
            if isinstance(row, tuple):
                left, right = row
                children.append(_PairLine(left, right, style, inset, pitch))
            else:
                label, sep, _ = row.partition("：")
                hang = text_width(label + sep, style) if sep and len(label) <= 6 else 0.0
                children.append(InsetBlock(hanging(row, style, left=0.0, hang=hang), left=inset, right=inset))
    children.append(RuleBlock(layout.record_rule_outer))
    block = StackBlock(children, placement=placement)
    block.even = even
    return block


class _PairLine(PlacedLine):
    """Two pieces on one line, ``inset`` in from each edge; the right one placed once the width is known."""

    def __init__(self, left: str, right: str, style: TextStyle, inset: float, height: float) -> None:
        super().__init__([], height)
        self.pair, self.style, self.inset = (left, right), style, inset

    def wrap(self, width: float) -> float:
        left, right = self.pair
        self.segments = [s for s in (Segment(left, self.style, self.inset) if left else None,
                                     Segment(right, self.style, width - self.inset, "right") if right else None) if s]
        return self.height


# ---------------------------------------------------------------------------- the 版头


def letterhead_block(texts: OfficialTexts, profile: Profile, styles: Any, *, reserve: bool = False) -> PlacedText:
    """The 版头 as one block; with ``reserve`` its red parts (the mark and the rule) are left
    out for paper that has them printed, and everything else stays where it would be."""
    layout = profile.official
    pitch = styles["body"].leading
    mark_style = styles["mark"]
    number_style = styles["doc number"]
    mark_chars = text_width(texts.mark, mark_style) / mark_style.size if texts.mark else 0.0
    places = letterhead_places(texts, mark_chars, layout, pitch, mark_style.size, profile.page.frame_width,
                               number_style.size)
    items: list[tuple[float, Flowable]] = []
    head_style = styles["head"]
    for top, line in zip(places.head, texts.head, strict=True):
        items.append((top, PlacedLine([Segment(line, head_style, 0.0)], pitch)))
    if texts.mark and places.mark_top is not None and not reserve:
        style = restyled(mark_style, size=places.mark_size, line_spacing=1.0, line_exact=False)
        centre = profile.page.frame_width / 2
        items.append((places.mark_top, PlacedLine([Segment(texts.mark, style, centre, "centre")], places.mark_size)))
    width = profile.page.frame_width
    if places.number_top is not None and (texts.doc_number or texts.signer):
        items.append((places.number_top, PlacedLine(_number_segments(texts, styles, layout, width), pitch)))
    if places.rule_top is not None and not reserve:
        items.append((places.rule_top, red_rule(layout)))
    return PlacedText(items, places.height)


def _number_segments(texts: OfficialTexts, styles: Any, layout: OfficialLayout, width: float) -> list[Segment]:
    """The 发文字号 centred, or, with a 签发人 (a report to a higher office), one character in
    from the left with ``签发人：`` and the name (楷体) one character in from the right."""
    style = styles["doc number"]
    if not texts.signer:
        return [Segment(texts.doc_number or "", style, width / 2, "centre")]
    inset = layout.signer_inset * style.size
    name = Segment(texts.signer, styles["signer"], width - inset, "right")
    label = Segment(SIGNER_LABEL, style, name.left, "right")
    out = [label, name]
    if texts.doc_number:
        out.insert(0, Segment(texts.doc_number, style, inset))
    return out


# ---------------------------------------------------------------------------- the parts under the body


def attachment_list(items: Sequence[AttachmentItem], style: TextStyle, before: float) -> list[Flowable]:
    """附件说明: ``附件：1.名称`` two characters in, further names under the first one's number,
    wrapped lines under the first character of the name (§7.3.4)."""
    indent = style.role.first_line_indent * style.size
    lead = text_width(items[0].lead, style) if items else 0.0
    out: list[Flowable] = []
    for n, item in enumerate(items):
        left = indent + (0.0 if n == 0 else lead)
        hang = text_width(item.lead + item.number, style) if n == 0 else text_width(item.number, style)
        out.append(hanging(item.text.lstrip() if n else item.text, style, left=left, hang=hang,
                           before=before if n == 0 else 0.0))
    return out


def signature_block(texts: OfficialTexts, styles: Any, layout: OfficialLayout, width: float) -> StackBlock | None:
    """署名 and 成文日期, and the 附注 under them, set together: sealed, the date four characters
    from the right and the 署名 centred over it, under two blank lines for the seal; unsealed
    (``-M seal=none``), the 署名 two characters from the right under one blank line and the date
    two characters right of its start (§7.3.5)."""
    style = styles["signature"]
    if not (texts.issuer or texts.date):
        return None
    char = style.size + style.role.letter_spacing  # one character of the grid
    issuer_w = text_width(texts.issuer, style) / char if texts.issuer else 0.0
    date_w = text_width(texts.date, style) / char if texts.date else 0.0
    place = signature_place(issuer_w, date_w, sealed=texts.sealed, date_right=layout.date_right,
                            signature_right=layout.signature_right, date_shift=layout.date_shift)
    pitch = style.leading
    lines = layout.sealed_lines_before if texts.sealed else layout.unsealed_lines_before
    children: list[Flowable] = []
    if texts.issuer:
        if texts.date and place.issuer_centred:
            x = width - (place.date_right + date_w / 2) * char
            segment = Segment(texts.issuer, style, x, "centre")
        else:
            segment = Segment(texts.issuer, style, width - (place.issuer_right if texts.date else place.date_right) * char,
                              "right")
        children.append(PlacedLine([segment], pitch))
    if texts.date:
        children.append(PlacedLine([Segment(texts.date, style, width - place.date_right * char, "right")], pitch))
    if texts.note:
        note = styles["note"]
        children.append(TextBlock(texts.note, restyled(note, space_before=0.0, space_after=0.0)))
    return StackBlock(children, before=lines * pitch)


def attachment_page(label: str, title: Flowable | None, styles: Any, layout: OfficialLayout) -> list[Flowable]:
    """An attachment's first lines: ``附件1`` in 黑体 flush left on the first line, its title
    centred on the third (§7.3.8). A page break before it is the caller's."""
    pitch = styles["body"].leading
    out: list[Flowable] = [PlacedLine([Segment(label, styles["attachment label"], 0.0)], pitch)]
    if title is not None:
        gap = max(layout.attachment_title_line - 2, 0) * pitch
        out.append(_Spaced(title, gap))
    return out


class _Spaced(Flowable):
    """A flowable with more space above it than its style gives."""

    def __init__(self, child: Flowable, before: float) -> None:
        self.child, self.before = child, before

    @property
    def space_before(self) -> float:
        return max(self.before, self.child.space_before)

    @property
    def space_after(self) -> float:
        return self.child.space_after

    def wrap(self, width: float) -> float:
        self.height = self.child.wrap(width)
        return self.height

    def split(self, width: float, height: float) -> tuple[Flowable, Flowable] | None:
        return self.child.split(width, height)

    def texts(self) -> Iterator[tuple[TextStyle, str]]:
        return self.child.texts()

    def draw_on(self, canvas: Any, x: float, y: float) -> None:
        self.child.draw_on(canvas, x, y)

    def release(self) -> None:
        self.child.release()


# ---------------------------------------------------------------------------- the whole document


def official_flowables(doc: Any, profile: Profile, styles: Any, *, title: Any, body: Any,
                       reserve: bool = False) -> list[Flowable]:
    """An official document in the order and places of GB/T 9704 §7: 版头, title, 主送, body,
    附件说明, 署名 and 成文日期 with the 附注, each 附件 from a new page, and the 版记 at the
    foot of the last page (an even one when the profile says so). ``title(text, level)`` and
    ``body(blocks)`` make the writer's own title and body flowables."""
    from newsconv.writers.official import official_texts
    from newsconv.writers.pdf.layout import PageBreak

    meta = doc.meta
    texts = official_texts(meta.official)
    layout = profile.official
    pitch = styles["body"].leading
    out: list[Flowable] = []
    if texts.has_letterhead:
        out.append(letterhead_block(texts, profile, styles, reserve=reserve))
    if meta.title:
        out.append(title(meta.title, 0))
    if meta.subtitle:
        out.append(TextBlock(meta.subtitle, styles["subtitle"]))
    if texts.recipients:
        out.append(TextBlock(texts.recipients, styles["addressees"]))
    out.extend(body(doc.blocks))
    if texts.attachment_items:
        out.extend(attachment_list(texts.attachment_items, styles["attachment list"],
                                   layout.attachment_list_lines_before * pitch))
    signature = signature_block(texts, styles, layout, profile.page.frame_width)
    if signature is not None:
        out.append(signature)
    elif texts.note:
        out.append(TextBlock(texts.note, styles["note"]))
    for page in texts.pages:
        out.append(PageBreak())
        out.extend(attachment_page(page.label, title(page.title, 1) if page.title else None, styles, layout))
        out.extend(body(page.blocks))
    if texts.has_record:
        groups: list[list[RecordRow]] = []
        if texts.cc:
            groups.append([texts.cc])
        if texts.printed_by or texts.printed_date:
            groups.append([(texts.printed_by or "", texts.printed_date or "")])
        out.append(record_block(groups, styles["record"], layout, even=layout.record_even_page))
    return out


def page_infos(doc: Any, profile: Profile, *, letterhead: str = "print") -> list[Any]:
    """What the PDF sets on each page of ``doc`` (``layout.PageInfo``), without writing a PDF:
    the DOCX writer asks where the 版记 falls, so Word and LibreOffice put it on the same page."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from newsconv.writers.pdf import _Styles, document_flowables
    from newsconv.writers.pdf.layout import Frame, PageInfo, paginate

    styles = _Styles(profile)
    page = profile.page
    flowables = document_flowables(doc, profile, styles, letterhead=letterhead)
    canvas = Canvas(io.BytesIO(), pagesize=(page.width, page.height), invariant=1,
                    initialFontName=styles["body"].face.name)
    frame = Frame(page.margin_left, page.margin_bottom, page.frame_width, page.frame_height)
    pages: list[PageInfo] = []
    paginate(canvas, flowables, frame, lambda c, info: pages.append(info))
    return pages
