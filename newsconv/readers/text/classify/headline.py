"""The headline's own evidence: credits under it, printed twice, its length; and what speaks
against it (a deck under a headline, a sentence, a row of menu items)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from newsconv.readers.text.bylines import (
    AVATAR_WORDS,
    CARD_BADGES,
    SECTION_NAME,
    credits_a_writer,
    halved,
    is_sent_from,
    leading_byline,
    unspaced,
    without_badge,
)
from newsconv.readers.text.classify.kinds import Choice, Decision, Kind
from newsconv.readers.text.classify.local import TITLES_OF_PAGE_RULE
from newsconv.readers.text.classify.page import LIST_BULLET, Page
from newsconv.readers.text.classify.shapes import (
    PLATFORM_BADGES,
    QA_TURN,
    credits_of,
    editors_only,
    ends_with_full_stop,
    has_follow_button,
    is_name_line,
    is_record_field,
    is_title_shaped,
    length_evidence,
    opens_with_date,
    title_goes_on,
    topic_evidence,
    words,
)
from newsconv.readers.text.classify.tables import is_number, spaced_cells
from newsconv.readers.text.dates import find_date, labelled_span
from newsconv.readers.text.lines import display_len, is_han_only, is_mostly_cjk
from newsconv.readers.text.official import closing_kind, is_doc_number, is_document_head

_MARKUP = 5.0  # a saved page's <title>, og:title or <h1> naming a line its headline
_FIELD_TITLE = 3.0  # a record table's 标题 field holding a line's text
_CREDITS_ABOVE = 3.0  # a headline printed under its date and byline, right over the body
_NAMES_THE_BODY = 1.5  # how well a headline over a deck names the body (a third of its terms or so)
_CLOSER = 2.0  # what a headline candidate loses when another headline stands closer to the body
_DECK = 3.0  # what a deck loses under a headline that names what the body is about
_LINK_LIST = 2.5  # what an item of a list of links loses unless it names the body better than the rest
_BANNER_REACH = 12  # lines a site's banner stands above its breadcrumb at most
_UNDER_TOOLS = 2.0  # a headline right under the page's share and print buttons
_AGENCY_CREDIT = re.compile(r"\((?:[A-Z]{2,6}|Reuters|Getty Images|Getty)\)$")  # a picture's credit
_TOOLS_ALONE = frozenset({"print", "save", "share", "e-mail", "email", "print this", "email this", "share this"})
_SOURCE_REACH = 12  # lines looked at under a site's name for the credits that give it as the source
_RUN_REACH = 40  # lines looked at each way for the rest of a list of links (keeps huge lists linear)
# An office's or an association's name, as a site's banner or an issuer prints it over a headline
# (not a place's: ``…开进老旧小区`` is a headline).
_OFFICE_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|人民政府|政府|办公室|办公厅|协会|学会|中心|公司|集团|厅|研究院|医院|法院|检察院)$")
# An office's name and nothing else (``某某市某某区人民法院``) and a path of places (``某某盟某某山市某某镇``),
# marked down as headlines: narrower than ``_OFFICE_NAME`` (a 中心 or a 公司 may end a headline).
_NAMES_ONLY_AN_OFFICE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|人民法院|人民检察院|法院|检察院|委员会|局|厅)$")
_NAMES_ONLY_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区|市|盟|州|县|区|旗|镇|乡|街道|村)){2,4}$")
# An office's name in English, capitalised throughout: ``Chaoyang District People's Government of Changchun``.
_ENGLISH_OFFICE = re.compile(r"^(?=.*\b(?:District|County|City|Province|Provincial|Municipal|Township|Town)(?: People's)? "
                             r"(?:Government|Bureau|Committee|Commission|Administration)\b)"
                             r"(?:[A-Z][\w'’.&-]*|of|and|the)(?: (?:[A-Z][\w'’.&-]*|of|and|the)){1,9}$")
# A Chinese name with its English after it, four words or more: a site's banner (``某某省生态环境厅 Department of
# Ecology and Environment of … Province``). (No headline of the corpora or the blind sets has this shape.)
_NAMED_IN_ENGLISH = re.compile(r"^[\u4e00-\u9fff（）()·]{2,30}\s+[A-Z][\w'’.&-]*(?:\s+[\w'’.&,-]+){3,}$")
# A logo's alt text beside the site's name: ``某某网 logo 某某网``, the banner.
_LOGO = re.compile(r"(?:^|\s)(?:logo|LOGO|Logo)(?:\s|$)")
# A summary labelled as one under the headline: ``导读：…``, ``核心提示：…``.
_SUMMARY_WORDS = ("导读", "摘要", "提要", "内容提要", "核心提示", "编者按")
_SUMMARY_LABEL = re.compile(rf"^(?:【(?:{'|'.join(_SUMMARY_WORDS)})】|(?:{'|'.join(_SUMMARY_WORDS)})\s*[:：])")
_SUMMARY_FIRST = frozenset("【" + "".join(word[0] for word in _SUMMARY_WORDS))  # (looked at before the pattern)
_NAME_SEPARATOR = re.compile(r"\s+[·|｜]\s+")
_EDITION_NAMES = ("电子版", "数字报", "电子报", "数字版")  # what a paper's masthead calls its web edition
_LIST_LABELS = ("footer.exact",)  # stops that head a list of other stories (相关推荐, 热门排行)
# English labels over a list of other stories (not ``Topics`` or ``Tags``, which may stand over the headline).
_STORY_LIST_LABELS = frozenset(("most read", "most popular", "most viewed", "trending", "trending now", "latest news",
                                "editor's picks", "don't miss", "more stories", "recommended", "recommended stories",
                                "related stories", "related articles", "up next", "what to read next"))
_STEPS = re.compile(r"\s[>＞›»]\s")  # steps of a Chinese site's path: no headline holds them
_ATTACHMENT = re.compile(r"^附件\s*\d{0,2}\s*[:：]")  # a document's attachment, never its headline
# A line an e-paper labels as the kicker or the subtitle of its stack: ``引　山区乡村…``, ``副题：…``.
_STACK_LABEL = re.compile(r"^(?:(?:引题|肩题|眉题|副题|副标题)\s*[:：]?|(?:栏目|节目|频道)\s*[:：]|[引副][\u3000 ]+)(?=\S)")
# A site's welcome over its pages (``欢迎访问某某州人民政府！ 2025年6月3日 星期二 无障碍…``) and a row of
# a post's tags (``#乡村振兴 #茶产业``): never a headline.
# (nor a labelled link to what goes with the page: ``相关文件：某某关于印发《…》的通知``, ``原文链接：…``)
# (one topic closed and words after it, ``#某某暴雨#今晚下班路上注意安全``, is a microblog post's headline)
_NO_HEADLINE = re.compile(r"^(?:您好[，,!！]?\s*)?欢迎(?:访问|光临|来到|您访问)"
                          r"|^(?!#[^#\s]+#[^#]+$)#[^#\s]+(?:\s*#[^#\s]+)+\s*$"
                          r"|^(?:相关[\u4e00-\u9fff]{1,4}|原文链接|政策原文)[：:]")
# A special topic's banner over its stories (``铸牢中华民族共同体意识专题``): no headline.
_TOPIC_BANNER = re.compile(r"(?:专题|专栏)$")
# A line wholly in parentheses: a note under the headline (``（其中社区公园22个、口袋公园8个）``), never it;
# a short one wholly in square brackets: a column's or programme's label over it (``【县域观察】``, ``【某某新闻联播】``).
_PARENTHESISED = re.compile(r"^[（(][^（）()]+[）)]$|^[【［\[][^】］\]]{1,12}[】］\]]$")
# What an account's card says it is (``某某市公安局官方澎湃号``), never a headline.
_ACCOUNT_DESCRIPTION = re.compile(r"官方(?:澎湃号|头条号|百家号|网易号|企鹅号|账号|帐号|号|微博|抖音号|视频号)$"
                                  r"|(?:^|\s)[\u4e00-\u9fff]{0,4}认证[:：]|粉丝\s*[\d.]+万?$"  # (``某某 微博认证：…　粉丝 86.4万``)
                                  r"|\s\S*领域(?:博主|创作者|作者)$")  # (``骑行某某　某某骑行领域博主``)
_WIDE_SPACE = re.compile(r"\s{2,}|\t")
# What a writer is, as printed under the name: ``China economy correspondent``, ``Senior reporter``.
_WRITER_TITLE = re.compile(r"^(?:[\w'’-]+\s+){0,4}(?:correspondent|reporter|writer|columnist|editor)s?$", re.IGNORECASE)
_NAV_SEPARATOR = re.compile(r"[|>»›]")  # "Home | More News", "News > Local": navigation, not a headline


# A self-media post's header run together: ``原创某某融媒掌上某某2024-06-18 19:30江苏``.
# (or its writer and account alone, the date on a line of its own: ``原创 某某老郭 老郭的果园日记``)
# (the account may be printed twice: ``原创 某河发布 某州某河发布 2025年06月14日 18:30 广东``)
_POST_STAMP = re.compile(r"^原创\s*\S{2,30}?(?:\s+\S{2,30}?)?\s*(?:19|20)\d\d[-年/.]\d{1,2}[-月/.]\d{1,2}"
                         r"|^原创[ \u3000]+[^\s，。：:！？]{2,12}(?:[ \u3000]+[^\s，。：:！？]{2,16})?$")


def may_be_headline(page: Page, i: int) -> bool:
    """Whether line ``i`` (with the lines a hard wrap carried it onto) can be the headline at all."""
    if page.known[i] is not None or page.stops[i] or (i - 1) in page.continues:
        return False
    if i not in page.continues and not is_title_shaped(page.lines[i].text):
        # the common case, decided without joining anything; but an e-paper's 主题 may be four
        # characters between its 引题 and 副题 (``稻香正浓``)
        text = page.lines[i].text
        return display_len(text) == 4 and is_han_only(text) and (
            _middle_of_stack(page, i, text) or _over_dash_subtitle(page, i, text))  # (``春日读书`` / ``——写在…``)
    text = page.title_text(i)
    if page.unit_last(i) - i >= 2 and not page.repeats[text] and not _markup_names(page, text):
        return False  # three wrapped lines or more: a paragraph (unless a list of titles or the markup prints them)
    # not a record table's field, a date bar, a Q&A's question, 某某网 > 本地新闻, 某政发〔2024〕31号, 附件：…,
    # a table's header row, a writer's credit
    return is_title_shaped(text) and not (
        is_record_field(text) or opens_with_date(text) or QA_TURN.match(text)
        or (_PARENTHESISED.match(text) and not _bracketed_under_stamp(page, i, text))
        or _STACK_LABEL.match(text) or (text[:1] in _SUMMARY_FIRST and _SUMMARY_LABEL.match(text))
        or _NO_HEADLINE.match(text) or (is_mostly_cjk(text) and _TOPIC_BANNER.search(text))
        or (is_mostly_cjk(text) and _STEPS.search(text)) or is_doc_number(text) or _ATTACHMENT.match(text)
        or _describes_account(text) or _badge_under_name(page, i, text) or has_follow_button(text)
        or _account_over_stamp(page, i, text) or (" / " in text and _steps_from_banner(page, text))
        or _heads_a_row(page, i, text)
        or ((" " in text or "\t" in text or "\u3000" in text) and _row_under_row(page, i, text))
        or credits_a_writer(text) or _writer_s_title(page, i, text) or _signs_over_date(page, i, text)
        or (text.endswith(_EDITION_NAMES) and display_len(text) <= 16)  # (``某某日报 电子版``: the paper's masthead)
        or _app_and_office(text) or (text.startswith("原创") and _POST_STAMP.match(text) is not None)
        or (text[:1].isupper() and _ENGLISH_OFFICE.match(text) is not None)  # (a government site's name in English)
        or ("\u4e00" <= text[:1] <= "\u9fff" and _NAMED_IN_ENGLISH.match(text) is not None)
        or (("logo" in text.casefold()) and _LOGO.search(text) is not None and is_mostly_cjk(text))
        or (text.startswith("Search ") and _searches_the_site(page, text))
        or text.endswith("——")  # (``修骑楼、留住户、引新业——``: a kicker whose dash leads into the headline under it)
        or labelled_span(text)  # (``有 效 期 2025年5月1日至2030年4月30日``: a record table's field)
        or (text.startswith(AVATAR_WORDS) and display_len(text) <= 28))  # ``头像某某文旅 蓝V``: an account's card


def _steps_from_banner(page: Page, text: str) -> bool:
    """Whether a line is the way down from the site to a section, joined by slashes, its first
    step the site's name as its banner prints it, the page's first line (``某某频道·某某网`` / … /
    ``某某频道·某某网 / 县域``): a breadcrumb."""
    steps = text.split(" / ")
    first = page.nonblank(0, 2)[:1]
    return (2 <= len(steps) <= 4 and bool(first) and page.lines[first[0]].text.strip() == steps[0].strip()
            and all(1 <= display_len(step.strip()) <= 12 for step in steps[1:]))


def _bracketed_under_stamp(page: Page, i: int, text: str) -> bool:
    """Whether a line wholly in square brackets is a microblog post's headline: right under the
    post's stamp, a headline's length (``…07:35 来自 微博 weibo.com`` / ``【某某今年首场降雪来了】``)."""
    if not text.startswith("【") or display_len(text) < 10:
        return False  # (``【县域观察】``: a column's label)
    return any(is_sent_from(page.lines[k].text) for k in page.nonblank(i - 1, i - 3, -1)[:1])


def _searches_the_site(page: Page, text: str) -> bool:
    """Whether ``text`` is a search box's label naming the site (``Search Jiangsu Now``), the name
    printed elsewhere on the page (the banner)."""
    name = text[len("Search ") :].strip()
    return 1 <= len(name.split()) <= 3 and any(name in line.text and line.text != text for line in page.lines)


def _app_and_office(text: str) -> bool:
    """Whether a line names an app and the office that runs it (``爱某某 · 某某县融媒体中心``): the
    site's banner."""
    if "·" not in text and "|" not in text and "｜" not in text:
        return False
    parts = _NAME_SEPARATOR.split(text.strip())
    return len(parts) == 2 and display_len(parts[0]) <= 8 and closing_kind(parts[1]) == "issuer"


def _signs_over_date(page: Page, i: int, text: str) -> bool:
    """Whether line ``i`` names the issuing offices that sign the page's document right over the
    date it was written (``某某区民政局　　某某区财政局`` / ``2025年4月18日``), here or as the
    site's banner over the page: the signature (署名) or the issuer's name, no headline."""
    if not is_mostly_cjk(text) or closing_kind(text) != "issuer" or any(
            page.lines[j].text.startswith("关于") or title_goes_on(text, page.lines[j].text) for j in _next_text_line(page, i)):
        return False  # (``某某区人民政府办公室`` / ``关于做好…的通知``: the issuer opening the document's title)
    copies = [k for k, line in enumerate(page.lines) if line.text == text] if page.repeats[text] > 1 else [i]
    return any(closing_kind(page.lines[j].text) == "date" for k in copies for j in _next_text_line(page, k))


def title_evidence(page: Page, i: int) -> list[tuple[str, float]] | None:
    """What speaks for and against line ``i`` (with the lines a hard wrap carried it onto)
    being the headline, or None when it cannot be (``may_be_headline``)."""
    if not (i in page.headline_lines if page.headline_lines is not None else may_be_headline(page, i)):
        return None
    text = page.title_text(i)
    copies = page.unit_copies(i, text)
    evidence: list[tuple[str, float]] = []
    listed = False  # (the page's list of titles above names it)
    named = _markup_names(page, text)
    if named:
        evidence.append(("the page's markup names it the headline", _MARKUP))
    if page.field_title is not None and text == page.field_title:
        evidence.append(("the title field of the page's record table names it", _FIELD_TITLE))
    if credits := credits_under(page, i):
        evidence.append(("credits under it", credits))
    if page.repeats[text] == 2 and display_len(text) <= 10 and is_mostly_cjk(text) and any(
            0 <= k < len(page.lines) and page.lines[k].text == text for k in (i - 1, page.unit_last(i) + 1)) \
            and not _closes_list_of_titles(page, i, text):
        # a short name printed twice in a row: an avatar's alt text and the account's name
        evidence.append(("a short line printed twice in a row (an avatar's alt text and a name)", -2.0))
    elif i >= 1 and page.lines[i - 1].text in (f"{text}头像", f"{text}的头像"):
        # (``某某文旅小编头像`` / ``某某文旅小编``: the avatar's alt text over the account's name)
        evidence.append(("under its avatar's alt text (…头像): an account's name", -4.0))
    elif copies == 2 and closing_kind(text) != "issuer" and (credits or not _pictured_under_headline(page, i, text)):
        # printed twice: as the page heading and again (share text, <h1>); three times is a label;
        # an office's name twice is the site's banner and the story's source or signature; a headline
        # set on two lines that a list of titles prints whole is printed twice too
        evidence.append(("printed twice", 2.0))
        if is_mostly_cjk(text) and (listed_above(page, i, text, copies) or _closes_list_of_titles(page, i, text)):
            evidence.append(("the page's list of titles above names it (an e-paper's 本版标题导航)", 1.5))
            listed = True
    elif text in page.broken_copies:
        # (as much as a title printed twice that the e-paper's list of titles names: it is one of them)
        evidence.append(("printed again below, broken over short lines (an e-paper's headline set line by line)", 3.5))
    elif is_mostly_cjk(text) and any(listed_above(page, j, page.lines[j].text) for j in _stack_neighbours(page, i)):
        evidence.append(("beside the headline the page's list of titles names: its kicker or deck", -2.0))
    elif is_mostly_cjk(text) and _named_in_titles_line(page, i, text):
        evidence.append(("the page's titles listed on one line above name it (本版新闻：…)", 3.5))
    elif is_mostly_cjk(text) and any(_named_in_titles_line(page, j, page.lines[j].text)
                                     for j in page.nonblank(i - 1, i - 3, -1)[:1]):
        evidence.append(("under the headline the page's titles listed on one line name: its deck", -3.5))
    if page.prose[i]:
        evidence.append(("reads as prose", -1.5))
    if _PARALLEL_PHRASES.match(text) and not listed and any(  # (a list of titles names 主题s, no 引题)
            page.known[j] is None and not page.prose[j] and _headline_sized(page.title_text(j))
            for j in _next_text_line(page, i)):
        evidence.append(("short phrases side by side over a headline: its kicker (引题)", -2.0))
    if display_len(text) <= 8 and text in page.section_names:
        evidence.append(("the last step of the page's breadcrumb: the section's name", -2.5))
    if alt_over_caption(page, i):
        evidence.append(("a picture's alt text: the caption under it says the same", -3.0))
    if _NAMES_ONLY_AN_OFFICE.match(text) or _NAMES_ONLY_PLACES.match(text):
        # (no gold headline of the blind sets is a court's, a government's or a bureau's bare name, nor a
        # place's path, ``某某盟某某山市某某镇``, over the headline: the site's banner or the issuer)
        evidence.append(("an office's or a place's name alone: the site's banner", -3.0))
    if _account_under_headline(page, i, text):
        evidence.append(("an account's name over its post's date, under a longer headline", -4.0))
    if _said_twice(text):
        evidence.append(("the same words twice in a row: a logo's alt text beside the site's name", -4.0))
    evidence.append(("length", length_evidence(text)))
    tokens = text.split()
    if len(tokens) < 3:
        pass  # (one or two words: no row of menu items, no masthead)
    elif _menu_row(text) and not listed:  # (``村庄美了 产业旺了 日子甜了``, a 主题 the list of titles names)
        evidence.append(("a row of menu items", -4.0))  # 首页 新闻 体育
    elif is_mostly_cjk(text) and _names_then_day(tokens):
        evidence.append(("names side by side, then the day: the page's masthead", -4.0))  # 某某日报 某某晚报 2025年06月26日
    if not is_mostly_cjk(text) and _WIDE_SPACE.search(text) and (parts := len(_WIDE_SPACE.split(text.strip()))) > 1:
        # "Tennis  RSS  Yahoo", "News  UK  Today's news": links side by side, as a browser copies a row
        evidence.append(("items side by side (wide spaces between)", -4.0 if parts > 2 else -2.0))
    if not is_mostly_cjk(text) and ends_with_full_stop(text):
        evidence.append(("ends with a full stop: a sentence (deck, caption)", -2.5))
    if (subtitled := _over_dash_subtitle(page, i, text)):
        evidence.append(("over a subtitle opening with a dash (——…): the main headline", 2.0))
    elif _over_main_headline(page, i):
        evidence.append(("over a headline with a dash subtitle (——…) under it: the kicker (引题)", -2.0))
    middle = not subtitled and not named and _middle_of_stack(page, i, text)
    if middle:  # (under its 引题, no deck)
        evidence.append(("the middle of three headline lines over the credits: the 主题 between its 引题 and 副题", 2.0))
    elif not (named and is_mostly_cjk(text)) and not subtitled and under_headline(page, i):
        # (the markup tells a 引题 from its 主题; so does the 副题 under a 主题)
        evidence.append(("right under a headline-like line: a deck", -2.0))
    if not middle and not subtitled and not named and any(
            page.known[j] is None and _middle_of_stack(page, j, page.lines[j].text) for j in _next_text_line(page, i)):
        evidence.append(("over the middle of three headline lines over the credits: the 引题 over its 主题", -2.0))
    return [(reason, value) for reason, value in evidence if value]


_WORD = re.compile(r"\w+")


def alt_over_caption(page: Page, j: int) -> bool:
    """Whether line ``j`` is a picture's alt text: right over the picture's caption (a line the page
    knows for one), and most of its words are the caption's (``Visitors at the Harbin Ice-Snow
    World`` / ``Visitors take photos at the Harbin Ice-Snow World in Harbin… [Photo by …]``)."""
    lines, known = page.lines, page.known
    k = j + 1 if j + 1 < len(lines) and not lines[j + 1].blank else j + 2
    if k >= len(lines) or known[k] is None or known[k].kind is not Kind.CAPTION:
        return False  # (the common case: no caption under it)
    alt, caption = lines[j].text, lines[k].text
    if alt == caption:
        return False  # (the line twice: decided with the captions)
    if is_mostly_cjk(alt):
        return len(alt) >= 4 and sum(ch in caption for ch in alt) >= 0.8 * len(alt)
    said, captioned = _WORD.findall(alt.casefold()), set(_WORD.findall(caption.casefold()))
    return len(said) >= 3 and sum(w in captioned for w in said) >= 0.8 * len(said)


def _under_tools(page: Page, i: int) -> bool:
    """Whether English line ``i`` stands right under a row of the page's tools (``E-mail this to a
    friend	Printable version``, ``Save`` / ``Print``): where an article's headline begins."""
    above = i - 1 if i >= 1 and not page.lines[i - 1].blank else i - 2
    if above < 0 or (decided := page.known[above]) is None or decided.kind is not Kind.CHROME:
        return False
    if is_mostly_cjk(line := page.lines[i].text) or _AGENCY_CREDIT.search(line):
        return False  # (``Marcos Baghdatis (AAP)``: a picture's caption under the buttons)
    text = page.lines[above].text
    if decided.rule.startswith("a row of tool and button words"):
        return True
    return decided.rule.startswith("chrome.exact") and text.strip().casefold() in _TOOLS_ALONE


def _next_text_line(page: Page, i: int) -> list[int]:
    """The next line of text under line ``i`` (with the lines a hard wrap carried it onto), a
    blank line between at most: the 副题 under a 主题, a table's first row under its head."""
    last = page.unit_last(i)
    return page.nonblank(last + 1, last + 3)[:1]


def _over_dash_subtitle(page: Page, i: int, text: str) -> bool:
    """Whether a Chinese headline-like line stands right over a 副题 that opens with a dash
    (``“赣鄱粮仓”再夺丰收`` / ``——来自江西秋收一线的报道``): the main headline of a
    引题/主题/副题 stack, whatever stands over it."""
    return is_mostly_cjk(text) and any(page.lines[j].text.startswith("——") and 4 <= display_len(page.lines[j].text) <= 60
                                       for j in _next_text_line(page, i))


def _middle_of_stack(page: Page, i: int, text: str) -> bool:
    """Whether Chinese line ``i`` stands between two other headline-like lines, the lower one right
    over the credits, and the three stand alone (no fourth headline-like line over them): an
    e-paper's 引题, 主题 and 副题, whose 主题 is the headline. (Remembered for the page: the line over
    ``i`` asks it too.)"""
    if (found := page.stack_middles.get(i)) is None:
        found = page.stack_middles[i] = _stack_middle(page, i, text)
    return found


def _stack_middle(page: Page, i: int, text: str) -> bool:
    """``_middle_of_stack``, worked out."""
    if not is_mostly_cjk(text) or page.unit_last(i) != i or closing_kind(text) == "issuer":
        return False
    above, below = page.nonblank(i - 1, i - 3, -1)[:1], _next_text_line(page, i)
    if not (above and below and _stacked(page, above[0]) and _stacked(page, below[0])):
        return False
    under = _next_text_line(page, below[0])
    if under and page.kind(under[0]) is Kind.CHROME and find_date(page.lines[under[0]].text) is not None:
        under = _next_text_line(page, under[0])  # (the page's tools and its date between: ``【字号 大 中 小】【打印】 2025年…``)
    over = page.nonblank(above[0] - 1, above[0] - 3, -1)[:1]
    # (not the last items of a list, under ``热点排行``, a section's name, ``部门动态``, or an e-paper's
    # list of titles, ``本版标题导航``)
    # (the credits on a line, or opening the story: ``本报讯（记者 某某）…``)
    return (bool(under) and (page.kind(under[0]) is Kind.META or (
                page.known[under[0]] is None and leading_byline(page.lines[under[0]].text[:80]) is not None))
            and not (over and _stacked(page, over[0]))
            and listed_under_label(page, above[0]) is None
            and not (over and display_len(label := page.lines[over[0]].text) <= 8
                     and (SECTION_NAME.search(label) or label.strip() in page.section_names))
            and not (over and _labels_a_list(page, over[0])))


_LIST_LABEL_WORD = re.compile(r"标题|新闻|导航|导读|目录|文章|推荐|阅读|排行|热点|要闻|动态")


def _labels_a_list(page: Page, j: int) -> bool:
    """Whether line ``j`` is one of the page's own labels (``本版标题导航``, ``本版新闻``), as its
    lexicon knows them: what follows it is the list it heads."""
    decided = page.known[j]
    # (a button the lexicon knows, ``搜索``, over an e-paper's 引题 heads no list)
    return (decided is not None and decided.kind is Kind.CHROME and decided.rule.startswith("chrome.exact")
            and _LIST_LABEL_WORD.search(page.lines[j].text) is not None)


def _stacked(page: Page, j: int) -> bool:
    """A Chinese headline-like line, undecided, eight characters or more, no office's name: one of a
    stack of headline lines (``视频播放器`` over a video's title is a label, ``某某市统计局`` under a
    bulletin's title its issuer)."""
    text = page.lines[j].text
    return (page.known[j] is None and not page.prose[j] and is_mostly_cjk(text) and display_len(text) >= 8
            and is_title_shaped(text) and not page.stops[j] and closing_kind(text) != "issuer"
            and not _describes_account(text)  # (``某某中心官方微博`` under an account's name)
            and not _menu_row(text, 4))  # (an e-paper's pages over its 主题 and 副题: ``A01 封面　A02 要闻　A03 两会``)


def _writer_s_title(page: Page, i: int, text: str) -> bool:
    """An English line that says what the writer named over it is (``Ling Xiaoyu`` / ``China economy
    correspondent``): no headline."""
    if is_mostly_cjk(text) or not _WRITER_TITLE.match(text):
        return False
    above = page.nonblank(i - 1, i - 3, -1)[:1]
    return any(is_name_line(page.lines[j].text) for j in above)


def listed_above(page: Page, i: int, text: str, copies: int | None = None) -> bool:
    """Whether ``text`` (line ``i``, printed twice on the page: ``copies`` times, counting a
    headline set on two lines) was printed before as one of a list of titles: its earlier copy
    stands among other headline-like lines (an e-paper's 本版标题导航)."""
    if (page.repeats[text] if copies is None else copies) != 2:
        return False
    for k in range(i - 2, max(-1, i - 60), -1):
        if page.lines[k].text == text or unspaced(LIST_BULLET.sub("", page.lines[k].text)) == unspaced(text):
            around = [n for n in (k - 2, k - 1, k + 1, k + 2) if 0 <= n < len(page.lines) and page.known[n] is None
                      and is_title_shaped(page.lines[n].text) and page.lines[n].text != text]
            # one of three titles or more in a row, not a banner over a line; or the first of two or more
            # under the list's label (``本版标题`` / the headline / another / ``简讯``)
            return len(around) >= 2 or (k + 1 in around and k >= 1 and _labels_a_list(page, k - 1))
    return False


def _named_in_titles_line(page: Page, i: int, text: str) -> bool:
    """Whether an e-paper's list of the page's titles on one line above line ``i`` (``本版新闻：某某开
    某某创新高 …``) names ``text`` as one of them."""
    for k in range(i - 1, max(-1, i - _RUN_REACH), -1):
        decided = page.known[k]
        if decided is not None and decided.rule == TITLES_OF_PAGE_RULE:
            titles = re.split(r"[:：]", page.lines[k].text, maxsplit=1)[1].split()
            return unspaced(text) in titles
    return False


def _stack_neighbours(page: Page, i: int) -> list[int]:
    """The next line of text over and under line ``i``, a blank line between at most (a Chinese
    引题, 主题 and 副题 stand so)."""
    return page.nonblank(i - 1, i - 3, -1)[:1] + _next_text_line(page, i)


def _over_main_headline(page: Page, i: int) -> bool:
    """Whether the next line of text under line ``i`` is a Chinese headline over a dash subtitle."""
    return any(page.known[j] is None and is_title_shaped(text := page.lines[j].text) and _over_dash_subtitle(page, j, text)
               for j in _next_text_line(page, i))


def _heads_a_row(page: Page, i: int, text: str) -> bool:
    """Whether ``text`` is a table's header row pasted with spaces: three cells or more, and a
    row of as many cells with a figure under it (``地块编号 土地位置 出让面积（平方米）…`` over
    ``P2024-31 陈埭镇岸兜村 21536 …``; a table of one row is no table to the table finder)."""
    if not is_mostly_cjk(text) or (cells := spaced_cells(text)) is None:
        return False  # (an English headline's words are no cells)
    # (not the credits under a headline of three phrases: ``某某调研时强调 坚持… 推动…`` over ``来源：… 发布时间：… 08:31``)
    return any((row := spaced_cells(page.lines[j].text)) is not None and len(row) == len(cells)
               and any(is_number(cell) for cell in row) and page.kind(j) is not Kind.META
               for j in _next_text_line(page, i))


def _badge_under_name(page: Page, i: int, text: str) -> bool:
    """What a platform calls an account (``湘西土家族苗族自治州文旅资讯博主``), under the account's
    short name (``湘西文旅君``) on its card: a short unpunctuated line ending on a badge word."""
    if not text.endswith(PLATFORM_BADGES) or display_len(text) > 40 or not is_han_only(text):
        return False
    above = page.nonblank(i - 1, i - 2, -1)[:1]
    return bool(above) and display_len(name := page.lines[above[0]].text.strip()) <= 16 and is_han_only(name)


def _said_twice(text: str) -> bool:
    """Whether a line says the same words twice, a space between (``Some Daily English Some Daily
    English``, ``某某新闻网 某某新闻网``): a logo's alt text and the name beside it."""
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and words[:half] == words[half:] and (half >= 2 or display_len(words[0]) >= 6)


def _pictured_under_headline(page: Page, i: int, text: str) -> bool:
    """Whether line ``i`` and its copy stand in a row right under another headline-like line, no
    credits under them (``某院成功开展首例…手术`` / ``手术团队在…实施手术`` twice): a picture's alt
    text and its caption under the headline, not a headline printed twice."""
    pair = [k for k in (i - 1, i + 1) if 0 <= k < len(page.lines) and page.lines[k].text == text]
    if not pair or not is_mostly_cjk(text):
        return False
    first = min(i, pair[0])
    above = page.nonblank(first - 1, first - 3, -1)[:1]
    return bool(above) and page.headline_lines is not None and above[0] in page.headline_lines


def _account_over_stamp(page: Page, i: int, text: str) -> bool:
    """Whether line ``i`` is an account's name (its verified badge after it) right over its post's
    stamp, the date and where or with what it was sent (``某某文旅 V`` / ``11月27日 10:21 来自 微博头条文章``)."""
    if len(text) > 20:
        return False  # (the common case: a headline's length, no account's name)
    name = without_badge(text)
    if display_len(name) > 16 or not is_mostly_cjk(name) or not is_name_line(name, account=True, stamped=True):
        return False
    if any(is_sent_from(page.lines[j].text) for j in _next_text_line(page, i)):
        return True
    # (or the card's parts each on a line of its own: ``某某交警`` / ``V`` / ``25-11-18 07:12`` / ``来自 微博视频号``)
    parts: list[str] = []
    for j in page.following(page.unit_last(i), 4):
        part = page.lines[j].text.strip()
        if part in CARD_BADGES:
            continue
        parts.append(part)
        if display_len(stamp := " ".join(parts)) > 40:
            return False
        if len(parts) >= 2 and is_sent_from(stamp):
            return True
    return False


def _account_under_headline(page: Page, i: int, text: str) -> bool:
    """Whether line ``i`` is a self-media post's account (``某某文旅观察``) between a longer
    headline-like line over it and the post's date under it, however often the page prints it (the
    avatar's alt text and the name side by side too: ``某某老周 某某老周``)."""
    if len(text) > 12:
        text = halved(text) or text  # (only a long line may be a name twice: the common case is decided by its length)
    if display_len(text) > 12 or not is_mostly_cjk(text) or not page.over_post_date(i):
        return False
    above = page.nonblank(i - 1, i - 3, -1)[:1]
    return (bool(above) and page.known[above[0]] is None and is_title_shaped(upper := page.lines[above[0]].text)
            and display_len(upper) >= display_len(text) + 4 and is_name_line(text, account=True))


def _describes_account(text: str) -> bool:
    """``_ACCOUNT_DESCRIPTION``, its words looked for first (most lines hold none)."""
    return ("官方" in text or "认证" in text or "粉丝" in text or "领域" in text) and _ACCOUNT_DESCRIPTION.search(text) is not None


def _cells(text: str) -> list[str] | None:
    """A Chinese line's cells, when it may be a table's row: between tabs (a browser's copy) or
    spaces (a paste)."""
    if "\t" in text:
        cells = [cell for cell in text.split("\t") if cell.strip()]
        return cells if len(cells) >= 3 else None
    return spaced_cells(text)


def _row_under_row(page: Page, i: int, text: str) -> bool:
    """Whether ``text`` is a table's row under two others of as many cells, three or more (``时间
    工作内容 责任单位`` / ``9月25日前 数据比对、复核认定 区教育局、区民政局`` / ``10月31日前 资金发放到位
    区教育局、区财政局``); a breadcrumb over a headline of spaced phrases is no row."""
    if not is_mostly_cjk(text) or (cells := _cells(text)) is None:
        return False  # (the common case: no cells)
    above = page.nonblank(i - 1, i - 5, -1)[:2]
    return len(above) == 2 and all(
        page.known[j] is None and (row := _cells(page.lines[j].text)) is not None and len(row) == len(cells) for j in above)


def _markup_names(page: Page, text: str) -> bool:
    """Whether a saved page's markup (<title>, og:title, <h1>) names ``text`` as its headline."""
    return bool(page.markup_headlines) and " ".join(text.split()) in page.markup_headlines


def title_score(page: Page, i: int) -> float:
    """What line ``i``'s own evidence adds up to (0 when it cannot be the headline)."""
    return sum(value for _, value in title_evidence(page, i) or ())


def body_evidence(page: Page, i: int, start: int, end: int) -> list[tuple[str, float]]:
    """What the body under it says of line ``i`` as its headline: whether the line names what the
    body is about; whether another headline-like line that names it better stands between them
    (then ``i`` is a site name, a section label or a kicker over the real headline); whether ``i``
    is the deck under a headline that names the body too."""
    terms = page.opening_terms(start, end)
    topic = topic_evidence(page.title_text(i), terms)
    evidence = [("names what the body is about", topic)]
    if credits_above(page, i, start):
        evidence.append(("its credits above it and the body right under it", _CREDITS_ABOVE))
    tools = _under_tools(page, i)
    if tools:
        evidence.append(("right under the page's e-mail, print and share buttons", _UNDER_TOOLS))
    closer = closer_headline(page, i, start, lambda j: topic_evidence(page.lines[j].text, terms) > topic)
    if closer is not None and not tools and not (
            closer in _next_text_line(page, i)
            and (_middle_of_stack(page, i, page.lines[i].text) or _second_copy(page, i))):
        # (the 副题 under a stack's 主题, or under the 主题 the page's list of titles names, names the body
        # better as often as not; a picture's alt text and caption stand between the buttons' headline
        # and the text)
        evidence.append(("another headline-like line stands closer to the body", -_CLOSER))
    if _over_breadcrumb(page, i, start):
        evidence.append(("above the page's breadcrumb, a headline-like line under it: the site's banner", -_DECK))
    if _named_again_below(page, i, start):
        evidence.append(("a longer headline under it begins with it (the issuer's name, a site's banner)", -_DECK))
    elif _named_as_source(page, i, start):
        evidence.append(("the credits under it name it as the source (the site's name)", -_DECK))
    if (label := listed_under_label(page, i)) is not None:
        evidence.append((f"one of the stories listed under {page.lines[label].text.strip()!r}", -_LINK_LIST))
    bylined = run_closed_by_credits(page, i)
    if not bylined and headline_above(page, i, terms) is not None and not (
            (page.repeats[page.lines[i].text] == 2 or topic >= _NAMES_THE_BODY)
            and _middle_of_stack(page, i, page.lines[i].text)):
        # (a 主题 between its 引题 and 副题 that the page's list of titles prints again, or that names the body, is
        # none; one of a list of other stories over the headline names another story)
        evidence.append(("the deck under the headline above it", -_DECK))
    deck = next(iter(page.following(page.unit_last(i), 1)), None)
    has_deck = deck is not None and headline_above(page, deck, terms) == i
    if not has_deck and not bylined and not _second_copy(page, i) and (run := link_run(page, i)) and (
            topic < _NAMES_THE_BODY or max(topic_evidence(page.lines[j].text, terms) for j in run) >= topic + 1.0):
        # an item of a list of other stories; a headline with its deck under it is none
        evidence.append((f"one of {len(run)} headline-like lines in a row (a list of links)", -_LINK_LIST))
    elif not _second_copy(page, i) and (label := _in_titles_of_page(page, i)) is not None:
        evidence.append((f"one of the page's titles listed under {label!r}, the story's printed again below",
                         -_LINK_LIST))
    if deck is not None and has_deck:
        below = page.following(deck, 1)
        if below and page.kind(below[0]) is Kind.META:
            evidence.append(("its deck stands between it and its credits", 1.0))
    return [(reason, value) for reason, value in evidence if value]


def _in_titles_of_page(page: Page, i: int) -> str | None:
    """The label (``本版标题``) of an e-paper's list of the page's titles that line ``i`` is one of,
    when one of the list is printed again below it as the story's headline; else None. Then each
    line of the list is one of it, however well it names the body."""
    lines, known = page.lines, page.known
    first = last = i
    while first - 1 >= 0 and known[first - 1] is None and not page.prose[first - 1] and lines[first - 1].text \
            and i - first < _RUN_REACH:
        first -= 1  # (the list's lines stand one under the other, no blank line between)
    while last + 1 < len(lines) and known[last + 1] is None and not page.prose[last + 1] and lines[last + 1].text \
            and last - i < _RUN_REACH:
        last += 1
    above = page.nonblank(first - 1, first - 3, -1)[:1]
    if last == first or not above or not _labels_a_list(page, above[0]):
        return None
    listed = {lines[j].text for j in range(first, last + 1) if page.repeats[lines[j].text] == 2}
    again = any(lines[k].text in listed and _second_copy(page, k) for k in range(last + 1, min(len(lines), last + 40)))
    return lines[above[0]].text.strip() if again else None


def _closes_list_of_titles(page: Page, i: int, text: str) -> bool:
    """Whether ``text`` (line ``i``, printed twice in a row) is first printed as the last of a list of
    titles under its label (``本版标题`` / … / ``夏夜里的读书声``), the story's headline then run on under
    it: an e-paper's, not an avatar's alt text over the account's name."""
    if i + 1 < len(page.lines) and page.lines[i + 1].text == text:
        first = i
    elif i >= 1 and page.lines[i - 1].text == text:
        first = i - 1
    else:
        return False
    k = first - 1
    while k >= 0 and first - k <= _RUN_REACH and page.known[k] is None and not page.prose[k] \
            and is_title_shaped(page.lines[k].text):
        k -= 1
    return first - k > 2 and k >= 0 and _labels_a_list(page, k)


def _second_copy(page: Page, i: int) -> bool:
    """Whether line ``i`` is a Chinese headline printed a second time under the list of titles
    that names it first (an e-paper's 本版新闻 run on into its 引题/主题/副题): the article's, not
    one of the list's."""
    text = page.lines[i].text
    return is_mostly_cjk(text) and listed_above(page, i, text)


def link_run(page: Page, i: int) -> list[int]:
    """The run of headline-like lines, one right under the other, that line ``i`` is one of, when
    it is four lines or longer (a list of links; a kicker, a headline, a deck and an image's alt
    text make three at most); else empty."""
    def headline_like(j: int) -> bool:
        return (0 <= j < len(page.lines) and not page.lines[j].blank and page.known[j] is None
                and not page.prose[j] and is_title_shaped(page.lines[j].text))

    if not headline_like(i):
        return []
    first, last = i, i
    while headline_like(first - 1) and i - first < _RUN_REACH:
        first -= 1
    while headline_like(last + 1) and last - i < _RUN_REACH:
        last += 1
    return list(range(first, last + 1)) if last - first >= 3 else []


def listed_under_label(page: Page, i: int) -> int | None:
    """The Chinese label of a list of other stories (相关推荐, 热门排行) that line ``i`` is
    listed under, if any: headline-like lines run from the label down to ``i`` and go on under it.
    The last of them, right over the credits, may be the headline itself; ``i`` is not."""
    below = page.following(page.unit_last(i), 1)
    if not below or page.known[below[0]] is not None or page.prose[below[0]] or not is_title_shaped(
            page.lines[below[0]].text):
        return None
    for j in range(i - 1, max(i - 1 - _RUN_REACH, -1), -1):
        if page.lines[j].blank:
            return None  # a blank line between: not one list
        if page.stops[j]:  # (a Chinese label, or an English one over other stories: English pages' Topics: and
            # Tags: head no sidebar above the article)
            label = page.lines[j].text
            return j if str(page.stops[j]).startswith(_LIST_LABELS) and (
                is_mostly_cjk(label) or label.strip().casefold() in _STORY_LIST_LABELS) else None
        if page.known[j] is not None or page.prose[j] or not is_title_shaped(page.lines[j].text):
            return None
    return None


def _over_breadcrumb(page: Page, i: int, start: int) -> bool:
    """Whether Chinese line ``i`` stands above the page's breadcrumb with a headline-like line
    between the breadcrumb and the body: a site prints its banner and menus over the breadcrumb, the
    article's headline under it."""
    if not is_mostly_cjk(page.lines[i].text):
        return False  # an English post prints its categories (Posted in: A » B) under its headline
    last = page.unit_last(i)
    crumb = next((j for j in range(last + 1, min(start, last + _BANNER_REACH))
                  if page.kind(j) is Kind.BREADCRUMB), None)
    if crumb is None:
        return False
    lines, _ = _headline_like(page)
    return any(page.lines[j].text != page.lines[i].text for j in lines[bisect_right(lines, crumb) : bisect_left(lines, start)])


def _named_again_below(page: Page, i: int, start: int) -> bool:
    """Whether a headline-like line between line ``i`` and the body begins with ``i``'s text and
    goes on (``某某省农业农村厅`` over ``某某省农业农村厅关于…的通告``)."""
    text = page.title_text(i)
    if not is_mostly_cjk(text):
        return False
    lines, _ = _headline_like(page)
    for j in lines[bisect_right(lines, page.unit_last(i)) : bisect_left(lines, start)]:
        below = page.lines[j].text
        if len(below) >= len(text) + 4 and below.startswith(text):
            return True
    return False


def _named_as_source(page: Page, i: int, start: int) -> bool:
    """Whether a credit line between line ``i`` and the body gives ``i``'s text as its source
    (``国家税务总局某某省税务局`` over ``[2025-03-03]来源：国家税务总局某某省税务局``)."""
    text = page.title_text(i)
    if len(text) > 60 or (display_len(text) > 24 if is_mostly_cjk(text) else words(text) > 5):
        return False  # (``Shanghai Eye`` over ``Source: Shanghai Eye``: a site's name in English too)
    last = page.unit_last(i)
    end = start if is_mostly_cjk(text) else min(start, last + _SOURCE_REACH)  # (an English site's name near its credits)
    for j in page.nonblank(last + 1, end):
        if page.kind(j) is Kind.META and text in page.lines[j].text:
            credits = credits_of(page.lines[j].text)
            if credits is not None and credits.source and (credits.source == text or (
                    not is_mostly_cjk(text) and text.startswith(credits.source))):
                return True  # (``Source: Shanghai EyeEditor: …``: the next label run into the name)
    return False


def run_closed_by_credits(page: Page, i: int) -> bool:
    """Whether line ``i`` ends a run of headline-like lines that holds it twice, with its credits
    right under it, a dashed subtitle at most between (``本版标题导航`` / … / the headline / ``——副题``
    / ``□本报记者 …``): the article's headline after the list of the page's stories, not one of them."""
    if page.repeats[page.title_text(i)] != 2:
        return False
    run = link_run(page, i)
    if not run or run[-1] != page.unit_last(i):
        return False
    after = page.following(run[-1], 2)
    if after and page.kind(after[0]) is Kind.META:
        return True
    return (len(after) == 2 and page.lines[after[0]].text.startswith(("——", "—", "--"))
            and page.kind(after[1]) is Kind.META)


def closer_headline(page: Page, i: int, start: int, about_body: Callable[[int], bool]) -> int | None:
    """A headline-like line between line ``i`` and its credits or the body's first line that names
    what the body is about as well as ``i`` does (``i``'s own deck aside; a line past the credits
    is a caption or a video's title)."""
    text = page.title_text(i)
    last = page.unit_last(i)
    lines, credits = _headline_like(page)
    stop = min(start, credits[last + 1] if last + 1 < len(credits) else start)
    for j in lines[bisect_right(lines, last) : bisect_left(lines, stop)]:
        if page.lines[j].text != text and about_body(j) and not deck_of(page, i, j):  # (the cheaper test first)
            return j
    return None


def _asks(text: str) -> bool:
    """A short Chinese line that asks or exclaims (``直播间买到不合格净化器，主播公司要担责吗？``):
    read as prose for its comma, yet shaped as headlines often are."""
    return text.endswith(("？", "！")) and is_mostly_cjk(text) and display_len(text) <= 60


def _headline_like(page: Page) -> tuple[list[int], list[int]]:
    """The page's undecided headline-like lines (in order), and for every line the first credit
    line at or after it (built once a page)."""
    if page.headline_like is None:
        n = len(page.lines)
        lines = []
        for j in range(n):
            if page.known[j] is not None or page.stops[j] or (page.prose[j] and not _asks(page.lines[j].text)):
                continue
            if j in page.continues or (j - 1) in page.continues:
                continue
            text = page.lines[j].text
            if is_title_shaped(text) and _headline_sized(text) and not (
                    QA_TURN.match(text) or _PARENTHESISED.match(text)):
                lines.append(j)
        credits = [n] * (n + 1)
        for j in range(n - 1, -1, -1):
            credits[j] = j if page.kind(j) is Kind.META else credits[j + 1]
        page.headline_like = (lines, credits)
    return page.headline_like


def headline_above(page: Page, j: int, terms: frozenset[str]) -> int | None:
    """The headline that line ``j`` is the deck of, if any: the line right above it (page furniture
    aside), headline-sized, naming what the body is about, not a row of navigation; and not one of
    a list of links, unless it names the body where the link above it does not."""
    for i in page.nonblank(j - 1, j - 4, -1):
        if i + 1 < j and page.lines[i + 1].blank:
            return None
        if (i - 1) in page.continues:
            continue  # (the second line of a headline printed on two: the headline is the line over it)
        if page.known[i] is not None:
            if _is_menu(page.known[i]):
                return None  # (a site's menu between: what stands over it is the site's banner)
            continue
        text = page.title_text(i)
        if (not (deck_of(page, i, j) and _over_a_deck(text) and not _NAV_SEPARATOR.search(text)) or is_record_field(text)
                or _OFFICE_NAME.match(text)):
            return None  # (an office's name over the headline is the site's banner or the issuer, no headline)
        # a headline names what its body is about: printed right over its deck, if only in a word;
        # across page furniture (a site's name over a row of buttons), as a headline does
        topic = topic_evidence(text, terms)
        if not topic or (page.unit_last(i) + 1 < j and topic < _NAMES_THE_BODY) or listed_under_label(page, i) is not None:
            return None
        link = in_link_run(page, i)
        if link is not None and topic_evidence(page.lines[link].text, terms) > 0 and (
                not is_mostly_cjk(text) or link_run(page, i)):
            return None  # one of a list of links; a Chinese 引题, 主题 and 副题 are three lines, no list
        return i
    return None


def _over_a_deck(text: str) -> bool:
    """Long enough to be a headline with a deck under it; shorter, it is a kicker over the headline
    ("Analyzing Snap Counts"), and so is a Chinese line of two or three short phrases side by side
    (``搭建平台 做强产业链``)."""
    return display_len(text) >= 8 and not _PARALLEL_PHRASES.match(text) if is_mostly_cjk(text) else words(text) >= 4


def _menu_row(text: str, least: int = 3) -> bool:
    """Whether a Chinese line is a row of ``least`` short menu items or more (``首页 新闻 体育``,
    ``A01 封面　A02 要闻　A03 两会　A04 城市``; four make sure it is no banner, ``某某日报 Daily News``)."""
    tokens = text.split()
    return is_mostly_cjk(text) and len(tokens) >= least and (
        all(display_len(t) <= 4 for t in tokens) or (len(tokens) >= 4 and all(display_len(t) <= 6 for t in tokens)))


def _names_then_day(tokens: list[str]) -> bool:
    """Whether a line's words are short names side by side and the day after them, its weekday at
    most (``某某日报 某某晨报 某某晚报 2025年06月26日``): a masthead's bar, no headline."""
    dated = tokens[:-1] if len(tokens) >= 4 and _WEEKDAY.match(tokens[-1]) else tokens
    names, last = dated[:-1], dated[-1]
    found = find_date(last)
    return (len(names) >= 2 and found is not None and found.start == 0 and found.end == len(last)
            and all(display_len(name) <= 6 and is_han_only(name) for name in names))


_WEEKDAY = re.compile(r"^(?:星期|周)[一二三四五六日天]$")


# Two or three short Chinese phrases side by side, as a kicker (引题) prints them: ``搭建平台 做强产业链``.
_PARALLEL_PHRASES = re.compile(r"^[\u4e00-\u9fff“”]{2,6}(?:[ \u3000]+[\u4e00-\u9fff“”]{2,6}){1,2}$")


def _headline_sized(text: str) -> bool:
    return display_len(text) >= 6 if is_mostly_cjk(text) else words(text) >= 3


# A document named and the reading of it the page gives (``《某某办法》政策解读``): a whole headline.
_READS_DOCUMENT = re.compile(r"^《[^》]{4,}》(?:政策)?(?:解读|图解|问答|答问|起草说明)$")


def deck_of(page: Page, i: int, j: int) -> bool:
    """Whether line ``j`` is the deck printed right under the headline ``i``: the next line of text
    (page furniture aside), title-shaped, and longer than the headline (or any length under a headline
    the page prints again where it does not print ``j``); never a document's name with its reading."""
    previous = page.unit_last(i)
    for k in page.following(previous, 3):
        if k != previous + 1:
            return False  # a blank line between: one of a list of links, not a headline and its deck
        if k == j:
            break
        previous = k
        decided = page.known[k]
        if decided is None or decided.kind in (Kind.META, Kind.BREADCRUMB) or page.stops[k]:
            return False
    else:
        return False
    upper, lower = page.title_text(i), page.lines[j].text
    if page.known[j] is not None or page.stops[j] or not is_title_shaped(lower) or ends_with_full_stop(upper):
        return False
    if _READS_DOCUMENT.match(lower):
        return False  # (``《某某若干措施》政策解读`` under a tab's label: the page's title, no deck)
    if is_mostly_cjk(upper):
        # (or shorter, when the page prints the headline again and not the line under it: an
        # e-paper's list of titles names the 主题, never its 副题)
        return is_mostly_cjk(lower) and (display_len(lower) > display_len(upper)
                                         or (page.repeats[upper] == 2 and page.repeats[lower] == 1))
    # (as many words, more letters: ``… booms as cross-border trade hits new high`` / ``… handled record
    # cargo in the first quarter, officials say``)
    return not is_mostly_cjk(lower) and (words(lower), len(lower)) > (words(upper), len(upper))


def headline_rule(page: Page, title: int, choice: Choice) -> str:
    """What made line ``title`` the headline, for ``--explain``: its evidence, the names it
    shares with the body's opening, and the body under it."""
    evidence = list(title_evidence(page, title) or []) + body_evidence(page, title, choice.start, choice.end)
    reasons = ", ".join(f"{reason} {value:+.1f}" for reason, value in evidence)
    return f"headline: {reasons or 'title-shaped'}; body under it: lines {choice.start + 1}-{choice.end + 1}"


def credits_under(page: Page, i: int) -> float:
    """Credits right under a line mark it as the title; less so with other lines between."""
    text = page.lines[i].text
    between = 0.0  # what stands between the line and the credits under it
    for j in page.following(page.unit_last(i), 8):
        kind = page.kind(j)
        if kind is Kind.META and not editors_only(page.lines[j].text):
            return max(4 - between, 0)
        if kind is not None:
            continue  # share buttons, photo credits
        other = page.lines[j].text
        if other == text:
            continue
        if page.prose[j]:
            between += 1.0  # a deck may stand between the title and the byline
        elif is_title_shaped(other):
            between += 1.0  # another title-like line stands closer to the credits
        else:
            between += 0.5
        if between >= 3:
            break
    return 0.0


def credits_above(page: Page, i: int, start: int) -> bool:
    """Whether line ``i`` stands between its credits and the body (``Jan 18, 2008`` / ``E-mail |
    Print`` / the headline / the body): a credit line just above it, page furniture at most
    between, none of its own under it. A section label over the credits then has them under it,
    which is why this counts too."""
    last = page.unit_last(i)
    for j in page.nonblank(last + 1, start):
        if page.kind(j) is Kind.META or (page.known[j] is None and not (
                is_mostly_cjk(page.lines[j].text) and is_document_head(page.lines[j].text))):
            return False  # an official document's number or addressees may stand over its text
    for j in page.nonblank(i - 1, i - 5, -1):
        decided = page.known[j]
        if decided is not None and decided.kind is Kind.META and page.stops[j] and find_date(decided.line.text):
            return True  # (``Source: Xinhua | 2025-05-27``: a source's line, which closes many a story, dated over it)
        if decided is None or page.stops[j] or decided.kind is Kind.BREADCRUMB:
            return False
        if decided.kind is Kind.META:
            return True
    return False


def under_headline(page: Page, i: int) -> bool:
    """Whether a longer headline-like line stands just above line ``i`` with nothing but page
    furniture between: then ``i`` is the deck under that headline (a kicker above is shorter)."""
    for j in page.nonblank(i - 1, i - 4, -1)[:3]:
        decided = page.known[j]
        if decided is not None:
            if decided.kind in (Kind.META, Kind.BREADCRUMB) or page.stops[j] or _is_menu(decided):
                return False
            continue
        first = j
        while first - 1 in page.continues:
            first -= 1  # (the last line of a headline printed on two lines: the headline is the unit)
        above = page.title_text(first)
        if (page.prose[j] or not is_title_shaped(above) or above == page.lines[i].text or is_record_field(above)
                or _menu_row(above, 4) or _OFFICE_NAME.match(above)  # (nor an office's name: the site's banner)
                or _PARENTHESISED.match(above)):  # (nor a column's label, ``【乡村振兴进行时】``: a kicker's place)
            return False  # a record table's field holding the title is no headline over it, nor a row of menu items
        if alt_over_caption(page, j):
            return False  # a picture's alt text over its caption: the headline comes under the picture
        if is_mostly_cjk(above) and page.repeats[page.lines[i].text] == 2 and page.repeats[above] == 1:
            return False  # an e-paper lists its stories by their 主题: printed again there, ``i`` is one under its 引题
        if page.title_text(i) in page.broken_copies:
            return False  # (the headline an e-paper sets line by line and its list prints whole, under its 引题)
        if above in page.broken_copies:
            return True  # (a headline set line by line that the page's list prints whole: a deck under it)
        if is_mostly_cjk(above) and page.repeats[page.lines[i].text] == 1 and listed_above(page, first, above):
            return True  # (a 主题 the page's list of titles names, short as it may be: the line under it is its 副题)
        size = _over_a_deck(above)
        return (size and not ends_with_full_stop(above) and in_link_run(page, j) is None
                and listed_under_label(page, j) is None)
    return False


def _is_menu(decided: Decision) -> bool:
    """A line decided as a site's menu (navigation), which stands between its banner and the page."""
    return decided.kind is Kind.CHROME and decided.rule.startswith("navigation")


def in_link_run(page: Page, j: int) -> int | None:
    """The short headline-like line that line ``j`` follows, if any: then ``j`` may be one of a
    list of links."""
    for k in page.nonblank(j - 1, j - 2, -1):
        if page.known[k] is None and not page.prose[k] and is_title_shaped(page.lines[k].text):
            return k
    return None

# -- the body that follows a title
