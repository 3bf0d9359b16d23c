"""An official document's parts kept around the body: a salutation, the addressees (主送) or a
speaker line above it; attachments (附件), the issuer (署名), the date it was written (成文日期)
and a note under it."""

from __future__ import annotations

import re
from dataclasses import replace

from newsconv.readers.text.classify.kinds import Decision, Kind
from newsconv.readers.text.classify.page import Page
from newsconv.readers.text.classify.shapes import NUMBERED
from newsconv.readers.text.classify.tables import PastedTable
from newsconv.readers.text.lines import display_len
from newsconv.readers.text.official import (
    closing_kind,
    is_addressees,
    is_attachment_item,
    is_doc_number,
    is_salutation,
    is_speaker,
)


def document_head(page: Page, title: int | None, start: int) -> int:
    """Where the body starts once a salutation, the addressees (主送) or a speech's speaker line
    above it are taken in (date lines and buttons between them stay what they are)."""
    first = page.unit_last(title) + 1 if title is not None else 0
    head = start
    lead_in = 0  # lines leading into the text (``经…常务会议研究，决定：``, ``任命：``) stepped over
    for i in page.nonblank(start - 1, first - 1, -1):
        decided = page.known[i]
        text = page.lines[i].text
        if (decided is None or is_doc_number(text)) and (part := head_part(text)):  # not a counter
            mark_part(page, i, part)
            head = i
        elif decided is None and head == start and lead_in < 2 and text.endswith(("：", ":")) and display_len(text) >= 2:
            lead_in += 1  # part of the text if the addressees stand over them, else left out as before
        elif decided is None or decided.kind not in (Kind.META, Kind.CHROME):
            break  # (a date line, ``（2025年2月10日）``, share buttons may stand between a speaker and the speech)
    return head


def document_tail(page: Page, start: int, end: int) -> int:
    """Where the body ends once a document's closing parts under it are taken in: attachments
    (附件), the issuer (署名), the date it was written (成文日期), a note (（此件公开发布）)."""
    found: list[tuple[int, str]] = []
    after = end
    announced = None  # the last line of a table the text announces right over it
    nxt = page.following(end, 1)
    if nxt and (row := page.known[nxt[0]]) is not None and row.table is not None:
        after = row.table.end  # a table the document's text ends with (a 公示's list), its closing parts under it
        if page.lines[end].text.endswith("：") or any(
                _ANNOUNCES_TABLE.search(page.lines[i].text) for i in page.nonblank(start, end + 1)):
            announced = after = _rows_after(page, row.table, after)
    for i in page.following(after, 12):
        text = page.lines[i].text
        part = closing_kind(text)
        if part is None and found and found[-1][1].startswith("attachment") and is_attachment_item(text):
            part = "attachment item"
        if part is None and (len(text) <= 80 and _CONTACT.match(text) or len(text) <= 120 and _CONTACT_FIELD.search(text)):
            part = "contact"  # 举报电话：…, 通信地址：…, 采购人：某局　联系人：某某　电话：…: how to reach the issuer
        if part is None and not found and len(text) <= 40 and "联系" in text and NUMBERED.match(text):
            part = "contact heading"  # 四、联系方式 / 四、对本次采购提出询问，请按以下方式联系
        if part is None or (part == "attachment" and any(p == "date" for _, p in found) and _FILE_NAME.search(text)):
            break  # (``附件1：某某表.xls`` under the date: the page's downloads of the attachments listed above)
        found.append((i, part))
    headed_contacts = len(found) >= 2 and found[0][1] == "contact heading"
    while found and found[-1][1] in ("contact", "contact heading") and not headed_contacts:
        found.pop()  # contact lines count only under their heading, or with the issuer or the date after them
    parts = {part for _, part in found}
    headed = any(d is not None and d.part is not None for d in page.known[start : end + 1])
    if not ("attachment" in parts or {"issuer", "date"} <= parts or (headed and parts) or headed_contacts):
        return announced if announced is not None else end
    last = found[-1][0]
    if "attachment" in parts and "date" in parts and (nxt := page.following(last, 1)) and (
            row := page.known[nxt[0]]) is not None and row.table is not None:
        last = row.table.end  # the attachment itself under the date: a table (``附件：…名录`` and the list)
    for i, part in found:
        if part == "contact":
            page.known[i] = Decision(page.lines[i], Kind.PARAGRAPH, "a contact line of the document")
        elif part == "contact heading":
            page.known[i] = Decision(page.lines[i], Kind.HEADING, "the heading of the document's contact lines")
        else:
            mark_part(page, i, part)
    return last


# What a paragraph says when the table right under it is what it publishes: ``现将…情况予以公示``,
# ``名单如下``, ``详见下表``.
_ANNOUNCES_TABLE = re.compile(r"予以公示|现予公示|公示如下|如下表|见下表|详见附表|名单如下|情况如下|明细如下")
_SENTENCE_MARK = re.compile(r"[。，；！？]")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)\s")


def _rows_after(page: Page, table: PastedTable, last: int) -> int:
    """The last line of ``table`` (its last row ``last``) once what the paste printed right after it
    as more of it is taken in: rows whose cells the paste parted with spaces instead of tabs (as many
    cells as its first row), then its total row (``合计　70.4　7346.24``), a paragraph of its own."""
    width = len(page.lines[table.start].text.split("\t"))
    rows: list[int] = []
    while (width >= 3 and last + 1 < len(page.lines) and len(cells := page.lines[last + 1].text.split()) == width
           and not _SENTENCE_MARK.search(page.lines[last + 1].text)):
        last += 1
        rows.append(last)
        page.lines[last] = replace(page.lines[last], text="\t".join(cells))
    if rows:
        longer = replace(table, end=last, nos=table.nos + tuple(page.lines[i].no for i in rows))
        for i in range(table.start, last + 1):
            rule = page.known[i].rule if i < rows[0] and page.known[i] is not None else (
                "a row of the table above, its cells parted by spaces")
            page.known[i] = Decision(page.lines[i], Kind.TABLE_ROW, rule, table=longer)
    if last + 1 < len(page.lines) and _TOTAL.match(page.lines[last + 1].text):
        last += 1
        page.known[last] = Decision(page.lines[last], Kind.PARAGRAPH, "the total row under a table")
    return last


def mark_part(page: Page, i: int, part: str) -> None:
    """Keep line ``i`` in the body as the document's ``part`` (for the official layout to place)."""
    page.known[i] = Decision(page.lines[i], Kind.PARAGRAPH, f"{PART_NAMES[part]}: part of the document", part)


# A line giving how to reach the issuer: 联系电话：, 举报电话：, 咨询电话：, 通信地址：, 联系人：, 电子邮箱：.
# (受理电话：, 来信地址：: any short word before a phone, address or mailbox)
_CONTACT = re.compile(r"^(?:(?:联系|举报|咨询|监督|投诉|报名|通信|通讯|办公)?人|[\u4e00-\u9fff]{0,4}(?:电话|地址|邮箱|传真|邮编|方式))"
                      r"\s*[:：]\s*\S")
# A contact field inside a line (``采购人：某局　联系人：某某　电话：0472-…``): a phone number after its label.
_CONTACT_FIELD = re.compile(r"(?:联系人|电话)\s*[:：]\s*\S.*?(?:电话|手机)\s*[:：]\s*[\d（(]|^.{0,40}(?:联系)?电话\s*[:：]\s*[\d（(]")
# A file's name as a page links it for download: ``….xls``, ``….pdf``.
_FILE_NAME = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|ofd)$", re.IGNORECASE)


PART_NAMES = {"salutation": "a salutation", "addressees": "the addressees (主送)", "speaker": "the speaker line",
               "attachment": "an attachment (附件)", "attachment item": "an attachment (附件)",
               "issuer": "the issuer (署名)", "date": "the date it was written (成文日期)", "note": "a note (附注)",
               "doc number": "the document number (发文字号)", "cc": "copied to (抄送)",
               "printed": "printed by and on (印发)"}


# The parts that stand between a document's title and its text.
HEAD_PARTS = frozenset({"doc number", "salutation", "addressees", "speaker"})


def head_part(text: str) -> str | None:
    if is_doc_number(text):
        return "doc number"
    if is_salutation(text):
        return "salutation"
    if is_addressees(text):
        return "addressees"
    if is_speaker(text):
        return "speaker"
    return None
