"""Pass 1: the rules that decide a line on its own (the chrome lexicon, breadcrumbs, captions,
credit lines, counters, forms and images as a browser copies them)."""

from __future__ import annotations

import re

from newsconv.readers.text.bylines import (
    AFFILIATION,
    PLATFORM_NAMES,
    dated_account_card,
    platform_account,
    sent_with_alone,
)
from newsconv.readers.text.classify.kinds import Decision, Kind
from newsconv.readers.text.classify.shapes import (
    ORIGINAL_TITLE,
    PLATFORM_ACCOUNT_RULE,
    PRINT_EDITION_RULE,
    is_counter,
    is_credit_line,
    is_staff_title,
    words,
)
from newsconv.readers.text.lexicon import Lexicon, fold
from newsconv.readers.text.lines import Line, display_len, ends_sentence, is_mostly_cjk
from newsconv.readers.text.official import closing_kind, is_doc_number

# A caption whole on its line, its photo credit at its end (a first paragraph over it still opens the text).
WHOLE_CAPTION_RULE = "a caption: the line ends with its photo credit"

_BREADCRUMB_SHAPE = re.compile(r"^[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}\s*[>›»]?$")
# "Home > News > Latest > <the headline>", "首页>政务公开>通知公告>…": a short first step, two
# separators at least; the last step may be long (the page's own title).
_BREADCRUMB_LONG = re.compile(
    r"^[^>›»＞→]{1,12}?(?:\s*(?:>>|[>›»＞→])\s*[^>›»＞→]{1,24}){1,}\s*(?:>>|[>›»＞→])\s*[^>›»＞→]+$"
)
# ``BUSINESS / TRADE``: a section and its subsection in capitals over an English headline.
_CAPITAL_STEPS = re.compile(r"^[A-Z&]{2,}(?: [A-Z&]{2,})?(?: / [A-Z&]{2,}(?: [A-Z&]{2,})?)+$")
# An English site's menu run together as a browser copies it: ``HomeGreater Bay AreaBusinessCultureTravel``.
_GLUED_WORDS = re.compile(r"[a-z]{2}[A-Z]")  # (not ``iSleep``, ``iPod``: one small letter before the capital)
# ``某某网 - 地方 - 宁夏 - 正文``: a path of short steps between spaced dashes, down to the article.
_DASH_STEPS = re.compile(r"^[^\s\-－—]{1,12}(?:\s+[-－—|]\s+[^\s\-－—]{1,12}){2,}$")
_ARROW = re.compile(r"[>›»＞→]")
# An e-paper's page label: "第06版：法治经纬", "A05版：城事", "第 3 版 要闻".
# (the page's picture may follow: ``A3版：民生 版面图``)
_EDITION_PAGE = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[：:]?\s*[\u4e00-\u9fff·]{0,8}(?:\s+(?:版面图|版面缩略图|PDF))?$")
# The page an e-paper shows, labelled: ``当前版：05版 / 法治``, ``当前版面：A03 南宁新闻``.
_CURRENT_PAGE = re.compile(r"^当前版[面次]?\s*[:：]\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s*(?:[：:/／|｜·]\s*)?[\u4e00-\u9fff·]{0,8}$")
# An English site's name and its menu on one line, every word capitalised: ``Anhui English Home About
# Anhui Contact`` (Home in it, Contact at its end as menus end).
_SITE_MENU = re.compile(r"^(?=.*\bHome\b)(?:[A-Z][\w&'’-]*\s+){2,9}Contact(?:\s+Us)?$")
# A site's menu run together after its name, 首页 first: ``某某新闻网 某某报业集团 首页本地民生文化视听``.
_HOME_THEN_MENU = re.compile(r"\s首页[\u4e00-\u9fff]{4,24}$")
# An English site's sections, as its menu names them.
_SECTION_WORDS = frozenset((
    "News", "Travel", "Business", "Culture", "Sports", "Sport", "World", "China", "Opinion", "Life",
    "Lifestyle", "Home", "Video", "Videos", "Photos", "Tech", "Science", "Entertainment", "Health",
    "Education", "Politics", "Economy", "Regional", "Local", "Features", "Society", "Environment",
))
# A link back to where the reader came from, its arrow first: ``‹ 返回某某州人民政府``, ``< 返回``.
_BACK_LINK = re.compile(r"^[<＜«‹]\s*返回\S{0,20}$")
# An e-paper's links beside its page label: ``A04版：新闻　<< 上一版　下一版 >>``.
_EDITION_NAV = re.compile(r"(?:<<|>>|«|»|上一版|下一版|前一版|后一版|当前版\s*[:：]|上一期|下一期|版面导航|标题导航|往期回顾|PDF下载|返回首页|返回目录)")
# A section's name and its English one, as a site heads a list or a page: ``协会动态 / NEWS``.
_SECTION_IN_TWO_LANGUAGES = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*/\s*[A-Za-z][A-Za-z &]{1,24}$")
_SENTENCE_MARK = re.compile(r"[，。、；：！？,.;:!?]")
# "人民网>>经济·科技", "新闻中心 >> 国内": a site and its sections joined by ">>", one step or more.
_DOUBLE_ARROW_STEPS = re.compile(r"^[^>。！？]{1,16}(?:\s*>>\s*[^>。！？]{1,16})+\s*(?:>>)?$")
# ``《 人民日报 》（ 2024年02月05日 02 版）``: where a reprinted article first appeared, under its text.
_PRINT_EDITION = re.compile(
    r"^[（(]?\s*《\s*[^》]{2,16}\s*》\s*[（(]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?\s*[)）]?\s*[)）]?$"
)
# "首页 / 政务公开 / 政策文件", "Home / News / Local": steps from the home page joined by slashes.
# (one step only with spaces round the slash and a name of three words at most: ``Home / Culture``)
_SLASH_STEPS = re.compile(r"^(?:home|homepage|首页|主页|网站首页)(?:\s*/\s*[^/]{1,24}(?:\s*/\s*[^/]{1,24})+"
                          r"|\s+/\s+[^/\s]+(?:\s[^/\s]+){0,2})$", re.IGNORECASE)
_HOME_STEP = re.compile(r"^\S{1,8}\s*(?:>>|[>›»＞→])\s*[^>›»＞→]{1,30}$")
_HOME_WORD = re.compile(r"^(?:home|homepage|首页|主页|网站首页|main|index)\b", re.IGNORECASE)
# "您当前所在位置：", "2024年1月9日 星期二 当前位置：首页 > 新闻": a location label anywhere in a short line.
_LOCATION_LABEL = re.compile(r"(?:所在位置|当前位置|當前位置|现在位置|現在位置|您的位置|你的位置|当前的位置|當前的位置|You are here)"
                             r"\s*[:：]?", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"^[(（][^()（）]{2,60}(?:/|Press|Photo|Getty|Reuters|AFP|AP|图|摄)[^()（）]*[)）]$")
# "图为市民在公园晨练", "（新华社记者 张三 摄）", "市民在公园晨练。 张三 摄": a picture's caption or credit.
_ZH_CAPTION = re.compile(
    r"^[（(]?(?:图为|图片为|上图|下图|左图|右图|图一|图二|图1|图2)[：:，,\s]?"
    r"|(?:记者|通讯员|特约)?\s*[\u4e00-\u9fff·](?:[ \u3000]{0,3}[\u4e00-\u9fff·]){1,3}\s*摄\s*[)）]?$"
    r"|(?:新华社|中新社)(?:记者\s*[\u4e00-\u9fff·]{2,4}\s*)?发\s*[)）]?$"
)
_PICTURE_SAYS = re.compile(r"^(?:图为|图片为|上图为|下图为)")
_STAMP = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d")  # a page's date and time of publishing
_MEDIA_CAPTION = re.compile(r"^(?:视频|图片|组图|图集|直播)\s*[-－:：|丨]")
# A caption ends with its credit: "… (AP)", "… Credit: ESA", "… Photo: Jane Doe", "… | Getty Images",
# "… 2025. /CFP".
_CREDIT_AT_END = re.compile(
    r"(?:\b(?:Credit|Credits|Photo|Photograph|Image|Picture|Illustration)s?\s*:\s*[^.:]{2,50}"
    r"|\((?:AP|AFP|Reuters|REUTERS|Getty Images|EPA|Xinhua|[A-Z][\w.\- ]{1,30}/[\w.\- ]{1,30})\)"
    r"|\|\s*Getty Images|/\s*Getty Images"
    r"|(?<=[.。])\s?/\s?[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2}\s*$"  # "…, June 1, 2025. /CFP", "… . /VCG"
    # "… on May 10. ZHANG WEI / CHINA DAILY", "… TAN HUI / FOR XIANGJIANG DAILY": a photographer in capitals
    r"|(?<=\.)\s[A-Z]{2,}(?:[\s-][A-Z]{2,}){1,2}\s/\s(?:FOR\s)?[A-Z][A-Z.&\-]*(?:\s[A-Z][A-Z.&\-]*){0,3}\s*$"
    r"|\[(?:Photo|Photos|Image|Picture|Video)(?:\s+by|\s+provided\s+to|\s+courtesy\s+of|\s*/|\s*:)[^\[\]]{2,60}\]"
    r"|[A-Z][\w.\-’']+(?:\s[A-Z][\w.\-’']+){0,3}\s?/\s?(?:Reuters|REUTERS|AP|AFP|EPA|Xinhua|Bloomberg|Shutterstock"
    r"|The Associated Press|Associated Press|[A-Z][\w.\-]+ Images)(?:\s+file(?:\s+photo)?)?)\s*$"
)


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
# What a writer is, in parts: ``显示面板工程师 / 合肥工业大学硕士`` (the last part a post or a degree).
_WRITER_BIO = re.compile(r"^[\u4e00-\u9fff]{2,16}(?: / [\u4e00-\u9fff]{2,16})* / (?P<last>[\u4e00-\u9fff]{2,16})$")
_NAV_LINK = re.compile(r"^(?:go to|back to|return to|click here|click on|click her|click to|visit our|see all)\b",
                       re.IGNORECASE)
_PLACEHOLDER_ZH = re.compile(r"^(?:请输入|请填写|输入)[^，。；！？]{0,12}$|^(?:搜索|搜一搜|查找)[^，。；！？]{0,14}(?:…+|\.{3})$"
                             r"|^(?:搜索|查找)(?:站内|全站|本站)[^，。；！？]{0,14}$"
                             r"|^(?:搜索|搜)[^，。；！？\s]{0,10}(?:内容|关键词|关键字)$")  # 搜索你感兴趣的内容
# "Previous: Out on a High Note | Next: New Year, New Low", "« Older entry: …": links to the posts
# beside this one, each named after its label.
_PREVIOUS_NEXT = re.compile(
    r"^(?:«\s*)?(?:previous|prev|older|newer|next)(?:\s+(?:post|article|story|entry|item))?\s*:\s*\S",
    re.IGNORECASE,
)


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
    if ("." in text and _FILE_NAME.match(text)) or ("_" in text and _IDENTIFIER.match(text)):  # (their dot, their _)
        return "an image's file name or code name (its alt text)"
    if _PLACEHOLDER.match(text) or _PLACEHOLDER_ZH.match(text):
        return "a search box or input placeholder"
    if " / " in text and (m := _WRITER_BIO.match(text)) and AFFILIATION.search(m["last"]):
        return "a writer's description under the name (显示面板工程师 / 某某大学硕士)"
    label = _doubled(text)
    if label is not None and (words(label) <= 5 if not is_mostly_cjk(label) else display_len(label) <= 10):
        return "a label printed twice in a row (a button or tab and its hidden copy)"
    return None


def without_tool_cells(line: Line, lexicon: Lexicon) -> Line:
    """A table row as a browser copies it, with the cells that are only buttons taken out:
    ``Hester Runs Bears to Win<TAB>Save Email Print`` -> ``Hester Runs Bears to Win``; a line
    without tabs, with the buttons printed after its text taken out (``_without_tool_tail``)."""
    if "\t" not in line.text:
        return _without_tool_tail(line, lexicon)
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    kept = [_TOOL_SUFFIX.sub("", c) for c in cells
            if not (lexicon.tool_words(c) or lexicon.chrome(c) or (_COUNTS.match(c) and not _A_DATE.search(c)))]
    if kept == cells or not kept:
        return line
    return Line(line.no, line.raw, "\t".join(kept), line.indent)


# Where a row of buttons printed on the headline's line may begin: ``某某开展应急演练 字号：大 中 小 |
# 打印 | 分享到：微信 微博``.
_TOOL_TAIL = re.compile(r"\s+(?=[【\[]?(?:字号|字体|打印|分享))")


_WRITER_PROFILE = re.compile(r"^[【\[]?作者简介[】\]]?\s*[:：]")
# What a page says of its rights under the text (``本网站所刊登的某某日报各种新闻、信息，未经许可不得转载。``,
# ``声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，…``): no sentence of the story.
_RIGHTS_NOTICE = re.compile(r"(?:未经[^，。]{0,8}(?:许可|授权|同意)[^，。]{0,4}不得|禁止|请勿|严禁)(?:转载|复制|使用)|版权归原作者")
# A writer's or a source's label: after a row of buttons it says the line is an info bar.
_CREDIT_LABEL = re.compile(r"(?:作者|记者|撰稿人?|撰文|来源|通讯员)\s*[:：]")


def _without_tool_tail(line: Line, lexicon: Lexicon) -> Line:
    """A line with the page's buttons printed after its text (a headline and its tool row in one
    line box), the buttons taken out; every part after the text must be a button or a row of them."""
    text = line.text
    if not ("字号" in text or "字体" in text or "打印" in text or "分享" in text) or not is_mostly_cjk(text):
        return line  # the common case (what _TOOL_TAIL looks for, tested cheaply)
    m = _TOOL_TAIL.search(text)
    if m is None or display_len(text[: m.start()]) < 12 or _CREDIT_LABEL.search(text, m.end()):
        return line  # (``…　字号：大 中 小　撰稿人：某某``: an info bar, its writer after the buttons)
    parts = [part.strip() for part in re.split(r"[|｜]", text[m.end() :]) if part.strip()]
    if not parts or not all(lexicon.chrome(part) or lexicon.tool_words(part) for part in parts):
        return line
    return Line(line.no, line.raw, text[: m.start()], line.indent)


# A cell of counts: ``查看: 4872|回复: 36``, ``阅读 539 评论 12``, ``Views: 1,203``.
_COUNTS = re.compile(r"^(?:[^\W\d_]{1,8}\s*[:：]?\s*[\d,.]+[万千kK+]?\s*[|/·丨]?\s*){1,4}$")
# A line that opens with its writer's label is a byline, whatever credit ends it
# (``作者：汪晓宁　图片来源：作者拍摄``).
_WRITER_FIRST = re.compile(r"^[【\[(（]?(?:作者|记者|本报记者|文字|撰文|撰稿)\s*[:：/丨|]")
# A labelled field of an info bar.
_LABELLED_FIELD = re.compile(r"(?:来源|作者|记者|发布时间|发布日期|时间|日期)\s*[:：]")
# A date in a cell (``发布日期：2024.10.08``) is no count.
_A_DATE = re.compile(r"(?:19|20)\d\d[-./年]\d{1,2}")
# A button printed after a cell's text: ``… [复制链接]``, ``…【打印】``.
_TOOL_SUFFIX = re.compile(r"\s*[\[【](?:复制链接|复制本帖链接|打印|收藏|分享|举报)[\]】]$")


def _may_be_zh_caption(text: str) -> bool:
    """What every form of ``_ZH_CAPTION`` holds (图 among its first three characters, or 摄 or 发 last
    but for white space and a closing parenthesis): tested first, cheaply."""
    if "图" in text[:3]:
        return display_len(text) <= 60
    end = text.rstrip()
    if end.endswith((")", "）")):
        end = end[:-1].rstrip()
    return end.endswith(("摄", "发")) and display_len(text) <= 60


def _may_end_with_credit(text: str) -> bool:
    """What every form of ``_CREDIT_AT_END`` holds (a label's colon, a slash, closing parentheses
    or brackets, Getty's name): tested first, cheaply."""
    return ":" in text or "/" in text or text.endswith((")", "]")) or "Getty" in text


def _credits_before_tools(text: str, lexicon: Lexicon) -> bool:
    """An info bar with the page's tools glued after it (``…作者：李  娜浏览次数：312【打印】【关闭】
    扫一扫在手机打开当前页``): what comes before the first button or tool phrase is a credit line."""
    if not is_mostly_cjk(text):
        return False
    cut = len(text)
    for mark in ("【", "[", "扫一扫"):
        if (at := text.find(mark)) > 0:
            cut = min(cut, at)
    head = text[:cut].strip()
    return bool(head) and lexicon.chrome(head) is None and _LABELLED_FIELD.search(head) is not None and is_credit_line(head)


def _credits_after_tools(text: str) -> bool:
    """An info bar with the page's tools in brackets before it (``【字号 大 中 小】 2025年6月27日 第007版：州市
    作者：本报记者 陈 鑫``): what comes after the tools is a credit line with a labelled field."""
    if not text.startswith(("【", "[")) or (end := text.find("】" if text[0] == "【" else "]")) < 0:
        return False
    tail = text[end + 1 :].strip()
    return bool(tail) and _LABELLED_FIELD.search(tail) is not None and is_credit_line(tail)


# What the rules made of short lines, kept from page to page (for one lexicon): a site prints the
# same menus, buttons and footers on all its pages, so a batch of them decides those lines once.
# Bounded: a line longer than _KEPT_CHARS (running text, rarely printed on two pages) is not kept,
# and the whole is dropped for the next page once it holds _KEPT_LINES lines.
_KEPT_LINES = 1 << 14
_KEPT_CHARS = 100
_kept: tuple[Lexicon | None, dict[str, tuple[Kind, str] | None]] = (None, {})


def local_decisions(lines: list[Line], lexicon: Lexicon) -> list[Decision | None]:
    """``local_decision`` for every line of a page, each distinct text decided once (a page
    prints its menu items, buttons and labels again and again; a fifth of its lines repeat),
    a short one once for all the pages read with the same lexicon."""
    global _kept
    if _kept[0] is not lexicon or len(_kept[1]) >= _KEPT_LINES:
        _kept = (lexicon, {})
    kept = _kept[1]
    decided: dict[str, tuple[Kind, str] | None] = {}
    out: list[Decision | None] = []
    for line in lines:
        text = line.text
        if text in decided:
            found = decided[text]
        elif text in kept:
            found = decided[text] = kept[text]
        else:
            first = local_decision(line, lexicon)
            found = decided[text] = None if first is None else (first.kind, first.rule)
            if len(text) <= _KEPT_CHARS and len(kept) < _KEPT_LINES:
                kept[text] = found
        out.append(None if found is None else Decision(line, *found))
    return out


def local_decision(line: Line, lexicon: Lexicon) -> Decision | None:
    """What the rules that look at a line on its own make of it (they read its text only)."""
    text = line.text
    if line.blank:
        return Decision(line, Kind.BLANK, "blank line")
    if rule := _form_or_image(text):
        return Decision(line, Kind.CHROME, rule)
    if _PREVIOUS_NEXT.match(text) and words(text) <= 30 and not ends_sentence(text):
        return Decision(line, Kind.CHROME, "a link to the previous or next post (Previous: …, Next: …)")
    if text[:1] in "<＜«‹" and _BACK_LINK.match(text):
        return Decision(line, Kind.CHROME, "a link back to the site (‹ 返回某某人民政府)")
    if phrase := lexicon.breadcrumb(text):
        return Decision(line, Kind.BREADCRUMB, f"breadcrumb.prefix {phrase!r}")
    if related := lexicon.related(text):
        return Decision(line, Kind.RELATED, f"related.{related[0]} {related[1]!r}")
    if rule := lexicon.chrome(text):
        if rule.startswith("chrome.contains") and _credits_before_tools(text, lexicon):
            return Decision(line, Kind.META, "credit line with the page's tools printed after it")
        if rule.startswith("chrome.prefix") and _credits_after_tools(text):
            return Decision(line, Kind.META, "credit line with the page's tools printed before it")
        return Decision(line, Kind.CHROME, rule)
    if lexicon.tool_words(text):
        return Decision(line, Kind.CHROME, "a row of tool and button words (chrome.words)")
    if ORIGINAL_TITLE.match(text):
        return Decision(line, Kind.META, "original title (原标题)")
    if (_may_be_zh_caption(text) and _ZH_CAPTION.search(text) and (not ends_sentence(text.rstrip("）)")) or (
            _PICTURE_SAYS.match(text) and display_len(text) <= 60 and "。" not in text[:-1]))
            and not _WRITER_FIRST.match(text) and not _STAMP.search(text)):
        # (``图为老人们在助餐点用午餐。``: one sentence saying what the picture shows is a caption too)
        # (``某某新闻网　2025-06-01 18:20　记者 某某 摄``: the page's credit line, its photographer last)
        return Decision(line, Kind.CAPTION, "a photo caption or its credit (图为…, …摄)")
    if text[:1] in "▲△" and display_len(text) <= 40 and "。" not in text[:-1] and is_mostly_cjk(text):
        return Decision(line, Kind.CAPTION, "a caption marked ▲ under its picture")
    if "《" in text and _PRINT_EDITION.match(text):
        return Decision(line, Kind.FOOTER, PRINT_EDITION_RULE)
    if is_credit_line(text):
        return Decision(line, Kind.META, "credit line: source, date or people, nothing else")
    if display_len(text) <= 40:
        if rule := lexicon.caption(text):
            return Decision(line, Kind.CAPTION, f"short line with a photo credit ({rule})")
        if _PHOTO_CREDIT.match(text):
            return Decision(line, Kind.CAPTION, "a photo credit in parentheses")
        if (">" in text or "›" in text or "»" in text) and _BREADCRUMB_SHAPE.match(text):
            return Decision(line, Kind.BREADCRUMB, "section names joined by '>'")
        if ">>" in text and _DOUBLE_ARROW_STEPS.match(text):
            return Decision(line, Kind.BREADCRUMB, "section names joined by '>>'")
        if "/" in text and (_SLASH_STEPS.match(text) or (
                (label := _LOCATION_LABEL.match(text)) and _SLASH_STEPS.match(text[label.end() :].strip()))
                ) and not ends_sentence(text):  # (``You are here: Home / Xinjiang / Economy``: its label first)
            return Decision(line, Kind.BREADCRUMB, "from the home page down, steps joined by '/'")
        if "/" in text and _CAPITAL_STEPS.match(text):
            return Decision(line, Kind.BREADCRUMB, "section names in capitals joined by '/' (BUSINESS / TRADE)")
        if text.endswith("正文") and _DASH_STEPS.match(text):
            return Decision(line, Kind.BREADCRUMB, "section names joined by dashes down to 正文")
    if display_len(text) <= 100 and _ARROW.search(text) and not ends_sentence(text):
        if _LOCATION_LABEL.search(text) and re.search(r"[>›»＞→]", text):
            return Decision(line, Kind.BREADCRUMB, "a location label and section names joined by '>'")
        if _HOME_WORD.match(text) and (_BREADCRUMB_LONG.match(text) or _HOME_STEP.match(text)):
            return Decision(line, Kind.BREADCRUMB, "from the home page down, steps joined by '>'")
    if _WRITER_PROFILE.match(text):
        return Decision(line, Kind.FOOTER, "a note on who the writer is (作者简介：…), under the text")
    if display_len(text) <= 120 and ("转载" in text or "版权" in text or "复制" in text) and _RIGHTS_NOTICE.search(text):
        return Decision(line, Kind.FOOTER, "a notice of the page's rights (未经许可不得转载, 版权归原作者所有)")
    if _MEDIA_CAPTION.match(text):
        return Decision(line, Kind.CAPTION, "a video or picture caption (视频-, 图片：)")
    if (_may_end_with_credit(text) and not is_mostly_cjk(text) and _CREDIT_AT_END.search(text)
            and not (text.endswith("(Xinhua)") and words(text) >= 15)):
        # (a paragraph of running text closed by ``(Xinhua)`` ends a wire's story, no picture's caption)
        return Decision(line, Kind.CAPTION, WHOLE_CAPTION_RULE)
    if is_mostly_cjk(text) and platform_account(text):
        return Decision(line, Kind.META, PLATFORM_ACCOUNT_RULE)
    if is_mostly_cjk(text) and dated_account_card(text):
        return Decision(line, Kind.META, "a self-media post's header: the account, the date, where it was sent from")
    if ":" in text and display_len(text) <= 40 and _PLAYER_TIME.search(text) and not _CLAUSE_MARK.search(text):
        return Decision(line, Kind.CHROME, "a video player's controls (the time played of the whole)")
    if is_counter(text) and not is_doc_number(text):  # 某府办字〔2024〕35号 is a document's number
        return Decision(line, Kind.CHROME, "counter: a short line of numbers")
    if "版" in text and (rule := _edition_furniture(text)) is not None:
        return Decision(line, Kind.CHROME, rule)
    if "/" in text and _SECTION_IN_TWO_LANGUAGES.match(text):
        return Decision(line, Kind.CHROME, "a section's name with its English one (协会动态 / NEWS)")
    if display_len(text) <= 40 and text.rstrip("\n").endswith(_POSITIONS) and _AUTHOR_BIO.match(text):
        return Decision(line, Kind.META, "the author's name and position")
    if is_staff_title(text) and words(text) <= 6:
        return Decision(line, Kind.META, "a staff credit")
    if _ADOPTED.match(text) and closing_kind(text) != "note":  # （此件公开发布） is a document's note
        return Decision(line, Kind.META, "the date a document was adopted or issued")
    if (len(text) <= 120 and text.replace("\u3000", " ").isascii() and len(_GLUED_WORDS.findall(text)) >= 3
            and not ends_sentence(text) and len(text.split()) <= 8):
        # (a word's capital inside it once or twice is a name's, ``McDonald``, ``iPhone``)
        return Decision(line, Kind.CHROME, "navigation: an English menu run together (HomeNewsBusinessCulture)")
    if text.isascii() and "Home" in text and "Contact" in text and _SITE_MENU.match(text):
        return Decision(line, Kind.CHROME, "navigation: a site's name and menu (… Home About … Contact)")
    if text.isascii() and len(items := text.split()) <= 10 and sum(w in _SECTION_WORDS for w in items) >= 3 and all(
            w[:1].isupper() or w == "&" for w in items):  # (``… Travel Live & Work Videos``)
        return Decision(line, Kind.CHROME, "navigation: a site's name and its sections (… News Travel Business)")
    if display_len(text) <= 30 and is_mostly_cjk(text) and _APP_PROMPT.search(text):
        return Decision(line, Kind.CHROME, "a prompt to download the site's app")  # (``打开“某某新闻”APP，阅读体验更佳``)
    if is_mostly_cjk(text) and not _SENTENCE_MARK.search(text):
        if lexicon.channel_row(text):
            return Decision(line, Kind.CHROME, "navigation: a row of channel names (chrome.channels)")
        if text[:1] in "#@" and "#" in text[1:] and _TOPICS_ONLY.match(text):
            return Decision(line, Kind.CHROME, "a post's topics and mentions (#…# @…)")
        if display_len(text) <= 30 and _BUTTON_ROW.match(text):
            return Decision(line, Kind.CHROME, "a post's buttons and counts run together (赞评论收藏转发)")
        if display_len(text) <= 24 and _platform_menu(text, lexicon):
            return Decision(line, Kind.CHROME, "navigation: a site's self-media channels (澎湃号, 百家号)")
    if display_len(text) <= 40 and _ACCESS_ROW.match(text) and len(_ACCESS_WORD.findall(text)) >= 2:
        return Decision(line, Kind.CHROME, "the site's accessibility and language links (无障碍, 长者模式, 繁體)")
    if (display_len(text) <= 48 and is_mostly_cjk(text) and (head := _ACCESS_AFTER.match(text))
            and not _SENTENCE_MARK.search(head.group(1))):  # (``某某区人民政府信息公开 关怀版``)
        return Decision(line, Kind.CHROME, "the site's name, then its accessibility links (… 关怀版)")
    if display_len(text) <= 24 and _NAV_WORD.search(text) and not ends_sentence(text) and (
            display_len(text) <= 8 or _NAV_TOKEN.search(text)):  # (``新增注册企业``: the word in a headline)
        return Decision(line, Kind.CHROME, "navigation: a short line with 首页/登录/注册")
    if display_len(text) <= 48 and "首页" in text and _HOME_THEN_MENU.search(text) and not _SENTENCE_MARK.search(text):
        return Decision(line, Kind.CHROME, "navigation: the site's name, then its menu run together (… 首页本地民生文化)")
    if _FOLLOW.match(text) or _FOLLOW_ZH.match(text):
        return Decision(line, Kind.CHROME, "a follow-us prompt")
    if sent_with_alone(text):
        return Decision(line, Kind.CHROME, SENT_WITH_RULE)
    return None


_POSITIONS = ("院长", "副院长", "教授", "副教授", "研究员", "主任", "所长", "总裁", "董事长", "总经理", "主编", "总编辑",
              "专栏作家", "评论员", "分析师", "经济学家", "特约撰稿人", "执行院长", "秘书长", "理事长")
_AUTHOR_BIO = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}\s*\S{{0,24}}(?:{'|'.join(_POSITIONS)})$")
_ADOPTED = re.compile(r"^[（(].{0,40}(?:通过|发布|公布|印发|施行)[)）]$")
# A post's buttons and counts run together as a browser copies its toolbar: ``1赞评论收藏转发``,
# ``赞 12 评论 3 分享``: three buttons at least and nothing else.
_BUTTON_ROW = re.compile(r"^(?:\d[\d.,万]*\s*)?(?:(?:点赞|赞|评论|收藏|转发|分享|举报|在看|喜欢|打印|关闭)\s*(?:\d[\d.,万]*\s*)?){3,}$")
# A post's topics and mentions and nothing else: ``#福州交警# #安全头盔# @某某交警``.
_TOPICS_ONLY = re.compile(r"^(?:(?:#[^#\s]{1,30}#|@[^\s@#]{1,20})[\s\u3000]*){1,8}$")
# "…下载腾讯新闻APP", "下载客户端": the site's prompt to get its app, at the end of a bar.
# (``下载某某APP``; ``打开APP 阅读体验更佳``, ``App内打开，查看更多``: an app's prompt over a shared page)
_APP_PROMPT = re.compile(r"(?:下载|打开)[^，。、\s]{0,8}(?:APP|App|app|客户端)$"
                         r"|^(?:打开|前往)[^，。\s]{0,8}(?:APP|App|app|客户端)[\s，,]*(?:阅读|查看|体验|看)"
                         r"|^(?:APP|App|app)内打开[\s，,]*(?:阅读|查看|体验|看)"
                         r"|在(?:小程序|APP|App|app|客户端)中?打开$"  # (``某某镇政务在小程序中打开``)
                         r"|\s(?:APP|App|app|客户端)\s*打开$"  # (``某某新闻 APP 打开``)
                         r"|(?:APP|App|app|客户端)[\s\u3000]+打开$")  # (``某某 · 某某新闻客户端　打开``)


def _edition_furniture(text: str) -> str | None:
    """Why a line holding 版 is an e-paper's furniture, or None: a page's label, the list of its
    pages, or its bar of links (whatever the bar lists after them)."""
    if (_EDITION_PAGE.match(text) or _EDITION_PAGE.match(_EDITION_NAV.sub(" ", text).strip())
            or _CURRENT_PAGE.match(text)):
        return "a newspaper page's label (第06版：法治经纬)"
    if len(pages := text.split()) >= 2 and all(_EDITION_PAGE.match(page) for page in pages):
        return "an e-paper's list of pages (第001版 第002版 …)"
    if len(_EDITION_NAV.findall(text)) >= 2 and not ends_sentence(text):
        return "an e-paper's navigation bar (上一版 下一版)"  # (``当前版：004版 上一版 下一版 | 本版标题：…``)
    if _TITLES_OF_PAGE.match(text):
        return TITLES_OF_PAGE_RULE
    if (len(steps := _BAR_STEP.split(text)) >= 3 and any(_EDITION_PAGE.match(step) for step in steps)
            and not _CREDIT_WORD.search(text)):  # (``2024-06-25 | 第02版：要闻 | 作者：…``: the story's credit line)
        return "an e-paper's bar of links, its page among them (数字报 / 日期 / 第001版：要闻 / 往期查询)"
    return None


_BAR_STEP = re.compile(r"\s+[/|｜]\s+")
_CREDIT_WORD = re.compile(r"作者|记者|通讯员|来源|编辑")
# An e-paper page's titles listed after their label on one line: ``本版新闻：某某开 某某创新高 某某进小区``.
_TITLES_OF_PAGE = re.compile(r"^本版(?:新闻|标题|导读|要目|目录)\s*[:：]\s*\S")
TITLES_OF_PAGE_RULE = "an e-paper's list of the page's titles on one line (本版新闻：…)"


def _platform_menu(text: str, lexicon: Lexicon) -> bool:
    """A line made of self-media platform names and channel names, a site's brand at most left
    over (``澎湃新闻澎湃号湃客``): the menu of a portal's self-media channels."""
    if "号" not in text and "头条" not in text and "湃客" not in text and "看点" not in text:
        return False  # every platform's name holds one of these
    rest, platforms = PLATFORM_NAMES.subn(" ", text)
    if not platforms:
        return False
    key = fold(rest)
    found, covered = lexicon.channels.cover(key)
    return platforms + found >= 2 and len(key) - covered <= 4


_NAV_WORD = re.compile(r"首页|登录|注册|退出|网站导航|手机版")
# On a longer line: 首页 anywhere, the account words as a link of their own (opening or closing the
# line, or between spaces, bars or brackets: ``下载客户端 登录 注册``), not inside a headline's words
# (``新增注册企业``, ``退出市场``).
_NAV_TOKEN = re.compile(r"首页|网站导航|手机版|^(?:登录|注册|退出)|(?:登录|注册|退出)$"
                        r"|(?<=[\s|｜/·•\]】>)）])(?:登录|注册|退出)+(?=[\s|｜/·•\[【（(<])")
# A government site's row of accessibility and language links, however the paste spaces them.
_ACCESS_WORD = re.compile(r"无障碍(?:浏览|阅读)?|长者(?:模式|版)|关怀(?:版|模式)|适老化|繁[體体]|简体|English|读屏|移动版|手机版|智能问答")
_ACCESS_ROW = re.compile(rf"^(?:(?:{_ACCESS_WORD.pattern})[\s|｜/]*)+$")
# A banner ending in the links of a site's other versions, set apart by spaces or bars.
_ACCESS_AFTER = re.compile(rf"^(\S.*?)(?:[\s|｜/]+(?:{_ACCESS_WORD.pattern}))+$")
_CLAUSE_MARK = re.compile(r"[，。；！？]")
# A player's time played of the whole: ``00:00 / 02:36``, ``0:00/1:02:15``.
_PLAYER_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?(?![\d:])")
# What a microblog post was sent with, on a line of its own under the post's date.
SENT_WITH_RULE = "a post's stamp: what it was sent with (来自 微博视频号)"
_FOLLOW_ZH = re.compile(r"^(?:(?:关注|订阅)\S{2,10}|点击(?:上方)?蓝字\s*(?:关注|订阅)\S{0,6})$")
_FOLLOW = re.compile(r"^(?:Follow|Like)\s.{1,40}\s(?:on|via)\s(?:Twitter|Facebook|Instagram|YouTube|LinkedIn)\b",
                     re.IGNORECASE)

