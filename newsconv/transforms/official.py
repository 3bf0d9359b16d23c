"""An official document's parts found in its body and lifted into ``Meta.official`` (GB/T 9704).

Readers keep a notice's parts in the body as paragraphs, each its own (the raw-text reader
marks them; Markdown, HTML and Word inputs have them as typed). This transform finds them in
any input, by what they look like and where they stand, and moves them out of the body so the
writers can set each where the standard puts it:

- above the body: a 发文字号 line (``X政办发〔2024〕12号``, also with ``[ ]`` or ``（ ）``, or
  ``发文字号：…``), with a 签发人 beside or under it, a 份号, 密级 and 紧急程度, and the 主送 line
  (offices, ending with a full-width colon);
- after the body: the 附件说明 (``附件：1.……`` and the lines under it), the 署名 (one or more
  issuing offices), the 成文日期 (``2024年3月18日`` or ``二〇二四年三月十八日``) and a 附注
  (``（此件公开发布）``); then each 附件 (a ``附件1`` line, its title, its text); then the 版记
  lines (``抄送：…。``, ``某办公室　2024年3月19日印发``).

It is conservative, so that a news article is never taken for a notice: the parts are lifted
only when the body closes with an issuer and a date, or with a date under a body headed by a
主送 line or a 发文字号, or carries a 发文字号 or 版记 lines, which no article has. Every part
lifted is noted with its rule (``parse --explain``). What the clerk gives (``-M``, front
matter) is applied after this and wins; parts already in the metadata are not overwritten.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from newsconv.model import ArticleSequence, Attachment, Block, Document, Heading, Official, Paragraph, inline_text
from newsconv.readers.text.official import closing_kind, is_addressees, is_attachment_item
from newsconv.transforms import TransformOptions
from newsconv.transforms.metadata import normalise_doc_number

NAME = "official"

_BRACKETS_OPEN, _BRACKETS_CLOSE = "〔[(（【［", "〕])）】］"
_DOC_NUMBER = (rf"[\u4e00-\u9fff]{{1,16}}[{re.escape(_BRACKETS_OPEN)}]\s*(?:19|20)\d\d\s*"
               rf"[{re.escape(_BRACKETS_CLOSE)}]\s*\d{{1,5}}\s*号")
_SIGNER = r"签\s*发\s*人\s*[：:]\s*(?P<signer>[\u4e00-\u9fff·]{2,8}(?:[、，,\s\u3000]+[\u4e00-\u9fff·]{2,8}){0,3})"
# A 发文字号 alone, in parentheses under a title as government sites print it, or labelled; a
# 签发人 may stand on the same line (a report to a higher office).
_NUMBER_LINE = re.compile(
    rf"^(?:发文字号\s*[：:]\s*)?[（(]?(?P<number>{_DOC_NUMBER})[)）]?(?:[\s\u3000]+{_SIGNER})?$")
_SIGNER_LINE = re.compile(rf"^{_SIGNER}$")
_COPY_NUMBER = re.compile(r"^(?:份号\s*[：:]\s*)?(?P<copy>\d{6})$")
_SECRECY = re.compile(r"^(?P<secrecy>(?:绝密|机密|秘密)(?:\s*★\s*[\u4e00-\u9fff\d]{1,8})?)$")
_URGENCY = re.compile(r"^(?P<urgency>特急|加急|特提|平急)$")
_CC = re.compile(r"^抄\s*送\s*[：:]\s*(?P<cc>.+?)[。.]?$")
_PRINTED = re.compile(r"^(?P<by>\S.{0,40}?)[\s\u3000]+(?P<date>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                      r"\s*印\s*发$")
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*(?P<n>\d{1,2})?\s*[：:]?$")
_ATTACHMENT_LIST = re.compile(r"^附\s*件\s*\d{0,2}\s*[：:]\s*(?P<rest>.+)$")
_ITEM_NUMBER = re.compile(r"^(?P<n>\d{1,2})\s*[.．、]\s*")
_TRAILING_MARKS = "。；;，,、.：:"
_HEAD_BLOCKS = 6  # the head parts stand within the first blocks of a body
_TAIL_BLOCKS = 400  # attachments carry text of their own: the closing date may stand this far up

_RULES = {
    "doc_number": "a 发文字号: issuer's code, year in brackets, number and 号, alone on its line",
    "signer": "签发人 and a name",
    "copy_number": "six digits alone on the first line (份号)",
    "secrecy": "绝密, 机密 or 秘密 (and its term) alone on a line above the body",
    "urgency": "特急, 加急, 特提 or 平急 alone on a line above the body",
    "recipients": "offices ending with a colon, above the body (主送)",
    "attachments": "附件： and the attachments' names, under the body (附件说明)",
    "issuer": "an office's name alone on a line, over the date at the end (署名)",
    "date": "a date alone on a line at the end (成文日期)",
    "note": "a note in parentheses under the date (附注)",
    "attachment": "a 附件 line, its title and text after the date (附件)",
    "cc": "抄送： and offices at the end (版记)",
    "printed": "an office, a date and 印发 at the end (版记)",
}
_LABELS = {
    "doc_number": "发文字号", "signer": "签发人", "copy_number": "份号", "secrecy": "密级", "urgency": "紧急程度",
    "recipients": "主送", "attachments": "附件说明", "issuer": "署名", "date": "成文日期", "note": "附注",
    "attachment": "附件", "cc": "抄送", "printed": "印发机关和印发日期",
}


@dataclass(slots=True)
class _Found:
    """The parts found, and which top-level blocks they came from."""

    fields: dict[str, Any] = field(default_factory=dict)
    lifted: set[int] = field(default_factory=set)
    notes: list[tuple[str, int, str]] = field(default_factory=list)  # (part, block, text)

    def take(self, part: str, index: int, text: str, **values: Any) -> None:
        self.fields.update(values)
        self.lifted.add(index)
        self.notes.append((part, index, text))


def _text(block: Block) -> str | None:
    """A top-level paragraph's (or heading's) text, stripped; None for anything else."""
    if isinstance(block, Paragraph | Heading):
        return " ".join(inline_text(block.content).split("\n")).strip()
    return None


def _chinese_date(text: str) -> dt.date | None:
    from newsconv.readers.text.dates import find_date

    found = find_date(text)
    if found is None or found.start != 0:
        return None
    try:
        return dt.date(found.year, found.month, found.day)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------- above the body


def _head(blocks: list[Block], found: _Found) -> int:
    """Parts above the body, from the first block down; the index of the first body block."""
    i = 0
    while i < min(len(blocks), _HEAD_BLOCKS):
        text = _text(blocks[i])
        if text is None or not text:
            break
        if i == 0 and (m := _COPY_NUMBER.match(text)):
            found.take("copy_number", i, text, copy_number=m["copy"])
        elif m := _SECRECY.match(text):
            found.take("secrecy", i, text, secrecy=m["secrecy"].replace(" ", ""))
        elif m := _URGENCY.match(text):
            found.take("urgency", i, text, urgency=m["urgency"])
        elif m := _NUMBER_LINE.match(text):
            values = {"doc_number": normalise_doc_number(m["number"].replace(" ", ""))}
            if m["signer"]:
                values["signer"] = " ".join(m["signer"].split())
            found.take("doc_number", i, text, **values)
        elif m := _SIGNER_LINE.match(text):
            found.take("signer", i, text, signer=" ".join(m["signer"].split()))
        elif is_addressees(text):
            found.take("recipients", i, text, recipients=text.rstrip("：:").strip())
            return i + 1  # the body starts under the 主送 line
        else:
            break
        i += 1
    return i


# ---------------------------------------------------------------------------- after the body


def _record(blocks: list[Block], end: int, found: _Found) -> int:
    """版记 lines at the very end (抄送, 印发); the index after the last block they leave."""
    while end > 0:
        text = _text(blocks[end - 1])
        if text is None:
            break
        if m := _CC.match(text):
            found.take("cc", end - 1, text, cc=m["cc"].strip())
        elif (m := _PRINTED.match(text)) and (day := _chinese_date(m["date"])):
            found.take("printed", end - 1, text, printed_by=m["by"].strip(), printed_date=day)
        else:
            break
        end -= 1
    return end


def _closing_date(blocks: list[Block], start: int, end: int, headed: bool) -> int | None:
    """The block of the 成文日期: the first date line, under an issuer (or under a body with a
    主送 or 发文字号 above it), followed by nothing but a 附注, the 附件 and the 版记."""
    for d in range(max(start, end - _TAIL_BLOCKS), end):
        text = _text(blocks[d])
        if text is None or closing_kind(text) != "date":
            continue
        above = _text(blocks[d - 1]) if d > start else None
        if not (headed or (above is not None and closing_kind(above) == "issuer")):
            continue
        after = d + 1
        if after < end and (note := _text(blocks[after])) is not None and closing_kind(note) == "note":
            after += 1
        following = _text(blocks[after]) if after < end else None
        if after == end or (following is not None and _ATTACHMENT_LABEL.match(following)):
            return d
    return None


def _names(rest: str) -> list[tuple[int | None, str]]:
    """``1.检查表`` -> [(1, "检查表")]; a name without a number -> [(None, name)]."""
    m = _ITEM_NUMBER.match(rest)
    name = rest[m.end():] if m else rest
    return [(int(m["n"]) if m else None, name.strip().rstrip(_TRAILING_MARKS).strip())]


def _attachment_list(blocks: list[Block], top: int, found: _Found) -> int:
    """The 附件说明 right above ``top`` (the 署名): ``附件：1.……`` and the numbered lines under
    it. Returns where the body ends."""
    k = top - 1
    items: list[int] = []
    while k >= 0:
        text = _text(blocks[k])
        if text is None:
            return top
        if _ATTACHMENT_LIST.match(text):
            break
        if not is_attachment_item(text):
            return top
        items.append(k)
        k -= 1
    if k < 0:
        return top
    head = _text(blocks[k]) or ""
    names = _names(_ATTACHMENT_LIST.match(head)["rest"])  # type: ignore[index]
    for i in reversed(items):
        names += _names(_text(blocks[i]) or "")
    attachments = tuple(Attachment(name) for _, name in names if name)
    found.take("attachments", k, head, attachments=attachments)
    for i in items:
        found.take("attachments", i, _text(blocks[i]) or "")
    return k


def _attachment_pages(blocks: list[Block], start: int, end: int, found: _Found) -> list[Attachment]:
    """Each 附件 after the date: a ``附件1`` line, its title, its text up to the next."""
    labels = [i for i in range(start, end) if (t := _text(blocks[i])) is not None and _ATTACHMENT_LABEL.match(t)]
    out: list[Attachment] = []
    for n, i in enumerate(labels):
        stop = labels[n + 1] if n + 1 < len(labels) else end
        title = _text(blocks[i + 1]) if i + 1 < stop else None
        body = tuple(blocks[i + 2 : stop]) if title is not None else ()
        out.append(Attachment(title or "", body))
        for k in range(i, stop):
            found.lifted.add(k)
        found.notes.append(("attachment", i, f"{_text(blocks[i])} {title or ''}".strip()))
    return out


def _merge_attachments(listed: tuple[Attachment, ...], pages: list[Attachment]) -> tuple[Attachment, ...]:
    """The 附件说明's names with the text of the attachment pages: by title where the pages are
    titled with the names listed, else in order."""
    if not listed:
        return tuple(pages)
    names = {a.name for a in listed}
    if any(p.name in names for p in pages):
        by_name = {p.name: p for p in pages}
        merged = [Attachment(a.name, by_name[a.name].blocks) if a.name in by_name else a for a in listed]
        return tuple(merged + [p for p in pages if p.name not in names])
    merged = [Attachment(a.name, pages[n].blocks) if n < len(pages) else a for n, a in enumerate(listed)]
    return tuple(merged + pages[len(listed):])


def _tail(blocks: list[Block], start: int, found: _Found, headed: bool) -> None:
    end = _record(blocks, len(blocks), found)
    d = _closing_date(blocks, start, end, headed)
    if d is None:
        return
    date_text = _text(blocks[d]) or ""
    day = _chinese_date(date_text)
    if day is None:
        return
    found.take("date", d, date_text, date=day)
    after = d + 1
    if after < end and (note := _text(blocks[after])) is not None and closing_kind(note) == "note":
        found.take("note", after, note, note=note)
        after += 1
    top = d
    issuers: list[str] = []
    while top - 1 >= start and len(issuers) < 4 and (t := _text(blocks[top - 1])) is not None and (
            closing_kind(t) == "issuer"):
        issuers.insert(0, t)
        top -= 1
    for offset, name in enumerate(issuers):
        found.take("issuer", top + offset, name)
    if issuers:
        found.fields["issuer"] = "\u3000".join(" ".join(name.split()) for name in issuers)
    _attachment_list(blocks, top, found)
    pages = _attachment_pages(blocks, after, end, found)
    if pages or "attachments" in found.fields:
        found.fields["attachments"] = _merge_attachments(found.fields.get("attachments", ()), pages)


# ---------------------------------------------------------------------------- the transform


def _is_official(found: _Found) -> bool:
    parts = {part for part, _, _ in found.notes}
    return bool(
        "doc_number" in parts or parts & {"cc", "printed"}
        or ("date" in parts and ("issuer" in parts or "recipients" in parts))
    )


def _apply(official: Official, fields: dict[str, Any]) -> tuple[Official, set[str]]:
    """Fields set where the metadata has none yet; the names of those set."""
    changes: dict[str, Any] = {}
    for key, value in fields.items():
        current = getattr(official, key)
        if current in (None, ()):
            changes[key] = value
        elif key == "attachments" and all(not a.blocks for a in current):
            changes[key] = _merge_attachments(current, list(value))  # the pages' text under the given names
    return replace(official, **changes), set(changes)


def _given_attachment_pages(doc: Document, official: Official, found: _Found) -> None:
    """Attachment pages in a body whose parts were given (Markdown front matter, JSON): ``附件1``
    and a title equal to a given attachment's name."""
    blocks = list(doc.blocks)
    names = {a.name for a in official.attachments}
    for i, block in enumerate(blocks):
        text = _text(block)
        if text is not None and _ATTACHMENT_LABEL.match(text) and i + 1 < len(blocks) and _text(blocks[i + 1]) in names:
            end = _record(blocks, len(blocks), _Found())
            found.fields["attachments"] = _attachment_pages(blocks, i, end, found)
            return


def lift_official(doc: Document, opts: TransformOptions) -> Document:
    """The official document's parts moved from the body into ``meta.official``."""
    if isinstance(doc.blocks, ArticleSequence):  # an issue's top level holds articles only: nothing to lift
        return doc
    blocks = list(doc.blocks)
    if not blocks:
        return doc
    found = _Found()
    start = _head(blocks, found)
    headed = any(part in ("recipients", "doc_number") for part, _, _ in found.notes)
    _tail(blocks, start, found, headed)
    given = doc.meta.official
    if not _is_official(found):
        if given is None or not given.attachments:
            return doc
        found = _Found()
        _given_attachment_pages(doc, given, found)
        if not found.lifted:
            return doc
    official, changed = _apply(given or Official(), found.fields)
    keep = [b for i, b in enumerate(blocks) if i not in found.lifted]
    for part, index, text in sorted(found.notes, key=lambda n: n[1]):
        key = {"printed": "printed_by", "attachment": "attachments"}.get(part, part)
        status = "" if key in changed or part == "signer" else " (kept the value already given)"
        opts.noted(NAME, f"{_LABELS[part]} from block {index + 1}: {text[:60]!r}{status} [{_RULES[part]}]")
    return Document(replace(doc.meta, official=official), tuple(keep))
