"""What one line looks like on its own: running text or not, a headline's shape, a credit line,
the terms it is about, and the weight it gives a body."""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from newsconv.model import Role
from newsconv.readers.text.bylines import (
    AFFILIATION,
    Credits,
    is_chinese_personal_name,
    is_name,
    parse_credits,
    unspaced,
    without_avatar,
)
from newsconv.readers.text.dates import LABELLED_MONTH_DAY, TO_DAY, find_date
from newsconv.readers.text.lines import count_matches, display_len, ends_sentence, is_han_only, is_mostly_cjk
from newsconv.readers.text.official import closing_kind, is_addressees, is_document_head
from newsconv.readers.text.patterns import runs_of

_CJK_PUNCT = re.compile(r"[，。；！？、,;!?]")
# Words of alphabetic scripts (Latin, Cyrillic, Greek, Hangul...); Han and kana count per character.
_WORDS = re.compile(runs_of(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]") + r"(?:['’][A-Za-z]+)?")
# The same words in an ASCII line: a class of letters is one table lookup a character, where the
# Unicode classes above ask each character's category.
_ASCII_WORDS = re.compile(runs_of("[A-Za-z]") + "(?:'[A-Za-z]+)?")
# One letter of those words: a class alone, which a search skips through a line with quickly.
_LETTER = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ORIGINAL_TITLE = re.compile(r"^[（(【\[]?(?:原标题|原題|原文标题)\s*[:：]")
DIGITS = re.compile(runs_of(r"\d"))
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节编条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_LOGO = re.compile(r"\blogo$", re.IGNORECASE)
# A site's domain as one part of a line: ``Xinhua | english.news.cn``, ``新华网 - news.cn`` (a site's
# name line, as its <title> ends; a headline may name a company's domain inside a phrase only).
_DOMAIN_PART = re.compile(r"(?:^|\s[|｜\-–—_·]\s)(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:$|\s[|｜\-–—_·]\s)")
# A domain among the words of a Chinese line (``打开APP　某某体育　m.example.cn``): a site's bar.
_SPACED_DOMAIN = re.compile(r"(?:^|\s)(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:$|\s)")
# An e-mail address or a handle (@NBCNews): ``@所有人：…`` is a headline's greeting, not an address.
_ADDRESS_OR_HANDLE = re.compile(r"[\w.]@[\w.]|@[A-Za-z0-9_]")
_BULLET = re.compile(r"^[·•●▪■◆◇○►▶»›>→\-–—*]\s*")
# A Latin line ending with a full stop after a word (not "U.S." or "Inc."): a sentence.
SENTENCE_PERIOD = re.compile(r"[a-z][a-z]\.[”’\"']?$")  # ([a-z]{2}: a class first, see runs_of)


def ends_with_full_stop(text: str) -> bool:
    """``SENTENCE_PERIOD``: its full stop, among the last three characters whenever the pattern
    matches, looked for first (the search tries nearly every character of an English line)."""
    return "." in text[-3:] and SENTENCE_PERIOD.search(text) is not None
_STOPWORDS = frozenset(
    "the a an of to in and or is are was were be been for on at by with from that this it as has have had "
    "not but he she they we you his her their its our which who will would said says".split()
)
# A record table's labels that no headline opens with, read with their values after white space
# (``发文机关 某某厅``) ...
_BARE_FIELDS = ("索引号", "发文机关", "发布机构", "主题分类", "发文字号", "成文日期", "生成日期", "信息名称", "文件名称", "公开方式",
                "公开范围", "信息分类", "有效性", "效力状态", "时效性", "名称", "标题", "分类", "文号", "所属主题", "所属机构",
                "发文日期", "发文机构", "发文单位", "发布单位", "制发机关", "主题词", "关键词")
# ... and those read with a colon after them.
_COLON_FIELDS = ("标题", "题目", "题名", "发布日期", "关键词", "主题词", *_BARE_FIELDS)


def _padded(label: str) -> str:
    """A label as a record table may pad it to its column's width: ``索 引 号``, ``文　　号``."""
    return "[ \u3000]*".join(label)


# "标　　题：", "索 引 号：\t", "发文机关：" opening a line: a field of a record table (an information
# disclosure page's 索引号 / 发文机关 / 标题 / 文号 grid), whose value the page prints again as text.
_RECORD_FIELD = re.compile(
    r"^(?:[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,5}[ \u3000]*[：:]"  # a label padded to the column's width
    r"|[\u4e00-\u9fff]{2,6}[：:][ \u3000]*\t"  # a label in its own cell
    rf"|(?:{'|'.join(_COLON_FIELDS)})[ \u3000]*[：:]"
    # the labels no headline opens with, their values after a space or in the next cell
    # (``发文机关 某某厅 成文日期 …``, ``索 引 号 0040124-…``, ``名称\t<the title>``)
    rf"|(?:{'|'.join(_padded(label) for label in _BARE_FIELDS)})[ \u3000\t]+\S)"
)
# A line opening with a full date (a label before it at most): a date bar, ``2023年12月04日 07:35
# 潇湘晨报 …``, ``发表于 2024-5-8 22:17:35 | 只看该作者``.
_DATE_LABEL = re.compile(r"^(?:发表于|发布于|发布时间|发布日期|更新时间|时间|日期|Posted|Published|Updated)?[\s:：]*", re.IGNORECASE)
NON_PROSE_COST = 12
_TOPIC_WEIGHT = 4.5  # the most a headline gains for naming what the body under it is about



@lru_cache(maxsize=1 << 17)
def words(text: str) -> int:
    if text.isascii():
        return count_matches(_ASCII_WORDS, text)
    return count_matches(_WORDS, text) if _LETTER.search(text) else 0  # (most Chinese lines have none)


@lru_cache(maxsize=1 << 17)
def is_prose(text: str) -> bool:
    """A line that reads as running text: long enough and punctuated (or worded) like sentences."""
    if is_mostly_cjk(text):
        size = display_len(text)
        if size < 16:
            return False
        if ends_sentence(text):
            return True
        marks = count_matches(_CJK_PUNCT, text) + text.endswith("：")  # (a sentence that leads into a list: …如下：)
        return (marks >= 2 and size >= 26) or (marks >= 1 and size >= 48)
    n = words(text)
    if n >= 16:
        return True
    return n >= 7 and (ends_sentence(text) or text.rstrip()[-1:] in "\"”’)")


@lru_cache(maxsize=1 << 17)
def is_title_shaped(text: str) -> bool:
    if is_mostly_cjk(text):
        if not 5 <= (size := display_len(text)) <= 64 and not (
                size <= 128 and "关于" in text and _DOCUMENT_KIND.search(text)):
            return False  # (a document's title may be long: ``某某局 某某局关于印发《……》的通知``)
    elif not 2 <= words(text) <= 30 or len(text) > 220:
        return False
    if text[-1] in "，、；：。,;:" or ORIGINAL_TITLE.match(text) or _BULLET.match(text) or NUMBERED.match(text):
        return False  # "第一章 总则", "一、总体要求": section headings, not the headline
    if BARE_URL.match(text) or ("@" in text and _ADDRESS_OR_HANDLE.search(text)) or ("." in text and (
            _DOMAIN_PART.search(text) or (is_mostly_cjk(text) and _SPACED_DOMAIN.search(text)))):
        return False  # an address, an account line with an e-mail address or a handle (not ``@所有人：…``), a site and its domain
    if text[-4:].lower() == "logo" and _LOGO.search(text):
        return False  # "People.co.uk logo": a site's logo, as its alt text is copied
    if text.count(":") + text.count("：") >= 3:
        return False  # "View Rate : 106  News Code : …  Print Date : …": a row of labelled fields
    if "。" in text[:-1] or (words(text) >= 16 and re.search(r"[a-z]{2}\. [A-Z]", text)):
        return False  # two sentences: a summary or a promotion, not a headline
    return text.count("|") < 2  # "20190926|国贸|增长率" is a row of tags


# A record table's labels alone on a line, each over its value (a grid pasted one cell per line) ...
_LABELS_ALONE = (*_COLON_FIELDS, "公开日期", "公开时间", "发布时间", "有效期")
_RECORD_LABEL_ALONE = re.compile(rf"^(?:{'|'.join(_padded(label) for label in _LABELS_ALONE)})[ \u3000]*[：:]?$")
# ... and in brackets before their values: ``【信息索引号】…　【公开方式】主动公开``.
_BRACKETED_FIELD = re.compile(rf"^【(?:信息)?(?:{'|'.join(_padded(label) for label in _LABELS_ALONE)})】")  # (``【标　　题】``)
# ... and in a row over a row of values.
_RECORD_LABEL_WORDS = frozenset((*_LABELS_ALONE, "发文日期", "生成日期", "体裁分类", "组配分类", "服务对象"))


def record_label_row(text: str) -> bool:
    """A record table's labels in a row, their values on the next line (``索引号 发布机构 发文日期 文号
    公开方式``): three labels at least and nothing else."""
    first = text.split(None, 1)[0]
    if first.rstrip(":：") not in _RECORD_LABEL_WORDS:
        return False  # (the common case, decided by the first word)
    cells = text.split()
    return len(cells) >= 3 and all(cell.rstrip(":：") in _RECORD_LABEL_WORDS for cell in cells)


def record_label_alone(text: str) -> bool:
    """``索引号：``, ``文　　号：`` alone on a line: a record table's label whose value the next line holds."""
    return "\u4e00" <= text[:1] <= "\u9fff" and len(text) <= 12 and _RECORD_LABEL_ALONE.match(text) is not None


def is_record_field(text: str) -> bool:
    """A field of a record table (``标　　题：…``, ``索 引 号：…``): its value may repeat the
    headline, but the line is no headline. (Every field opens with a Han character or a bracket: tested first.)"""
    if text[:1] == "【":
        return _BRACKETED_FIELD.match(text) is not None  # ``【信息索引号】…　【公开方式】主动公开``
    return "\u4e00" <= text[:1] <= "\u9fff" and _RECORD_FIELD.match(text) is not None


@lru_cache(maxsize=1 << 15)
def opens_with_date(text: str) -> bool:
    """A date bar: the line opens with a date that has its year (a label before it at most)."""
    label = _DATE_LABEL.match(text)
    at = label.end() if label else 0
    if not text[at : at + 1].isascii() or not text[at : at + 1].isalnum():
        return False  # the common case: a date opens with a digit or a month's name
    date = find_date(text[:40])
    return date is not None and date.year is not None and date.start <= at


# Runs of two Han characters or more: every two side by side in them, overlapping, are a term.
_HAN_CLASS = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN_RUN = re.compile(_HAN_CLASS + runs_of(_HAN_CLASS))
_WORD_TOKEN = re.compile(runs_of(r"[^\W_]"))
_ASCII_WORD_TOKEN = re.compile(runs_of("[a-z0-9]"))  # the same in a lowered ASCII line


@lru_cache(maxsize=1 << 15)
def topic_terms(text: str) -> frozenset[str]:
    """What a line is about: Han character pairs for Chinese, content words (three letters or more,
    no function words, a plural -s dropped) for other scripts."""
    if is_mostly_cjk(text):
        pairs: set[str] = set()
        for run in _HAN_RUN.findall(text):
            pairs.update(map(operator.add, run, run[1:]))  # each character with the next
        return frozenset(pairs)
    lowered = text.lower()
    found = (_ASCII_WORD_TOKEN if lowered.isascii() else _WORD_TOKEN).findall(lowered)
    return frozenset([word[:-1] if word.endswith("s") and len(word) > 3 else word
                      for word in set(found) - _STOPWORDS  # (each word once)
                      if (len(word) >= 3 or not word.isascii()) and not word.isdigit()])


def topic_evidence(title: str, body: frozenset[str]) -> float:
    """A headline names what its article is about: the share of its terms that the article's
    opening repeats, damped for lines of few terms (a menu item's one word proves nothing)."""
    terms = topic_terms(title)
    if not terms:
        return 0.0
    found = len(terms & body)
    return _TOPIC_WEIGHT * found / (len(terms) + 2)


def length_evidence(text: str) -> float:
    """Headlines are rarely as short as section names ("Business", "新闻中心", "Pants On Fire")."""
    size = display_len(text) if is_mostly_cjk(text) else words(text)
    steps = ((12, 2.0), (8, 0.5), (6, -0.5)) if is_mostly_cjk(text) else ((6, 2.0), (4, 0.5), (3, -0.5))
    return next((value for least, value in steps if size >= least), -2.0)


# "46 人赞同了该文章", "1.2万人阅读": how many readers did something, a counter however long its verb.
_READERS_COUNT = re.compile(r"^\d[\d,.]*\s*万?\s*人(?:赞同|点赞|赞过|阅读|看过|浏览|收藏|喜欢|关注|参与|评论|觉得很赞)[了过]?\S{0,6}$")


def is_readers_count(text: str) -> bool:
    """``46 人赞同了该文章``, ``1.2万人阅读``: how many readers did something."""
    return len(text) <= 28 and _READERS_COUNT.match(text) is not None


_TIMESTAMP_HEAD = re.compile(r"^[【\[(（]?\d{1,2}:\d\d[】\])）]?\s*[\u4e00-\u9fff]{2}")


# A rolling page's update stamp over the text it adds: ``【9月7日 18:20更新】``, ``[14:05 更新]``.
_UPDATE_STAMP = re.compile(r"^[【\[][^】\]]{2,24}(?:更新|最新)[】\]]$")
# A telephone number (``024-22841234``, ``0951-5127734``): a contact, however short its line.
_PHONE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
# A year, then words: a heading or a table's caption (``2025年重点工作``), no counter.
_YEAR_THEN_WORDS = re.compile(r"^(?:19|20)\d\d年[\u4e00-\u9fff]{2,}")


_SIGNED_RATE = re.compile(r"[+\-−]\s*\d[\d.]*\s*[%％]")  # a quote's move: ``$某某(002594.SZ) +1.82%``


# An account named with a number (``健康某某12320``, a hotline): a name, no counter.
_NAME_THEN_NUMBER = re.compile(r"^[\u4e00-\u9fff]{4,8}\d{3,6}$")


def is_counter(text: str) -> bool:
    """``1032人参与308评论``, ``阅读 539``, ``2819``: short lines that are mostly numbers."""
    if len(text) > 28 or display_len(text) > 14:
        return False
    digits = sum(map(str.isdigit, text))
    if not digits:
        return False  # the common case: no figure, no counter (a readers' count opens with one)
    if is_readers_count(text):
        return True
    if _NAME_THEN_NUMBER.match(text):
        return False  # ``健康某某12320``: an account named with its hotline, no count
    if "日" in text and _DAYS_SPAN.search(text):
        return False  # ``展期 2025年4月18日—7月20日``: how long something lasts
    if _TIMESTAMP_HEAD.match(text) or _YEAR_THEN_WORDS.match(text) or _PHONE.search(text) or _UPDATE_STAMP.match(text):
        return False  # ``【7:30】鸣枪开跑``: a live page's time and what happened then; ``2024年工作回顾``: a heading
    if count_matches(_HAN_CHAR, text) > max(4, digits - 1):
        return False  # words with figures: a table's caption or row (``表1 2024年1-9月主要经济指标``)
    if ("%" in text or "％" in text) and count_matches(_HAN_CHAR, text) >= 4 and not _SIGNED_RATE.search(text):
        return False  # ``同比增长18.3%``: a rate said in words (a headline's second line), no page's counter
    return digits >= max(1, len(text) // 3) and not ends_sentence(text)


def line_weight(text: str, prose: bool) -> int:
    if prose:
        if is_mostly_cjk(text):
            return display_len(text)
        n = words(text)
        # running English has function words (one word in eight), lists of names do not: counted
        # until there are enough
        needed, stop = n // 8, 0
        if needed:
            lowered = text.lower()
            for word in (_ASCII_WORDS if lowered.isascii() else _WORDS).finditer(lowered):
                if word.group() in _STOPWORDS:
                    stop += 1
                    if stop >= needed:
                        break
        return n * 3 if stop >= needed else n
    return -NON_PROSE_COST


_DATE_NOISE = re.compile(
    r"(?i)\b(?:updated|published|posted|last updated|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst|cet|cest|ist|jst|\d+\s*min(?:ute)?s?\s*read|read)\b"
    r"|[0-2]?\d[:：][0-5]\d(?:[:：][0-5]\d)?|星期[一二三四五六日天]|周[一二三四五六日]|[|•·—–\-,，()（）\[\]【】/]"
    r"|\d+\s*(?:人参与|人评论|条评论|评论|阅读|次阅读|浏览)|我有话说|收藏本文|收藏|分享到?|字号[:：]?\s*[A大中小+\-\s]*|大\s+中\s+小"
    r"|最后更新[:：]?|阅读数|\d+"
)


_LABEL_PAIR = re.compile(r"\b(?:Topic|Topics|Tags?|Categor(?:y|ia|ies)|Section|Filed under|Seção|Secção)\s*:\s*[^|]*",
                         re.IGNORECASE)


_NEWS_FROM = frozenset(("本报讯", "本台讯", "本网讯", "本刊讯"))  # "news from this paper / station / site"
_OUTLET_NEWS_FROM = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[·・ ][\u4e00-\u9fff]{2,8})?讯")  # an outlet's, named


def _residue(text: str) -> str:
    """What is left of a date line once times, weekdays, zones, "Updated" and "Tags: …" are taken out."""
    return " ".join(_DATE_NOISE.sub(" ", _LABEL_PAIR.sub(" ", text)).split()).strip("□■◆● 丨|｜")  # (bars between fields)


RELATIVE_TIME = re.compile(
    r"^(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|(?:yesterday|today)\b|\d+\s*(?:秒|分钟|小时|天)前|昨天|今天|前天)[\s\d:：at]*(?:[ap]\.?m\.?)?$",
    re.IGNORECASE,
)


# "Staff Writer", "AP Sports Writer", "Associated Press Writer", "Business Columnist": who the writer is.
STAFF_TITLE = re.compile(
    r"\b(?:Editorial Staff|Staff|(?:Staff|Sports|Senior|Contributing|Special|Business|Political|Science|Medical"
    r"|Chief|Foreign|Technology|Health|Entertainment|Press|Freelance)\s+(?:Writer|Reporter|Correspondent|Columnist)s?)$"
)
_STAFF_ENDINGS = ("Staff", "Writer", "Writers", "Reporter", "Reporters", "Correspondent", "Correspondents",
                  "Columnist", "Columnists")


def is_staff_title(text: str) -> bool:
    """Whether a line ends with what the writer is (``STAFF_TITLE``); its last word, which every
    form of the pattern ends with, tested first, cheaply."""
    return text.endswith(_STAFF_ENDINGS) and STAFF_TITLE.search(text) is not None


@lru_cache(maxsize=1 << 17)
def credits_of(text: str) -> Credits | None:
    """``parse_credits`` remembered for the page's lines (the metadata reads the credit lines
    again); callers only read what it returns."""
    return parse_credits(text)


def editors_only(text: str) -> bool:
    """A credit line that names editors and nothing else (``责任编辑：刘  洋``): a page's sign-off,
    no headline's byline."""
    credits = credits_of(text)
    return (credits is not None and bool(credits.people) and credits.date is None and not credits.source
            and all(person.role is Role.EDITOR for person in credits.people))


def is_credit_line(text: str) -> bool:
    """A short line that only names a source, a date or people (``来源：新华网 2024-05-06``).
    (Not remembered: the first pass asks it once for each distinct line, and nothing else asks.)"""
    if display_len(text) > 70 or text.endswith("。"):
        return False  # too long, or a sentence: ``2025年4月20日（星期日）6时00分至12时00分。``
    if RELATIVE_TIME.match(text):
        return True  # "2 days ago at 07:52 am", "3小时前": a time stamp
    if _UPDATE_STAMP.match(text):
        return False  # ``【9月7日 18:20更新】``: a rolling page's update, which opens the text under it
    credits = credits_of(text)
    if credits is None:
        return False
    if ("—" in text or "至" in text) and _DAYS_SPAN.search(text):
        return False  # ``展期 2025年4月18日—7月20日``, ``开放时间：…至…``: how long something lasts, no day published
    rest = _residue(credits.unlabelled)
    if credits.people and (rest in _NEWS_FROM or ("，" not in text and _OUTLET_NEWS_FROM.fullmatch(rest))):
        # ``本报讯 记者 某某 通讯员 某某``: the paper's mark before its byline, on a line of its own; or a site's,
        # its day in it (``某某网·某某新闻11月23日讯　2026-11-23 19:05:41　来源：…　作者：…``)
        return True
    if "关于" in rest:
        return False  # ``某某局关于2025年3月20日`` / ``受理…的公示``: a document's title broken after its date
    if not rest or (credits.people and words(rest) <= 4 and STAFF_TITLE.search(rest)):
        return True  # nothing else, or only what the writer is ("By Jane Doe - Associated Press Writer")
    if credits.people and rest.isascii() and rest.isupper() and words(rest) == 1:
        return True  # ``SOCIETY | By NAME in CITY``: the section's kicker beside the byline
    date = credits.date
    if date is None or (date.year is None and date.time is None and date.rule != LABELLED_MONTH_DAY):
        return False  # (``发布时间：04-22``: a month and day alone, labelled the date)
    # what is left beside a date must be short and not a sentence (a source name, "Reuters"), or what
    # the platform calls the account (``2025-03-19 09:32江西 南昌本地生活领域创作者``)
    return (display_len(rest) <= 12 or (display_len(rest) <= 28 and rest.endswith(PLATFORM_BADGES))) and not is_prose(rest)


# A span of days: a date, a dash or 至, and the day it runs to (``2025年4月18日—7月20日``, ``3月1日至5月31日``).
_DAYS_SPAN = re.compile(rf"\d日{TO_DAY}")


# A turn of a Q&A: ``问：…？``, ``答：…``.
QA_TURN = re.compile(r"^(?P<who>问|答)\s*[:：]")
_LINK_LABEL_ENDINGS = ("回放", "实录", "预告", "直播", "解读", "图解")


def is_name_line(text: str, *, account: bool = False, stamped: bool = False) -> bool:
    """A person's name alone on a line (``Dallas Robinson``, ``段彦超``); with ``account``, also a
    self-media account name (``加拿大必读``, ``IT之家``); an avatar's alt text before it aside.
    ``stamped``: a post's stamp follows (date and province), so an account named like an office
    (``某某发布厅``) is one too."""
    text = without_avatar(text)
    if is_name(text) or (_SPACED_NAME.match(text) and is_chinese_personal_name(unspaced(text))):
        return True  # (``杨　帆``: a name spaced out to the width of three)
    if account and text[:1] in "@＠":
        text = text[1:]  # ``@某某皮肤科小杜医生`` beside its post's date: the account, as the platform links it
    if not account or display_len(text) > 10 or any(c.isdigit() for c in text) or text in _POST_MARKS:
        return False
    if text.endswith(_LINK_LABEL_ENDINGS) or _DOCUMENT_KIND.search(text):
        return False  # "发布会视频回放", "文字实录": a link to the page's media; "警情通报": a kind of document; no account
    if text.endswith((*PLATFORM_BADGES, "头像")):
        return False  # "某某本地生活博主": what the platform calls the account under its name; "某某的头像": its avatar
    if len(text) >= 4 and AFFILIATION.search(text) and not stamped:
        return False  # "吴忠市统计局": an office that issues a document, not an account
    return bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z_·]{2,10}", text)) and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 2


# What a platform calls an account, under or beside its name (``某某本地生活博主``, ``优质三农领域创作者``).
PLATFORM_BADGES = ("博主", "创作者", "领域作者", "达人")
_SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}$")
# What a post's header prints beside its account, never an account's name.
_POST_MARKS = frozenset(("原创", "转载", "首发", "独家", "置顶", "精选", "热门", "推荐", "关注", "已关注", "作者", "字号", "字体"))
ACCOUNT_RULE = "a self-media account beside its platform's name: the author when no person is named"
ACCOUNT_DATED_RULE = "a self-media account's name beside the date: the author when no person is named"
ACCOUNT_RULES = (ACCOUNT_RULE, ACCOUNT_DATED_RULE)
PLATFORM_ACCOUNT_RULE = "a self-media platform's name and the account on it"
PRINT_EDITION_RULE = "the print edition it appeared in (《报名》（日期 版次）)"
WRITERS_UNDER_TITLE_RULE = ("names on their own line between the headline and the text: the writers (an essay's, "
                            "a column's)")


# A Chinese headline broken over two lines whose second line finishes what the first opened: a
# document's title (``…关于进一步促进民营经济`` / ``高质量发展的实施意见``), a meeting convened
# (``林芝市召开……实践活动`` / ``推进会暨业务培训会``), a line that stops before its object.
_KINDS = "通知|意见|决定|办法|方案|规定|报告|批复|公告|通告|通报|公示|细则|规划|纲要|条例|决议"
_DOCUMENT_KIND = re.compile(rf"(?:{_KINDS}|函)$")
_CONVENES = re.compile(r"召开|举行|举办|启动|开幕")
# A first line that stops before its object: on a verb that takes one, or on a word that joins
# (``市农业农村局：加快推进`` / ``辣椒产业高质量发展``).
_WANTS_OBJECT = re.compile(
    r"(?:推进|推动|加快|加强|做好|开展|促进|打造|助力|助推|打好|聚焦|围绕|全力|着力|大力|探索|构建|筑牢|守护|擦亮|激活"
    r"|赋能|带队|率队|率团|的|和|与|及|对|为|向|把|将|让)$"
)  # (not 建设, 保障, 部署, 优化…: as often nouns, or verbs that end a headline, ``两区建设``, ``持续优化``)
# A first line no headline ends on: a word that joins what follows (暨, 以及, 并), or a comma.
_CANNOT_END = re.compile(r"(?:暨|以及|并且?|，|(?:19|20)\d\d年度?)$"  # (``…卫生健康系统2025年`` / ``公开招聘…公告``)
                         r"|(?<=[\u4e00-\u9fff]{2})(?<![之背最今落此然随往以日前午])后$")  # (``…接驳优化后`` / what came of it)
# ``…调研重点项目建设`` / ``和企业生产经营情况``; ``老字号糕点铺`` / ``的“新配方”``
_CANNOT_OPEN = re.compile(r"^(?:和|及|与|暨|以及|并|同比|环比|的(?![士哥姐确]))")
_ANSWERS = re.compile(r"^答(?:记者|网友)?问$")  # what an official's interview title ends with
# What a page says it gives of a document named over it: ``政策解读``, ``图解``, ``全文``.
_READING_KIND = re.compile(r"^(?:政策)?(?:解读|图解|问答|答问|全文|要点|摘要|起草说明)$")
# A document's kind ending its title, a batch or an issue in parentheses after it: ``…公示（第一批）``.
_KIND_ALONE = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}(?:{_KINDS})$")  # ``实施意见``, ``通知`` under ``关于…的``
_DOCUMENT_KIND_NOTED = re.compile(rf"(?:{_KINDS})[（(][^（）()]{{1,12}}[)）]$")
_ONE_CHARACTER_THEN_COLON = re.compile(r"^[\u4e00-\u9fff][:：]\S")  # no headline opens so
# What happened at a venue, no subject before it: the end of a headline (``在某某博物馆开幕``).
_AT_VENUE_DID = re.compile(r"^在[^，。：:\s]{2,14}(?:开幕|举行|召开|启动|落幕|闭幕|揭牌|开工|开通|举办|亮相|开馆|开园|上演|投用|投运|投产|启用|开业|通车|竣工)$")
_TITLE_CELLS = 30  # the longest second line of a headline broken after such a word
_GATHERING = re.compile(r"(?:会|会议|大会|仪式|论坛|培训班|座谈会|推进会)$")
# What a meeting did, opening the second line of its headline.
_MEETING_DID = re.compile(r"^(?:全面|专题|动员|安排)?(?:研究部署|研究|部署|审议|听取|传达学习|学习贯彻|压紧压实|压实)")
# What a leader said on a visit, ending the first half of a headline: ``…工作时强调：…``.
_SAID_WHEN = re.compile(r"^[^：:]{0,24}时(?:强调|指出|要求|表示)[:：]")
# A first line that only names a venue (a park, a lake, a port), and one that goes there (``走进查干湖``: whole).
_PLACE_ALONE = re.compile(r"(?:公园|湖|山|港|园区|新区|景区|古镇|古城|水库|湿地|广场)$")
_GOES_SOMEWHERE = re.compile(r"^(?:走进|探访|打卡|来到|到|去|游|逛|在|看|畅游|聚焦|直击)")
# What a headline's subject won, opening its second line.
_WON = re.compile(r"^(?:入选|获评|荣获|获批|入围|再获|斩获|荣登|跻身|上榜|获颁)")
# A first line ending on the list or prize it made (``佛山陶瓷产业集群入选``) and a second naming it
# (``国家先进制造业集群培育名单``).
_MADE_THE_LIST = re.compile(r"(?:入选|入围|跻身|列入|纳入|荣获|获评|获授)$")
_THE_LIST = re.compile(r"(?:名单|榜单|名录|目录|行列|称号|名单公示)$")
# A visit's headline broken after the place: ``某某区领导带队赴某某信息港`` / ``调研数字经济产业发展``
# (the first line goes to a place, the second says what for).
_GOES_TO = re.compile(r"(?:赴|到|前往|深入)[^，、：:\s]{2,}$")
_VISIT_DID = re.compile(r"^(?:调研|考察|检查|督导|督查|视察|走访|慰问|看望|宣讲|指导)")
# A speech's title: ``在全市某某工作会议`` / ``上的讲话`` (the occasion opens it, the kind of speech ends it)
SPEECH_END = re.compile(r"上的(?:讲话|致辞|发言|报告|主旨演讲|主旨讲话|总结讲话|动员讲话)$")


def names_a_document(text: str) -> bool:
    """Whether a line ends with a document's kind (``…实施方案``, ``…的通知``): a whole title."""
    return _DOCUMENT_KIND.search(text) is not None


def wants_object(text: str) -> bool:
    """Whether a line stops before its object (on ``加快推进``, on ``的``); not on a verb used as
    a noun (``…的新探索``, ``…的探索``)."""
    m = _WANTS_OBJECT.search(text)
    return m is not None and not (len(m.group()) == 2 and text[m.start() - 1 : m.start()] in ("新", "的", "之"))


# An account's name with its follow button after it (``平安某某 关注``, ``某某美食记 +关注``, ``某某 订阅``, or
# glued after the platform's tag: ``某某发布政务号订阅``): an account's card, never a headline nor a part of
# one (a headline may end on 关注 itself).
FOLLOW_BUTTON = re.compile(r"\s\+?(?:关注|订阅)$|号\+?(?:关注|订阅)$")


def has_follow_button(text: str) -> bool:
    """``FOLLOW_BUTTON``, its button at the end looked for first."""
    return ("关注" in text[-3:] or "订阅" in text[-3:]) and FOLLOW_BUTTON.search(text) is not None


# What a page's label over a list or a note says: ``相关链接：``, ``温馨提示：``, ``入选名单如下：``.
_LABEL_OVER_ITEMS = re.compile(r"^(?:相关|更多|友情|延伸|附件|分享|上一|下一|阅读|本版|版次|搜索|站内)|"
                               r"(?:提示|提醒|如下|说明|下载|列表|导航|链接|新闻|阅读|文件|名单|们)：$")


def _short_subject(upper: str) -> bool:
    """A place or an office and its colon alone over a headline (``山西：`` / ``今年将新建…``,
    ``容县：`` / ``沙田柚“甜”了百姓心``): two to five Han characters, no label over a list."""
    return (3 <= len(upper) <= 6 and upper[-1] == "：" and is_han_only(upper[:-1])
            and not _LABEL_OVER_ITEMS.search(upper) and not record_label_alone(upper))


# A first line ending on a number and its measure word, the thing counted on the next: ``新增10条``.
_COUNTED = re.compile(r"(?:新增|新建|开通|推出|公布|发布|建成|认定|命名|评出|首批|再添)[\d一二三四五六七八九十百千万]+"
                      r"(?:条|个|项|家|所|座|种|批|名|位|户|款|处|只)(?:“[^”]{1,8}”)?$"
                      r"|(?:完成|开展|启动|召开|举办|进行)第[\d一二三四五六七八九十]+(?:轮|批|次|届|期|季度)$")  # (``…完成第三轮`` / what)
# A verb of making or growing that wants what was made: ``种出``, ``走出``, ``跑出``, ``打造``.
_YIELDS = re.compile(r"(?:[种走闯跑干亮交晒织绘拼酿唱写画育长]出|建成|打造|点亮)$")
# A short second line opening with what the subject over it did: ``实现全容量并网``, ``顺利通过验收``.
_WHAT_IT_DID = re.compile(r"^(?:实现|完成|迎来|通过|顺利|正式|成功)[\u4e00-\u9fff“”]{2,10}$")
# A short second line saying what became of what the first names: ``全部开工``, ``正式通车``.
_SHORT_DONE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:开工|完工|竣工|开通|通车|启用|启动|开业|开放|投产|揭牌|落地|上线|开幕|闭幕|签约|获批|出炉|公布)$")


# The marks of a pause inside a line (a colon, a comma, a space): what a headline's part naming only its subject,
# or saying only what it did, has none of.
_PAUSES = "：:，,、 \u3000"
# The classes a word segmenter gives verbs (jieba's tags; ``vn``, a verb used as a noun, is none).
_VERB_TAGS = frozenset(("v", "vd", "vi", "vg", "vq"))


@lru_cache(maxsize=1 << 12)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    """The words of Chinese ``text`` with their classes: rjieba (jieba's dictionary and HMM), imported
    on the first call, as for titles' line breaks, so pages that never ask load no dictionary."""
    import rjieba

    return tuple(rjieba.tag(text, True))


def _names_its_subject(upper: str) -> bool:
    """A first line naming only what the headline is about, ending on a name in quotation marks
    (``北京南城首条“夜间公交环线”``, ``海拔四千米的“移动课堂”``; a day may follow: ``江岭渔港“开渔”首日``): no verb
    outside the quotation marks and no colon, comma or space, so nothing is said of it yet."""
    last = upper.rfind("”")
    if last < 0 or not 6 <= display_len(upper) <= 40 or any(mark in upper for mark in _PAUSES):
        return False
    if last + 1 < len(upper) and any(tag != "t" for _, tag in _tags(upper[last + 1:])):
        return False
    quoted = False
    for word, tag in _tags(upper[: last + 1]):
        if word in "“”":
            quoted = word == "“"
        elif not quoted and tag in _VERB_TAGS:
            return False
    return True


# What the first word of a line with no subject of its own is: a verb, a preposition (把, 在), a time or an adverb.
_OPENS_WITHOUT_SUBJECT = frozenset((*_VERB_TAGS, "p", "t", "d", "ad"))


def _says_what_it_did(lower: str) -> bool:
    """A short line with a verb and no pause, no subject of its own: what the subject named on the line
    over it did (``今晚开通运行``, ``把科学课送到牧区孩子身边``; not ``某某沿线新增22处观景平台``, which names its
    own, under a 引题)."""
    if display_len(lower) > 32 or any(mark in lower for mark in _PAUSES) or lower[:1] in "—-（(《“":
        return False
    words = _tags(lower)
    return words[0][1] in _OPENS_WITHOUT_SUBJECT and any(tag in _VERB_TAGS for _, tag in words)


def _short_of(upper: str) -> bool:
    """A short Chinese line that stops on 的 before its noun (``老街区里的``); not one that says
    what something is (``幸福是奋斗出来的``)."""
    return 3 <= len(upper) <= 7 and upper.endswith("的") and "是" not in upper and is_han_only(upper)


def may_join(upper: str, lower: str) -> bool:
    """Whether two lines may be the two parts of one Chinese headline: both Chinese and six cells
    long at least (the second may be ``答记者问`` or ``政策解读``), the first ending no sentence or clause but on a
    comma at most, no labelled field or cell in either."""
    return (bool(upper) and bool(lower) and upper != lower and is_mostly_cjk(upper) and is_mostly_cjk(lower)
            and not ends_sentence(upper)
            and upper[-1] not in "、；,;:" and (display_len(upper) >= 6 or _short_subject(upper) or _short_of(upper)
                                              or (display_len(upper) >= 4 and _CANNOT_END.search(upper)))  # ``暴雨过后``
            and (display_len(lower) >= 6 or _ANSWERS.match(lower) or _READING_KIND.match(lower) or _SHORT_DONE.match(lower)
                 or _AT_VENUE_DID.match(lower)  # (``在大连投用``: where it happened, short)
                 or (display_len(lower) >= 3 and _CANNOT_OPEN.match(lower))  # (``的“新配方”``: no headline opens so)
                 or (display_len(lower) >= 4 and _FOR_WHOM.search(upper))
                 or (upper.startswith("关于") and upper.endswith("的") and _KIND_ALONE.match(lower))
                 or (lower.startswith("“") and (_YIELDS.search(upper) or _COUNTED.search(upper) or _short_of(upper))))
            and not any(mark in lower for mark in "\t|")
            and (not any(mark in lower for mark in ":：") or _SAID_WHEN.match(lower) or _ONE_CHARACTER_THEN_COLON.match(lower))
            and not any(mark in upper for mark in "\t|")
            and not has_follow_button(lower))  # ``某某美食记 +关注``: an account's card under the headline


# An English headline's second line, going on from the first: it opens with a lower-case
# conjunction or preposition (``as summer tourist numbers peak``), three words at least (not "by":
# ``by European Space Agency`` under a headline is its credit).
_GOES_ON_LOWER = re.compile(r"^(?:as|and|but|or|after|amid|at|before|despite|for|from|in|into|of|on|over|to|under"
                            r"|until|while|with|without)\s+\S+\s+\S"
                            r"|^(?:through|across|via)\s+[a-z]\S+"  # (``through livestreaming``: one word may do)
                            r"|^(?:a|an|the)\s+[a-z]\S*\s+\S")  # (``fires up`` / ``a new generation of …``)


_OPEN_END_EN = re.compile(r"\s(?:on|in|of|to|for|with|at|by|from|into|the|a|an|and|or|its|their|as)$")


def english_title_goes_on(upper: str, lower: str) -> bool:
    """Whether English ``lower`` goes on with the headline ``upper`` begins (``Xiamen ferry routes add
    evening sailings`` / ``as summer tourist numbers peak``)."""
    # (not any lower-case word: ``printable version bigger text``, ``photo gallery`` are buttons; but
    # after a comma, which no headline ends on: ``Gansu expands desert solar base,`` / ``adds 2 GW…``)
    # (or after a word no headline ends on: ``Fujian's tea towns bet on`` / ``tourism as harvests end``)
    lower_words = len(lower.split())
    return ((bool(_GOES_ON_LOWER.match(lower)) or (upper.endswith(",") and lower[:1].islower() and lower_words >= 2)
             or (_OPEN_END_EN.search(upper) is not None and lower_words >= (2 if lower[:1].islower() else 3)))
            and not is_mostly_cjk(upper) and len(upper.split()) >= 3
            and not ends_sentence(upper) and lower_words <= 10 and not ends_sentence(lower))


# A wire story's dateline opening its text: ``NANJING, March 12 (Xinhua) --``, ``BEIJING, June 3 (Xinhua) —``.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30}, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z ]{2,30}\) *(?:--|—|–)")


def english_line_over_byline(upper: str, lower: str, under: str) -> bool:
    """Whether English ``lower`` is the rest of the headline ``upper`` begins, broken anywhere
    (``New ferry link cuts Zhuhai–Shenzhen`` / ``airport trip to 45 minutes``): it opens with a
    lower-case word, four words or more, and the line ``under`` it is the byline or the dated credits
    (``Source: Xinhua | 2025-06-20 15:12``), or the text's dateline opening a paragraph (``NANJING, March
    12 (Xinhua) -- …``)."""
    byline = under.lower().startswith("by ")
    credits = ((byline or (under[:1].isupper() and find_date(under) is not None))
               and len(under.split()) <= (20 if byline else 12)  # (``By … | Updated: … | Source: …``)
               and not ends_sentence(under))
    return (lower[:1].islower() and len(lower.split()) >= 4 and "\t" not in lower and not lower.lower().startswith("by ")
            and (credits or (_WIRE_DATELINE.match(under) is not None and len(under.split()) >= 20))
            and not is_mostly_cjk(upper) and len(upper.split()) >= 3
            and not ends_sentence(upper) and not ends_sentence(lower))


def title_goes_on(upper: str, lower: str, *, firmly: bool = False) -> bool:
    """Whether ``lower`` finishes the headline ``upper`` begins; a first line with a colon only when
    it ends on the colon or before an object (``市农业农村局：加快推进``: a field's value never ends so).
    ``firmly``: by more than the first line's shape (so even where the two stand in a list of stories)."""
    if not may_join(upper, lower) or is_record_field(upper):
        return False  # (``主题词： 国有土地 出让`` over the headline: a field's value ends on its line)
    if (":" in upper or "：" in upper) and not (wants_object(upper) or upper.endswith(("：", "，"))
                                              or _FOR_WHOM.search(upper)):
        return False
    if ends_sentence(lower) or not is_mostly_cjk(lower):
        return False  # (a sentence, or no Chinese: no end of a Chinese headline)
    return _completes_firmly(upper, lower) or (not firmly and _completes_loosely(upper, lower))


def completes_title(upper: str, lower: str) -> bool:
    """Whether ``lower`` is the end of the headline ``upper`` begins, printed on the next line."""
    if ends_sentence(lower) or not is_mostly_cjk(lower):
        return False
    return _completes_firmly(upper, lower) or _completes_loosely(upper, lower)


# What an office issues or passes on, ending the first line of a document's title (``…关于印发``).
_ISSUES = re.compile(r"(?:印发|转发|批转|公布|下达|颁布)$")
# A first line that stops after whom something is done for (``…为户外劳动者``), what was done on the next.
_FOR_WHOM = re.compile(r"[为给替](?:[\u4e00-\u9fff]{0,6}(?:者|们|群众|居民|企业|百姓|游客|老人|孩子|学生|村民|市民|农户))$")
# A first line that ends on what a leader said, the words said on the next (no colon between).
_SAID_AT_END = re.compile(r"(?:时(?:强调|指出|要求|表示)|强调|指出)$")
# 在… closed on the same line (``在某某比赛中``), and a second line that closes it with what was won.
_AT_CLOSED = re.compile(r"在.*(?:中|上|里|期间|之际)")
_AT_CLOSED_WON = re.compile(r"^[^，。！？：:]{2,30}?(?:中|上|期间)(?:荣获|斩获|喜获|再获|获得|获|夺得|勇夺|摘得|取得|创下)")


def _opened_above(upper: str, lower: str, opening: str, closing: str) -> bool:
    """Whether a pair of marks opened on ``upper`` closes on ``lower`` (the pair broken over the lines)."""
    return upper.count(opening) > upper.count(closing) and lower.count(closing) > lower.count(opening)


def _completes_firmly(upper: str, lower: str) -> bool:
    """``completes_title`` by what the two lines say together (a word that cannot end or open a
    headline, a quotation broken, a meeting, a visit, a prize); ``lower`` is Chinese and no sentence."""
    if _opened_above(upper, lower, "“", "”") or _opened_above(upper, lower, "《", "》"):
        # ``某镇开展“移风易俗树新风`` / ``文明乡风润民心”主题宣传活动``: a quotation broken over the lines;
        # ``一图读懂《某省促进民宿`` / ``产业高质量发展若干措施》``: a document's name
        return True
    if "关于" in upper and _ISSUES.search(upper) and lower.startswith("《"):
        return True  # ``某某厅关于印发`` / ``《某某清单（2024年版）》的通知``: what was issued, named on the next line
    if _ANSWERS.match(lower) and "就" in upper:
        return True  # ``某某负责人就《……》`` / ``答记者问``
    if upper.startswith("《") and upper.endswith("》") and _READING_KIND.match(lower):
        return True  # ``《某省就业困难人员认定管理办法》`` / ``政策解读``
    if (8 <= display_len(upper) and _DOCUMENT_KIND_NOTED.search(lower) and not _DOCUMENT_KIND.search(upper)
            and not lower.startswith("关于") and display_len(lower) <= 40 and closing_kind(upper) is None):
        return True  # ``某某市第三轮中央生态环境保护督察`` / ``反馈问题整改情况公示（第一批）``
    if _FOR_WHOM.search(upper) and display_len(lower) <= 12 and not lower.startswith(("—", "-", "为")):
        return True  # ``某区：“暖心驿站”为户外劳动者`` / ``撑起避风港``: for whom, then what was done
    if _SAID_AT_END.search(upper) and display_len(lower) <= 30:
        return True  # ``市领导调研重点产业链发展时强调`` / ``以链式思维推动…``: what was stressed comes next
    if "在" in upper[1:] and not _AT_CLOSED.search(upper) and _AT_CLOSED_WON.match(lower):
        return True  # ``我校在第十九届“挑战杯”全国大学生`` / ``课外学术科技作品竞赛中获佳绩``: 在…中 broken over the lines
    if _MADE_THE_LIST.search(upper) and _THE_LIST.search(lower) and not _WON.match(lower):
        return True  # ``佛山陶瓷产业集群入选`` / ``国家先进制造业集群培育名单``: the list it made, on the next line
    if _COUNTED.search(upper) and display_len(lower) <= 16:
        return True  # ``某市新增10条`` / ``“周末亲子游”公交专线``: a count, then what was counted (``新增5条“渝快办”`` /
        # ``24小时自助服务专区``: what the counted things are called, then what they are)
    if _YIELDS.search(upper) and lower.startswith("“") and display_len(lower) <= 16:
        return True  # ``戈壁滩上种出`` / ``“数字蔬菜”``: what was grown, made or run, in quotation marks
    if _WHAT_IT_DID.match(lower) and display_len(upper) >= 8 and not _WHAT_IT_DID.search(upper):
        return True  # ``公司首座“光伏+储能”一体化电站`` / ``实现全容量并网``: the subject, then what it did
    if _SHORT_DONE.match(lower) and display_len(upper) >= 8 and not _SHORT_DONE.search(upper[-2:]):
        return True  # ``某某服务设施项目`` / ``全部开工``: what became of the project, on a short line of its own
    if _short_of(upper) and display_len(lower) <= 20:
        return True  # ``老街区里的`` / ``“15分钟便民生活圈”``: a short line that stops on 的, its noun on the next
    if _names_its_subject(upper) and _says_what_it_did(lower):
        return True  # ``北京南城首条“夜间公交环线”`` / ``今晚开通运行``: what it is about, then what it did
    if _ONE_CHARACTER_THEN_COLON.match(lower):
        return True  # ``全国劳动模范邵鑫`` / ``荣：三十年守护皖江航道``: a name broken over the lines
    if _AT_VENUE_DID.match(lower) and not ends_sentence(upper):
        return True  # ``“某某文物精品展”`` / ``在某某博物馆开幕``: where it happened, with no subject of its own
    if (_CANNOT_END.search(upper) or _CANNOT_OPEN.match(lower)) and display_len(lower) <= _TITLE_CELLS:
        return True  # ``…二期项目开工暨`` / ``年产500台…生产线投产``, ``湟鱼洄游季，`` / ``一条鱼与…``
    if (upper.endswith("：") and (6 <= display_len(upper) <= 16 or _short_subject(upper)) and display_len(lower) <= 48
            and not lower.endswith(("：", ":"))
            and (not is_document_head(upper) or (is_addressees(upper) and "，" not in upper and "、" not in upper))):
        # (a single office and its colon over a line that leads into nothing: ``某某林业局：`` /
        # ``从“砍树人”到“看树人”的三十年``, not the addressees over ``现将有关事项通知如下：``)
        return True  # ``一图读懂之外，再答六问：`` / ``…新政解读``: the first part ends on its colon
    if display_len(lower) > 24:
        return False
    if "关于" in upper and not _DOCUMENT_KIND.search(upper) and _DOCUMENT_KIND.search(lower):
        return True
    if _CONVENES.search(upper) and not _GATHERING.search(upper) and _GATHERING.search(lower):
        return True
    if ((upper.startswith("在") or ("在" in upper and not _AT_CLOSED.search(upper))) and "上的" not in upper
            and SPEECH_END.search(lower)):
        return True  # ``市委书记在全市优化营商环境`` / ``大会上的讲话``: the speech's occasion broken over the lines
    if _CONVENES.search(upper) and _GATHERING.search(upper) and _MEETING_DID.match(lower):
        return True  # ``市政府召开第58次常务会议`` / ``研究部署防汛抗旱…等工作``: what the meeting did
    if _MEETING_DID.match(upper) and _MEETING_DID.match(lower):
        return True  # ``传达学习…精神`` / ``研究部署…工作``: the next thing the meeting did
    if display_len(upper) <= 12 and _WON.match(lower) and not _WON.search(upper):
        return True  # ``某某陶琉产业集群`` / ``入选国家级中小企业特色产业集群名单``: who, then what it won
    if _GOES_TO.search(upper) and _VISIT_DID.match(lower) and not _GOES_TO.search(lower):
        return True  # ``…带队赴某某信息港`` / ``调研数字经济产业发展``: where the visit went, and what for
    # ``县长某某到某镇调研文旅融合发展和古堡群`` / ``保护利用工作时强调：守住历史文脉``
    return bool(_SAID_WHEN.match(lower)) and "：" not in upper and ":" not in upper


def _completes_loosely(upper: str, lower: str) -> bool:
    """``completes_title`` by the shape of the first line alone: a place named alone, or a verb
    left without its object (two stories of a list may read so too); ``lower`` as for the firm case."""
    if (display_len(upper) <= 14 and _PLACE_ALONE.search(upper) and not _GOES_SOMEWHERE.match(upper)
            and "：" not in upper and "的" not in upper and not lower.startswith(("—", "-"))):
        # (``雪后的长白山``: a picture's words, whole; a venue's name alone has no 的)
        return True  # ``某某湖公园`` / ``冰雪嘉年华12月25日开园``: a place alone is no headline, what happens there goes on
    return (display_len(upper) <= 24 and wants_object(upper) and "，" not in lower
            and lower[:1] not in "—-（(《“\"")
