"""Line classification: what each input line of a pasted page is, and which rule decided it.

A pasted page reads top to bottom as: site chrome, the title, a header zone (credits, date,
deck, photo captions), the body, then the footer (editor credits, tags, related links,
comments). The page is read in passes, each explainable per line:

1. local rules: the chrome lexicon, breadcrumbs, previous/next links, credit lines (source,
   date, people and nothing else), photo captions, counters; then names printed on their own
   line beside a date, which are bylines;
2. line weights: prose lines count by their length, other lines cost a little, and footer
   phrases (related, comments, editor credits) are barriers the body never crosses;
3. title and body together: every title-shaped line is scored for looking like a headline
   (credit lines right under it, printed twice, long enough), and for the body that follows
   it: the header zone is skipped up to the first prose that reads as a body's start, and the
   body runs as far as its running weight keeps growing. The best sum wins, so a short article
   under its headline beats a longer comment thread elsewhere on the page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from newsconv.readers.text.bylines import is_name, is_platform, parse_credits
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lexicon import Lexicon
from newsconv.readers.text.official import (
    closing_kind,
    is_addressees,
    is_attachment_item,
    is_doc_number,
    is_salutation,
    is_speaker,
)
from newsconv.readers.text.lines import (
    Line,
    Wrap,
    count_matches,
    detect_wrap,
    detect_wrap_among,
    detect_wrap_pairs,
    display_len,
    ends_sentence,
    is_mostly_cjk,
    join_wrapped,
)


class Kind(StrEnum):
    BLANK = "blank"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    RELATED = "related"
    TITLE = "title"
    SUBTITLE = "subtitle"
    META = "meta"
    CAPTION = "caption"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CONTINUATION = "continuation"
    LIST_ITEM = "list item"
    FOOTER = "footer"


# Kinds whose lines end up in the document's body.
BODY_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.CONTINUATION, Kind.LIST_ITEM})


@dataclass(slots=True)
class Decision:
    """What one line became, and the rule that said so."""

    line: Line
    kind: Kind
    rule: str
    part: str | None = None  # a part of an official document kept in the body: "salutation", "issuer", ...


_CJK_PUNCT = re.compile(r"[，。；！？、,;!?]")
# Words of alphabetic scripts (Latin, Cyrillic, Greek, Hangul...); Han and kana count per character.
_WORDS = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(?:['’][A-Za-z]+)?")
_ORIGINAL_TITLE = re.compile(r"^(?:原标题|原題|原文标题)\s*[:：]")
_BREADCRUMB_SHAPE = re.compile(r"^[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}\s*[>›»]?$")
# "Home > News > Latest > <the headline>", "首页>政务公开>通知公告>…": a short first step, two
# separators at least; the last step may be long (the page's own title).
_BREADCRUMB_LONG = re.compile(
    r"^[^>›»＞→]{1,12}?(?:\s*(?:>>|[>›»＞→])\s*[^>›»＞→]{1,24}){1,}\s*(?:>>|[>›»＞→])\s*[^>›»＞→]+$"
)
_ARROW = re.compile(r"[>›»＞→]")
_HOME_STEP = re.compile(r"^\S{1,8}\s*(?:>>|[>›»＞→])\s*[^>›»＞→]{1,30}$")
_HOME_WORD = re.compile(r"^(?:home|首页|主页|网站首页|main|index)\b", re.IGNORECASE)
# "您当前所在位置：", "2024年1月9日 星期二 当前位置：首页 > 新闻": a location label anywhere in a short line.
_LOCATION_LABEL = re.compile(r"(?:所在位置|当前位置|现在位置|您的位置|你的位置|当前的位置|You are here)\s*[:：]?", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"^[(（][^()（）]{2,60}(?:/|Press|Photo|Getty|Reuters|AFP|AP|图|摄)[^()（）]*[)）]$")
_SECTION_NUMBER = re.compile(r"^\d{1,2}$")
_DIGITS = re.compile(r"\d+")
_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节编条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
# "图为市民在公园晨练", "（新华社记者 张三 摄）", "市民在公园晨练。 张三 摄": a picture's caption or credit.
_ZH_CAPTION = re.compile(
    r"^[（(]?(?:图为|图片为|上图|下图|左图|右图|图一|图二|图1|图2)[：:，,\s]?"
    r"|(?:记者|通讯员|特约)?\s*[\u4e00-\u9fff·]{2,4}\s*摄\s*[)）]?$"
    r"|(?:新华社|中新社)(?:记者\s*[\u4e00-\u9fff·]{2,4}\s*)?发\s*[)）]?$"
)
_MEDIA_CAPTION = re.compile(r"^(?:视频|图片|组图|图集|直播)\s*[-－:：|丨]")
_LIST_MARKER = re.compile(r"^(?:(?P<num>\d{1,2})[.)）、．]\s*|[•●▪■◆◇►▶·]\s*|[-–*]\s+)(?=\S)")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_MORE_LINK = re.compile(r"^(?:More|Also|Related|About)\b[^.!?]{0,40}$")
# A caption ends with its credit: "… (AP)", "… Credit: ESA", "… Photo: Jane Doe", "… | Getty Images".
_CREDIT_AT_END = re.compile(
    r"(?:\b(?:Credit|Credits|Photo|Photograph|Image|Picture|Illustration)s?\s*:\s*[^.:]{2,50}"
    r"|\((?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Xinhua|[A-Z][\w.\- ]{1,30}/[\w.\- ]{1,30})\)"
    r"|\|\s*Getty Images|/\s*Getty Images"
    r"|[A-Z][\w.\-’']+(?:\s[A-Z][\w.\-’']+){0,3}\s?/\s?(?:Reuters|REUTERS|AP|AFP|EPA|Xinhua|Bloomberg|Shutterstock"
    r"|The Associated Press|Associated Press|[A-Z][\w.\-]+ Images)(?:\s+file(?:\s+photo)?)?)\s*$"
)
_BULLET = re.compile(r"^[·•●▪■◆◇○►▶»›>→\-–—*]\s*")
# A Latin line ending with a full stop after a word (not "U.S." or "Inc."): a sentence.
_SENTENCE_PERIOD = re.compile(r"[a-z]{2}\.[”’\"']?$")
_STOPWORDS = frozenset(
    "the a an of to in and or is are was were be been for on at by with from that this it as has have had "
    "not but he she they we you his her their its our which who will would said says".split()
)
# A Chinese title wrapped onto two lines: its first line ends with a word that cannot end one.
_OPEN_ENDING = tuple("及和与的对在为之并或以将把被向从关于")

_NON_PROSE_COST = 12
_CHROME_COST = 20
_HEADER_WINDOW = 16  # non-blank lines after a title searched for the body's start
_HEADER_SCAN = 200  # lines after a title looked at, at most, for the body's start
_LEAD_IN = 120  # a body lighter than this before a footer barrier may be only a lead-in
_BOX_LINES = 8  # lines a box inside an article may take (a newsletter prompt, related links)
_CANDIDATES = 400  # headline candidates measured at most (all of them on any real page)
_PAST_FOOTER = 2.5  # how much a headline candidate loses for standing past the lead article's footer
_TOPIC_WEIGHT = 4.5  # the most a headline gains for naming what the body under it is about
_OPENING_CHARS = 1500  # the body's opening that a headline is compared with


@lru_cache(maxsize=1 << 17)
def words(text: str) -> int:
    return count_matches(_WORDS, text)


@lru_cache(maxsize=1 << 17)
def is_prose(text: str) -> bool:
    """A line that reads as running text: long enough and punctuated (or worded) like sentences."""
    if is_mostly_cjk(text):
        size = display_len(text)
        if size < 16:
            return False
        marks = count_matches(_CJK_PUNCT, text)
        return ends_sentence(text) or (marks >= 2 and size >= 26) or (marks >= 1 and size >= 48)
    n = words(text)
    if n >= 16:
        return True
    return n >= 7 and (ends_sentence(text) or text.rstrip()[-1:] in "\"”’)")


@lru_cache(maxsize=1 << 17)
def is_title_shaped(text: str) -> bool:
    if is_mostly_cjk(text):
        if not 5 <= display_len(text) <= 64:
            return False
    elif not 2 <= words(text) <= 30 or len(text) > 220:
        return False
    if text[-1] in "，、；：。,;:" or _ORIGINAL_TITLE.match(text) or _BULLET.match(text) or _NUMBERED.match(text):
        return False  # "第一章 总则", "一、总体要求": section headings, not the headline
    if _BARE_URL.match(text) or "@" in text:
        return False  # an address or an account line with an e-mail address
    if text.count(":") + text.count("：") >= 3:
        return False  # "View Rate : 106  News Code : …  Print Date : …": a row of labelled fields
    if "。" in text[:-1] or (words(text) >= 16 and re.search(r"[a-z]{2}\. [A-Z]", text)):
        return False  # two sentences: a summary or a promotion, not a headline
    return text.count("|") < 2  # "20190926|国贸|增长率" is a row of tags


_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 15)
def topic_terms(text: str) -> frozenset[str]:
    """What a line is about: Han character pairs for Chinese, content words (three letters or more,
    no function words, a plural -s dropped) for other scripts."""
    if is_mostly_cjk(text):
        pairs: set[str] = set()
        for run in _HAN_RUN.findall(text):
            pairs.update(map(str.__add__, run, run[1:]))
        return frozenset(pairs)
    terms = set()
    for word in _WORD_TOKEN.findall(text.lower()):
        if (len(word) >= 3 or not word.isascii()) and word not in _STOPWORDS and not word.isdigit():
            terms.add(word[:-1] if word.endswith("s") and len(word) > 3 else word)
    return frozenset(terms)


def _topic_evidence(title: str, body: frozenset[str]) -> float:
    """A headline names what its article is about: the share of its terms that the article's
    opening repeats, damped for lines of few terms (a menu item's one word proves nothing)."""
    terms = topic_terms(title)
    if not terms:
        return 0.0
    found = len(terms & body)
    return _TOPIC_WEIGHT * found / (len(terms) + 2)


def _length_evidence(text: str) -> float:
    """Headlines are rarely as short as section names ("Business", "新闻中心", "Pants On Fire")."""
    size = display_len(text) if is_mostly_cjk(text) else words(text)
    steps = ((12, 2.0), (8, 0.5), (6, -0.5)) if is_mostly_cjk(text) else ((6, 2.0), (4, 0.5), (3, -0.5))
    return next((value for least, value in steps if size >= least), -2.0)


def _is_counter(text: str) -> bool:
    """``1032人参与308评论``, ``阅读 539``, ``2819``: short lines that are mostly numbers."""
    if len(text) > 28 or display_len(text) > 14:
        return False
    digits = sum(map(str.isdigit, text))
    return digits >= max(1, len(text) // 3) and not ends_sentence(text)


def _weight(text: str, prose: bool) -> int:
    if prose:
        if is_mostly_cjk(text):
            return display_len(text)
        n = words(text)
        stop = sum(1 for w in _WORDS.findall(text.lower()) if w in _STOPWORDS)
        return n * 3 if stop >= n // 8 else n  # running English has function words; lists of names do not
    return -_NON_PROSE_COST


_DATE_NOISE = re.compile(
    r"(?i)\b(?:updated|published|posted|last updated|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst|cet|cest|ist|jst|\d+\s*min(?:ute)?s?\s*read|read)\b"
    r"|[0-2]?\d[:：][0-5]\d(?:[:：][0-5]\d)?|星期[一二三四五六日天]|周[一二三四五六日]|[|•·—–\-,，()（）\[\]【】/]"
    r"|\d+\s*(?:人参与|人评论|条评论|评论|阅读|次阅读|浏览)|我有话说|收藏本文|收藏|分享到?|字号[:：]?\s*[A大中小+\-\s]*"
    r"|最后更新[:：]?|阅读数|\d+"
)


_LABEL_PAIR = re.compile(r"\b(?:Topic|Topics|Tags?|Categor(?:y|ia|ies)|Section|Filed under|Seção|Secção)\s*:\s*[^|]*",
                         re.IGNORECASE)


def _residue(text: str) -> str:
    """What is left of a date line once times, weekdays, zones, "Updated" and "Tags: …" are taken out."""
    return " ".join(_DATE_NOISE.sub(" ", _LABEL_PAIR.sub(" ", text)).split())


_RELATIVE_TIME = re.compile(
    r"^(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|(?:yesterday|today)\b|\d+\s*(?:秒|分钟|小时|天)前|昨天|今天|前天)[\s\d:：at]*(?:[ap]\.?m\.?)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 17)
def is_credit_line(text: str) -> bool:
    """A short line that only names a source, a date or people (``来源：新华网 2024-05-06``)."""
    if display_len(text) > 70:
        return False
    if _RELATIVE_TIME.match(text):
        return True  # "2 days ago at 07:52 am", "3小时前": a time stamp
    credits = parse_credits(text)
    if credits is None:
        return False
    rest = _residue(credits.unlabelled)
    if not rest:
        return True
    date = credits.date
    if date is None or (date.year is None and date.time is None):
        return False
    # what is left beside a date must be short and not a sentence (a source name, "Reuters")
    return display_len(rest) <= 12 and not is_prose(rest)


def _is_name_line(text: str, *, account: bool = False) -> bool:
    """A person's name alone on a line (``Dallas Robinson``, ``段彦超``); with ``account``, also a
    self-media account name (``加拿大必读``, ``IT之家``)."""
    if is_name(text):
        return True
    if not account or display_len(text) > 10 or any(c.isdigit() for c in text):
        return False
    return bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z_·]{2,10}", text)) and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 2


ACCOUNT_RULE = "a self-media account beside its platform's name: the author when no person is named"

# ---------------------------------------------------------------------------- pass 1


# What a browser copies of images and forms: an image's alt text when it is only its file name or
# a code name (``sierrapinsky.jpg``, ``qq_logo``), a search box's placeholder, a button whose label
# is printed twice in a row (``SubmitSubmit``: the label and its hidden copy).
_FILE_NAME = re.compile(r"^[\w\-.()]{1,80}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|ico)$", re.IGNORECASE)
_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$")
_PLACEHOLDER = re.compile(
    r"^(?:search|enter|type)\b(?:\s+(?:your|a|an|the|here|keywords?|terms?|site|this|for|e-?mail|address|name|"
    r"zip|code|city|state|text|query|words?|something|news|[\w-]+\.(?:com|org|net|gov|edu|co\.uk)))*\s*(?:…|\.\.\.)?$",
    re.IGNORECASE,
)
_NAV_LINK = re.compile(r"^(?:go to|back to|return to|click here|click on|click her|click to|visit our|see all)\b",
                       re.IGNORECASE)
_PLACEHOLDER_ZH = re.compile(r"^(?:请输入|请填写|输入)[^，。；！？]{0,12}$")


def _doubled(text: str) -> str | None:
    """``Most ReadMost Read`` -> ``Most Read``: a label printed twice with nothing between."""
    half = len(text) // 2
    if len(text) >= 4 and len(text) % 2 == 0 and text[0] == text[half] and text[:half] == text[half:]:
        return text[:half]
    return None


def _form_or_image(text: str) -> str | None:
    if len(text) > 80:
        return None
    if _NAV_LINK.match(text) and words(text) <= 8 and not ends_sentence(text):
        return "a navigation link (Go to …, Click here …)"
    if _FILE_NAME.match(text) or _IDENTIFIER.match(text):
        return "an image's file name or code name (its alt text)"
    if _PLACEHOLDER.match(text) or _PLACEHOLDER_ZH.match(text):
        return "a search box or input placeholder"
    label = _doubled(text)
    if label is not None and (words(label) <= 5 if not is_mostly_cjk(label) else display_len(label) <= 10):
        return "a label printed twice in a row (a button or tab and its hidden copy)"
    return None


def _without_tool_cells(line: Line, lexicon: Lexicon) -> Line:
    """A table row as a browser copies it, with the cells that are only buttons taken out:
    ``Hester Runs Bears to Win<TAB>Save Email Print`` -> ``Hester Runs Bears to Win``."""
    if "\t" not in line.text:
        return line
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    kept = [c for c in cells if not (lexicon.tool_words(c) or lexicon.chrome(c))]
    if len(kept) == len(cells) or not kept:
        return line
    return Line(line.no, line.raw, "\t".join(kept), line.indent)


def _local(line: Line, lexicon: Lexicon) -> Decision | None:
    text = line.text
    if line.blank:
        return Decision(line, Kind.BLANK, "blank line")
    if rule := _form_or_image(text):
        return Decision(line, Kind.CHROME, rule)
    if phrase := lexicon.breadcrumb(text):
        return Decision(line, Kind.BREADCRUMB, f"breadcrumb.prefix {phrase!r}")
    if related := lexicon.related(text):
        return Decision(line, Kind.RELATED, f"related.{related[0]} {related[1]!r}")
    if rule := lexicon.chrome(text):
        return Decision(line, Kind.CHROME, rule)
    if lexicon.tool_words(text):
        return Decision(line, Kind.CHROME, "a row of tool and button words (chrome.words)")
    if _ORIGINAL_TITLE.match(text):
        return Decision(line, Kind.META, "original title (原标题)")
    if display_len(text) <= 60 and _ZH_CAPTION.search(text) and not ends_sentence(text.rstrip("）)")):
        return Decision(line, Kind.CAPTION, "a photo caption or its credit (图为…, …摄)")
    if is_credit_line(text):
        return Decision(line, Kind.META, "credit line: source, date or people, nothing else")
    if display_len(text) <= 40:
        if rule := lexicon.caption(text):
            return Decision(line, Kind.CAPTION, f"short line with a photo credit ({rule})")
        if _PHOTO_CREDIT.match(text):
            return Decision(line, Kind.CAPTION, "a photo credit in parentheses")
        if _BREADCRUMB_SHAPE.match(text):
            return Decision(line, Kind.BREADCRUMB, "section names joined by '>'")
    if _ARROW.search(text) and display_len(text) <= 100 and not ends_sentence(text):
        if _LOCATION_LABEL.search(text) and re.search(r"[>›»＞→]", text):
            return Decision(line, Kind.BREADCRUMB, "a location label and section names joined by '>'")
        if _HOME_WORD.match(text) and (_BREADCRUMB_LONG.match(text) or _HOME_STEP.match(text)):
            return Decision(line, Kind.BREADCRUMB, "from the home page down, steps joined by '>'")
    if _MEDIA_CAPTION.match(text):
        return Decision(line, Kind.CAPTION, "a video or picture caption (视频-, 图片：)")
    if _CREDIT_AT_END.search(text) and not is_mostly_cjk(text):
        return Decision(line, Kind.CAPTION, "a caption: the line ends with its photo credit")
    if _is_counter(text):
        return Decision(line, Kind.CHROME, "counter: a short line of numbers")
    if _AUTHOR_BIO.match(text) and display_len(text) <= 40:
        return Decision(line, Kind.META, "the author's name and position")
    if _STAFF.search(text) and words(text) <= 6:
        return Decision(line, Kind.META, "a staff credit")
    if _ADOPTED.match(text):
        return Decision(line, Kind.META, "the date a document was adopted or issued")
    if display_len(text) <= 24 and _NAV_WORD.search(text) and not ends_sentence(text):
        return Decision(line, Kind.CHROME, "navigation: a short line with 首页/登录/注册")
    if _FOLLOW.match(text) or _FOLLOW_ZH.match(text):
        return Decision(line, Kind.CHROME, "a follow-us prompt")
    return None


_POSITIONS = ("院长", "副院长", "教授", "副教授", "研究员", "主任", "所长", "总裁", "董事长", "总经理", "主编", "总编辑",
              "专栏作家", "评论员", "分析师", "经济学家", "特约撰稿人", "执行院长", "秘书长", "理事长")
_AUTHOR_BIO = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}\s*\S{{0,24}}(?:{'|'.join(_POSITIONS)})$")
_STAFF = re.compile(r"\b(?:Editorial Staff|Staff Writers?|Staff Reporters?|Staff)$")
_ADOPTED = re.compile(r"^[（(].{0,40}(?:通过|发布|公布|印发|施行)[)）]$")
_NAV_WORD = re.compile(r"首页|登录|注册|退出|网站导航|手机版")
_FOLLOW_ZH = re.compile(r"^(?:关注|订阅)\S{2,10}$")
_FOLLOW = re.compile(r"^(?:Follow|Like)\s.{1,40}\s(?:on|via)\s(?:Twitter|Facebook|Instagram|YouTube|LinkedIn)\b",
                     re.IGNORECASE)


# ---------------------------------------------------------------------------- the page


@dataclass(frozen=True, slots=True)
class Choice:
    """A title (or none), the body's first and last line, and what made the choice."""

    title: int | None
    start: int
    end: int
    score: float
    boxes: tuple[tuple[int, int], ...] = ()


class Page:
    """The lines of one page and what the passes decided about them."""

    def __init__(self, lines: list[Line], lexicon: Lexicon) -> None:
        self.lines = lines
        self.lexicon = lexicon
        self._openings: dict[int, tuple[list[int], frozenset[str]]] = {}
        lines = self.lines = [_without_tool_cells(line, lexicon) for line in lines]
        self.known: list[Decision | None] = [_local(line, lexicon) for line in lines]
        self.repeats = Counter(line.text for line in lines if not line.blank)
        self._repeated_labels()
        self._names_after_by()
        self._comment_heads()
        self.prose = self._prose_flags()
        self.listed = self._list_runs()
        self.weights = [self._weight_of(i) for i in range(len(lines))]
        self.stops = [self._is_stop(i) for i in range(len(lines))]
        # pages that leave a blank line after each paragraph mark the body that way
        long_lines = [i for i in range(len(lines)) if self.prose[i]]
        blank_after = sum(1 for i in long_lines if i + 1 < len(lines) and lines[i + 1].blank)
        self.blank_separated = bool(long_lines) and blank_after >= 0.6 * len(long_lines)
        self._index()

    def _repeated_labels(self) -> None:
        """A short line printed three times or more is a button or a label, not article text; so is
        one printed three times with only its numbers changed (``Rating: 36 Votes``)."""
        numbered = [line.text for line in self.lines
                    if line.text and len(line.text) <= 60 and _DIGITS.search(line.text) and display_len(line.text) <= 30]
        shapes = Counter(_DIGITS.sub("#", text) for text in numbered)
        variants = Counter(_DIGITS.sub("#", text) for text in set(numbered))
        for i, line in enumerate(self.lines):
            text = line.text
            if self.known[i] is not None or not text or is_prose(text):
                continue
            short = words(text) <= 4 if not is_mostly_cjk(text) else display_len(text) <= 8
            if self.repeats[text] >= 3 and short and not ends_sentence(text):
                self.known[i] = Decision(line, Kind.CHROME, f"short line printed {self.repeats[text]} times on the page")
            elif (len(text) <= 60 and _DIGITS.search(text) and display_len(text) <= 30
                  and shapes[_DIGITS.sub("#", text)] >= 3 and variants[_DIGITS.sub("#", text)] >= 2):
                self.known[i] = Decision(line, Kind.CHROME, "a label printed three times or more, numbers aside")

    def _comment_heads(self) -> None:
        """A short line right above a time stamp ("Nick A" / "2 days ago") heads a reader's comment."""
        for i, line in enumerate(self.lines):
            if self.known[i] is not None or not line.text or is_prose(line.text):
                continue
            j = i + 1
            while j < len(self.lines) and self.lines[j].blank:
                j += 1
            if j < len(self.lines) and _RELATIVE_TIME.match(self.lines[j].text) and display_len(line.text) <= 16:
                self.known[i] = Decision(line, Kind.CHROME, "a commenter's name over a time stamp")

    def _names_after_by(self) -> None:
        """``By`` alone on a line, the name on the next: both are the byline."""
        for i, line in enumerate(self.lines):
            if line.text.lower().rstrip(":：") not in ("by", "por", "di", "von", "par"):
                continue
            j = i + 1
            while j < len(self.lines) and self.lines[j].blank:
                j += 1
            if j < len(self.lines) and self.known[j] is None and _is_name_line(self.lines[j].text):
                self.known[i] = Decision(line, Kind.CHROME, "'By' alone: the name follows")
                self.known[j] = Decision(self.lines[j], Kind.META, "name after 'By': a byline")

    def header_bylines(self, title: int, start: int) -> None:
        """Around the title, a name alone on a line beside a dated credit line is a byline, and so
        is a name after a line that says only "By". A self-media account name counts only between
        the title and the date (``标题`` / ``加拿大必读`` / ``发布时间：…``)."""
        zone = self.nonblank(title - 1, title - 5, -1)[::-1] + self.nonblank(title + 1, start)
        self._platform_accounts(zone)
        for n, i in enumerate(zone):
            if self.known[i] is not None:
                continue
            text = self.lines[i].text
            person = _is_name_line(text)
            account = i > title and _is_name_line(text, account=True)
            if not (person or account):
                continue
            after = zone[n + 1 : n + 3]
            dated_after = any(self._dated_meta(j) for j in after)
            dated = dated_after or any(self._dated_meta(j) for j in zone[max(0, n - 2) : n])
            after_by = n > 0 and self.lines[zone[n - 1]].text.lower().rstrip(":：") in ("by", "作者", "文", "por")
            if (person and (dated or after_by)) or (account and dated_after):
                self.known[i] = Decision(self.lines[i], Kind.META, "name on its own line beside the date: a byline")

    def _platform_accounts(self, zone: list[int]) -> None:
        """``百家号`` / ``加拿大必读``: a self-media platform's name, and the account printed beside it."""
        for n, i in enumerate(zone):
            if not is_platform(self.lines[i].text):
                continue
            self.known[i] = Decision(self.lines[i], Kind.CHROME, "a self-media platform's name")
            for j in zone[n + 1 : n + 2] + zone[max(0, n - 1) : n]:
                if self.known[j] is None and _is_name_line(self.lines[j].text, account=True):
                    self.known[j] = Decision(self.lines[j], Kind.META, ACCOUNT_RULE)
                    break

    def _dated_meta(self, j: int) -> bool:
        decided = self.known[j]
        return decided is not None and decided.kind is Kind.META and find_date(self.lines[j].text) is not None

    def _prose_flags(self) -> list[bool]:
        """Which lines read as running text, judging a hard-wrapped paragraph as a whole.

        A page wrapped at a fixed width (many lines of the same greatest length) breaks
        sentences across lines; each line then belongs to the paragraph its first line starts.
        """
        texts = [line.text for line in self.lines]
        flags = [is_prose(t) for t in texts]
        self.continues: set[int] = set()  # lines whose paragraph goes on in the next line
        raws = [line.raw for line in self.lines]
        undecided = [d is None for d in self.known]
        wrap = self.wrap = (detect_wrap(raws) or detect_wrap_among(raws, undecided)
                            or detect_wrap_pairs(raws, undecided))
        if wrap is None:
            return flags
        i = 0
        while i < len(texts):
            j = i
            while j + 1 < len(texts) and wrap.fills(self.lines[j].raw) and texts[j + 1] and not (
                self.lines[j + 1].indent >= 2 and self.lines[i].indent >= 2
            ) and self.known[j + 1] is None:
                j += 1
            if j > i:
                self.continues.update(range(i, j))
                joined = is_prose("".join(texts[i : j + 1]))
                for k in range(i, j + 1):
                    flags[k] = flags[k] or joined
            i = j + 1
        return flags

    def _list_runs(self) -> dict[int, str]:
        """Lines that belong to a list: three or more lines in a row opening with a bullet or with
        consecutive numbers (``1)`` ``2)`` ``3)``), or the lines glued under a line that ends with a
        colon (``Tour dates:``). Maps line -> "marker" or "colon"."""
        listed: dict[int, str] = {}
        n = len(self.lines)
        i = 0
        while i < n:
            run = self._marker_run(i)
            if len(run) >= 3:
                listed.update((j, "marker") for j in run)
                i = run[-1] + 1
                continue
            same = self._same_start_run(i)
            if len(same) >= 4:
                listed.update((j, "colon") for j in same)
                i = same[-1] + 1
                continue
            text = self.lines[i].text
            if text.endswith((":", "：")) and self.known[i] is None and i + 1 < n and not self.lines[i + 1].blank:
                j = i + 1
                while j < n and not self.lines[j].blank and self.known[j] is None and not self.prose[j]:
                    j += 1
                if j - i - 1 >= 3:
                    listed.update((k, "colon") for k in range(i + 1, j))
                    i = j
                    continue
            i += 1
        return listed

    def _same_start_run(self, i: int) -> list[int]:
        """Lines in a row (no blank between) that open with the same word, numbers aside:
        ``1a etapa: …`` / ``2a etapa: …``, ``June 9 -- …`` / ``June 10 -- …``: rows of a list."""
        def opening(k: int) -> str:
            first = self.lines[k].text.split(" ", 1)[0]
            return _DIGITS.sub("#", first)

        if self.lines[i].blank or self.known[i] is not None or self.prose[i] or len(opening(i)) < 2:
            return []
        run = [i]
        j = i + 1
        while (j < len(self.lines) and not self.lines[j].blank and self.known[j] is None
               and not self.prose[j] and opening(j) == opening(i)):
            run.append(j)
            j += 1
        return run

    def _marker_run(self, i: int) -> list[int]:
        """Line numbers of list items starting at line ``i`` (blank lines may separate them)."""
        run: list[int] = []
        expected: int | None = None
        j = i
        while j < len(self.lines):
            if self.lines[j].blank:
                j += 1
                continue
            m = _LIST_MARKER.match(self.lines[j].text)
            if not m or self.known[j] is not None:
                break
            number = int(m["num"]) if m["num"] else None
            if run and (number is None) != (expected is None):
                break
            if number is not None:
                if expected is not None and number != expected:
                    break
                expected = number + 1
            run.append(j)
            j += 1
        return run

    def _weight_of(self, i: int) -> int:
        decided = self.known[i]
        if decided is None:
            if i in self.listed:
                return max(4, words(self.lines[i].text)) if not self.prose[i] else _weight(self.lines[i].text, True)
            if _BARE_URL.match(self.lines[i].text):
                return -4
            return _weight(self.lines[i].text, self.prose[i])
        if decided.kind is Kind.BLANK:
            return 0
        return -_NON_PROSE_COST if decided.kind in (Kind.META, Kind.CAPTION) else -_CHROME_COST

    def _is_stop(self, i: int) -> str | None:
        text = self.lines[i].text
        if not text:
            return None
        if self.known[i] is None and not self.prose[i] and words(text) <= 6 and _MORE_LINK.match(text):
            return "a 'More …' link heading a list of other stories"
        return self.lexicon.footer(text, display_len(text), cjk=is_mostly_cjk(text))

    def kind(self, i: int) -> Kind | None:
        decided = self.known[i]
        return decided.kind if decided else None

    def _index(self) -> None:
        """Arrays that keep every later question O(1): next non-blank line, running weight, and
        for each line the best place to end a body that starts there (before the next barrier)."""
        n = len(self.lines)
        self.next_nb = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            self.next_nb[i] = i if not self.lines[i].blank else self.next_nb[i + 1]
        self.running = [0] * (n + 1)  # running[i] = weight of lines [0, i)
        for i, w in enumerate(self.weights):
            self.running[i + 1] = self.running[i] + w
        self.best_end = list(range(n))
        for i in range(n - 2, -1, -1):
            j = self.best_end[i + 1]
            if not self.stops[i + 1] and self.running[j + 1] > self.running[i + 1]:
                self.best_end[i] = j

    def nonblank(self, start: int, stop: int, step: int = 1) -> list[int]:
        """Non-blank line numbers from ``start`` towards ``stop`` (exclusive); keep spans short."""
        if step > 0:
            out, i = [], self.next_nb[max(start, 0)] if start < len(self.lines) else len(self.lines)
            while i < min(stop, len(self.lines)):
                out.append(i)
                i = self.next_nb[i + 1]
            return out
        return [i for i in range(min(start, len(self.lines) - 1), max(stop, -1), -1) if not self.lines[i].blank]

    def following(self, i: int, count: int) -> list[int]:
        """The next ``count`` non-blank lines after line ``i``."""
        out, j = [], self.next_nb[i + 1] if i + 1 <= len(self.lines) else len(self.lines)
        while j < len(self.lines) and len(out) < count:
            out.append(j)
            j = self.next_nb[j + 1]
        return out

    # -- the title's own evidence

    def unit_last(self, i: int) -> int:
        """The last line of the hard-wrapped unit that line ``i`` starts (``i`` itself when none)."""
        j = i
        while j in self.continues:
            j += 1
        return j

    def title_text(self, i: int) -> str:
        """Line ``i``'s text, or the joined text of the hard-wrapped unit it starts."""
        joined = ""
        for j in range(i, self.unit_last(i) + 1):
            joined = join_wrapped(joined, self.lines[j].text)
        return joined

    def title_evidence(self, i: int) -> list[tuple[str, float]] | None:
        """What speaks for and against line ``i`` (with the lines a hard wrap carried it onto)
        being the headline, or None when it cannot be."""
        if self.known[i] is not None or self.stops[i] or (i - 1) in self.continues:
            return None
        if i not in self.continues and not is_title_shaped(self.lines[i].text):
            return None  # the common case, decided without joining anything
        if self.unit_last(i) - i >= 2:
            return None  # three wrapped lines or more: a paragraph
        text = self.title_text(i)
        if not is_title_shaped(text):
            return None
        evidence: list[tuple[str, float]] = []
        if credits := self._credits_under(i):
            evidence.append(("credits under it", credits))
        if self.repeats[text] == 2:
            # printed twice: as the page heading and again (share text, <h1>); three times is a label
            evidence.append(("printed twice", 2.0))
        if self.prose[i]:
            evidence.append(("reads as prose", -1.5))
        evidence.append(("length", _length_evidence(text)))
        tokens = text.split()
        if is_mostly_cjk(text) and len(tokens) >= 3 and all(display_len(t) <= 4 for t in tokens):
            evidence.append(("a row of menu items", -4.0))  # 首页 新闻 体育
        if not is_mostly_cjk(text) and _SENTENCE_PERIOD.search(text):
            evidence.append(("ends with a full stop: a sentence (deck, caption)", -2.5))
        if self._under_headline(i):
            evidence.append(("right under a headline-like line: a deck", -2.0))
        return [(reason, value) for reason, value in evidence if value]

    def title_score(self, i: int) -> float | None:
        evidence = self.title_evidence(i)
        return None if evidence is None else sum(value for _, value in evidence)

    def headline_rule(self, title: int, choice: Choice) -> str:
        """What made line ``title`` the headline, for ``--explain``: its evidence, the names it
        shares with the body's opening, and the body under it."""
        evidence = list(self.title_evidence(title) or [])
        topic = _topic_evidence(self.title_text(title), self.opening_terms(choice.start, choice.end))
        if topic:
            evidence.append(("names what the body is about", topic))
        reasons = ", ".join(f"{reason} {value:+.1f}" for reason, value in evidence)
        return f"headline: {reasons or 'title-shaped'}; body under it: lines {choice.start + 1}-{choice.end + 1}"

    def _credits_under(self, i: int) -> float:
        """Credits right under a line mark it as the title; less so with other lines between."""
        text = self.lines[i].text
        between = 0.0  # what stands between the line and the credits under it
        for j in self.following(self.unit_last(i), 8):
            kind = self.kind(j)
            if kind is Kind.META:
                return max(4 - between, 0)
            if kind is not None:
                continue  # share buttons, photo credits
            other = self.lines[j].text
            if other == text:
                continue
            if self.prose[j]:
                between += 1.0  # a deck may stand between the title and the byline
            elif is_title_shaped(other):
                between += 1.0  # another title-like line stands closer to the credits
            else:
                between += 0.5
            if between >= 3:
                break
        return 0.0

    def _under_headline(self, i: int) -> bool:
        """Whether a longer headline-like line stands just above line ``i`` with nothing but page
        furniture between: then ``i`` is the deck under that headline (a kicker above is shorter)."""
        for j in self.nonblank(i - 1, i - 4, -1)[:3]:
            decided = self.known[j]
            if decided is not None:
                if decided.kind in (Kind.META, Kind.BREADCRUMB) or self.stops[j]:
                    return False
                continue
            above = self.lines[j].text
            if self.prose[j] or not is_title_shaped(above) or above == self.lines[i].text:
                return False
            size = display_len(above) >= 8 if is_mostly_cjk(above) else words(above) >= 4
            return size and not _SENTENCE_PERIOD.search(above) and not self._in_link_run(j)
        return False

    def _in_link_run(self, j: int) -> bool:
        """Whether line ``j`` follows another short headline-like line: one of a list of links."""
        for k in self.nonblank(j - 1, j - 2, -1):
            return self.known[k] is None and not self.prose[k] and is_title_shaped(self.lines[k].text)
        return False

    # -- the body that follows a title

    def _starts_body(self, i: int) -> bool:
        """A prose line (or a list) that opens the body: not a headline or deck over a byline, not
        a caption."""
        if self.known[i] is not None or not (self.prose[i] or i in self.listed):
            return False
        ahead = self.following(i, 2)
        if not ahead:
            return True
        following = self.known[ahead[0]]
        glued_to_next = ahead[0] == i + 1
        if following is not None and not self.stops[ahead[0]] and (
            following.kind is Kind.META
            or (following.kind is Kind.CAPTION and glued_to_next and not is_mostly_cjk(self.lines[i].text))
        ):
            return False  # a deck over a byline, or a caption over its photo credit
        if any(self._dated_meta(j) for j in ahead) or self._byline_below(i):
            return False  # a headline or deck with its byline or date under it
        glued = i + 1 < len(self.lines) and not self.lines[i + 1].blank and i not in self.listed
        if self.blank_separated and glued and (following is not None or not self.prose[ahead[0]]):
            return False  # the page separates paragraphs by blank lines; this one is glued to chrome
        return True

    def _byline_below(self, i: int) -> bool:
        """A credit line within the next three lines, with no prose between."""
        for j in self.following(i, 3):
            if self.kind(j) is Kind.META and not self.stops[j]:
                return True
            if self.known[j] is None and self.prose[j]:
                return False
        return False

    def _followed_by_prose(self, i: int) -> bool:
        ahead = self.following(i, 1)
        return bool(ahead) and self.known[ahead[0]] is None and self.prose[ahead[0]]

    def body_start(self, after: int) -> int | None:
        """The first line after ``after`` that opens a body, skipping the header zone."""
        undecided = scanned = 0
        boxed = False  # past a "Most popular" box: its lines look like prose too
        i = self.next_nb[after + 1] if after + 1 <= len(self.lines) else len(self.lines)
        while i < len(self.lines) and scanned < _HEADER_SCAN:
            scanned += 1
            if self.stops[i]:
                boxed = True
            elif self._starts_body(i) and (not boxed or self._followed_by_prose(i)):
                return i
            elif self.known[i] is None and _NUMBERED.match(self.lines[i].text) and self._followed_by_prose(i):
                return i  # the body opens with a numbered section heading (第一章 总则, 一、总体要求)
            elif self.known[i] is None:
                undecided += 1  # chrome and credits do not count: share rows can be long
                if undecided > _HEADER_WINDOW:
                    return None
            i = self.next_nb[i + 1]
        return None

    def body_from(self, start: int) -> tuple[int, int, int, tuple[tuple[int, int], ...]]:
        """(start, last line, weight, boxes) of the body that starts at ``start``.

        The body ends where its running weight is greatest, never past a footer barrier. A barrier
        met before the body has weight (a "相关新闻" box under the lead-in) is stepped over: the
        body starts again after it. A barrier in mid-article (a newsletter or related box) is
        crossed when at least two paragraphs of prose follow the box; the box itself (``boxes``)
        is left out.
        """
        end = self.best_end[start]
        weight = self.running[end + 1] - self.running[start]
        barrier = self._next_stop(end + 1)
        if weight < _LEAD_IN and barrier is not None:
            again = self.body_start(barrier)
            if again is not None:
                later = self.best_end[again]
                later_weight = self.running[later + 1] - self.running[again]
                if later_weight > 2 * weight:
                    start, end, weight = again, later, later_weight
                    barrier = self._next_stop(end + 1)
        boxes: list[tuple[int, int]] = []
        while barrier is not None and (resume := self._after_box(barrier)) is not None:
            later = self.best_end[resume]
            later_weight = self.running[later + 1] - self.running[resume]
            box_size = len(self.nonblank(end + 1, resume))
            needed = 60 if box_size <= 2 else max(200, weight // 2)
            if later_weight < needed:
                break  # what follows the box is too slight to be more of the article
            boxes.append((end + 1, resume - 1))
            end, weight = later, weight + later_weight
            barrier = self._next_stop(end + 1)
        return start, end, weight, tuple(boxes)

    def _next_stop(self, i: int) -> int | None:
        """The barrier right after a body's end, if the body ended at one."""
        j = self.next_nb[i] if i <= len(self.lines) else len(self.lines)
        for _ in range(3):
            if j >= len(self.lines):
                return None
            if self.stops[j]:
                return j
            j = self.next_nb[j + 1]
        return None

    def _after_box(self, barrier: int) -> int | None:
        """Where the article resumes after a short box that opens at ``barrier``: the first of two
        prose paragraphs in a row within a few lines, or None."""
        for i in self.following(barrier, _BOX_LINES):
            if self.known[i] is None and self.prose[i] and not self.stops[i]:
                nxt = self.following(i, 1)
                if nxt and self.known[nxt[0]] is None and self.prose[nxt[0]] and not self.stops[nxt[0]]:
                    return i
        return None

    def opening_terms(self, start: int, end: int) -> frozenset[str]:
        """The topic terms of a body's first prose (about 1,500 characters)."""
        if start not in self._openings:  # many headline candidates share a body
            lines: list[int] = []
            size = 0
            i = start
            while i < len(self.lines) and size < _OPENING_CHARS and not self.stops[i]:
                if self.known[i] is None and self.prose[i]:
                    lines.append(i)
                    size += len(self.lines[i].text)
                i = self.next_nb[i + 1]
            self._openings[start] = (lines, frozenset().union(*(topic_terms(self.lines[k].text) for k in lines)))
        lines, terms = self._openings[start]
        if not lines or lines[-1] <= end:
            return terms
        return frozenset().union(*(topic_terms(self.lines[k].text) for k in lines if k <= end))

    # -- the parts of an official document around its text

    def document_head(self, title: int | None, start: int) -> int:
        """Where the body starts once a salutation, the addressees (主送) or a speech's speaker line
        just above it are taken in (a date line between them stays metadata)."""
        first = self.unit_last(title) + 1 if title is not None else 0
        head = start
        for i in self.nonblank(start - 1, first - 1, -1):
            decided = self.known[i]
            text = self.lines[i].text
            if (decided is None or is_doc_number(text)) and (part := _head_part(text)):  # not a counter
                self.known[i] = Decision(self.lines[i], Kind.PARAGRAPH, f"{_PART_NAMES[part]}: part of the document",
                                         part)
                head = i
            elif not (decided is not None and decided.kind is Kind.META and head < start):
                break
        return head

    def document_tail(self, start: int, end: int) -> int:
        """Where the body ends once a document's closing parts under it are taken in: attachments
        (附件), the issuer (署名), the date it was written (成文日期), a note (（此件公开发布）)."""
        found: list[tuple[int, str]] = []
        for i in self.following(end, 12):
            text = self.lines[i].text
            part = closing_kind(text)
            if part is None and found and found[-1][1].startswith("attachment") and is_attachment_item(text):
                part = "attachment item"
            if part is None:
                break
            found.append((i, part))
        parts = {part for _, part in found}
        headed = any(d is not None and d.part is not None for d in self.known[start : end + 1])
        if not ("attachment" in parts or {"issuer", "date"} <= parts or (headed and "date" in parts)):
            return end
        for i, part in found:
            self.known[i] = Decision(self.lines[i], Kind.PARAGRAPH, f"{_PART_NAMES[part]}: part of the document", part)
        return found[-1][0]

    def prose_mass(self) -> tuple[int, int, int] | None:
        """(start, end, weight) of the heaviest stretch of the page, barriers respected."""
        best, best_range = 0, None
        run, run_start = 0, 0
        for i, w in enumerate(self.weights):
            if self.stops[i]:
                run = 0
                continue
            if self.lines[i].blank:
                continue
            if run <= 0:
                run, run_start = w, i
            else:
                run += w
            if run > best:
                best, best_range = run, (run_start, i, run)
        return best_range

    def choose(self) -> Choice | None:
        """The title and body that together read most like an article.

        Each headline candidate scores its own evidence plus the (log) weight of the body under
        it. A candidate that stands past a footer barrier below the best-evidenced headline is
        marked down: the article comes before its comments and related lists.
        """
        scored = [(e, i) for i in range(len(self.lines)) if (e := self.title_score(i)) is not None]
        if len(scored) > _CANDIDATES:  # a huge input: measure the bodies of the likeliest headlines only
            scored = sorted(sorted(scored, key=lambda ei: -ei[0])[:_CANDIDATES], key=lambda ei: ei[1])
        found: list[tuple[float, Choice]] = []
        for evidence, title in scored:
            start = self.body_start(self.unit_last(title))
            if start is None:
                continue
            start, end, weight, boxes = self.body_from(start)
            if weight > 0:
                evidence += _topic_evidence(self.title_text(title), self.opening_terms(start, end))
                found.append((evidence, Choice(title, start, end, evidence + 2.5 * math.log2(1 + weight / 60), boxes)))
        if not found:
            mass = self.prose_mass()
            return Choice(None, mass[0], mass[1], 0.0) if mass else None  # no headline: the page's real text
        lead = max(found, key=lambda ec: (ec[0], ec[1].score))[1]
        barrier = self._next_stop(lead.end + 1)
        best: Choice | None = None
        for _, choice in found:
            score = choice.score
            if barrier is not None and choice.title is not None and choice.title > barrier:
                score -= _PAST_FOOTER
            if best is None or score > best.score or (score == best.score and (choice.title or -1) > (best.title or -1)):
                best = Choice(choice.title, choice.start, choice.end, score, choice.boxes)
        return best


def classify(lines: list[Line], lexicon: Lexicon) -> tuple[list[Decision], Wrap | None]:
    """One decision per line, and how the page was hard-wrapped (None when it was not)."""
    page = Page(lines, lexicon)
    lines = page.lines  # table rows without their button cells
    choice = page.choose()
    if choice is None:
        return _no_body(page), page.wrap
    title, start, end = choice.title, choice.start, choice.end
    start = page.document_head(title, start)
    end = page.document_tail(start, end)
    if title is not None:
        page.header_bylines(title, start)
    title_text = lines[title].text if title is not None else None
    decisions: list[Decision] = []
    for i, line in enumerate(lines):
        decided = page.known[i]
        if i == title:
            decisions.append(Decision(line, Kind.TITLE, page.headline_rule(title, choice)))
        elif title is not None and title < i <= page.unit_last(title):
            decisions.append(Decision(line, Kind.TITLE, "headline wrapped onto the next line"))
        elif decided is not None and start <= i <= end and _SECTION_NUMBER.match(line.text):
            decisions.append(Decision(line, Kind.PARAGRAPH, "section number inside the body"))
        elif decided is not None:
            decisions.append(decided)
        elif title_text is not None and line.text == title_text:
            decisions.append(Decision(line, Kind.CHROME, "repeats the title"))
        elif i < start:
            decisions.append(_before_body(line, title, i))
        elif any(a <= i <= b for a, b in choice.boxes):
            decisions.append(Decision(line, Kind.CHROME, "a box inside the article (newsletter, related links)"))
        elif i <= end and page.listed.get(i) == "marker":
            decisions.append(Decision(line, Kind.LIST_ITEM, "one of three or more lines opening with a list marker"))
        elif i <= end:
            decisions.append(Decision(line, Kind.PARAGRAPH, "inside the body"))
        else:
            decisions.append(Decision(line, Kind.FOOTER, "after the body"))
    if title is not None:
        _join_wrapped_title(decisions, title)
    for i in range(end + 1, len(decisions)):
        if page.stops[i]:
            decisions[i].rule = f"footer begins: {page.stops[i]}"
            break
    return decisions, page.wrap


_PART_NAMES = {"salutation": "a salutation", "addressees": "the addressees (主送)", "speaker": "the speaker line",
               "attachment": "an attachment (附件)", "attachment item": "an attachment (附件)",
               "issuer": "the issuer (署名)", "date": "the date it was written (成文日期)", "note": "a note (附注)",
               "doc number": "the document number (发文字号)", "cc": "copied to (抄送)",
               "printed": "printed by and on (印发)"}


def _head_part(text: str) -> str | None:
    if is_doc_number(text):
        return "doc number"
    if is_salutation(text):
        return "salutation"
    if is_addressees(text):
        return "addressees"
    if is_speaker(text):
        return "speaker"
    return None


def _join_wrapped_title(decisions: list[Decision], title: int) -> None:
    """A Chinese title printed on two or three lines is one title: ``全国人大常委会`` /
    ``关于批准……及`` / ``调整……的决议``. Lines join when the upper one ends on a word that cannot
    end a title, or the lower one opens the matter with 关于."""
    top = title
    while top - 1 >= 0 and title - top < 2 and _joins(decisions[top - 1], decisions[top]):
        top -= 1
    bottom = title
    while bottom + 1 < len(decisions) and bottom - top < 2 and _joins(decisions[bottom], decisions[bottom + 1]):
        bottom += 1
    for i in range(top, bottom + 1):
        if i != title:
            decisions[i].kind, decisions[i].rule = Kind.TITLE, "headline printed on several lines"


def _joins(upper: Decision, lower: Decision) -> bool:
    a, b = upper.line.text, lower.line.text
    if not (a and b and is_mostly_cjk(a) and is_mostly_cjk(b)) or ends_sentence(a) or a[-1] in "，、；：,;:":
        return False
    if upper.kind not in (Kind.TITLE, Kind.CHROME) or lower.kind not in (Kind.TITLE, Kind.CHROME, Kind.SUBTITLE):
        return False
    if display_len(a) < 6 or display_len(b) < 6 or display_len(a + b) > 80:
        return False
    if any(mark in a + b for mark in "\t:：|"):
        return False  # a labelled field ("发布机构：…"), not a piece of a headline
    return a.endswith(_OPEN_ENDING) or b.startswith("关于")


def _before_body(line: Line, title: int | None, i: int) -> Decision:
    if title is not None and i > title:
        if is_prose(line.text):
            return Decision(line, Kind.SUBTITLE, "prose between the title and the body: a deck or summary")
        return Decision(line, Kind.CHROME, "between the title and the body")
    return Decision(line, Kind.CHROME, "above the title")


def _no_body(page: Page) -> list[Decision]:
    """A page with no prose at all: the first title-shaped line is the title, the rest paragraphs."""
    decisions: list[Decision] = []
    titled = False
    for line, decided in zip(page.lines, page.known):
        if decided is not None:
            decisions.append(decided)
        elif not titled and is_title_shaped(line.text):
            titled = True
            decisions.append(Decision(line, Kind.TITLE, "first title-shaped line (no prose found)"))
        else:
            decisions.append(Decision(line, Kind.PARAGRAPH, "no prose found: kept as text"))
    return decisions
