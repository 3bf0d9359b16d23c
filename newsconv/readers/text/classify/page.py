"""One page's lines and what is known of each before the article is chosen: the first pass's
decisions, repeated labels, bylines beside the date, prose flags (a hard wrap judged as a whole),
lists, weights, footer barriers, and the indexes that keep later questions cheap."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from newsconv.readers.text.bylines import (
    dated_account_card,
    is_chinese_personal_name,
    is_dotted_name,
    is_name,
    is_platform,
    is_province,
    is_sent_from,
    platform_account,
    split_names,
    without_badge,
)
from newsconv.readers.text.classify.kinds import Decision, Kind
from newsconv.readers.text.classify.local import local_decisions, without_tool_cells
from newsconv.readers.text.classify.shapes import (
    ACCOUNT_DATED_RULE,
    ACCOUNT_RULE,
    BARE_URL,
    DIGITS,
    NON_PROSE_COST,
    PLATFORM_ACCOUNT_RULE,
    RELATIVE_TIME,
    WRITERS_UNDER_TITLE_RULE,
    completes_title,
    english_line_over_byline,
    english_title_goes_on,
    is_counter,
    is_name_line,
    is_prose,
    is_readers_count,
    is_record_field,
    is_title_shaped,
    line_weight,
    names_a_document,
    record_label_alone,
    record_label_row,
    title_goes_on,
    topic_terms,
    words,
)
from newsconv.readers.text.classify.tables import PastedTable, find_tables, spaced_cells
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lexicon import Lexicon
from newsconv.readers.text.lines import (
    Line,
    detect_wrap,
    detect_wrap_among,
    detect_wrap_pairs,
    display_len,
    ends_sentence,
    is_han_only,
    is_mostly_cjk,
    join_wrapped,
)
from newsconv.readers.text.official import closing_kind, is_doc_number
from newsconv.readers.text.patterns import literal_alternation

# Where a post was sent from, or its readers, on a line of its own under its date: ``发布于 天津``, ``阅读数：6.2万``.
_POSTED_FROM = re.compile(r"^(?:(?:发布于|来自|IP属地)\s*[:：]?\s*[\u4e00-\u9fff]{2,3}|阅读(?:数|量)?\s*[:：]?\s*[\d.]+万?)$")
_LIST_MARKER = re.compile(r"^(?:(?P<num>\d{1,2})[.)）、．]\s*|[•●▪■◆◇►▶·]\s*|[-–*]\s+)(?=\S)")
# A record table's title field: ``标题： 关于…的通报``, ``信息名称：…``.
_TITLE_FIELD = re.compile(r"^(?:标[ \u3000]*题|题[ \u3000]*目|信息名称|文件名称|文章标题)[ \u3000]*[:：\t][ \u3000\t]*(?=\S)")
_NEXT_FIELD = re.compile(r"[ \u3000\t]+[\u4e00-\u9fff]{2,6}[:：]")  # the next field of a record table's row
# One microblog topic alone on a line (``#某某地铁6号线开通时间定了#``).
_ONE_TOPIC = re.compile(r"^#[^#\s]{4,30}#$")
_MEDIA_LABEL = re.compile(r"^(?:视频|组图|图集|多图|直播)\s*[：:|｜丨]\s*")  # before a gallery's or video's headline
_LIST_REACH = 12  # lines looked at over a headline's first half for the label of a list it ends
_CAPTION_COST = 2  # what a Chinese caption weighs against the body it stands in (a credit line: NON_PROSE_COST)
_PICTURE_COUNT = re.compile(r"^[（(]?\d{1,2}\s*/\s*\d{1,2}[)）]?$")  # a gallery's 2/4 under its picture
# When a picture was taken, opening its caption: ``开馆当天，``, ``“五一”期间，``, ``4月5日上午，``.
_WHEN_OPENING = re.compile(r"^(?:[^，。]{1,10}?(?:当天|当日|期间|前夕|之际)|(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|傍晚)?)，")
# What a caption opens with before what it shows: a date (``9月14日，``, ``8月1日晚，``), ``图为``.
_CAPTION_OPENING = re.compile(r"^(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|傍晚|清晨|凌晨)?[，,]\s*)?(?:图为)?")
_QUOTES_CLOSED = "”’\"')）"  # what may close a sentence after its mark (``…吗？”``)
_QUOTE_MARKS = re.compile(r"[“”\"「」『』]")
# "More", "More Sports Headlines", "More from …", "Also in …", "Related …", "About the author": a box of
# other stories; "More Britons in blood scandal" is a headline.
_MORE_LINK = re.compile(
    r"^(?:More\b[^\w\s]*(?:\s+[^\s.!?]+){0,2}|More\s+(?:from|in|on|like|of|about|by|at|to|most|top|latest|recent|popular"
    r"|stories|news|videos|photos|articles|headlines|blogs)\b[^.!?]{0,40}"
    r"|(?:Also|Related|About)\b[^.!?]{0,40})$"
)
# The head of a comments section, two words at least ("Comments" alone is in the lexicon):
# "Reader comments (5)", "6 Comments Leave a comment", "No comments yet", "{ 16 comments… read them
# below or add one }", "Post a comment", "Read/Post Comments", "Have your say on this story",
# "Comments are now closed for this story", "There are 12 comments."
_COMMENTS_HEAD = re.compile(
    r"^[{(\[]?\s*(?:\d+|one|no|zero)?\s*(?:reader\s+|user\s+)?comments?\b(?!\s+(?:by|from|on|of|to|made)\b)"
    r"|^(?:post|add|leave|write|submit|view|show|read|see|load|join)\s+(?:a\s+|your\s+|all\s+|the\s+|\d+\s+)?"
    r"(?:comments?|discussion|conversation)\b"
    r"|^(?:read|add|post)\s*/\s*(?:post|view|read)\s+comments?\b|^have your say\b|^discuss this (?:story|article|post)\b"
    r"|\bcomments? (?:are|is|have been) (?:now )?closed\b|\bthere (?:are|is) (?:\d+|no) comments?\b"
    r"|\bfeedback is (?:now )?closed\b",
    re.IGNORECASE,
)
# A site's or a platform's disclaimer under the article, however it begins: ``本文为某某号作者…上传并发布，
# 仅代表该作者观点…仅提供信息发布平台``, ``未经正式授权严禁转载本文，侵权必究``.
_DISCLAIMER = re.compile(
    r"转载本文|本文[^。，]{0,10}转载|侵权必究|仅代表(?:该|其)?(?:作者|个人)|(?:不|并不)代表[^。]{0,16}(?:观点|立场)"
    r"|仅提供信息(?:存储|发布)|禁止下载使用|未经(?:协议|书面)?授权[^。]{0,8}(?:禁止|不得|严禁)"
)
_DISCLAIMER_WORDS = ("本文", "代表", "侵权必究", "仅提供信息", "禁止下载使用", "授权")  # every form holds one
# Every form of _COMMENTS_HEAD holds one of these words (in any case; in an ASCII line, lowered).
_COMMENTS_WORDS = ("comment", "discussion", "conversation", "have your say", "discuss this", "feedback is")
# (each list looked for in one search, not a generator testing its words one by one)
_DISCLAIMER_HINT = re.compile(literal_alternation(_DISCLAIMER_WORDS))
_COMMENTS_HINT = re.compile(literal_alternation(_COMMENTS_WORDS))
COMMENTS_RULE = "the head of a comments section"  # a barrier no body crosses: readers' comments follow
COMMENT_STAMP_RULE = "a reader's comment, stamped as two others are (Posted by …)"
_BY_WORD = re.compile(r"\bby\b", re.IGNORECASE)
_CHROME_COST = 20
_OPENING_CHARS = 1500  # the body's opening that a headline is compared with


def _may_head_comments(text: str) -> bool:
    """What every form of ``_COMMENTS_HEAD`` holds, tested first, cheaply (a line that is not ASCII is
    left to the pattern: its case-blind match of a letter is wider than lowering)."""
    if not text.isascii():
        return True
    return _COMMENTS_HINT.search(text.lower()) is not None


@dataclass(frozen=True, slots=True)
class StartIndex:
    """For every line: whether it may open a body, the first line at or after it that may (``len(lines)``
    when none), the first footer barrier at or after it, and running counts of undecided lines that
    open nothing and of non-blank lines, so that looking for a body's start is O(1)."""

    opener: list[int]
    opens: list[bool]
    barrier: list[int]
    undecided: list[int]
    nonblank: list[int]


# A record table's field for the day the page was published (meta reads it as the page's date).
_PUBLISHED_FIELD = re.compile(r"^(?:发布|公开|生成)(?:日期|时间)$")
# When a credit line says the story was published: ``Published: 2025-04-07 18:20``, ``Updated: …``.
_PUBLISHED_AT = re.compile(r"(?:Published|Updated|Posted)\s*:\s*\S")
# A sub-heading numbered with two digits: ``01 武康路``, ``02　永嘉路``.
_NUMBERED_SUBHEAD = re.compile(r"^(\d\d)[\s\u3000]+[\u4e00-\u9fff“”]{2,12}$")
# What a post's date may have after it on its line: its follow button, the dots and spaces between.
_AFTER_POST_DATE = re.compile(r"[\s·・+＋]|关注|订阅")
_SEPARATORS_ALONE = frozenset("·・|丨/｜")  # a post header's dots and bars, each on a line of its own
# A record table's fields that hold a title: their value is the headline, not a field's.
_TITLE_FIELDS = ("主题词", "标题", "题名", "题目")
_LABEL_END = ":： \u3000"  # what a label alone on its line ends with
_BREADCRUMB_STEP = re.compile(r"\s*(?:>>|>|»|›|→|/|＞)\s*")
# A list's bullet before an item (``· 某某社区食堂开进居民家门口``): the item is the title printed again.
# (``■某某`` and ``▶某某`` head an e-paper's list of titles with the story shown)
_BULLETS = "·•・●◆▪■▶►"
LIST_BULLET = re.compile(rf"^[{_BULLETS}]\s*(?=\S)")
# A numbered item of a list of titles (``2 某某产业园产值破百亿``, ``3. 某某…``, ``1、某某…``): the title printed again.
_LIST_NUMBER = re.compile(r"^\d{1,2}(?:[.．、)）]\s*|\s+)(?=[\u4e00-\u9fff“《])")


# A breadcrumb's last step that names no section, only the story's page.
_STORY_STEPS = frozenset(("正文", "详情", "内容", "文章", "详细内容", "正文内容", "阅读", "浏览"))


def _section_step(breadcrumb: str) -> str:
    """The section a breadcrumb ends in: its last step, or the one before ``正文`` and the like."""
    steps = [step.strip() for step in _BREADCRUMB_STEP.split(breadcrumb.strip())]
    while len(steps) > 1 and steps[-1] in _STORY_STEPS:
        steps.pop()
    return steps[-1]


def _short_piece(text: str) -> bool:
    """A Chinese line short enough to be one piece of a headline set line by line (twelve cells at
    most; the length first: no line of more than 24 characters is that short)."""
    return (0 < len(text) <= 24 and (len(text) <= 12 or display_len(text) <= 12) and text[-1] not in "。！？：:"
            and is_mostly_cjk(text))


class Page:
    """The lines of one page and what the passes decided about them."""

    def __init__(self, lines: list[Line], lexicon: Lexicon, headlines: frozenset[str] = frozenset()) -> None:
        self.lines = lines
        self.lexicon = lexicon
        self.markup_headlines = headlines  # what a saved page's markup names as its headline
        self._openings: dict[int, tuple[list[int], frozenset[str]]] = {}
        self._partial_openings: dict[tuple[int, int], frozenset[str]] = {}
        self.start_index: StartIndex | None = None  # built by the body pass when first needed
        self.headline_like: tuple[list[int], list[int]] | None = None  # built by the headline pass
        self.headline_lines: frozenset[int] | None = None  # the lines that may be the headline, once chosen
        self.stack_middles: dict[int, bool] = {}  # lines found (or not) the 主题 of an e-paper's stack
        self.caption_pairs: list[tuple[int, int]] = []  # (alt text, caption) pairs the caption pass decided
        lines, self.field_title = _title_field([_without_play_label(without_tool_cells(line, lexicon)) for line in lines])
        self.lines = lines
        self.known: list[Decision | None] = local_decisions(lines, lexicon)
        self._record_cells()
        self._labelled_headlines()
        self._topic_over_post()
        self.tables = self._tables()
        self.repeats = Counter(line.text for line in lines if not line.blank)
        # (a bulleted item of a list counts as a copy of the title it names)
        self.repeats.update(LIST_BULLET.sub("", line.text) for line in lines if line.text and line.text[0] in _BULLETS)
        self.repeats.update(_LIST_NUMBER.sub("", line.text) for line in lines
                            if line.text[:1].isdigit() and _LIST_NUMBER.match(line.text))
        self.broken_copies = self._broken_copies()
        # the last step of each breadcrumb (``楚风网 > 乡村振兴 > 乡村振兴观察``): the section's name, or the one
        # before a step that only says this is the story (``首页 / 社区风采 / 正文``)
        self.section_names = frozenset(
            _section_step(decided.line.text) for decided in self.known
            if decided is not None and decided.kind is Kind.BREADCRUMB) - {""}
        self._repeated_labels()
        self._names_after_by()
        self._comment_heads()
        self.stamps = self._comment_stamps()
        self.prose = self._prose_flags()
        self._numbered_subheads()
        self._title_pairs()
        self.listed = self._list_runs()
        self.weights = [self._weight_of(i) for i in range(len(lines))]
        self.stops = [self._is_stop(i) for i in range(len(lines))]
        # pages that leave a blank line after each paragraph mark the body that way
        long_lines = [i for i in range(len(lines)) if self.prose[i]]
        blank_after = sum(1 for i in long_lines if i + 1 < len(lines) and lines[i + 1].blank)
        self.blank_separated = bool(long_lines) and blank_after >= 0.6 * len(long_lines)
        self._index()

    def _numbered_subheads(self) -> None:
        """Short lines numbered 01, 02, 03 … in order, each over a paragraph of running text (``01
        武康路`` / the paragraph on it / ``02 永嘉路`` / …): a post's numbered sub-headings, not counters.
        (A ranking's numbered items stand one under the other, no text between.)"""
        lines, known = self.lines, self.known
        numbered = {i: int(m[1]) for i, decided in enumerate(known)
                    if decided is not None and decided.kind is Kind.CHROME and lines[i].text[:1].isdigit()
                    and (m := _NUMBERED_SUBHEAD.match(lines[i].text))}
        if len(numbered) < 3:
            return
        found, numbers = list(numbered), list(numbered.values())
        under = [next((j for j in range(i + 1, min(i + 3, len(lines))) if not lines[j].blank), None) for i in found]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1 and all(
                j is not None and known[j] is None and self.prose[j] for j in under):
            for i in found:
                known[i] = None

    def _record_cells(self) -> None:
        """A record table pasted one cell per line (``发布日期：`` / ``2024-08-13 09:00:00``): each label
        is read with its value, as one field (the label's line holds both; the value's line is
        furniture), so that no value stands as a headline and the dates keep their labels."""
        lines, known = self.lines, self.known
        for i in range(len(lines) - 1):
            text = lines[i].text
            if not text or len(text) > 60 or not "\u4e00" <= text[0] <= "\u9fff":
                continue  # (the common case: every record label is Chinese and short)
            if record_label_row(text) and not lines[i + 1].blank:
                known[i] = Decision(lines[i], Kind.CHROME, "a record table's labels in a row, their values under them")
                known[i + 1] = Decision(lines[i + 1], Kind.CHROME, "a record table's values under their labels")
                continue
            if not record_label_alone(text) or (known[i] is not None and known[i].kind is not Kind.CHROME):
                continue
            j = i + 1
            value = lines[j].text
            folded = text.replace(" ", "").replace("\u3000", "").rstrip(":：")  # (``文　　号：`` -> ``文号``)
            if (lines[j].blank or record_label_alone(value) or display_len(value) > 30 or _a_document_s_title(value)
                    or folded in _TITLE_FIELDS):
                continue  # (an empty ``主 题 词：`` over the document's title: the title is no field's value)
            label = text.rstrip(_LABEL_END)
            lines[i] = replace(lines[i], text=f"{label}：{value}")
            # (the date it was published is the page's credit; the others, 成文日期 among them, furniture)
            kind = Kind.META if _PUBLISHED_FIELD.match(folded) else Kind.CHROME
            known[i] = Decision(lines[i], kind, "a record table's field, its value on the next line")
            known[j] = Decision(lines[j], Kind.CHROME, "a record table's value, read with its label above")

    def _broken_copies(self) -> frozenset[str]:
        """Lines the page prints again broken over two to four short lines in a row, run together
        (an e-paper's big headline set line by line under its list of titles: ``秭归脐橙`` /
        ``“码”上`` / ``出山``)."""
        found: set[str] = set()
        texts = [line.text for line in self.lines]
        short = [_short_piece(text) for text in texts]
        n = len(texts)
        for i in range(n - 1):
            if not (short[i] and short[i + 1]):
                continue
            joined = texts[i]
            for j in range(i + 1, min(i + 4, n)):
                if not short[j]:
                    break
                joined += texts[j]
                if joined in self.repeats:
                    found.add(joined)
        return frozenset(found)

    def _labelled_headlines(self) -> None:
        """A headline that opens with its media's label (``组图：某某迎来最美时节``, ``视频丨某某：…``)
        right over its dated credits is no caption: a gallery's or a video's headline."""
        lines, known = self.lines, self.known
        for i, decided in enumerate(known):
            if decided is None or decided.kind is not Kind.CAPTION or not (m := _MEDIA_LABEL.match(lines[i].text)):
                continue
            j = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
            if j is not None and is_title_shaped(lines[i].text[m.end() :]) and self._dated_meta(j):
                known[i] = None

    def _topic_over_post(self) -> None:
        """A microblog post's one topic on a line of its own between the post's stamp and its text,
        which opens with it or names it (``…08:15 来自 微博网页版`` / ``#某某地铁6号线开通时间定了#`` /
        ``【#某某地铁6号线开通时间定了#】记者从…``), is the post's headline, not its topics' row."""
        lines, known = self.lines, self.known
        for i, decided in enumerate(known):
            text = lines[i].text
            if (decided is None or decided.kind is not Kind.CHROME or not text.startswith("#")
                    or not _ONE_TOPIC.match(text)):
                continue
            above = next((k for k in range(i - 1, max(i - 3, -1), -1) if not lines[k].blank), None)
            below = next((k for k in range(i + 1, min(i + 3, len(lines))) if not lines[k].blank), None)
            if (above is not None and below is not None and text in lines[below].text and is_prose(lines[below].text)
                    and (is_sent_from(lines[above].text) or dated_account_card(lines[above].text) is not None)):
                known[i] = None  # (the stamp may carry the account: ``某某文旅小编2025-8-3 12:41 来自 iPhone客户端``)

    def post_lead(self) -> int | None:
        """The first line of a microblog post's text right under the post's stamp, its follow button
        aside (``…07:58 来自 微博网页版`` / ``+关注`` / ``【某某今年首场降雪到来】11日夜间…``, ``今天在某某盐湖遇到了…``):
        the post may have no headline line of its own. None when no stamp has running text under it."""
        lines, known = self.lines, self.known
        for i, line in enumerate(lines):
            if not line.text[:1].isdigit() or not is_sent_from(line.text):  # (every stamp opens with its date)
                continue
            under = next((k for k in range(i + 1, min(i + 5, len(lines))) if not lines[k].blank and not (
                known[k] is not None and known[k].kind is Kind.CHROME)), None)  # (``+关注`` between)
            if under is not None and known[under] is None and self.prose[under]:
                return under
        return None

    def _title_pairs(self) -> None:
        """A Chinese headline printed on two lines whose second finishes the first (``…关于春节期间市区``
        / ``禁止燃放烟花爆竹的通告``) is weighed as one line, as a hard-wrapped one is."""
        lines, known, n = self.lines, self.known, len(self.lines)
        for i in range(n - 1):
            a, b = lines[i].text, lines[i + 1].text
            if (not a or not b or a == b or known[i] is not None or known[i + 1] is not None
                    or self.prose[i] or self.prose[i + 1] or i in self.continues or i + 1 in self.continues
                    or (i - 1) in self.continues
                    or (i + 2 < n and lines[i + 2].text == b)):
                continue  # (a line printed again right under it: an avatar's alt text over the account's name; or
                # a line and its copy: a list's item over the headline it names, no two halves)
            if self.markup_headlines and self._markup_starts_below(i, a, b):
                continue  # (``…无人机巡牧——`` over ``牧区“数字畜牧”`` / ``覆盖超过四成嘎查``, the markup's headline: a 引题 over it)
            if (i + 2 < n and lines[i + 2].text and self._printed_as_one(b, lines[i + 2].text)
                    and not self._printed_as_one(a, b)):
                continue  # (``…行动持续推进`` over ``全省春季植树造林`` / ``启动以来完成造林12万亩``, which the list of
                # titles prints as one: a 引题 over the two halves of its 主题)
            if (i + 2 < n and (c := lines[i + 2].text) and known[i + 2] is None and not self.prose[i + 2] and (
                    (len(a) + len(b) <= 40 and len(c) <= 24 and self._printed_as_one(a + b, c))
                    or (self.markup_headlines and join_wrapped(join_wrapped(a, b), c) in self.markup_headlines))):
                # (three lines a list of the page's titles prints as one: ``老街坊的新邻居：`` /
                # ``五大道洋楼里`` / ``开出社区书房``)
                self.continues.update((i, i + 1))
            elif (((title_goes_on(a, b) and self.list_lets_join(i, a, b) and not self.printed_alone(a, b)
                    and not self._lower_printed_alone(a, b))
                 or english_title_goes_on(a, b) or (i + 2 < n and english_line_over_byline(a, b, lines[i + 2].text)))
                    or (self.markup_headlines and join_wrapped(a, b) in self.markup_headlines)
                    or self._printed_as_one(a, b) or (self._retold_in_lead(i, a, b) and not self.printed_alone(a, b))):
                # (the second, a saved page's <title> holding both lines as one; the third, a list of the
                # page's titles printing them as one: ``从7只到1.1万余只 朱鹮的“陕西故事”越写越精彩``; the last,
                # the text's first sentence printing the words across the break whole)
                self.continues.add(i)

    def _retold_in_lead(self, i: int, upper: str, lower: str) -> bool:
        """Whether the text under lines ``i`` and ``i + 1`` opens by retelling them as one, the words
        across the break whole (``莒南县首批“鲁式”家政`` / ``服务员持证上岗`` over ``本网讯 11月2日，莒南县首批
        “鲁式”家政服务员结业仪式…``; ``区领导调研临空经济示范区`` / ``重点项目建设`` over ``…带队调研临空经济示范区
        重点项目建设``): a headline broken inside a phrase, no kicker over it or deck under it."""
        if len(upper) < 6 or len(lower) < 2 or not (is_mostly_cjk(upper) and is_mostly_cjk(lower)):
            return False
        seen = 0
        for j in range(i + 2, len(self.lines)):
            if self.prose[j]:
                return upper[-6:] + lower[:2] in self.lines[j].text  # (the six characters before the break)
            seen += not self.lines[j].blank
            if seen == 4:
                break
        return False

    def _markup_starts_below(self, i: int, a: str, b: str) -> bool:
        """Whether the headline a saved page's markup names starts on the line under line ``i``
        (``b``, alone or with the line under it) and not on line ``i``."""
        named = self.markup_headlines
        if join_wrapped(a, b) in named or a in named:
            return False
        c = self.lines[i + 2].text if i + 2 < len(self.lines) else ""
        return b in named or (bool(c) and join_wrapped(b, c) in named)

    def unit_copies(self, i: int, text: str) -> int:
        """How often the page prints the headline line ``i`` starts (``text``, its unit's text): a
        unit of two lines counts itself and the copies of its lines run together, with a space
        or without (a list of the page's titles printing ``某某加装电梯 居民上下楼不再难``)."""
        if i not in self.continues:
            return self.repeats[text]
        if self.unit_last(i) != i + 1:
            return self.repeats[text] + 1
        upper, lower = self.lines[i].text, self.lines[i + 1].text
        return 1 + sum(self.repeats[joined] for joined in {text, upper + lower, f"{upper} {lower}", f"{upper}\u3000{lower}"})

    def _printed_as_one(self, upper: str, lower: str) -> bool:
        """Whether the page prints the two lines again as one, run together or a space between (a
        list of its titles: ``从7只到1.1万余只 朱鹮的“陕西故事”越写越精彩``)."""
        return any(joined in self.repeats for joined in (upper + lower, f"{upper} {lower}", f"{upper}\u3000{lower}"))

    def printed_alone(self, upper: str, lower: str) -> bool:
        """Whether the page prints ``upper`` again on its own and never with ``lower`` after it (an
        e-paper's list of titles naming the headline without its deck): then the two are no one
        headline. (An office over its document's title signs it again under the text: that is no
        list.)"""
        return self.repeats[upper] >= 2 and closing_kind(upper) != "issuer" and not self._printed_as_one(upper, lower)

    def _lower_printed_alone(self, upper: str, lower: str) -> bool:
        """Whether the page prints ``lower`` again on its own and never with ``upper`` before it (an
        e-paper's list of titles naming the 主题 under its 引题): then the two are no one headline."""
        return self.repeats[lower] >= 2 and display_len(lower) >= 8 and not self._printed_as_one(upper, lower)

    def list_lets_join(self, i: int, upper: str, lower: str) -> bool:
        """Whether line ``i`` (``upper``) may be the first half of a headline ending in ``lower`` as
        far as a list of stories goes: it stands in none, or the two join firmly."""
        return not self.in_story_list(i) or title_goes_on(upper, lower, firmly=True)

    def in_story_list(self, i: int) -> bool:
        """Whether line ``i`` is one of a list of stories under its label, no blank line between
        (``热点排行`` / ``某某海水浴场开放`` / ``某某风景区``; ``本版新闻`` / …): no first half of a
        headline under it."""
        for j in range(i - 1, max(i - 1 - _LIST_REACH, -1), -1):
            text = self.lines[j].text
            if not text or self.prose[j] or not is_mostly_cjk(text):
                return False
            if (footer := self.lexicon.footer(text, display_len(text), cjk=True)) is not None:
                return str(footer).startswith("footer.exact")
            if (decided := self.known[j]) is not None:
                return decided.kind is Kind.CHROME and decided.rule.startswith("chrome.exact")  # the page's own label
            if not is_title_shaped(text):
                return False
        return False

    def _tables(self) -> list[PastedTable]:
        """Tables the page pastes (tab-separated rows, or one cell per line): their lines are
        table rows, whatever the first pass took a cell for (a number is no counter there)."""
        def may_be_cell(i: int) -> bool:
            decided = self.known[i]
            return decided is None or decided.kind in (Kind.META, Kind.CAPTION) or is_counter(self.lines[i].text)

        tables = find_tables(self.lines, may_be_cell)
        for table in tables:
            rule = ("a row of a table (cells separated by tabs)" if table.columns is None
                    else f"a cell of a table pasted one cell per line ({table.columns} columns)")
            if table.spaced:
                rule = "a row of a table (cells separated by spaces)"
                width = len(self.lines[table.start].text.split())
                for i in range(table.start, table.end + 1):
                    line = self.lines[i]
                    self.lines[i] = replace(line, text="\t".join(spaced_cells(line.text, width) or line.text.split()))
            for i in range(table.start, table.end + 1):
                self.known[i] = Decision(self.lines[i], Kind.TABLE_ROW, rule, table=table)
        return tables

    def _repeated_labels(self) -> None:
        """A short line printed three times or more is a button or a label, not article text; so is
        one printed three times with only its numbers changed (``Rating: 36 Votes``)."""
        numbered = [line.text for line in self.lines
                    if line.text and len(line.text) <= 60 and DIGITS.search(line.text) and display_len(line.text) <= 30]
        shape_of = {text: DIGITS.sub("#", text) for text in numbered}
        shapes = Counter(shape_of[text] for text in numbered)
        variants = Counter(shape_of.values())
        for i, line in enumerate(self.lines):
            text = line.text
            if self.known[i] is not None or not text or is_prose(text):
                continue
            short = words(text) <= 4 if not is_mostly_cjk(text) else display_len(text) <= 8
            if self.repeats[text] >= 3 and short and not ends_sentence(text) and not self.over_post_date(i):
                self.known[i] = Decision(line, Kind.CHROME, f"short line printed {self.repeats[text]} times on the page")
            elif (shape := shape_of.get(text)) is not None and shapes[shape] >= 3 and variants[shape] >= 2:
                self.known[i] = Decision(line, Kind.CHROME, "a label printed three times or more, numbers aside")
        nonblank = [i for i, line in enumerate(self.lines) if not line.blank]
        self._pictures_in_text(nonblank)
        self._alt_texts(nonblank)
        self._dated_captions(nonblank)  # (and a picture's two short lines between paragraphs)

    def headline_over_its_lead(self) -> bool:
        """Give back, on a page where no headline was found, the first alt text and caption pair
        that stands over all of the page's prose: a short headline over a lead that opens with the
        day and spells it out (``集团冷轧新线热负荷试车成功`` / ``3月16日，集团冷轧厂新建的……试车成功，
        第一卷产品顺利下线。``) is no picture. Whether a pair was given back."""
        first_prose = next((k for k, prose in enumerate(self.prose) if prose and self.known[k] is None), len(self.lines))
        for i, j in self.caption_pairs:
            if i < first_prose:
                self.known[i] = self.known[j] = None
                self.caption_pairs.remove((i, j))
                # (what was measured with the two lines decided is measured again)
                self.start_index, self.headline_like, self.headline_lines = None, None, None
                self.stack_middles.clear()
                self._openings.clear()
                self._partial_openings.clear()
                return True
        return False

    def over_post_date(self, i: int) -> bool:
        """Whether line ``i`` stands right over a date alone (a post's header: the account, however
        often the page prints its name, over ``2024-11-20 21:36``)."""
        below = next((j for j in range(i + 1, min(i + 3, len(self.lines))) if not self.lines[j].blank), None)
        if below is None or display_len(text := self.lines[below].text) > 24:
            return False
        found = find_date(text)
        if found is None or found.start != 0 or found.year is None:
            return False
        # (where the post was sent from and the follow button may come after it: ``… 12:05:33 江苏 关注``)
        rest = _AFTER_POST_DATE.sub("", text[found.end :])
        return len(rest.strip()) <= 2 or is_province(rest)

    def _alt_texts(self, nonblank: list[int]) -> None:
        """A line whose text the caption under it begins with is that picture's alt text:
        ``Guesthouses perch on a cliff`` / ``Guesthouses perch on a cliff, Tongren, … [Photo by …]``."""
        for n in range(len(nonblank) - 1):
            i, j = nonblank[n], nonblank[n + 1]
            text = self.lines[i].text
            caption = self.known[j]
            if not (j - i <= 2 and self.known[i] is None and caption is not None and caption.kind is Kind.CAPTION):
                continue
            if (len(text) >= 12 and self.lines[j].text != text
                    and (self.lines[j].text.startswith(text) or _retold(text, self.lines[j].text))):
                self.known[i] = Decision(self.lines[i], Kind.CAPTION, "a picture's alt text: its caption begins with it")
            elif self.lines[j].text.startswith("图为") and 2 <= len(text) <= 20 and is_han_only(text):
                # ``助餐点内景`` / ``图为老人们在助餐点用午餐。``: a few words right over what the picture shows
                self.known[i] = Decision(self.lines[i], Kind.CAPTION, "a picture's alt text: over its caption (图为…)")
            elif 2 <= len(text) <= 12 and is_han_only(text) and self.lines[j].text.startswith(text):
                # ``卓尔山`` / ``卓尔山景区　图/县文旅局``: the picture's few words, its caption and credit under them
                self.known[i] = Decision(self.lines[i], Kind.CAPTION, "a picture's alt text: its caption begins with it")

    def _dated_captions(self, nonblank: list[int]) -> None:
        """A short line that the one sentence under it opens with and spells out: a picture's alt
        text and its caption (``村民在晾晒场翻晒青稞`` / ``9月14日，村民在晾晒场翻晒青稞。``,
        ``牧民在草原书屋阅读`` / ``牧民在“草原书屋”阅读图书。``, ``赛马比赛`` / ``图为赛马比赛现场…。``,
        ``师傅现场指导`` / ``师傅现场指导徒弟检修设备``)."""
        for n in range(len(nonblank) - 1):
            i, j = nonblank[n], nonblank[n + 1]
            text, caption = self.lines[i].text, self.lines[j].text
            if (0 < n < len(nonblank) - 2 and text.isascii() and self.known[i] is None and self.known[j] is None
                    and _english_picture_pair(text, caption)
                    and all(self.known[k] is None and is_prose(self.lines[k].text)
                            for k in (nonblank[n - 1], nonblank[n + 2]))):
                # ``Visitors walk along the riverside trail`` / ``Visitors walk along the new … on Wednesday.``
                for k in (i, j):
                    self.known[k] = Decision(self.lines[k], Kind.CAPTION,
                                             "a picture's alt text and caption: the caption retells it")
                continue
            if (not 4 <= len(text) <= 20 or len(caption) > 45 or j - i > 2 or self.known[i] is not None
                    or self.known[j] is not None or not is_han_only(text) or text.endswith("头像")):
                continue  # (``某某的头像`` / ``某某``: an avatar's alt text over the account's name)
            # one sentence; or words alone that open with the alt text (``师傅现场指导徒弟检修设备``) or
            # that the alt text holds (``某某镇志愿者在河岸清理垃圾`` / ``志愿者在河岸清理垃圾``)
            words_alone = len(caption) <= 30 and is_han_only(caption) and text != caption
            held = words_alone and len(caption) >= 6 and caption in text
            opened = words_alone and caption.startswith(text) and len(text) < len(caption)
            if ((caption.endswith("。") and "。" not in caption[:-1]) or held or opened) and (
                    held or _spells_out(text, _QUOTE_MARKS.sub("", _CAPTION_OPENING.sub("", caption, count=1)))):
                for k in (i, j):
                    self.known[k] = Decision(self.lines[k], Kind.CAPTION,
                                             "a picture's alt text and caption: the caption opens with it and spells it out")
                self.caption_pairs.append((i, j))
            elif 0 < n < len(nonblank) - 2:
                self._picture_pair(nonblank, n)

    def _picture_pair(self, nonblank: list[int], n: int) -> bool:
        """Whether the short line of words alone at ``nonblank[n]`` and the next, both between
        paragraphs of running text, a word of the one in the other, are a picture's alt text and its
        caption (``某某社区助餐点`` / ``老人们在助餐点就餐``; no heading stands right over another with
        no text between); marks them so."""
        i, j = nonblank[n], nonblank[n + 1]
        text, caption = self.lines[i].text, self.lines[j].text
        # (or one short sentence, a word of two characters of the alt text in it: ``邻里中心`` /
        # ``居民在邻里中心选购蔬菜。``; over the blind sets' pages, 158 such pairs are captions and none a heading
        # and its text)
        # (the day or the occasion may open it: ``开馆当天，读者在新馆内阅读。``; a name in it may be quoted)
        core = _QUOTE_MARKS.sub("", _WHEN_OPENING.sub("", caption[:-1], count=1)) if caption.endswith("。") else ""
        sentence = 4 <= len(core) <= 24 and is_han_only(core)
        if not (sentence or 4 <= len(caption) <= 20 and is_han_only(caption)) or text == caption:
            return False
        before, after = nonblank[n - 1], nonblank[n + 2]
        shared = 2 if sentence else 3
        # (or a scene's words alone over a sentence its day opens, no word shared: ``植树现场`` / ``3月16日，志愿者在…栽种苗木。``)
        scene = sentence and text.endswith("现场") and len(text) <= 8 and _WHEN_OPENING.match(caption) is not None
        if not ((scene or any(text[k : k + shared] in caption for k in range(len(text) - shared + 1)))
                and all(self.known[k] is None and is_prose(self.lines[k].text) for k in (before, after))):
            return False
        for k in (i, j):
            self.known[k] = Decision(self.lines[k], Kind.CAPTION,
                                     "a picture's alt text and caption: two short lines between paragraphs")
        return True

    def _pictures_in_text(self, nonblank: list[int]) -> None:
        """A line printed twice in a row between paragraphs of running text, or a sentence printed
        twice in a row anywhere (one that does not ask or exclaim, as a headline may): a picture's alt
        text and its caption, as a browser copies both (a headline never stands between paragraphs,
        nor reads as a statement)."""
        for n in range(1, len(nonblank) - 2):
            i, j = nonblank[n], nonblank[n + 1]
            text = self.lines[i].text
            if (j - i > 2 or text != self.lines[j].text or self.repeats[text] != 2 or display_len(text) > 120
                    or self.known[i] is not None or self.known[j] is not None):
                continue
            cjk = is_mostly_cjk(text)
            if (display_len(text) < 4) if cjk else words(text) < 4:
                continue  # a short heading printed twice (a link and its section's title)
            before, after = nonblank[n - 1], nonblank[n + 2]
            short = cjk and display_len(text) < 8  # (``调研现场`` twice between paragraphs: a picture's two lines)
            if all(self.known[k] is None and is_prose(self.lines[k].text) for k in (before, after)):
                for k in (i, j):
                    self.known[k] = Decision(self.lines[k], Kind.CAPTION,
                                             "a picture's alt text and caption: the line twice between paragraphs")
            elif not short and is_prose(text) and text.rstrip(_QUOTES_CLOSED)[-1:] not in ("?", "？", "!", "！"):
                for k in (i, j):  # a sentence printed twice in a row, wherever it stands: no headline, no paragraph
                    self.known[k] = Decision(self.lines[k], Kind.CAPTION,
                                             "a picture's alt text and caption: a sentence printed twice in a row")

    def _comment_stamps(self) -> frozenset[int]:
        """Credit lines with a name that open alike three times or more (``Posted by: jim | January
        14, 2008``): readers' comments, each stamped the same way. The first may be the post's own
        byline; the others end the article."""
        seen: Counter[str] = Counter()
        stamps: list[tuple[str, int]] = []
        for i, decided in enumerate(self.known):
            text = self.lines[i].text
            if decided is None or decided.kind is not Kind.META or is_mostly_cjk(text) or not _BY_WORD.search(text):
                continue  # a date alone stamps a list of days as well
            opening = " ".join(DIGITS.sub("#", text).lower().split()[:2])
            seen[opening] += 1
            if seen[opening] > 1:
                stamps.append((opening, i))
        found = frozenset(i for opening, i in stamps if seen[opening] >= 3)
        for i in found:  # a commenter is no writer of the article
            self.known[i] = Decision(self.lines[i], Kind.CHROME, COMMENT_STAMP_RULE)
        return found

    def _comment_heads(self) -> None:
        """A short line right above a time stamp ("Nick A" / "2 days ago") heads a reader's comment."""
        for i, line in enumerate(self.lines):
            if self.known[i] is not None or not line.text or is_prose(line.text):
                continue
            j = i + 1
            while j < len(self.lines) and self.lines[j].blank:
                j += 1
            if j < len(self.lines) and RELATIVE_TIME.match(self.lines[j].text) and display_len(line.text) <= 16:
                self.known[i] = Decision(line, Kind.CHROME, "a commenter's name over a time stamp")

    def _names_after_by(self) -> None:
        """``By`` alone on a line, the name on the next: both are the byline."""
        for i, line in enumerate(self.lines):
            word = line.text.rstrip(":：")
            if len(word) > 3 or word.lower() not in ("by", "por", "di", "von", "par"):
                continue  # (lowering never shortens a word: a longer line is none of these)
            j = i + 1
            while j < len(self.lines) and self.lines[j].blank:
                j += 1
            if j < len(self.lines) and self.known[j] is None and is_name_line(self.lines[j].text):
                self.known[i] = Decision(line, Kind.CHROME, "'By' alone: the name follows")
                self.known[j] = Decision(self.lines[j], Kind.META, "name after 'By': a byline")

    def header_bylines(self, title: int, start: int) -> None:
        """Around the title, a name alone on a line beside a dated credit line is a byline, and so
        is a name after a line that says only "By". A self-media account name counts only between
        the title and the date (``标题`` / ``加拿大必读`` / ``发布时间：…``)."""
        above, below = self.nonblank(title - 1, title - 5, -1)[::-1], self.nonblank(title + 1, start)
        if below and below[0] == title + 1 and completes_title(self.lines[title].text, self.lines[below[0]].text):
            below = below[1:]  # the headline's second line, not a name beside its date
        self._platform_accounts(above + below)
        # (``2025-09-13 18:42`` / ``·`` / ``某某生活圈`` / ``·`` / ``新疆``: a post's header, its dots on lines of their own)
        above, below = ([j for j in zone if self.lines[j].text.strip() not in _SEPARATORS_ALONE] for zone in (above, below))
        for zone in (above, below):  # a name and its date on the same side of the title
            self._bylines_beside_dates(zone, title)
        if len(below) == 1 and self.known[below[0]] is None and self._writers_alone_under_title(below[0]):
            self.known[below[0]] = Decision(self.lines[below[0]], Kind.META, WRITERS_UNDER_TITLE_RULE)

    def _writers_alone_under_title(self, i: int) -> bool:
        """Whether line ``i``, the one line between the headline and the text, holds Chinese names
        alone (``陈佩芬``, ``蒋思远　杨 帆``) the page prints nowhere else: no word of its furniture
        (``经济·区域`` over the page: ``区域`` is its section)."""
        text = self.lines[i].text.strip()
        if display_len(text) > 40 or not is_mostly_cjk(text):
            return False
        names = split_names(text)
        return (1 <= len(names) <= 3 and all((is_chinese_personal_name(name) or is_dotted_name(name)) and is_name(name)
                                             for name in names)
                and sum(text in line.text for line in self.lines if not line.blank) == 1)

    def _bylines_beside_dates(self, zone: list[int], title: int) -> None:
        platformed = None  # the accounts the page names beside their platform (``澎湃号·政务 > 平安瑞安``)
        for n, i in enumerate(zone):
            text = self.lines[i].text
            if self.known[i] is not None or self.lexicon.footer(text, 1, cjk=True):
                continue  # (``相关阅读`` under the credits: a list's label, no name)
            if self._names_the_app(text.strip()):
                continue  # (``某城眼`` under the headline, ``打开某城眼APP`` over it: the site's app, no writer)
            person = (is_name_line(text) and not (is_mostly_cjk(text) and text.strip().endswith(("网", "报")))
                      and text.strip() not in self.lexicon.channels.phrases)  # (``南海网``; ``房产``, a menu's channel)
            if person and is_mostly_cjk(text):
                if platformed is None:
                    platformed = {platform_account(d.line.text) for d in self.known
                                  if d is not None and d.kind is Kind.META and d.rule == PLATFORM_ACCOUNT_RULE}
                person = text.strip() not in platformed  # (the account, not a writer: ``平安瑞安`` over its date)
            after = zone[n + 1 : n + 3]
            stamped = bool(after) and is_sent_from(self.lines[after[0]].text)
            # (over the title only as a post's header: the account, its date, where it was sent from,
            # ``某某小王`` / ``2025-1-19 22:47`` / ``发布于 天津``)
            over_stamp = len(after) == 2 and self.over_post_date(i) and _POSTED_FROM.match(self.lines[after[1]].text)
            # (or over its post's stamp: ``某某文旅`` / ``2025-05-06 09:12 来自 微博网页版`` / the post's title)
            account = (i > title or bool(over_stamp) or stamped) and is_name_line(
                without_badge(text), account=True, stamped=stamped)
            if not (person or account):
                continue
            dated_after = any(self._dated_meta(j) for j in after)
            dated = dated_after or any(self._dated_meta(j) for j in zone[max(0, n - 2) : n])
            after_by = n > 0 and self.lines[zone[n - 1]].text.lower().rstrip(":：") in ("by", "作者", "文", "por")
            # a post's readers counted under its writer (``陈默`` / ``铁路运输行业从业者`` / ``126 人赞同了该文章``)
            counted = any(is_readers_count(self.lines[j].text) for j in after)
            if person and n > 0 and self._under_english_caption(zone[n - 1]):
                continue  # (``Residents stroll through a pocket park on Saturday.`` / ``Ti Gong``: who took the picture)
            if person and not is_mostly_cjk(text) and self._owns_copyright(text.strip()):
                continue  # (``Tianjin Today`` beside the date, ``Copyright 2025 Tianjin Today.`` under it: the site)
            if person and (dated or after_by or counted):
                self.known[i] = Decision(self.lines[i], Kind.META, "name on its own line beside the date: a byline")
            elif account and (dated_after or stamped or (dated and bool(after) and self._says_where_sent(after[0]))
                              or (n > 0 and is_sent_from(self.lines[zone[n - 1]].text))):
                # (``2024-06-01 18:23·广东`` / ``某某生活圈``: under its post's date and where it was sent from)
                # (``2025-05-30 18:26`` / ``·`` / ``某某记`` / ``贵州`` or ``发布于贵州``: the account between its post's
                # date and where it was sent from)
                self.known[i] = Decision(self.lines[i], Kind.META, ACCOUNT_DATED_RULE)

    def _says_where_sent(self, i: int) -> bool:
        """Whether line ``i`` says where a post was sent from (``贵州``, ``发布于贵州``)."""
        return is_province(self.lines[i].text) or _POSTED_FROM.match(self.lines[i].text) is not None

    def _names_the_app(self, name: str) -> bool:
        """Whether the page's prompt to open or download its app names ``name`` (``打开某城眼APP``)."""
        if not 2 <= len(name) <= 12 or not is_mostly_cjk(name):
            return False
        prompt = re.compile(rf"(?:打开|下载){re.escape(name)}\s*(?:APP|App|app|客户端)")
        return any(("打开" in line.text or "下载" in line.text) and prompt.search(line.text) for line in self.lines)

    def _owns_copyright(self, name: str) -> bool:
        """Whether the page's copyright line names ``name`` (the site's own name, no writer's)."""
        return any(name in line.text for line in self.lines
                   if len(line.text) <= 200 and ("©" in line.text or "copyright" in line.text.lower()))

    def _under_english_caption(self, j: int) -> bool:
        """Whether line ``j`` is an English picture's caption: a sentence of eight words or more
        the page prints between its headline and its text."""
        text = self.lines[j].text
        return not is_mostly_cjk(text) and text.rstrip().endswith(".") and words(text) >= 8

    def _platform_accounts(self, zone: list[int]) -> None:
        """``百家号`` / ``加拿大必读``: a self-media platform's name, and the account printed beside it."""
        for n, i in enumerate(zone):
            if not is_platform(self.lines[i].text):
                continue
            self.known[i] = Decision(self.lines[i], Kind.CHROME, "a self-media platform's name")
            for j in zone[n + 1 : n + 2] + zone[max(0, n - 1) : n]:
                text = self.lines[j].text
                if text.strip() in self.lexicon.channels.phrases:
                    continue  # ``直播`` / ``澎湃号``: the platform's name in a menu, beside another channel
                if self.known[j] is None and is_name_line(text, account=True):
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
        whole = detect_wrap(raws)  # (a page wrapped throughout wraps its breadcrumb too)
        wrap = self.wrap = whole or detect_wrap_among(raws, undecided) or detect_wrap_pairs(raws, undecided)
        if wrap is None:
            return flags
        ends = (Kind.META,) if whole else (Kind.META, Kind.BREADCRUMB)
        i = 0
        while i < len(texts):
            j = i
            while j + 1 < len(texts) and wrap.fills(self.lines[j].raw) and texts[j + 1] and not (
                wrap.exceeds(self.lines[j + 1].raw) and ends_sentence(texts[j + 1])) and not (
                self.lines[j + 1].indent >= 2 and self.lines[i].indent >= 2
            ) and self.known[j + 1] is None and self.kind(j) not in ends and not is_record_field(texts[j]) and not (
                is_doc_number(texts[j + 1])):
                # (a credit line, a record table's row ends where it ends; a breadcrumb, unless the whole page is
                # wrapped; a document's number under its title starts a line of its own; a sentence running past
                # the width was never wrapped at it, so the line over it ended there: a headline over its lead)
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
        openings: dict[int, str] = {}
        n = len(self.lines)
        i = 0
        while i < n:
            run = self._marker_run(i)
            if len(run) >= 3:
                listed.update((j, "marker") for j in run)
                i = run[-1] + 1
                continue
            same = self._same_start_run(i, openings)
            if len(same) >= 4:
                listed.update((j, "colon") for j in same)
                i = same[-1] + 1
                continue
            text = self.lines[i].text
            if text.endswith((":", "：")) and self.known[i] is None and i + 1 < n and self.lines[i + 1].blank and (
                    items := self._spaced_items(i)):
                listed.update((k, "colon") for k in items)  # a sentence's list, a blank line after every item
                i = items[-1] + 1
                continue
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

    def _spaced_items(self, i: int) -> list[int]:
        """The items, three or more, of a list that a sentence ending on a colon (line ``i``,
        ``入选名单如下：``) leads into, when the paste leaves one blank line after each: short
        undecided lines that are no sentences."""
        text = self.lines[i].text
        if not is_mostly_cjk(text) or not (self.prose[i] or text[:-1].endswith(("如下", "名单"))):
            return []
        items: list[int] = []
        j = i + 2
        while (j < len(self.lines) and self.lines[j - 1].blank and not self.lines[j].blank and self.known[j] is None
               and not self.prose[j] and display_len(self.lines[j].text) <= 40 and not ends_sentence(self.lines[j].text)):
            items.append(j)
            j += 2
        return items if len(items) >= 3 else []

    def _same_start_run(self, i: int, openings: dict[int, str]) -> list[int]:
        """Lines in a row (no blank between) that open with the same word, numbers aside:
        ``1a etapa: …`` / ``2a etapa: …``, ``June 9 -- …`` / ``June 10 -- …``: rows of a list.
        (``openings`` keeps each line's opening for the runs tried from the lines after ``i``.)"""
        def opening(k: int) -> str:
            if k not in openings:
                openings[k] = DIGITS.sub("#", self.lines[k].text.split(" ", 1)[0])
            return openings[k]

        if self.lines[i].blank or self.known[i] is not None or self.prose[i] or len(first := opening(i)) < 2:
            return []
        run = [i]
        j = i + 1
        while (j < len(self.lines) and not self.lines[j].blank and self.known[j] is None
               and not self.prose[j] and opening(j) == first):
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
                return max(4, words(self.lines[i].text)) if not self.prose[i] else line_weight(self.lines[i].text, True)
            if BARE_URL.match(self.lines[i].text):
                return -4
            return line_weight(self.lines[i].text, self.prose[i])
        if decided.kind in (Kind.BLANK, Kind.TABLE_ROW) or _PICTURE_COUNT.match(self.lines[i].text):
            return 0  # a table, or a gallery's count of pictures (（2/4）), neither makes nor breaks the body around it
        if decided.kind is Kind.CAPTION and is_mostly_cjk(self.lines[i].text):
            # a picture inside a Chinese article does not end the text around it (on English pages a
            # caption as often heads what follows the article: there it weighs as a credit line)
            return -_CAPTION_COST
        return -NON_PROSE_COST if decided.kind in (Kind.META, Kind.CAPTION) else -_CHROME_COST

    def _is_stop(self, i: int) -> str | None:
        text = self.lines[i].text
        if not text:
            return None
        if i in self.stamps:
            return COMMENT_STAMP_RULE
        if self.known[i] is None and not self.prose[i] and _MORE_LINK.match(text) and words(text) <= 6:
            return "a 'More …' link heading a list of other stories"
        if (not self.prose[i] and not is_mostly_cjk(text) and 2 <= words(text) <= 10 and _may_head_comments(text)
                and _COMMENTS_HEAD.search(text)
                and text.lower().strip(" .:!") != "have your say"):  # alone, a link in the site's menu
            return COMMENTS_RULE
        cjk = is_mostly_cjk(text)
        if cjk and len(text) <= 200 and _DISCLAIMER_HINT.search(text) and _DISCLAIMER.search(text):
            return "a site's or platform's disclaimer (仅代表作者观点, 严禁转载本文, 侵权必究)"
        footer = self.lexicon.footer(text, display_len(text), cjk=cjk)
        if (footer is not None and not cjk and str(footer) == "footer.prefix 'source:'" and _PUBLISHED_AT.search(text)
                and (decided := self.known[i]) is not None and decided.kind is Kind.META):
            return None  # (``Source: Some News AgencyPublished: 2025-04-07 18:20``: the story's credits, no footer)
        return footer

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
        self.last_nb = [-1] * (n + 1)  # last_nb[i] = the last non-blank line before line i (-1: none)
        for i in range(n):
            self.last_nb[i + 1] = i if not self.lines[i].blank else self.last_nb[i]
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
        n = len(self.lines)
        if step > 0:
            out, i = [], self.next_nb[max(start, 0)] if start < n else n
            stop = min(stop, n)
            while i < stop:
                out.append(i)
                i = self.next_nb[i + 1]
            return out
        out, last_nb, stop = [], self.last_nb, max(stop, -1)
        i = last_nb[min(start, n - 1) + 1] if start >= 0 else -1
        while i > stop:
            out.append(i)
            i = last_nb[i]
        return out

    def following(self, i: int, count: int) -> list[int]:
        """The next ``count`` non-blank lines after line ``i``."""
        n, next_nb = len(self.lines), self.next_nb
        out, j = [], next_nb[i + 1] if i + 1 <= n else n
        while j < n and count > 0:
            out.append(j)
            j = next_nb[j + 1]
            count -= 1
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
        if i not in self.continues:
            return self.lines[i].text  # the common case: no unit to join
        joined = ""
        for j in range(i, self.unit_last(i) + 1):
            joined = join_wrapped(joined, self.lines[j].text)
        return joined

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
        if (start, end) not in self._partial_openings:
            self._partial_openings[start, end] = frozenset().union(
                *(topic_terms(self.lines[k].text) for k in lines if k <= end))
        return self._partial_openings[start, end]

    # -- the parts of an official document around its text


# A video's play button copied before its title: ``▶ 视频 某某到某县调研…``.
_PLAY_LABEL = re.compile(r"^[▶►▷]\s*(?:视频|播放)\s*(?=\S{6})")  # (``► January 2009 (3)`` is a blog's archive)


def _without_play_label(line: Line) -> Line:
    """A line without the play button a browser copies before a video's title."""
    if line.text[:1] not in "▶►▷" or (m := _PLAY_LABEL.match(line.text)) is None:
        return line
    return replace(line, text=line.text[m.end() :])


def _a_document_s_title(value: str) -> bool:
    """Whether the line under a record table's label is the document's title (the label's value left
    empty), not a value that ends on a document's kind (``民政、扶贫、救灾；批复``, ``社区 批复``)."""
    return names_a_document(value) and "；" not in value and ("关于" in value or display_len(value) >= 12)


def _title_field(lines: list[Line]) -> tuple[list[Line], str | None]:
    """The lines, with a record table's title field (``标题： 关于…的通报``) read as the title alone
    when the page prints that title nowhere else: the field is then the page's only headline. And
    the field's title when the page prints it again (the document's own title under the table)."""
    for n, line in enumerate(lines):
        if not ("题" in line.text or "名称" in line.text) or (m := _TITLE_FIELD.match(line.text)) is None:
            continue
        value = _NEXT_FIELD.split(line.text[m.end() :], maxsplit=1)[0].strip()  # (``… 发文字号： 某政办发〔2025〕31号``)
        if not is_title_shaped(value):
            return lines, None
        if not any(value in other.text for k, other in enumerate(lines) if k != n):
            lines[n] = replace(line, text=value)
            return lines, None
        return lines, value  # (the first field only: a table's title comes first)
    return lines, None


def _spells_out(short: str, caption: str) -> bool:
    """Whether ``caption`` opens as ``short`` does and holds every character of it, in order."""
    letters = iter(caption)
    return caption.startswith(short[:2]) and all(char in letters for char in short)


def _english_picture_pair(alt: str, caption: str) -> bool:
    """An English picture's words and its one-sentence caption under them that retells them (four words
    at least, no full stop after the words, the caption forty words at most)."""
    return (4 <= len(alt.split()) <= 15 and not alt.endswith((".", "?", "!", ":")) and caption.endswith(".")
            and len(caption.split()) <= 40 and alt != caption and _retold(alt, caption))


def _retold(alt: str, caption: str) -> bool:
    """Whether a caption retells the alt text over it; in English: the same first three words, and
    seven in ten of the alt text's words in it (``Wrestlers compete during a Naadam fair in
    Xilinhot`` / ``Wrestlers compete during the fair in Xilinhot, June 2, 2025. (Photo by …)``)."""
    if not alt.isascii():
        # ``社区志愿者为居民讲解手机使用`` / ``社区志愿者为居民讲解智能手机使用方法。 本报记者 某某 摄``: the
        # caption opens as the alt text does and spells every character of it out, in order
        return is_han_only(alt) and _spells_out(alt, caption)
    said, told = alt.lower().split(), caption.lower().replace(",", " ").replace(".", " ").split()
    if len(said) < 4 or said[:3] != told[:3]:
        return False
    return sum(word in told for word in said) >= 0.7 * len(said)
