"""An official document's parts kept around the body: a salutation, the addressees (主送) or a
speaker line above it; attachments (附件), the issuer (署名), the date it was written (成文日期)
and a note under it."""

from __future__ import annotations

import re
from dataclasses import replace

from newsconv.readers.text.classify.kinds import Decision, Kind
from newsconv.readers.text.classify.page import Page
from newsconv.readers.text.classify.shapes import NUMBERED, QA_TURN
from newsconv.readers.text.classify.tables import PastedTable
from newsconv.readers.text.dates import cn_number
from newsconv.readers.text.lines import display_len, ends_sentence
from newsconv.readers.text.official import (
    addressees_go_on,
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
    below = start  # the line under this one
    for i in page.nonblank(start - 1, first - 1, -1):
        decided = page.known[i]
        text = page.lines[i].text
        if (decided is None or is_doc_number(text)) and (part := head_part(text)):  # not a counter
            mark_part(page, i, part)
            head = i
        elif (decided is None and head == below and (marked := page.known[head]) is not None
              and marked.part == "addressees" and addressees_go_on(text)):
            mark_part(page, i, "addressees")  # the addressees printed over two lines
            head = i
        elif decided is None and head == start and lead_in < 2 and text.endswith(("：", ":")) and display_len(text) >= 2:
            lead_in += 1  # part of the text if the addressees stand over them, else left out as before
        elif decided is None or decided.kind not in (Kind.META, Kind.CHROME):
            break  # (a date line, ``（2025年2月10日）``, share buttons may stand between a speaker and the speech)
        below = i
    if head == start and _qa_turn(page.lines[start].text) == "答" and (
            above := page.nonblank(start - 1, max(first, start - 3) - 1, -1)[:1]) and (
            _qa_turn(page.lines[above[0]].text) == "问" and not page.stops[above[0]]):
        head = above[0]  # ``问：这次调整主要涉及哪些内容？`` over ``答：…``: the interview's first question
    return head


def _qa_turn(text: str) -> str | None:
    """Who speaks on a Q&A's line (``问`` or ``答``), or None."""
    return m["who"] if (m := QA_TURN.match(text)) else None


# A section heading numbered in Chinese (``六、收费标准``): short, the number and its 、 first.
_SECTION_HEADING = re.compile(r"^(?P<n>[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])、\S")
_SECTION_LINES = 6  # lines a numbered section may hold, its heading's included, to be taken in
_SECTION_REACH = 24  # ... when the next heading or the document's closing parts bound it


def _section(page: Page, i: int) -> int | None:
    """The number of section heading ``i`` (``三、申请材料`` -> 3), or None when it is none."""
    text = page.lines[i].text
    m = _SECTION_HEADING.match(text) if display_len(text) <= 40 else None
    return cn_number(m["n"]) if m else None


def numbered_sections(page: Page, title: int | None, start: int, end: int) -> tuple[int, int]:
    """The body widened to the numbered sections that go on its sequence: ``一、事项名称`` over the
    first section found, ``六、收费标准`` / ``不收费。`` under the last (a guide's or a notice's short
    sections weigh too little to be found as text). One numbered heading in the body at least, the
    headings found there in order."""
    numbers = [n for i in page.nonblank(start, end + 1) if (n := _section(page, i)) is not None]
    if not numbers or numbers != sorted(numbers):
        return start, end
    nxt = numbers[-1] + 1
    while (taken := _section_at(page, end, nxt)) is not None:
        end, nxt = taken, nxt + 1
    first = page.unit_last(title) + 1 if title is not None else 0
    above = [i for i in page.nonblank(first, start) if page.known[i] is None]
    if numbers[0] > 1 and above and _section(page, above[0]) == numbers[0] - 1 and len(above) <= _SECTION_LINES and (
            all(i in above for i in page.nonblank(above[0], start))):
        start = above[0]  # ``一、事项名称`` / ``个体工商户设立登记``, then ``二、办理对象`` where the body was found
    return start, end


def _section_at(page: Page, end: int, number: int) -> int | None:
    """The last line of section ``number`` when its heading is the line after ``end``: the lines up to
    the next heading or the document's closing parts, or, with neither after them, the first few
    that read as text; else None."""
    ahead = page.following(end, _SECTION_REACH + 1)
    if not ahead or page.stops[ahead[0]] or page.known[ahead[0]] is not None or _section(page, ahead[0]) != number:
        return None
    last = text = None  # the section's last line, and the last of its lines that all read as text
    for n, i in enumerate(ahead[1:], start=1):
        if (decided := page.known[i]) is not None and decided.table is not None and not page.stops[i]:
            if text == last:
                text = i  # (a table's rows read as the section's text: ``三、时间安排`` / ``阶段 时间`` / …)
            last = i
            continue
        if page.stops[i] or decided is not None:
            break
        if closing_kind(page.lines[i].text) is not None or _section(page, i) is not None:
            # the next heading, or the document's closing parts (``附件：…``, the issuer, the date, which
            # document_tail takes), bound the section: a table's rows or a list of names in it are its own
            return last
        if text == last and n < _SECTION_LINES and _section_text(page, i):
            text = i
        last = i
    return text


def _section_text(page: Page, i: int) -> bool:
    """Whether line ``i`` reads as a section's text: prose, a sentence, or a figure (a phone
    number, a fee), not a page's ``二维码`` under it."""
    text = page.lines[i].text
    return page.prose[i] or ends_sentence(text) or _FIGURE.search(text) is not None


_FIGURE = re.compile(r"\d{3,}")


def document_tail(page: Page, start: int, end: int) -> int:
    """Where the body ends once a document's closing parts under it are taken in: attachments
    (附件), the issuer (署名), the date it was written (成文日期), a note (（此件公开发布）)."""
    found: list[tuple[int, str]] = []
    after = end
    announced = None  # the last line of a table the text announces right over it
    nxt = page.following(end, 2)
    if (len(nxt) == 2 and page.known[nxt[0]] is None and (text := page.lines[nxt[0]].text).endswith("：")
            and _ANNOUNCES_TABLE.search(text) and (row := page.known[nxt[1]]) is not None and row.table is not None
            and row.table.start == nxt[1]):
        end = nxt[0]  # ``各县（区）重点任务完成情况如下：`` under the text, the table it announces under it
    nxt = page.following(end, 1)
    if nxt and (row := page.known[nxt[0]]) is not None and row.table is not None:
        after = row.table.end  # a table the document's text ends with (a 公示's list), its closing parts under it
        if page.lines[end].text.endswith("：") or any(
                _ANNOUNCES_TABLE.search(page.lines[i].text) for i in page.nonblank(start, end + 1)):
            announced = after = _rows_after(page, row.table, after)
    annexed = None  # the last line of a table printed right under the attachment's line (the attachment itself)
    pending: list[int] = []  # rows of cells under the attachment's line, kept if the signature follows them
    lines = page.following(after, 12)
    while lines:
        i = lines.pop(0)
        text = page.lines[i].text
        part = closing_kind(text)
        if part is None and found and found[-1][1].startswith("attachment") and is_attachment_item(text):
            part = "attachment item"
        elif part is None and found and found[-1][1].startswith("attachment") and _row_of_cells(text):
            part = "attachment item"  # (``分区 责任单位 路段`` / ``一区 县住建局 某某大道东段`` … over the issuer)
            pending.append(i)
        elif part is not None:
            pending = []
        if (part is None and found and found[-1][0] < i and found[-1][1] == "attachment" and annexed is None
                and (row := page.known[i]) is not None and row.table is not None and row.table.start == i):
            annexed = row.table.end  # (``附件：某某名单`` / the list / 署名 / 成文日期: the signature under the table)
            lines = page.following(annexed, 12)
            continue
        if part is None and (len(text) <= 80 and _CONTACT.match(text) or len(text) <= 120 and _CONTACT_FIELD.search(text)):
            part = "contact"  # 举报电话：…, 通信地址：…, 采购人：某局　联系人：某某　电话：…: how to reach the issuer
        if part is None and not found and len(text) <= 40 and "联系" in text and NUMBERED.match(text):
            part = "contact heading"  # 四、联系方式 / 四、对本次采购提出询问，请按以下方式联系
        if part is None or (part == "attachment" and any(p == "date" for _, p in found) and _FILE_NAME.search(text)):
            break  # (``附件1：某某表.xls`` under the date: the page's downloads of the attachments listed above)
        found.append((i, part))
    found = [(i, part) for i, part in found if i not in pending]  # (rows with no signature under them: the page's)
    headed_contacts = len(found) >= 2 and found[0][1] == "contact heading"
    while found and found[-1][1] in ("contact", "contact heading") and not headed_contacts:
        found.pop()  # contact lines count only under their heading, or with the issuer or the date after them
    parts = {part for _, part in found}
    headed = any(d is not None and d.part is not None for d in page.known[start : end + 1])
    if not ("attachment" in parts or {"issuer", "date"} <= parts or (headed and parts) or headed_contacts):
        return announced if announced is not None else end
    last = max(found[-1][0], annexed or 0)
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


def _row_of_cells(text: str) -> bool:
    """A table's row pasted with spaces between its cells: two to eight short cells, no sentence."""
    cells = text.split()
    return (2 <= len(cells) <= 8 and display_len(text) <= 60 and all(display_len(cell) <= 16 for cell in cells)
            and not _SENTENCE_MARK.search(text) and ":" not in text and "：" not in text)


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
