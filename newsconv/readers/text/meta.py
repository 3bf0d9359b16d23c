"""The article's metadata from classified lines: title, deck, section, related links, credits, date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice

from newsconv.model import WRITER_ROLES, Block, Paragraph, Person, RelatedLink, Role, inline_text
from newsconv.readers.text.bylines import (
    AVATAR_WORDS,
    BODY_ENDS,
    CARD_BADGES,
    OTHER_DAYS,
    PLATFORM_NAMES,
    PROVINCES,
    SECTION_NAME,
    Credits,
    account_in,
    account_on_furniture,
    closes_with_wire_credits,
    dated_account_card,
    edited_on,
    halved,
    is_account_word,
    is_chinese_personal_name,
    is_platform,
    is_province,
    leading_byline,
    page_owner,
    post_account,
    says_self_media,
    split_names,
    trailing_byline,
    unit_then_names,
    unspaced,
    without_avatar,
    without_badge,
)
from newsconv.readers.text.classify import ACCOUNT_DATED_RULE, ACCOUNT_RULES, BODY_KINDS, Decision, Kind
from newsconv.readers.text.classify.document import HEAD_PARTS
from newsconv.readers.text.classify.local import SENT_WITH_RULE
from newsconv.readers.text.classify.shapes import (
    PLATFORM_BADGES,
    PRINT_EDITION_RULE,
    SPEECH_END,
    WRITERS_UNDER_TITLE_RULE,
    credits_of,
    is_name_line,
    is_record_field,
    is_title_shaped,
)
from newsconv.readers.text.dates import LABELLED_MONTH_DAY, DateMatch, find_date
from newsconv.readers.text.lines import CJK_CHARS, count_chars, display_len, is_mostly_cjk, join_wrapped
from newsconv.readers.text.official import speaker
from newsconv.readers.text.patterns import runs_of

# A list's date printed after the headline on its line: ``某某项目 [2025-06-03]``.
_DATE_AFTER_TITLE = re.compile(r"\s*(?:[\[【]\s*(?:19|20)\d\d[-./年]\d{1,2}[-./月]\d{1,2}日?\s*[\]】]"
                               r"|[(（]\s*(?:19|20)\d\d([-./])\d{1,2}\1\d{1,2}\s*[)）])$"
                               # (``…常务会议（2025年3月14日）``: a meeting's date in words is part of its headline)
                               # ... or bare, its figures run on from the headline's last word: ``…年度体检2025-06-03``
                               r"|(?<![\d.\-/])\s*(?:19|20)\d\d([-./])\d{1,2}\2\d{1,2}$")
# A writer's line that opens with the label: ``文｜某  某``, ``作者：某某``, ``撰文/某某``.
_LABELLED_WRITER = re.compile(r"^(?:文|作者|撰文|文字|撰稿)\s*[｜|/／:：]")
# A news agency's feature printed with its dateline: ``新华社北京1月9日电 题：冰雪经济“热”力十足``.
_DATELINE_TITLE = re.compile(r"^[^\s，。：:]{2,30}?电\s*题\s*[:：]\s*(?=\S)")
# A list's label and date printed before the headline on its line: ``【通知公告】 2024年09月04日 星期三 某某公示``.
_DATE_BEFORE_TITLE = re.compile(
    r"^(?:[【\[][^】\]\s]{2,10}[】\]]\s*)?(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?\s+(?=\S{6})")
# A date bar run into the headline's line: ``Wednesday, 09 January 2008 Jeremy Clarkson ripped off``.
_WEEKDAY_BEFORE_TITLE = re.compile(
    r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+(?:19|20)\d\d\s+(?=\S{3})")
# A post's text opening with its headline in brackets: ``【某某今年首场降雪到来】11日夜间…``.
_BRACKET_LEAD = re.compile(r"^(?:#[^#\s]{1,20}#\s*)?【#?([^】#]{6,40})#?】\S")  # (``#某某暴雨预警#【…】预计…``: after its topic)
# A column's label in brackets over the words the headline opens or ends with (``【政策解读】政策解读：《…》``,
# ``【公告】某某区…招生工作公告``).
_LABEL_SAID_AGAIN = re.compile(r"^【(?P<label>[^】]{2,8})】(?=(?P=label)|.{4,}(?P=label)$)")
# A column's or a medium's label in brackets before the headline (``【视频】某某…``), which the page prints
# without it too, on a line of its own.
_LABEL_BEFORE = re.compile(r"^【[^】]{1,8}】\s*")
# A policy reading's tab run into its title (``文字解读《某某办法》政策解读``: the page's 文字/图片/视频
# tabs over the readings).
_READING_TAB = re.compile(r"^(?:文字|图文|图片|视频|动漫|音频|H5)解读\s*(?=《)")
# A list's marks glued before the headline: ``置顶原创热某某线开工``, ``原创某某攻略``.
_MARKS_BEFORE_TITLE = re.compile(r"^(?:置顶|原创)(?:置顶|原创|热|荐|精|顶|新)*\s*(?=\S{8})"
                                 r"|^[<＜«‹]?\s*返回(?:列表|上一页|上级)?\s+(?=\S{8})")  # ``< 返回　某某…``: a back link
# Share buttons printed after the headline on its line: ``某某演练 分享：微信微博``.
_SHARE_AFTER_TITLE = re.compile(r"\s+(?:分享到?|Share)\s*[:：][^，。]{0,20}$|(?<=\S)\s+原创$")  # (and a post's mark, ``… 原创``)
_BREADCRUMB_LABEL = re.compile(r"^[^:：>＞»›]{0,12}[:：]\s*")
_BREADCRUMB_SPLIT = re.compile(r"\s*(?:>>|[>＞»›→》]|\s/\s)\s*")
_RELATED_LABEL = re.compile(r"^[【\[]?(?:上一篇|下一篇|上一条|下一条|上篇|下篇|Previous article|Next article|"
                            r"Previous Post|Next Post|Previous|Next)[】\]]?\s*[:：|丨]?\s*", re.IGNORECASE)
_NO_LINK = frozenset({"没有了", "无", "暂无", "没有了！", "已经是第一篇", "已经是最后一篇", "None", ""})
# Credits printed after the body count only this close to it (comments and related lists follow).
# A link glued to the end of the last paragraph: "…参加会议。返回东方网首页>>", "【打印本页】".
_TRAILING_LINK = re.compile(
    r"(?:返回[^\s。，]{0,12}?(?:首页|顶部|列表|上一页|上级)|【?(?:打印本页|关闭窗口|返回顶部)】?)"
    r"\s*(?:>>|》》|»|＞＞|>)?\s*$"
)
_FOOTER_CREDIT_REACH = 8
# An account's name and what the platform calls it, side by side: ``骑行北京　北京骑行领域博主``.
_NAME_THEN_BADGE = re.compile(rf"^(?P<name>[^\s:：|/]{{2,16}})[ \u3000]+[\u4e00-\u9fff]{{0,16}}(?:{'|'.join(PLATFORM_BADGES)})$")
# What a platform prints after an account's name on its card: ``优质三农领域创作者✓认证``.
# An account's name and what the platform verified it as: ``某某文旅小青 微博认证：某某文旅推广账号``.
_VERIFIED_NAME = re.compile(r"^(?P<name>[^\s:：]{2,16})\s+[\u4e00-\u9fff]{0,4}认证[:：]")
# A breadcrumb's steps that name the page, not its section (``首页 >> 访谈 >> 正文``) ...
_PAGE_STEPS = frozenset(("正文", "详情", "内容", "文章", "详细"))
# ... and sections whose name a page may print before a headline (``访谈 某某局长：…``).
_PROGRAMME_SECTIONS = frozenset(("访谈", "专访", "直播"))
# A year in a line (a deck's day without one is a day it speaks of, not the page's).
_YEAR = re.compile(r"(?:19|20)\d\d")
# find_date's rules for a date printed without its year
_NO_YEAR_RULES = frozenset(("md-cn", "md", LABELLED_MONTH_DAY, "mdy-en-noyear"))
# An e-paper's label over its calendar of past issues.
_BACK_ISSUES = re.compile(r"^(?:往期(?:查阅|回顾|检索|浏览|报纸)?|过往期刊|历史版面|报纸检索)[:：]?$")
# An account as a post links it, alone on its line: ``@某某吃货小分队``.
_LINKED_NAME = re.compile(r"^[@＠][\u4e00-\u9fffA-Za-z0-9_\-·]{2,20}$")
# A TV news programme's name in brackets before a headline: ``【新闻联播】``, ``[某某新闻联播]``.
_PROGRAMME_BEFORE_TITLE = re.compile(r"^[【\[［][\u4e00-\u9fff]{0,6}新闻联播[】\]］]\s*")
_CREATOR_BADGE_AFTER = re.compile(r"\s+\S*(?:创作者|认证)\S*$")
# a picture's credit that names the writer (``某某 摄/文``; ``某某/文　某某/图``: each role after the name)
_WROTE_TOO = re.compile(r"(?:摄/文|摄／文|文/摄|文／摄|图/文|文/图)\s*[)）]$|[\u4e00-\u9fff]/文[\s\u3000]")
_CARD_KINDS = frozenset({Kind.CHROME, Kind.FOOTER})
_AVATAR_WORDS = frozenset(AVATAR_WORDS)  # an avatar's alt text over the account's name
_WRITERS = WRITER_ROLES
# Lines around the article, where a page says what kind of site it is on.
_FURNITURE = frozenset({Kind.CHROME, Kind.BREADCRUMB, Kind.FOOTER})
# Runs of each script's characters (counted with count_chars).
_HANGUL = re.compile(runs_of(r"[\uac00-\ud7af]"))
_KANA = re.compile(runs_of(r"[\u3040-\u30ff]"))
_HAN = re.compile(runs_of(f"[{CJK_CHARS}]"))
_LATIN = re.compile(runs_of(r"[A-Za-z]"))


# What a platform verified an account as, and its followers: ``微博认证：某某资讯博主　粉丝 86.4万``.
_VERIFIED_WITH_FOLLOWERS = re.compile(r"^[\u4e00-\u9fff]{0,4}认证[:：].{1,40}粉丝\s*[\d.]+万?$")
# A card's count labels, alone on their lines when a browser breaks the card up.
_COUNT_LABELS = frozenset(("文章", "总阅读", "粉丝", "获赞"))
# What a self-media card counts under the account's name: its articles, readers, followers.
_VERIFIED_MARKS = frozenset(("V", "v", "Ⓥ", "✓", "✔", "已认证"))  # a verified account's mark on its own line
_ONE_COUNT = re.compile(r"^(?:文章|总阅读|粉丝|获赞)\s*[\d.,]+万?$")
_ACCOUNT_COUNTS = re.compile(r"^(?:文章|总阅读|粉丝|获赞)\s*[\d.,]+万?\s*[　 ]*(?:总阅读|粉丝|获赞|关注)\s*[\d.,]+")
# What a page prints around an account's name and no account is: the platform's owner.
_PLATFORM_OWNERS = frozenset("澎湃新闻 网易 网易新闻 搜狐 搜狐新闻 腾讯 腾讯新闻 新浪 新浪新闻 百度 今日头条 凤凰网 微博".split())
_CARD_SPLIT = re.compile(r"[\s·・|｜]+")  # (a card's words: ``2025-05-09 12:31:07 · 上海 · 头条创作者``)
_BUTTON_AFTER_ACCOUNT = re.compile(r"\s*\+?\s?(?:关注|订阅)$")


def _account_name(name: str, apart: frozenset[str] = frozenset()) -> str | None:
    """An account's name without what its card prints around it (``@某某``, ``某某陕西`` where it was
    sent from, ``某某关注`` its button); None for a province or the platform's owner (``澎湃新闻``).
    A province the card prints ``apart`` (``… · 上海 · 头条创作者``) is where the post was sent from,
    so the same province ending the name is the name's own (``弄堂里的老上海``); so it is when the
    name is printed ``apart``, alone on its line."""
    name = _BUTTON_AFTER_ACCOUNT.sub("", name.strip().lstrip("@＠")) or name
    name = halved(name) or name  # ``山野阿七山野阿七``: the avatar's alt text run into the name it repeats
    name = page_owner(name) or name  # ``某某文旅的微博``: the heading of the account's own page
    if is_province(name) or name in _PLATFORM_OWNERS or PLATFORM_NAMES.search(name):
        return None  # (``澎湃新闻·澎湃号·政务``: the platform's path, given as the source)
    province = next((p for p in PROVINCES if name.endswith(p) and len(name) - len(p) >= 4), None)
    return name[: -len(province)] if province and province not in apart and name not in apart else name


def _speaker_alone(text: str) -> str | None:
    """A Chinese personal name alone on its line, spaced out or not (``某国华``, ``某　明``): a speech's
    speaker over its title, no position before it."""
    name = unspaced(text.strip())
    return name if 2 <= len(name) <= 4 and is_chinese_personal_name(name) else None


def _named_alone(text: str) -> bool:
    """Whether a line may be an account's name alone on a post's card: two to sixteen characters,
    mostly Chinese, no space."""
    return 2 <= len(text) <= 16 and " " not in text and is_mostly_cjk(text)


# What a platform says of an official account under its name (``微博官方认证某某市人民政府新闻办公室官方微博``).
_OFFICIAL_CALLINGS = ("官方微博", "官方账号", "官方帐号")
# How a post's stamp says where or how it was sent (``来自 iPhone客户端``, ``发布于 浙江``, ``IP属地：河南``).
_SENT_WITH = re.compile(r"来自\s*\S|发布于|IP属地")


def _posted(card: str) -> str:
    """A post card's line without the word before its date (``发布于 2024-09-14 10:05``)."""
    return card.strip().removeprefix("发布于").strip()


_OTHER_DAYS = tuple(OTHER_DAYS)


def _opens_with_post_date(card: str) -> bool:
    """Whether a card's line opens with its post's date."""
    found = find_date(card)
    return found is not None and found.start == 0


# A date alone in brackets on its line: the day a speech was given (``（2024年1月24日）``).
_DAY_IN_BRACKETS = r"[（(](?:19|20)\d\d年\d{1,2}月\d{1,2}日[)）]"
_DAY_SPOKEN = re.compile(rf"^{_DAY_IN_BRACKETS}$")
# ... or after the speaker on the speaker's line (``区长 某某 （2025年5月15日）``).
_DAY_AFTER_SPEAKER = re.compile(rf"\s*{_DAY_IN_BRACKETS}$")


# A government's office by its name (``某某县人民政府办公室``, ``某某市统计局``), not an account named like a unit
# (``某某吃货研究所``).
_GOVERNMENT_OFFICE = re.compile(r"政府|(?:局|办公室|委员会|办事处)$")


def _posted_from(text: str) -> bool:
    """Whether a line beside an account's date says where or how a post was sent or offers to
    follow the account (a province, ``来自 …``, ``发布于``, ``IP属地``, ``关注``, a platform's name): a post's card."""
    return ("关注" in text or _SENT_WITH.search(text) is not None or PLATFORM_NAMES.search(text) is not None
            or any(word in PROVINCES for word in _CARD_SPLIT.split(text)))


def _unit_and_writer(text: str) -> list[Person] | None:
    """The writers a line names after their office or department, in brackets or not, alone on
    its line (``（某某镇党政办 某某某）``, ``内分泌科　某某``); None for any other line."""
    if text[:1] not in "（(":
        names = unit_then_names(text) if len(text) <= 24 else None
        return [Person(name, Role.AUTHOR) for name in names] if names else None
    closing = trailing_byline(text)
    if not closing or closing[0] or not all(is_chinese_personal_name(p.name) for p in closing[1]):
        return None  # (``（文字稿）``: a transcript's label, no name)
    return closing[1]


def _says_day_spoken(text: str) -> bool:
    """Whether a line gives the day a speech was given: the date alone in brackets, or after the
    speaker (``区长 某某 （2025年5月15日）``)."""
    if _DAY_SPOKEN.match(text):
        return True
    m = _DAY_AFTER_SPEAKER.search(text)
    return m is not None and m.start() > 0 and speaker(text[: m.start()]) is not None


# A story opening with its byline and then a full date (the day it reports from, the page's only date).
_BYLINE_THEN_DATE = re.compile(r"^[^（(]{0,30}?[（(][^（()）]{2,60}[)）]\s*(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)")
# A note under a writer's name saying who the writer is: ``（作者系山东师范大学副教授）``.
_WRITER_NOTE = re.compile(r"^(?:[（(【]?(?:作者系|作者为|作者是|作者单位|作者简介)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$)")
# Who wrote it, in a sentence under the text: ``Zhou Yiran is a reporter with Shanghai Eye.``
_NAME_IS_WRITER = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) is an? (?:[a-z]+ ){0,2}"
                             r"(?:reporter|writer|correspondent|journalist|columnist)\b")
# A writer's name and e-mail address on one line under the text.
_NAME_AND_ADDRESS = re.compile(r"^(?P<name>[^,，@:：]{2,40}?)\s*[,，]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
def _writer(text: str) -> Person:
    """A writer named alone on a line, a Chinese name without its alignment spaces (``杨　帆``)."""
    return Person(unspaced(text) if is_mostly_cjk(text) else text, Role.AUTHOR)


_LOCATION = re.compile(r"^.*?(?:位置|You are here)\s*[:：]\s*", re.IGNORECASE)


def section_path(breadcrumb: str) -> tuple[str, ...]:
    """``当前位置: 首页 >走进大洼 >动态要闻`` -> (首页, 走进大洼, 动态要闻); a date bar before the
    label (``2024年1月9日 星期二 当前位置：首页 > 新闻``) is left out."""
    rest = _LOCATION.sub("", breadcrumb, count=1)
    if rest == breadcrumb:
        rest = _BREADCRUMB_LABEL.sub("", breadcrumb, count=1)
    return tuple(part for part in _BREADCRUMB_SPLIT.split(rest) if part)


def related_links(line: str, kind: str) -> list[RelatedLink]:
    """``上一篇: 标题`` -> a previous link; ``【上一篇】 A 【下一篇】 B`` on one line -> both."""
    parts = re.split(r"(?=[【\[]?(?:上一篇|下一篇)[】\]]?)", line.strip())
    links: list[RelatedLink] = []
    for part in (p for p in parts if p.strip()):
        this_kind = "next" if re.match(r"[【\[]?下一", part) else ("previous" if re.match(r"[【\[]?上一", part)
                                                                    else kind)
        title = _RELATED_LABEL.sub("", part.strip(), count=1).strip()
        if title not in _NO_LINK:
            links.append(RelatedLink(title, None, "previous" if this_kind == "previous" else "next"))
    return links


def blocks_language(blocks: Iterable[Block], title: str | None) -> str | None:
    """The language of an article's first twenty paragraphs (or of its title, without any)."""
    paragraphs = (inline_text(b.content) for b in blocks if isinstance(b, Paragraph))
    return detect_language(" ".join(islice(paragraphs, 20)) or title or "")


def detect_language(sample: str) -> str | None:
    """"zh", "ja", "ko" or "en" by the script the text is mostly written in."""
    han, latin = count_chars(_HAN, sample), count_chars(_LATIN, sample)
    hangul = count_chars(_HANGUL, sample)
    if hangul and hangul > latin / 4 and hangul > han / 4:
        return "ko"
    if _KANA.search(sample) and count_chars(_KANA, sample) > han / 5:
        return "ja"
    if han and han * 3 >= latin:
        return "zh"
    return "en" if latin else None


def _dedupe(people: list[Person]) -> tuple[Person, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[Person] = []
    for person in people:
        key = (person.name, person.role.value)
        if key not in seen:
            seen.add(key)
            out.append(person)
    return tuple(out)


def _unlabelled_source(credits: Credits) -> str | None:
    """``2019年11月25日 18:57 参考消息``: a short Chinese name printed beside the date is the source."""
    rest = credits.unlabelled.strip(" |丨｜·•")
    if credits.date is None or credits.people or not rest or len(rest) > 10:
        return None
    if not all(_HAN.match(c) for c in rest):
        return None
    return rest


# 发布日期：…, 【发布日期】…, and a record table's ``发布日期 2025年12月24日`` (no colon)
_AFTER_DATE_LABEL = r"(?:\s*[：:]|[】\]]|[ \u3000\t]+(?=\d))\s*"  # (a colon, a closing bracket, or a space before digits)
_ISSUED_LABEL = re.compile(rf"发文日期{_AFTER_DATE_LABEL}")
_GENERATED_LABEL = re.compile(rf"生成日期{_AFTER_DATE_LABEL}")
_PUBLISHED_LABEL = re.compile(rf"(?:发布日期|发布时间|公开日期|公开时间){_AFTER_DATE_LABEL}")


def _dates_a_post(credits: Credits) -> bool:
    """Whether a credit line dates the page's post: a date with its time of day, or beside a source
    or a person (``2026-01-12 10:30 来源：某某办公室``), not a date alone."""
    return credits.date is not None and (credits.date.time is not None or bool(credits.source) or bool(credits.people))


def _is_avatar(text: str) -> bool:
    """An avatar's alt text over the account's name: ``头像``, ``作者头像``, ``某某的头像``."""
    return text in _AVATAR_WORDS or (text.endswith("的头像") and 5 <= len(text) <= 20)


class MetaCollector:
    """Gathers what the page says about the article from the reader's decisions."""

    def __init__(self, decisions: list[Decision], default_year: int | None) -> None:
        self.decisions = decisions
        self.default_year = default_year
        self.title: str | None = None
        self.subtitle: str | None = None
        self.original_title: str | None = None
        self.section: tuple[str, ...] = ()
        self.related: list[RelatedLink] = []
        self.people: list[Person] = []
        self.source: str | None = None
        self.date: DateMatch | None = None
        self._day_spoken = False  # the date is a speech's day alone in brackets (``（2024年1月24日）``)
        self._date_labelled = False
        self._date_alone = False  # the date found in the header stands alone on its line
        self._labelled_above: DateMatch | None = None
        self.footer_date: DateMatch | None = None
        self._names_above: list[Person] = []  # Latin names alone over the headline (a site's name, or its writer)
        self._under_body: tuple[int, int] | None = None  # the first list label and story link under it
        self.above_title_date: DateMatch | None = None
        self.title_date: DateMatch | None = None  # printed after the headline on its line
        self.card_date: DateMatch | None = None  # printed on the card of the account that posted the page
        self._after_counts: list[int] | None = None
        self.accounts: list[str] = []  # self-media accounts the page names
        self.card_accounts: list[str] = []  # accounts named on an avatar's card anywhere (after the others)
        self.self_media = False  # the page's furniture says it is on a self-media platform
        self.title_at = next((i for i, d in enumerate(decisions) if d.kind is Kind.TITLE), None)
        body = [i for i, d in enumerate(decisions) if d.kind in BODY_KINDS]
        # an official document's head (its number, addressees, speaker, salutation) comes before
        # the text, as do the credits printed among those parts
        text = [i for i in body if decisions[i].part not in HEAD_PARTS]
        self.body_start = text[0] if text else body[0] if body else len(decisions)
        self.body_end = body[-1] if body else len(decisions)
        self._read()
        if self.title is None and self.body_start < len(decisions) and (
                lead := _BRACKET_LEAD.match(decisions[self.body_start].line.text)) and is_title_shaped(lead[1]):
            self.title = lead[1]  # (no headline line: a microblog post's, in brackets opening its text)

    def _credits(self, credits: Credits, index: int) -> None:
        if credits.labelled_date and credits.unlabelled and credits.unlabelled.endswith(_OTHER_DAYS):
            # ``成文日期：…``, ``主题分类： 某某 成文日期：…``: the day it was written, not published
            credits = replace(credits, labelled_date=False)
        near_body = index < self.body_start or (
            self._lines_after_body(index) <= _FOOTER_CREDIT_REACH and not self._after_list_label(index))
        if credits.people and (banner := self._banner()) is not None and any(p.name == banner for p in credits.people):
            # ``2025-08-05 15:40　Jiangsu Now`` under a page whose banner is ``Jiangsu Now``: the site, no writer
            credits = replace(credits, people=[p for p in credits.people if p.name != banner],
                              source=credits.source or banner)
        if near_body:
            self.people.extend(credits.people)
        self.source = self.source or credits.source or _unlabelled_source(credits)
        if credits.date is not None:
            date = credits.date if credits.date.year else credits.date.with_year(self.default_year)
            if self.title_at is not None and index < self.title_at:
                self.above_title_date = date  # the last one above the title is the closest
                if credits.labelled_date and is_mostly_cjk(self.decisions[index].line.text):
                    self._labelled_above = date  # 发布日期：… over the title
            elif index < self.body_start and (self.date is None or (credits.labelled_date and not self._date_labelled)
                                              or (self._date_alone and _dates_a_post(credits))
                                              or (self._day_spoken and credits.date.year is not None)):
                # (or any full date after the day a speech was given: ``（2025年2月25日）`` / ``某某市人民政府`` /
                # ``2025年02月26日``, the day the page was published)
                # a date labelled as the one published (发布时间：…), or printed with its time or source in
                # the page's info bar, over a date alone (a speech's day, ``（2026年1月9日）``)
                self.date, self._date_labelled = date, credits.labelled_date
                self._date_alone = not credits.labelled_date and not _dates_a_post(credits)
                self._day_spoken = _says_day_spoken(self.decisions[index].line.text.strip())
            elif index > self.body_start and self.footer_date is None and (
                    credits.labelled_date or credits.source or credits.people or not self._after_links(index)):
                # (not a date alone under the links to the previous and next stories: a list of other stories' dates)
                self.footer_date = date

    def _after_list_label(self, index: int) -> bool:
        """Whether a label of a list of other stories or writers (相关新闻, 推荐作者) stands between the
        body's end and line ``index``: the names under it are theirs."""
        return self._first_under_body()[0] < index

    def _after_links(self, index: int) -> bool:
        """Whether the links to the previous or next story (上一篇, 下一篇) stand between the body's
        end and line ``index``."""
        return self._first_under_body()[1] < index

    def _first_under_body(self) -> tuple[int, int]:
        """The first list label and the first link to another story under the body (past the last
        line when there is none), found in one pass the first time they are asked for: a page may
        print many credits and dates under its text."""
        if self._under_body is None:
            end = len(self.decisions)
            label = link = end
            for k in range(self.body_end + 1, end):
                decided = self.decisions[k]
                if label == end and "footer.exact" in decided.rule:
                    label = k
                if link == end and decided.kind is Kind.RELATED:
                    link = k
                if label < end and link < end:
                    break
            self._under_body = (label, link)
        return self._under_body

    def _lines_after_body(self, index: int) -> int:
        """Non-blank lines between the body's end and line ``index`` (counted once, then looked up)."""
        if self._after_counts is None:
            after = self.body_end + 1
            counts, seen = [0] * min(after, len(self.decisions)), 0  # none up to the body's end
            for d in self.decisions[after:]:
                if d.kind is not Kind.BLANK:
                    seen += 1
                counts.append(seen)
            self._after_counts = counts
        return self._after_counts[index]

    def _read(self) -> None:
        speakers: list[Person] = []
        for i, d in enumerate(self.decisions):
            text = d.line.text
            if d.kind in _FURNITURE and not self.self_media and says_self_media(text):
                # (a platform's bare name under the text labels a QR code: ``二维码`` / ``微信公众号``)
                self.self_media = not (i > self.body_end and is_platform(text))
            if d.kind is Kind.CHROME and i < self.body_start and (
                    account := account_on_furniture(text) or (text.startswith("原创") and post_account(text))
                    or self._doubled_over_card(i) or self._name_twice_over_date(i) or self._over_creator_tag(i)
                    or self._linked_over_title(i) or self._over_follow_button(i) or self._over_platform_tag(i)
                    or self._alone_over_stamp(i)
                    or (text.endswith(PLATFORM_BADGES) and self._badged_over_date(i))
                    or (("认证：" in text or "认证:" in text) and (m := _VERIFIED_NAME.match(text)) and m["name"])):
                self.accounts.append(account)  # 某某的博客 over the post, an account's card under the headline
                if self.card_date is None:  # (the post's, on its card; ``编辑于 04-20``: a note's, no year)
                    self.card_date = find_date(text, default_year=self.default_year) or edited_on(text)
            if (d.kind is Kind.CHROME and i < self.body_start and "作者" in text and is_record_field(text)
                    and (credits := credits_of(text))):
                self.people.extend(credits.people)  # ``发布机构 某某局 作者 某某``: a record table's writer field
            if (d.kind is Kind.CHROME and self.title_at is not None and self.title_at < i < self.body_start
                    and (closing := _unit_and_writer(text.strip()))):
                self.people.extend(closing)  # ``（某某镇党政办 某某某）``, ``内分泌科　某某`` between the headline and the text
            if d.kind is Kind.TITLE:
                if self.title is None:
                    self.title = self._headline_alone(_DATELINE_TITLE.sub("", text))  # 新华社北京1月9日电 题：…
                    if self.title.endswith("原创") and display_len(self.title) >= 12 and self._over_post_stamp(i):
                        self.title = self.title[:-2]  # ``…走出大山原创`` over ``… 发布于：宁夏``: the post's mark run on
                    if owner := page_owner(self.title):
                        self.accounts.append(owner)  # ``某某文旅的微博`` over a post with no headline: the account's page
                    if (m := _DATE_AFTER_TITLE.search(self.title)) and m.start() > 0:
                        self.title_date = find_date(m.group(), default_year=self.default_year)
                        self.title = self.title[: m.start()]
                else:
                    self.title = join_wrapped(self.title, text)  # wrapped onto two lines
            elif (d.part == "speaker" or (d.kind is Kind.CHROME and self._beside_speech_title(i, -1))
                  or (d.kind is Kind.META and self._beside_speech_title(i, 1))) and (
                      name := speaker(text) or (d.kind is Kind.CHROME and _speaker_alone(text))):
                # (the speaker printed over the speech's title, too, or under it with the day after the name:
                # ``——市长 某某（2026年2月26日）``, a credit line kept out of the text)
                speakers.append(Person(name, Role.AUTHOR))
            elif d.kind is Kind.CAPTION and _WROTE_TOO.search(text) and (closing := trailing_byline(text.strip())):
                self.people.extend(closing[1])  # ``（某某局 某某 摄/文）`` under a picture: who took it wrote the text
            elif d.kind is Kind.SUBTITLE and self.subtitle is None:
                self.subtitle = text
            elif d.kind is Kind.BREADCRUMB and not self.section:
                self.section = section_path(text)
            elif d.kind is Kind.RELATED:
                self.related.extend(related_links(text, d.rule.split(".")[1].split()[0]))
            elif d.kind is Kind.META:
                if i > self.body_end and (above := self._beside(i, -1)) is not None and _BACK_ISSUES.match(
                        self.decisions[above].line.text.strip()):
                    continue  # ``往期查阅`` / ``2025年3月13日``: the e-paper's calendar of past issues, no date of the page
                if d.rule == ACCOUNT_DATED_RULE and i < self.body_start:
                    # the post's header over its text (``某某观察者`` / its date), before an account a
                    # platform's bar prints over the page (``百家号`` / its search button)
                    self.accounts.insert(0, without_badge(text).lstrip("·・"))  # (``·某某城事``: a dot before the name)
                    continue
                if d.rule in ACCOUNT_RULES:
                    self.accounts.append(without_badge(text))
                    continue
                if (account := dated_account_card(text)) is not None and i < self.body_start:
                    if self.self_media or not _GOVERNMENT_OFFICE.search(account) or _posted_from(text):
                        self.accounts.insert(0, account)  # (not ``某某县人民政府办公室　|　2025年04月02日 10:15　|　阅读：…``:
                        # an office's own info bar; but ``某某供电公司 2025-01-14 18:02 · 内蒙古 · 头条号``, a post's card)
                elif account is not None and self._lines_after_body(i) <= 1:
                    self.accounts.append(account)  # right under the text (further down: a commenter's card)
                elif account is None and (account := account_in(text)) is not None:
                    self.accounts.append(account)
                if text.startswith(("原标题", "原文标题")):
                    self.original_title = re.sub(r"^\S+?[:：]\s*", "", text)
                elif d.rule == WRITERS_UNDER_TITLE_RULE:
                    self.people.extend(Person(name, Role.AUTHOR) for name in split_names(text))
                elif d.rule.startswith(("name on its own line", "name after 'By'")):
                    writer = _writer(text)
                    if ((is_mostly_cjk(text) and not is_chinese_personal_name(writer.name) and "·" not in writer.name)
                            or self._account_over_writer(i)):
                        self.accounts.append(writer.name)  # ``某某发布`` beside the date: an account, if no one is named
                    elif not is_mostly_cjk(text) and self.title_at is not None and i < self.title_at:
                        self._names_above.append(writer)  # (``Guangdong Now`` over the headline: a name only if no By line)
                    else:
                        self.people.append(writer)
                elif credits := credits_of(text):
                    self._credits(credits, i)
                    if (not credits.people and credits.unlabelled and i < self.body_start
                            and self._under_speech_title(i) and (name := speaker(credits.unlabelled))):
                        speakers.append(Person(name, Role.AUTHOR))  # ``区委书记　某某　　发布时间：…``: the speaker first
            elif d.kind is Kind.FOOTER and i > self.body_end and self._lines_after_body(i) == 1:
                # right under the body: ``本文来源：某某报　作者：某某`` (a source line ends the article),
                # ``（心血管内科 许静怡）`` on a line of its own
                if (closing := trailing_byline(text)) and not closing[0]:
                    self.people.extend(closing[1])  # (``（心血管内科 某某　通讯员 某某）``: the department too labels a writer)
                elif (credits := credits_of(text)) and credits.people:
                    self.people.extend(credits.people)
                elif (m := _NAME_IS_WRITER.match(text.strip())) and is_name_line(m["name"]):
                    self.people.append(Person(m["name"], Role.AUTHOR))  # ``Zhou Yiran is a reporter with Shanghai Eye.``
                elif (m := _NAME_AND_ADDRESS.match(text.strip())) and is_name_line(m["name"]):
                    self.people.append(Person(m["name"], Role.AUTHOR))  # ``Tan Yuqing, tanyuqing@example.cn``
                elif (is_chinese_personal_name(text.strip()) or is_name_line(text.strip())) and self._writer_note_beside(i, 1):
                    # ``某某`` / ``（作者系某大学副教授）``, ``Han Lulu`` / ``hanlulu@example.cn``
                    self.people.append(Person(text.strip(), Role.AUTHOR))
                elif (account := account_in(text[:80])) is not None:
                    self.accounts.append(account)  # ``本文来自网易号“某某”，仅代表作者观点…``: the platform's note
            elif (d.kind is Kind.FOOTER and i > self.body_end and self._lines_after_body(i) == 2
                  and is_name_line(text.strip()) and self._writer_note_beside(i, -1)):
                self.people.append(_writer(text.strip()))  # ``（作者单位：某某日报社某分社）`` / ``崔  健``
        if len(speakers) == 1:
            self.people.extend(speakers)  # a speech is its speaker's (a press conference's several are not its writers)
        if not any(p.role in _WRITERS for p in self.people) and (names := self._names_over_text_with_note()):
            # ``某　某`` under the headline, ``（作者系…）`` under the text
            self.people.extend(Person(name, Role.AUTHOR) for name in names)
        if not any(p.role in _WRITERS for p in self.people):
            self._writers_on_cards()  # (asked only of a page no credit line names a writer on)
        if not self._date_labelled and (field := self._published_field()) is not None:
            self.date, self._date_labelled = field, True  # a record table's 发布日期 over its 成文日期
        elif (self.date is None and (field := self._published_field(_ISSUED_LABEL)) is not None
              and not any(_PUBLISHED_LABEL.search(d.line.text) for d in self.decisions)):
            self.date = field  # a record table's 发文日期, when nothing on the page labels the day it was published
        if self.date is None:
            self._date_near_title()
        if self.date is not None and not self._date_labelled and self._labelled_above is not None:
            self.date = self._labelled_above  # the date labelled as published over a date alone (a document's)
        elif self._day_spoken and (stamp := self.above_title_date or self.footer_date) is not None and stamp.year is not None:
            self.date = stamp  # an e-paper's issue, or the info bar under the text, over the day a speech was given
        elif self.date is not None and self.date.rule in _NO_YEAR_RULES and self._issue_after_dateline():
            self.date = self.above_title_date  # ``本报某地3月25日电`` under the issue of 2025年03月26日: published then

    def _issue_after_dateline(self) -> bool:
        """Whether a full date over the headline (an e-paper's issue) falls a day or two after the page's
        date, which came without its year (a dateline's ``3月25日电``)."""
        above, date = self.above_title_date, self.date
        if above is None or above.year is None or date is None or date.year is None:
            return False
        try:
            gap = (dt.date(above.year, above.month, above.day) - dt.date(date.year, date.month, date.day)).days
        except (TypeError, ValueError):
            return False
        return 0 < gap <= 2

    def _names_over_text_with_note(self) -> list[str]:
        """People's names alone between the headline and the text (an essay's writers, as a paper's
        theory page prints them: ``马  兰　白  雪``) when a note under the text says who the writers
        are (``（作者系…）``)."""
        if self.title_at is None or not any(
                d.kind is Kind.FOOTER and _WRITER_NOTE.match(d.line.text.strip()) for d in self.decisions[self.body_end + 1 :]):
            return []
        for d in self.decisions[self.title_at + 1 : self.body_start]:
            text = d.line.text.strip()
            if d.kind is not Kind.CHROME or not is_mostly_cjk(text):
                continue
            if len(names := split_names(text)) >= 2 and all(is_chinese_personal_name(n) for n in names):
                return names
            if is_chinese_personal_name(name := unspaced(text)):
                return [name]
        return []

    def _doubled_over_card(self, index: int) -> str | None:
        """The account whose name line ``index`` prints twice, run together (an avatar's alt text and
        the name: ``某某楼市观察某某楼市观察``), over its post's date and province (``2025-11-30 14:02
        安徽 关注``), or None."""
        text = self.decisions[index].line.text.strip()
        if ("创作者" in text or "认证" in text) and (badge := _CREATOR_BADGE_AFTER.search(text)) is not None:
            text = text[: badge.start()]  # ``某某观察某某观察 优质三农领域创作者✓认证``: what the platform calls it
        if (name := halved(text)) is None or len(name) > 12 or not is_mostly_cjk(text):
            return None
        return name if self._over_post_date(index) else None

    def _badged_over_date(self, index: int) -> str | None:
        """The account a post's header names with what the platform calls it (``骑行北京　北京骑行领域
        博主``) over the post's date (``发布于 2025-06-03 21:14``), under the headline or over it (a microblog's
        card heads its post: ``某某的街头笔记 微博原创视频博主`` / ``2024-11-29 18:22 来自 iPhone客户端``), or None."""
        text = self.decisions[index].line.text.strip()
        if index >= self.body_start:
            return None
        if (m := _NAME_THEN_BADGE.match(text)) is None or not is_mostly_cjk(m["name"]):
            return None
        return without_avatar(m["name"]) if self._over_post_date(index) else None

    def _over_creator_tag(self, index: int) -> str | None:
        """The account a post's card names alone on its line, over the post's date and what the
        platform calls the account (``某某生活观察`` / ``2025-04-16 12:03某某领域创作者``) or, under the
        headline, the platform it was posted on (``2025-10-09 16:45　来源：澎湃新闻·澎湃号·政务``); None
        for any other line."""
        text = self.decisions[index].line.text.strip()
        if not _named_alone(text) or is_platform(text):
            return None
        card = self._text_beside(index, 1)
        if card is None or display_len(card) > 48 or not _opens_with_post_date(_posted(card)):
            return None
        if _BUTTON_AFTER_ACCOUNT.sub("", card.rstrip()).endswith(("创作者", "官方账号", "官方帐号")):
            return text  # (its follow button after it: ``2025-07-21 22:03某省优质财经领域创作者 关注``)
        below_title = self.title_at is not None and index > self.title_at
        return text if below_title and PLATFORM_NAMES.search(card) else None

    def _linked_over_title(self, index: int) -> str | None:
        """The account a post's card links by name a few lines over the headline (``@某某吃货小分队``
        / ``V 某某美食博主`` / the headline) or right over its post's date (a microblog's handle: ``@某某老马`` /
        ``2024-12-02 22:18 发布于 甘肃``), or None."""
        text = self.decisions[index].line.text.strip()
        if text[:1] not in "@＠" or not _LINKED_NAME.match(text):
            return None
        near_title = self.title_at is not None and 0 < self.title_at - index <= 3
        return text[1:] if near_title or self._over_post_date(index) else None

    def _over_follow_button(self, index: int) -> str | None:
        """The account a post's card names under the headline over its follow button, on a line of
        its own (``原创`` / ``2025-04-20 22:15`` / ``·`` / ``某都小满`` / ``关注``), or None."""
        text = self.decisions[index].line.text.strip()
        if self.title_at is None or not _named_alone(text):
            return None
        k = self._beside(index, 1)
        tag = self.decisions[k].line.text.strip() if k is not None else ""
        if k is not None and (tag.endswith((*PLATFORM_BADGES, *_OFFICIAL_CALLINGS)) or is_platform(tag)):
            k = self._beside(k, 1)  # (``某某在晋北`` / ``头条创作者`` / ``+ 关注``: what the platform calls it between;
            # or the platform's name: ``小红书``)
        button = self.decisions[k].line.text if k is not None else None
        if button is None or button.strip().lstrip("+＋ ") not in ("关注", "订阅"):
            return None
        if index <= self.title_at and not self._over_post_date(k) and not self._under_own_avatar(index, text):
            return None  # (over the headline only as its post's header: the button right over the post's date, or
            # the name under its avatar: ``某某小满头像`` / ``某某小满`` / ``关注``)
        if text.endswith(PLATFORM_BADGES) or text in ("原创", "作者"):
            return None  # ``某某本地生活博主`` / ``+关注``: what the platform calls the account named over it
        return None if is_platform(text) else text

    def _over_platform_tag(self, index: int) -> str | None:
        """The account a post's card names over the platform's tag for it and the post's date
        (``健康某某12320`` / ``澎湃号·政务`` / ``2025-04-28 17:03``), or None."""
        text = self.decisions[index].line.text.strip()
        if not _named_alone(text) or PLATFORM_NAMES.search(text):
            return None
        tag = self._beside(index, 1)
        if tag is None or len(self.decisions[tag].line.text.strip()) > 12 or not PLATFORM_NAMES.search(
                self.decisions[tag].line.text):
            return None
        return text if self._over_post_date(tag) else None

    def _alone_over_stamp(self, index: int) -> str | None:
        """The account a post's header names alone on its line right over the post's date, on a page
        its furniture shows is on a self-media platform (``百家号`` / … / ``某某财经`` / ``2025-07-22 21:30``)
        or whose stamp says how the post was sent (``某某记`` / ``25-5-24 20:08 来自 微博 weibo.com``); None
        for any other line."""
        text = without_badge(self.decisions[index].line.text.strip()).lstrip("@＠")  # (``@某某发布头像 @某某发布 V``)
        over = index
        if (badge := self._beside(index, 1)) is not None and self.decisions[badge].line.text.strip() in CARD_BADGES:
            over = badge  # (``某某交警`` / ``V`` / ``25-11-18 07:12`` / ``来自 微博视频号``: its badge on a line of its own)
        if (not _named_alone(text) or not is_account_word(text) or text.endswith(BODY_ENDS)
                or not self._over_post_date(over)):  # (is_account_word refuses a platform's name)
            return None  # (``原创`` over the date: the post's mark; ``某某镇人民政府`` over it: the office's info bar)
        stamp = self._beside(over, 1)
        card = self.decisions[stamp].line.text if stamp is not None else ""
        if (sent := self._beside(stamp, 1) if stamp is not None else None) is not None and (
                self.decisions[sent].rule == SENT_WITH_RULE):
            card += " " + self.decisions[sent].line.text  # (``25-11-18 07:12`` / ``来自 微博视频号``)
        return text if self.self_media or _SENT_WITH.search(card) else None

    def _over_post_date(self, index: int) -> bool:
        """Whether the line under line ``index`` is a post's short stamp that opens with its date
        (``2025-11-30 14:02 安徽 关注``, ``发布于 2025-06-03 21:14``)."""
        card = self._text_beside(index, 1)
        return card is not None and _opens_with_post_date(card := _posted(card)) and display_len(card) <= 40

    def _name_twice_over_date(self, index: int) -> str | None:
        """The account a post's header prints twice in a row, under the headline and over the
        post's date (an avatar's alt text, then the name: ``某某说宁波`` / ``某某说宁波`` /
        ``2023-10-09 18:21浙江``), the platform's tags and buttons between at most; None for any
        other line."""
        text = self.decisions[index].line.text.strip()
        if (self.title_at is None or index <= self.title_at or not 2 <= len(text) <= 12 or " " in text
                or not is_mostly_cjk(text) or (above := self._beside(index, -1)) is None
                or self.decisions[above].line.text.strip() != text):
            return None
        k = index
        for _ in range(3):  # (``澎湃号·政务``, ``+订阅`` between)
            k = self._beside(k, 1)
            if k is None:
                return None
            if self.decisions[k].kind is Kind.META:
                return text if _opens_with_post_date(_posted(self.decisions[k].line.text)) else None
        return None

    def _writers_on_cards(self) -> None:
        """A writer's name over what the writer is (an answer's author), and accounts named on a
        card anywhere on the page: under an avatar's alt text, over where a post was sent from."""
        previous, avatar = -1, False  # the last line of text, and whether it was an avatar's alt text
        for i, d in enumerate(self.decisions):
            text = d.line.text
            if d.kind is Kind.BLANK:
                continue
            if len(text) > 20:  # (no card's line, no name over a description)
                previous, avatar = i, False
                continue
            if avatar and (d.kind in _CARD_KINDS or d.kind is Kind.META) and (card := self._avatar_card(i)):
                self.card_accounts.append(card)  # ``头像`` over it
            elif d.kind is Kind.CHROME and i < self.body_start and (card := self._card_over_counts(i)):
                self.card_accounts.append(card)  # ``某某`` / ``文章 516　总阅读 302万``
            if len(text) <= 9 and d.kind is Kind.CHROME and i < self.body_start and (
                    writer := self._name_over_description(i)):
                self.people.append(Person(writer, Role.AUTHOR))
            if (len(text) <= 4 and previous >= 0 and self.decisions[previous].kind in _CARD_KINDS
                    and is_province(text.strip()) and (card := self._card_over_province(previous))):
                self.card_accounts.append(card)  # ``广东`` under it
            previous, avatar = i, _is_avatar(text.strip()) or text.rstrip().endswith("头像")

    def _card_over_province(self, index: int) -> str | None:
        """The account a card names over where it posts from and its follow button, each on a line
        of its own (``某某茶事`` / ``广东`` / ``关注``), or None."""
        text = self.decisions[index].line.text.strip()
        if not 2 <= len(text) <= 15 or " " in text or not is_mostly_cjk(text) or is_province(text):
            return None
        k = self._beside(index, 1)
        if k is None or not is_province(self.decisions[k].line.text.strip()):
            return None
        follow = self._text_beside(k, 1)
        return text if follow is not None and follow.strip().lstrip("+") == "关注" else None

    def _card_over_counts(self, index: int) -> str | None:
        """The account a self-media card names over its counts (``草原那些事儿`` / ``文章 516　总阅读
        302万``), above the headline, or None."""
        text = self.decisions[index].line.text.strip()
        if (not 2 <= len(text) <= 16 or " " in text or not is_mostly_cjk(text) or self.title_at is None
                or any(mark in text for mark in "，。！：")):
            return None  # (``某某本地资讯，每天更新``: what the account writes on, under its name)
        if index > self.title_at:
            # under the headline, only over what the platform verified it as and its followers
            # (``某某出行提示`` / ``微博认证：某某资讯博主　粉丝 86.4万``)
            below = self._text_beside(index, 1)
            return text if below is not None and _VERIFIED_WITH_FOLLOWERS.match(below.strip()) else None
        k = index
        for step in range(2):  # (its description between at most: ``某某本地资讯，每天更新``)
            k = self._beside(k, 1)
            if k is None:
                return None
            below = self.decisions[k].line.text.strip()
            if below in _COUNT_LABELS:
                # (``文章`` / ``1532 总阅读`` / ``286万``: the card's counts, a browser's copy breaking them)
                parts, j = [below], k
                while len(parts) < 3 and (j := self._beside(j, 1)) is not None:
                    parts.append(self.decisions[j].line.text.strip())
                below = " ".join(parts)
            elif _ONE_COUNT.match(below) and (after := self._text_beside(k, 1)) is not None:
                below = f"{below} {after.strip()}"  # (``文章　523`` / ``总阅读　86万``: a count a line)
            if _ACCOUNT_COUNTS.match(below):
                return text
            if step == 0 and "，" not in below:
                return None
        return None

    def _avatar_card(self, index: int) -> str | None:
        """The account a card names under its avatar's alt text (``头像``, ``某某de小林头像``) and over its
        followers' count (``头像`` / ``某某de小林`` / ``粉丝 8.6万　获赞 102.4万``), wherever the page prints
        it, or None."""
        text = self.decisions[index].line.text.strip()
        if not 2 <= len(text) <= 20 or " " in text:
            return None
        if not _is_avatar(above := (self._text_beside(index, -1) or "").strip()) and above != f"{text}头像":
            return None  # (``某某头像`` / ``某某``: the alt text names the account too)
        k = self._beside(index, 1)
        if k is not None and (self.decisions[k].line.text.strip().endswith(PLATFORM_BADGES)
                              or self.decisions[k].line.text.strip() in _VERIFIED_MARKS):
            k = self._beside(k, 1)  # (``某某本地生活博主`` under the name: what the platform calls it; ``V``)
        below = self.decisions[k].line.text if k is not None else None
        if below is not None and below.strip().lstrip("+").strip() == "关注":
            below = self._text_beside(k, 1)  # (its follow button, then its post's date)
        elif (below is not None and k is not None and not _ACCOUNT_COUNTS.match(below.strip())
              and (after := self._text_beside(k, 1)) is not None and _ACCOUNT_COUNTS.match(after.strip())):
            return text  # (``作者头像`` / ``某某乡村记`` / ``记录江西乡村的四季`` / ``文章 1,203　总阅读 89.6万``)
        if below is None:
            return None
        if _ACCOUNT_COUNTS.match(below.strip()):
            return text
        # (over its followers' count, or over its post's date: ``发布于 2024-11-16 18:20``)
        return text if below.startswith(("粉丝", "发布于")) or (found := find_date(below)) is not None and found.start == 0 else None

    def _name_over_description(self, index: int) -> str | None:
        """The writer's name that line ``index`` prints (twice, an avatar's alt text and the name:
        ``陈一帆 陈一帆``) over what the writer is (``显示面板工程师 / 某某大学硕士``), or None."""
        parts = self.decisions[index].line.text.split()
        if not 1 <= len(parts) <= 2 or len(set(parts)) != 1 or not is_chinese_personal_name(parts[0]):
            return None
        k = self._beside(index, 1)
        return parts[0] if k is not None and self.decisions[k].rule.startswith("a writer's description") else None

    def _text_beside(self, index: int, step: int) -> str | None:
        """The text of the nearest line after (``step`` 1) or before (-1) line ``index``, one blank
        line between at most."""
        k = self._beside(index, step)
        return self.decisions[k].line.text if k is not None else None

    def _beside_speech_title(self, index: int, step: int) -> bool:
        """Whether line ``index`` stands just under (``step`` 1) or over (-1) the headline and the
        headline is a speech's (``在全县某某大会上的讲话``)."""
        return self._speech_title() and self._beside(self.title_at, step) == index

    def _under_own_avatar(self, index: int, name: str) -> bool:
        """Whether the line over line ``index`` is the avatar's alt text of the name on it (``某某头像``)."""
        above = self._text_beside(index, -1)
        return above is not None and above.strip() in (name + "头像", "头像" + name, name + "的头像")

    def _banner(self) -> str | None:
        """The page's first line, page furniture over the headline (the site's name), or None."""
        first = next((d for d in self.decisions if d.kind is not Kind.BLANK), None)
        return first.line.text.strip() if first is not None and first.kind is Kind.CHROME else None

    def _under_speech_title(self, index: int) -> bool:
        """Whether line ``index`` stands under a speech's headline (``在全县某某大会上的讲话``)."""
        return self._speech_title() and self.title_at < index

    def _speech_title(self) -> bool:
        """Whether the page's headline is a speech's (``在全县某某大会上的讲话``)."""
        return (self.title_at is not None
                and SPEECH_END.search(self.decisions[self.title_at].line.text.strip()) is not None)

    def _beside(self, index: int, step: int) -> int | None:
        """The nearest line of text after (``step`` 1) or before (-1) line ``index``, one blank line
        between at most, or None."""
        for k in (index + step, index + 2 * step):
            if 0 <= k < len(self.decisions) and self.decisions[k].kind is not Kind.BLANK:
                return k
        return None

    def _account_over_writer(self, index: int) -> bool:
        """Whether the name alone on line ``index`` stands under a post's stamp (``2025-08-02 22:10
        发布于：山西省``) and over a labelled writer (``文｜郭  婷``): the account that posted the
        writer's article, no second writer."""
        above, below = self._text_beside(index, -1), self._beside(index, 1)
        if above is None or below is None or "发布于" not in above or not is_mostly_cjk(self.decisions[index].line.text):
            return False
        under = self.decisions[below]
        return (under.kind is Kind.META and _LABELLED_WRITER.match(under.line.text.strip()) is not None
                and bool((credits := credits_of(under.line.text)) and credits.people))

    def _writer_note_beside(self, index: int, step: int) -> bool:
        """Whether the line of text under line ``index`` (``step`` 1) says who the writer is or how
        to reach the writer (``（作者系某大学副教授）``, ``作者单位：…``, an e-mail address), or the
        line over it (-1) who the writer is."""
        text = self._text_beside(index, step)
        return text is not None and _WRITER_NOTE.match(text.strip()) is not None and (step > 0 or "@" not in text)

    def _over_post_stamp(self, i: int) -> bool:
        """Whether a self-media post's stamp (``2025-05-16 09:45 发布于：宁夏``) stands right under line ``i``."""
        below = [d.line.text for d in self.decisions[i + 1 : i + 4] if d.kind is not Kind.BLANK][:1]
        return bool(below) and "发布于" in below[0] and find_date(below[0]) is not None

    def _headline_alone(self, text: str) -> str:
        """The headline without what a list or a page's bar prints on its line: a list's label, marks
        and date before it, a date bar before it, the section the breadcrumb ends on before it
        (``部门动态 某某演练``), share buttons after it."""
        text = _SHARE_AFTER_TITLE.sub("", _DATE_BEFORE_TITLE.sub("", _WEEKDAY_BEFORE_TITLE.sub("", text)))
        text = _MARKS_BEFORE_TITLE.sub("", text)
        if "新闻联播" in text[:14] and (m := _PROGRAMME_BEFORE_TITLE.match(text)) and display_len(text) - m.end() >= 8:
            text = text[m.end() :]  # ``【某某新闻联播】…``: the broadcast the story ran in, no word of its headline
        if text[2:4] == "解读" and (m := _READING_TAB.match(text)) and display_len(text) - display_len(m.group()) >= 12:
            text = text[m.end() :]
        if text.startswith("【") and (m := _LABEL_SAID_AGAIN.match(text)):
            text = text[m.end() :]  # ``【政策解读】政策解读：《…》``: a column's label over the words the headline says
        if text.startswith("【") and (m := _LABEL_BEFORE.match(text)) and self._printed_alone(text[m.end() :]):
            text = text[m.end() :]  # ``秦都：夏粮收获进度过半`` over the video, ``【视频】秦都：…`` as its player's title
        if text.startswith("【") and text.endswith("】") and "【" not in text[1:] and "】" not in text[:-1]:
            text = text[1:-1].strip()  # ``【某镇多措并举保障小麦颗粒归仓】``: the whole headline in brackets
        label = next((step for step in reversed(self.section or ()) if step not in _PAGE_STEPS), "")
        if self.section and len(self.section) > 1 and (SECTION_NAME.search(label) or label in _PROGRAMME_SECTIONS):
            for opening in (label + " ", label + "\u3000", label + "《"):
                if text.startswith(opening) and display_len(text) - display_len(opening) >= 12:
                    # (``政策解读《…》政策解读``: the section's name run into a title that opens with 《)
                    return text[len(opening) - (opening[-1] == "《") :].lstrip()
        return text

    def _printed_alone(self, text: str) -> bool:
        """Whether the page prints ``text`` (eight cells or more) as a line of its own."""
        return display_len(text) >= 8 and any(d.line.text.strip() == text for d in self.decisions)

    def _published_field(self, label: re.Pattern[str] = _PUBLISHED_LABEL) -> DateMatch | None:
        """The date a field of the page's head labels as published (``发布日期： 2025-05-28`` in an
        information-disclosure record table, among other fields), when no credit line labels one;
        with ``label``, the date another field labels (``发文日期``)."""
        for d in self.decisions[: self.body_start]:
            # (as pasted: a record row read as its title field alone, ``标题：… 文号：… 发布日期：…``)
            text = d.line.text if d.kind is not Kind.CHROME or label.search(d.line.text) else d.line.raw
            if d.kind in (Kind.CHROME, Kind.META, Kind.BREADCRUMB) and (m := label.search(text)):
                found = find_date(text[m.end() : m.end() + 40], default_year=self.default_year)
                if found is not None and found.start == 0:
                    return found
        return None

    def _date_near_title(self) -> None:
        """A date printed near the title when no credit line after it gave one: in the header zone
        (also a date split over short lines, ``2019`` / ``09/07`` / ``19:02``), then above the
        title, then in the footer credits."""
        title = self.title_at if self.title_at is not None else -1
        zone = [i for i in range(title + 1, self.body_start) if self.decisions[i].kind is not Kind.BLANK]
        held: DateMatch | None = None
        for n, i in enumerate(zone):
            d = self.decisions[i]
            if d.kind not in (Kind.CHROME, Kind.SUBTITLE, Kind.CAPTION, Kind.META) or display_len(d.line.text) > 80:
                continue
            found = find_date(d.line.text, default_year=self.default_year)
            if found is None and display_len(d.line.text) <= 12:
                # a date split over short lines; a sentence after them (a caption) is no part of it
                short = [self.decisions[j].line.text for j in zone[n : n + 3]]
                short = short[: next((k for k, t in enumerate(short) if display_len(t) > 12), len(short))]
                joined = " ".join(short)
                found = find_date(joined, default_year=self.default_year)
            if found and d.kind is Kind.CAPTION and d.line.text[found.end : found.end + 1] in ("，", ","):
                continue  # ``6月11日，某镇一处农田里…``: the day the picture was taken, opening its caption
            if found and d.kind is not Kind.META and d.line.text[found.end : found.end + 1] in ("起", "前", "后", "至", "到"):
                continue  # ``…　7月10日起网上报名``: a day the deck speaks of, not the page's
            if (found and d.kind is not Kind.META and "，" in d.line.text
                    and not _YEAR.search(d.line.text, 0, found.end)):
                continue  # ``均配备…免费设施，预计6月1日开放``: a day the deck's sentence speaks of, no year
            if found and held is None and _says_day_spoken(d.line.text.strip()):
                held = found  # ``（2024年1月24日）`` under a speech's speaker: the day it was given, if nothing dates the page
                continue
            if found:
                self.date = found
                return
        self.date = (self.title_date or self.above_title_date or self.card_date or self.footer_date
                     or self._published_field(_GENERATED_LABEL)  # (a record table's 生成日期 over the document's own)
                     or self._document_date() or self._masthead_date() or self._edition_date() or held)

    def _edition_date(self) -> DateMatch | None:
        """The day of the print edition a note under the text (or over it, under the headline) names
        (``《某某日报》（2025年03月21日 第05版）``), when nothing else on the page dates it."""
        for d in self.decisions:
            if d.kind is Kind.FOOTER and d.rule.startswith(PRINT_EDITION_RULE):
                return find_date(d.line.text, default_year=self.default_year)
        return None

    def _masthead_date(self) -> DateMatch | None:
        """A full date in the furniture over the title (an e-paper's masthead, ``某某日报2024-04-02往期
        回顾``), when nothing else on the page dates it: the closest one above the title."""
        for i in range(min(self.title_at or 0, len(self.decisions)) - 1, -1, -1):
            d = self.decisions[i]
            if d.kind in _FURNITURE and display_len(d.line.text) <= 80:
                found = find_date(d.line.text)
                if found is not None and found.year is not None:
                    return found
        return None

    def _document_date(self) -> DateMatch | None:
        """The date an official document was written (成文日期, under its issuer), when the page
        prints no other."""
        for d in self.decisions:
            if d.part == "date" and (found := find_date(d.line.text, default_year=self.default_year)):
                return found
        return None

    def bylines_in_body(self, texts: list[str], first: int | None, last: int | None) -> None:
        """Record bylines opening or closing the body; a closing one is removed from its paragraph
        (a wire's credits excepted)."""
        for k in range(first, min(first + 3, len(texts))) if first is not None else ():
            if people := leading_byline(texts[k]):  # 新京报快讯（记者 张三）, after a promotion line or two
                self.people.extend(people)
                if self.date is None and (m := _BYLINE_THEN_DATE.match(texts[k])):
                    # ``某某网讯（记者 某某）2025年5月8日，记者在…``: the only date the page prints, its dateline's
                    self.date = find_date(m["date"])
                break
        for k in {first, last} - {None}:
            if (account := account_in(texts[k][:80])) is not None:
                self.accounts.append(account)  # 本文来自微信公众号“某某”
        if last is not None:
            texts[last] = _TRAILING_LINK.sub("", texts[last]).rstrip() or texts[last]
        if last is not None and (m := _NAME_IS_WRITER.match(texts[last])) and len(texts[last]) <= 120:
            # ``Zhou Yiran is a reporter with Shanghai Eye.``: the writer, a credit line under the text
            # (kept in the text it lost three pages of the English benchmarks' bodies for one)
            self.people.append(Person(m["name"], Role.AUTHOR))
            texts[last] = ""
        elif last is not None and (found := trailing_byline(texts[last])):
            if not closes_with_wire_credits(texts[last]):
                texts[last] = found[0]  # (a wire's ``(Reporting by …; Editing by …)`` stays: its text prints it)
            self.people.extend(found[1])

    @property
    def published(self) -> dt.date | dt.datetime | None:
        return self.date.value if self.date else None

    @property
    def published_text(self) -> str | None:
        """The date as printed, kept when the page leaves out the year."""
        if self.date is None or self.date.year is not None:
            return None
        stamp = f"{self.date.month:02d}-{self.date.day:02d}"
        return f"{stamp} {self.date.time:%H:%M}" if self.date.time else stamp

    def _writer_glued_to(self, account: str) -> str | None:
        """The writer a post's header runs into its account's name (``原创张弛朝阳发布2024年…``), when
        the page prints the account alone elsewhere (``朝阳发布`` on its card) or gives it as the
        source (``来源：朝阳发布``): the name before it."""
        account = account.removeprefix("原创")
        if not 4 <= len(account) <= 16 or not is_mostly_cjk(account):
            return None
        alone = {d.line.text.strip() for d in self.decisions if 2 <= len(d.line.text.strip()) <= 12}
        if self.source:
            alone.add(self.source.strip())
        for k in (2, 3):
            if account[k:] in alone and len(account) - k >= 3 and is_chinese_personal_name(account[:k]):
                return account[:k]
        return None

    def people_tuple(self) -> tuple[Person, ...]:
        """Everyone the page credits; a self-media account is the author when no writer is named
        (on a self-media page without an account line, the account is what its credit line gives
        as the source: ``来源：某某``)."""
        people = list(self.people)
        if not any(p.role in _WRITERS for p in people):
            people.extend(self._names_above)
        if not any(p.role in _WRITERS for p in people):
            head = [d.line.text.strip() for d in self.decisions[: self.body_start] if len(d.line.text) <= 60]
            apart = frozenset(head).union(
                word for text in head for word in _CARD_SPLIT.split(text) if is_province(word))
            accounts = [name for name in (_account_name(a, apart) for a in self.accounts or self.card_accounts) if name]
            if accounts:
                writer = self._writer_glued_to(accounts[0])
                people.append(Person(writer or accounts[0], Role.AUTHOR))
            elif self.self_media and self.source and (source := _account_name(self.source)):
                people.append(Person(source, Role.AUTHOR))  # (not ``2024-05-20 11:43:08　甘肃``: where it was sent from)
        return _dedupe(people)
