"""An official document's parts as every writer prints them (GB/T 9704-2012 §7): the texts,
with the marks, labels and date forms the standard asks for, and where each part goes.

Writers place them; this module only says what they read: ``各街道办事处：`` (主送 ends with a
full-width colon), ``附件：1.检查表`` (no mark after a name), ``2024年3月18日`` (Arabic numerals,
year in full, no padding), ``（此件公开发布）`` (附注 in parentheses), ``抄送：区委办。`` (a full stop
after the last office), ``2024年3月19日印发``.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass

from newsconv.model import Block, Official
from newsconv.profiles import OfficialLayout

_END_MARKS = "。；;，,、.：:"


def official_date(value: dt.date) -> str:
    """``2024年3月18日``: Arabic numerals, the year in full, no padding zeros (§7.3.5)."""
    return f"{value.year}年{value.month}月{value.day}日"


@dataclass(frozen=True, slots=True)
class AttachmentItem:
    """One line of the 附件说明: ``附件：1.`` (or ``2.``) and the name; ``lead`` is what stands
    before the number on the first line (``附件：``) and is blank space on the others."""

    lead: str
    number: str
    name: str

    @property
    def text(self) -> str:
        return f"{self.lead}{self.number}{self.name}"


@dataclass(frozen=True, slots=True)
class AttachmentPage:
    """An attachment set on pages of its own: ``附件1`` on the first line, its title, its text."""

    label: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class OfficialTexts:
    """Every part of an official document as printed, None where the document has not got it."""

    head: tuple[str, ...]  # 份号, 密级和保密期限, 紧急程度, in that order
    mark: str | None
    doc_number: str | None
    signer: str | None  # the 签发人's name; the label is SIGNER_LABEL
    recipients: str | None
    attachment_items: tuple[AttachmentItem, ...]
    issuer: str | None
    date: str | None
    sealed: bool
    note: str | None
    cc: str | None  # with its label: 抄送：…。
    printed_by: str | None
    printed_date: str | None  # with 印发
    pages: tuple[AttachmentPage, ...]

    @property
    def has_letterhead(self) -> bool:
        """Whether the document has a 版头 (a mark or a 发文字号 above its title)."""
        return bool(self.head or self.mark or self.doc_number)

    @property
    def has_record(self) -> bool:
        return bool(self.cc or self.printed_by or self.printed_date)


SIGNER_LABEL = "签发人："
ATTACHMENT_LEAD = "附件："
CC_LABEL = "抄送："


def _name(text: str) -> str:
    return " ".join(text.split()).rstrip(_END_MARKS).strip()


def official_texts(official: Official) -> OfficialTexts:
    """The printed form of each part of ``official``."""
    head = tuple(v for v in (official.copy_number, official.secrecy, official.urgency) if v)
    attachments = official.attachments
    items: list[AttachmentItem] = []
    if len(attachments) == 1:
        items.append(AttachmentItem(ATTACHMENT_LEAD, "", _name(attachments[0].name)))
    else:
        for n, attachment in enumerate(attachments, 1):
            items.append(AttachmentItem(ATTACHMENT_LEAD if n == 1 else "", f"{n}.", _name(attachment.name)))
    recipients = official.recipients.rstrip("：:").strip() + "：" if official.recipients else None
    note = official.note.strip() if official.note else None
    if note and not (note.startswith(("（", "(")) and note.endswith(("）", ")"))):
        note = f"（{note}）"
    cc = None
    if official.cc:
        cc = CC_LABEL + _name(official.cc) + "。"
    pages = tuple(
        AttachmentPage("附件" if len(attachments) == 1 else f"附件{n}", _name(a.name), a.blocks)
        for n, a in enumerate(attachments, 1) if a.blocks
    )
    # a 版头 is printed for a document with a 发文字号 (or a mark given outright): a notice read
    # from a web page, signed by an office but without a number, gets no red mark made up for it
    letterhead = bool(head or official.doc_number or official.issuer_mark or official.signer)
    return OfficialTexts(
        head=head,
        mark=official.mark if letterhead else None,
        doc_number=official.doc_number,
        signer=official.signer,
        recipients=recipients,
        attachment_items=tuple(items),
        issuer=official.issuer,
        date=official_date(official.date) if official.date else None,
        sealed=official.sealed,
        note=note,
        cc=cc,
        printed_by=official.printed_by,
        printed_date=official_date(official.printed_date) + "印发" if official.printed_date else None,
        pages=pages,
    )


def ems(text: str) -> float:
    """A text's width in ems as an office font sets it: wide characters one em, others half,
    and a quarter em where Chinese meets Latin letters or digits (Word's and LibreOffice's
    automatic spacing, and the PDF's). The writers that cannot measure a face (DOCX, HTML)
    place parts with this."""
    width = 0.0
    previous = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in "WF"
        width += 1.0 if wide else 0.5
        if previous and (ch.isascii() and ch.isalnum() and _is_han(previous) or
                         previous.isascii() and previous.isalnum() and _is_han(ch)):
            width += 0.25
        previous = ch
    return width


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@dataclass(frozen=True, slots=True)
class SignaturePlace:
    """Where the 署名 and the 成文日期 stand: each one's right edge, in characters of the body
    from the right edge of the type area; ``issuer_centred`` when the 署名 is centred over the
    date (the sealed layout) rather than ending at its own edge."""

    issuer_right: float
    date_right: float
    issuer_centred: bool


def signature_place(issuer_width: float, date_width: float, *, sealed: bool, date_right: float,
                    signature_right: float, date_shift: float) -> SignaturePlace:
    """GB/T 9704 §7.3.5: sealed, the date ends ``date_right`` characters from the right and the
    署名 is centred over it; unsealed, the 署名 ends ``signature_right`` characters from the right
    and the date starts ``date_shift`` characters right of the 署名's start, unless the date is
    longer than the 署名, when it ends ``signature_right`` from the right and the 署名 moves left
    as far. Widths are in characters."""
    if sealed:
        return SignaturePlace(date_right + (date_width - issuer_width) / 2, date_right, True)
    if date_width <= issuer_width:
        return SignaturePlace(signature_right, signature_right + issuer_width - date_shift - date_width, False)
    return SignaturePlace(signature_right + date_shift + date_width - issuer_width, signature_right, False)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Where the 版头's parts stand, from the type area's top edge down (points)."""

    head: tuple[float, ...]  # each 份号/密级/紧急程度 line's top
    mark_top: float | None
    mark_size: float
    number_top: float | None
    rule_top: float | None
    height: float  # where the title starts: a whole number of lines


def letterhead_places(texts: OfficialTexts, mark_chars: float, layout: OfficialLayout, pitch: float,
                      mark_size: float, width: float, number_size: float) -> Letterhead:
    """GB/T 9704 §7.2: 份号, 密级, 紧急程度 on the first lines; the mark's top ``mark_top`` below
    the type area's top (made smaller to fit the width); the 发文字号 on the line after two blank
    lines under it; the rule ``rule_below`` under the 发文字号; the title after two blank lines.
    Every text line and the title stand on the body's line grid."""
    head = tuple(n * pitch for n in range(len(texts.head)))
    below_head = len(texts.head) * pitch
    # made smaller when too long for the type area, to a whole half point (Word's unit of size)
    size = min(mark_size, math.floor(2 * width / mark_chars) / 2) if texts.mark and mark_chars else mark_size
    mark_top = max(layout.mark_top, below_head) if texts.mark else None
    if mark_top is not None:
        number_line = math.ceil((mark_top + size) / pitch - 1e-6) + layout.mark_lines_after
    else:
        number_line = math.ceil(below_head / pitch - 1e-6)
    number_top = number_line * pitch
    glyph_bottom = number_top + (pitch + number_size) / 2
    rule_top = glyph_bottom + layout.rule_below
    title_line = math.ceil((rule_top + layout.rule_width) / pitch - 1e-6) + layout.title_lines_after_rule
    return Letterhead(head, mark_top, size, number_top, rule_top, title_line * pitch)
