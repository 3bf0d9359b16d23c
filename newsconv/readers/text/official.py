"""The parts of an official document and a speech that stand outside its paragraphs.

A notice, a letter or a speech printed on a government page has parts a news article has not:
the salutation (``同志们：``, ``女士们、先生们：``), the addressees of a notice (主送,
``各街道办事处，区政府各部门：``), the speaker line under a speech's title (``市长　张明``) and,
after the text, the attachment list (``附件：1.……``), the issuer (署名) and the date it was
written (成文日期), with a note such as ``（此件公开发布）``. They are short and unpunctuated,
so the page rules would take them for furniture; they belong to the document and stay in its
body, in order (GB/T 9704-2012 places them, and the print profile follows it).
"""

from __future__ import annotations

import re

from newsconv.readers.text.bylines import is_name

_AUDIENCE = "同志们|女士们|先生们|朋友们|同学们|老师们|来宾们|代表们|嘉宾们|乡亲们|家长们|委员们|同胞们|各位"
_SALUTATION = re.compile(
    rf"^(?:(?:尊敬的|亲爱的|各位|广大)[^。！？；]{{1,60}}|[^。！？；]{{0,30}}(?:{_AUDIENCE})[^。！？；]{{0,30}}"
    # a reply's one addressee: ``刘建国代表：``, ``王芳委员：``
    r"|[\u4e00-\u9fff·]{2,6}(?:代表|委员|同志|先生|女士))[：:]$"
)
# What an addressee's name ends with: offices, governments, departments, units.
_ORGAN = (r"(?:办公室|办公厅|人民政府|政府|委员会|委|局|厅|部|部门|中心|院|会|处|所|司|公司|集团|党委|党组|小组|协会|学会"
          r"|学校|大学|医院|法院|检察院|办事处|街道|乡|镇|县|区|市|省|单位|机关|企业|管委会|指挥部|支队|大队|银行|站|队|社|公署)")
_ADDRESSEE_LIST = rf"^(?:各|全体)?[^。！？；：:]{{1,70}}{_ORGAN}(?:[，、,][^。！？；：:]{{1,40}})*"
_ADDRESSEES = re.compile(rf"{_ADDRESSEE_LIST}[：:]$")
# The first line of addressees printed over two, ending on the comma the second goes on from.
_ADDRESSEES_GO_ON = re.compile(rf"{_ADDRESSEE_LIST}[，、,]$")
_POSITION_END = re.compile(
    r"(?:长|书记|主任|主席|总理|委员|代表|理事|经理|董事|总裁|总监|教授|专员|发言人|同志|院士|首席执行官|秘书长|会长)$"
)
_DAY_AFTER_SPEAKER = re.compile(r"[（(](?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]$")
_ATTACHMENT = re.compile(r"^附件\s*\d{0,2}\s*[：:]")
_ATTACHMENT_ITEM = re.compile(r"^\d{1,2}[.．、]\s*\S")
_ISSUER = re.compile(rf"^(?:[\u4e00-\u9fff（）()·]{{2,30}}{_ORGAN})(?:[\s\u3000]+[\u4e00-\u9fff（）()·]{{2,30}}{_ORGAN})*$"
                     # (a museum or a library signs its 公告 too; a short name, not ``…里弄变身社区美术馆``)
                     r"|^[\u4e00-\u9fff]{2,8}(?:博物馆|图书馆|文化馆|美术馆|纪念馆|科技馆|档案馆|体育馆)$")
# What a headline says was done, which no office's name holds: ``一批航空服务企业落户临空区``.
_DONE_IN_HEADLINE = re.compile(r"落户|开展|举办|召开|推进|启动|迎来|实现|助力|建成|开通|完成|入选|荣获|获评|走进|揭牌|亮相|上线|签约|投产")
_DOC_DATE = re.compile(
    r"^(?:(?:19|20)\d\d\s*年\s*[01]?\d\s*月\s*[0-3]?\d\s*日"
    r"|[〇○零一二三四五六七八九]{4}年[〇○零一二三四五六七八九十]{1,2}月[〇○零一二三四五六七八九十]{1,3}日)$"
)
# A 发文字号 under a notice's title, as government sites print it: 东政办发〔2024〕3号, (国发[2024]3号).
# (the issuer's code may hold a kind in brackets: ``宁自然资（用）函〔2025〕47号``)
_DOC_NUMBER = re.compile(r"^[（(]?[\u4e00-\u9fff]{1,16}(?:[（(][\u4e00-\u9fff]{1,3}[)）][\u4e00-\u9fff]{0,4})?"
                         r"[〔\[(（【［]\s*(?:19|20)\d\d\s*[〕\])）】］]\s*\d{1,5}\s*号[)）]?$")
# The 版记 lines at the foot of a document: 抄送 and the printing office with its date.
_CC = re.compile(r"^抄\s*送\s*[：:]\s*\S")
_PRINTED = re.compile(r"^\S.{0,40}?[\s\u3000]+(?:19|20)\d\d\s*年\s*[01]?\d\s*月\s*[0-3]?\d\s*日\s*印\s*发$")
_DOC_NOTE = re.compile(r"^[（(](?:此件|本件|联系人|联系电话|联系单位|联系方式|咨询电话|此页无正文)[^（()）]{0,40}[)）]$")


def is_salutation(text: str) -> bool:
    """``同志们：``, ``女士们、先生们：``, ``尊敬的各位来宾：``."""
    return len(text) <= 60 and bool(_SALUTATION.match(text))


def is_addressees(text: str) -> bool:
    """The addressees of a notice (主送): ``各街道办事处，区政府各部门：``, ``市财政局：``."""
    return len(text) <= 80 and bool(_ADDRESSEES.match(text))


def addressees_go_on(text: str) -> bool:
    """The first of two lines of addressees (``各街道办事处，区政府各部门，`` / ``区直各有关单位：``)."""
    return len(text) <= 80 and bool(_ADDRESSEES_GO_ON.match(text))


def is_speaker(text: str) -> bool:
    """The speaker line under a speech's title: a position, then a name (``市长　张明``)."""
    return speaker(text) is not None


def speaker(text: str) -> str | None:
    """The name on a speech's speaker line (``市长　张明`` -> ``张明``), or None."""
    text = _DAY_AFTER_SPEAKER.sub("", text.strip())  # ``——市长 某某（2026年2月26日）``: the day it was given after
    parts = text.split()
    if len(parts) < 2 or len(text) > 30:
        return None
    position, name = "".join(parts[:-1]), parts[-1]
    spaced = next((n for n in (3, 2) if len(parts) > n and all(len(p) == 1 for p in parts[-n:])), 0)
    if spaced:
        position, name = "".join(parts[:-spaced]), "".join(parts[-spaced:])  # a name spaced out: 张　明, 闫  志  刚
    elif len(parts) >= 3 and len(parts[-2]) == 1 and len(parts[-2] + parts[-1]) <= 3:
        position, name = "".join(parts[:-2]), parts[-2] + parts[-1]  # 马  建国
    # a position is a label: any name counts after it, a family name from the list or not (``区长　才让东智``)
    return name if _POSITION_END.search(position) and is_name(name, labelled=True) else None


def is_doc_number(text: str) -> bool:
    """A document number (发文字号) alone on its line: ``东政办发〔2024〕3号``."""
    return len(text) <= 40 and bool(_DOC_NUMBER.match(text))


def is_document_head(text: str) -> bool:
    """A part of a document that stands between its title and its first paragraph."""
    return is_salutation(text) or is_addressees(text) or is_speaker(text) or is_doc_number(text)


def closing_kind(text: str) -> str | None:
    """Which closing part of a document a line is: "attachment", "issuer", "date", "note", or a
    版记 line: "cc" (抄送) or "printed" (印发机关和印发日期)."""
    if _ATTACHMENT.match(text):
        return "attachment"
    if len(text) <= 300 and _CC.match(text):
        return "cc"
    if len(text) <= 60 and _PRINTED.match(text):
        return "printed"
    if _DOC_DATE.match(text):
        return "date"
    if _DOC_NOTE.match(text):
        return "note"
    if len(text) <= 60 and _ISSUER.match(text) and not _DONE_IN_HEADLINE.search(text):
        return "issuer"
    return None


def is_attachment_item(text: str) -> bool:
    """A further attachment under ``附件：1.……``: ``2.值班安排表``."""
    return len(text) <= 60 and bool(_ATTACHMENT_ITEM.match(text))
