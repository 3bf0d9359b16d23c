"""Bylines and credit lines: who wrote, reported, edited or photographed an article, and its source.

Roles are never conflated: ``来源`` is the source outlet; ``作者``/``记者``/``文/``/``By`` name
writers; ``通讯员`` correspondents; ``编辑``/``责任编辑``/``审核``/``校对`` editors;
``摄影``/``图/`` photographers. A label may follow a short qualifier, as in ``澎湃新闻记者 张三``
or ``《棱镜》作者 周纯``. News agencies (Reuters, AP, 新华社) are sources, never authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsconv.model import WRITER_ROLES, Person, Role
from newsconv.readers.text.dates import LABELLED_MONTH_DAY, DateMatch, find_date, labelled_span
from newsconv.readers.text.lines import is_han_only
from newsconv.readers.text.patterns import literal_alternation

# Label -> what it introduces. Longer labels are tried first, so "责任编辑" wins over "编辑".
_LABELS: dict[str, str | Role] = {
    "来源": "source", "稿源": "source", "出处": "source", "来自": "source", "来源于": "source",
    "信息来源": "source", "文章来源": "source", "稿件来源": "source", "新闻来源": "source", "Source": "source", "供稿": "source", "供稿单位": "source",
    "解读机构": "source", "解读单位": "source",  # a policy reading's office: who explains the document, no writer
    "单位": "source",  # (``作者：某某 某某单位：第三工程公司``: the writers' workplace)
    "发布人": "poster", "发布者": "poster",  # who put the page up: a person is its writer (``发布人：某某``), an office no source
    "发布时间": "date", "发表时间": "date", "发布日期": "date", "更新时间": "date", "时间": "date",
    "播出时间": "date", "播出日期": "date", "栏目": "count",  # (a broadcast's page: ``栏目：《某某新闻联播》　播出时间：…``)
    "回复时间": "reply", "答复时间": "reply",  # a reply page's date, over the letter's (来信时间)
    "日期": "date", "发表日期": "date", "发布": "date", "Writer": Role.AUTHOR, "Author": Role.AUTHOR, "Reporter": Role.REPORTER, "Intern": Role.REPORTER,
    "Contributing": Role.REPORTER, "Editor": Role.EDITOR, "Date": "date", "Published": "date", "Updated": "date", "Posted": "date",
    "作者": Role.AUTHOR, "文字": Role.AUTHOR, "撰文": Role.AUTHOR, "撰稿": Role.AUTHOR, "文": Role.AUTHOR, "口述": Role.AUTHOR,
    "整理": Role.AUTHOR, "采写": Role.AUTHOR, "解读人": Role.AUTHOR, "执笔": Role.AUTHOR, "原创": Role.AUTHOR, "撰稿人": Role.AUTHOR,
    "评论员": Role.AUTHOR, "特约评论员": Role.AUTHOR, "讲话人": Role.AUTHOR,  # (``□ 某某晚报评论员 某某``: a commentary's writer)
    "本报记者": Role.REPORTER, "记者": Role.REPORTER, "特约记者": Role.REPORTER, "实习记者": Role.REPORTER,
    "见习记者": Role.REPORTER, "首席记者": Role.REPORTER, "实习生": Role.REPORTER, "文图": Role.AUTHOR,
    "图文": Role.AUTHOR, "文/图": Role.AUTHOR, "图/文": Role.AUTHOR, "文/摄": Role.AUTHOR, "文字、图片": Role.AUTHOR,
    "文字/图片": Role.AUTHOR,
    "通讯员": Role.CORRESPONDENT, "特约通讯员": Role.CORRESPONDENT,
    "责任编辑": Role.EDITOR, "责编": Role.EDITOR, "编辑": Role.EDITOR, "主编": Role.EDITOR,
    "流程编辑": Role.EDITOR, "网络编辑": Role.EDITOR, "新媒体编辑": Role.EDITOR,
    "审核": Role.EDITOR, "审校": Role.EDITOR, "校对": Role.EDITOR, "终审": Role.EDITOR, "初审": Role.EDITOR,
    "复审": Role.EDITOR, "编审": Role.EDITOR, "监制": Role.EDITOR, "值班编辑": Role.EDITOR,
    "主播": Role.EDITOR, "播音": Role.EDITOR,  # (a broadcast's voices: no writers)
    "摄影": Role.PHOTOGRAPHER, "摄": Role.PHOTOGRAPHER, "图": Role.PHOTOGRAPHER, "图片": Role.PHOTOGRAPHER,
    "供图": Role.PHOTOGRAPHER, "摄影记者": Role.PHOTOGRAPHER, "摄像": Role.PHOTOGRAPHER, "视频": Role.PHOTOGRAPHER, "剪辑": Role.EDITOR,
    "翻译": Role.TRANSLATOR, "编译": Role.TRANSLATOR, "译": Role.TRANSLATOR,
    # counters and tools printed in the same line: they end the value before them
    "浏览次数": "count", "浏览量": "count", "阅读次数": "count", "阅读数": "count", "阅读量": "count", "阅读": "count",
    "IP属地": "count",  # (where a post was sent from: ``…IP属地：山东``)
    "播放": "count", "播放量": "count",  # (a video's plays: ``记者：某某 某 某 | 播放 3.2万``)
    "分享": "count",  # (``记者：某某 某某分享：微信 微博 QQ``: the share buttons after the names)
    "点击数": "count", "点击量": "count", "评论数": "count", "点赞数": "count", "转发数": "count", "点击": "count", "浏览": "count", "访问量": "count", "字号": "count", "字体": "count", "分享到": "count", "评论": "count",
}
# What a record table's 日期 says of a day other than the one published: ``成文日期``, ``生成日期``.
OTHER_DAYS = frozenset(("成文", "发文", "生成", "印发", "施行", "实施", "截止", "有效", "访谈", "活动"))
# Labels too common as ordinary words to count without a separator (":" or "/") after them.
_NEED_SEPARATOR = {"文", "图", "摄", "译", "文字", "视频", "时间", "日期", "发布", "单位", "Date", "来自", "整理", "口述", "原创", "Source", "Writer", "Author",
                   "Reporter", "Editor", "Contributing", "点击", "浏览", "字体", "发布人", "发布者", "分享"}
# Writer labels that may follow a qualifier: "澎湃新闻记者", "《棱镜》作者", "观察者网专栏作者".
_QUALIFIABLE = ("记者", "作者", "通讯员", "编辑", "摄影", "评论员")

_LABEL_ALT = literal_alternation(_LABELS)  # the longest label first
# The labels' first characters, as a lookahead before the alternation: the search then skips at
# once every position no label can start at (an alternation of many words is slow to try).
_LABEL_FIRST = "(?=[" + re.escape("".join(sorted({k[0] for k in _LABELS}))) + "])"
_SEP = r"(?P<sep>\s*[:：/｜丨|】]\s*|\s+)"  # (``【作者】某某``: a label in brackets)
_LABEL_RE = re.compile(rf"{_LABEL_FIRST}(?:^|(?<=[\s|丨｜/·•,，;；:：【\[(（】\])）]))(?P<label>{_LABEL_ALT}){_SEP}")
# A label glued to the value before it, as pages print them without spaces
# (``2024-01-09 10:20来源：某某网作者：赵峰``, ``作者 | 某某来源 | 某某部``): two characters or more, a colon or a bar after it.
_GLUED_ALT = literal_alternation(k for k in _LABELS if len(k) >= 2 and not k.isascii())
# (or run on from a time, a space after it: ``2025-06-03 09:12通讯员 某某``; parse_credits keeps those)
_GLUED_LABEL_RE = re.compile(rf"{_LABEL_FIRST}(?<=[\d\u4e00-\u9fff）)])(?P<label>{_GLUED_ALT})(?P<sep>\s*[:：|｜丨]\s*|\s+)")
_QUALIFIED_RE = re.compile(
    rf"^[【\[(（]?(?P<qual>[^\s:：/，]{{1,14}}?(?:/[^\s:：/]{{2,10}}?)?)(?P<label>{'|'.join(_QUALIFIABLE)})(?P<sep>\s*[:：/]?\s*)(?P<rest>\S.*)$"
)

_COLON = re.compile(r"[:：]")
# (not the slash of ``文/图``, ``图/文``, ``文/摄``: one label, the writer who took the pictures too)
_NAME_SEPARATOR = re.compile(r"\s*(?:[、，,;；|丨｜&＆]|/(?!(?<=[文图]/)[图文摄])|\band\b)\s*")
# A Han name, or a transliterated one with its middle dot (阿依努尔·买买提, 古丽米热·艾力).
_HAN_NAME = re.compile(r"^(?:[\u4e00-\u9fff·•]{2,6}|[\u4e00-\u9fff]{1,7}[·•][\u4e00-\u9fff]{1,7})$")
# A transliterated name (``古丽娜尔·买买提``): in a byline, a name whatever its first character.
_DOTTED_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}[·•][\u4e00-\u9fff]{2,6}$")
_LATIN_WORD = r"[A-Z\u00c0-\u00de][A-Za-z'’.\-\u00c0-\u024f]*"  # (no digits: ``A01 A02 A03``, an e-paper's pages, is no name)
_LATIN_NAME = re.compile(rf"^{_LATIN_WORD}(?:\s+(?:(?:van|von|de|der|da|di|du|la|le|bin|al|ibn)\s+)?{_LATIN_WORD}){{1,3}}$")
# Names of agencies and staff placeholders: sources, not people.
AGENCIES = frozenset(
    "reuters ap afp bloomberg associated press xinhua cnn bbc staff admin administrator editor editors "
    "newsroom 新华社 中新社 中新网 央视网 人民网 本报 本网 网络整理 综合 综合报道".split()
) | {"associated press", "the associated press", "press association", "agence france-presse", "staff writer",
     "news desk", "editorial staff", "web desk"}
# An office credited before its writers' names: ``（宣传　蒋兴文　王海龙）``.
_OFFICE_WORDS = frozenset("宣传 宣传科 党办 综合办 专访".split())
# A leader's post alone, as the leaders' page of a government's site lists them (``区委书记`` / ``区长`` /
# ``副区长``): never a name, though some begin as family names do (区, 何, 段 …).
_POSTS = frozenset(("区长", "县长", "市长", "镇长", "乡长", "村长", "省长", "州长", "旗长", "局长", "处长", "科长", "厅长",
                    "部长", "院长", "校长", "所长", "站长", "社长", "书记", "主任", "主席", "会长", "队长", "组长", "馆长",
                    "园长", "行长", "台长"))
# Words that stand in parentheses at a paragraph's end without being names.
_NOT_NAMES = frozenset(
    "完 全文完 待续 未完待续 下同 同上 图 资料图 视频截图 截图 注 原标题 本报讯 新华社 图片来源 记者 通讯员 编辑 供稿 "
    "责编 综合 网络 据报道 资料 原文 最新文章 相关文章 最近文章 查看更多 更多文章 其他文章 全部文章 我要评论 "
    "相关链接 背景链接 延伸阅读 相关阅读 浏览 阅读 点击 手机看 封面图 封面 题图 头图 配图 手记 调查 观察 探访 连线 走访 追踪 "
    "打印 关闭 收藏 分享 字号 默认 举报 纠错 转发 点赞 返回 参与评论 我要评论 "
    "原创 佚名 匿名 不详 未知 本站 本网 本站编辑 本网编辑 小编 管理员 网站管理员 系统管理员 编辑部 admin "
    "关键字 关键词 站内搜索 全站搜索 文字稿 新闻稿 视频稿 通稿".split()
) | _OFFICE_WORDS | _POSTS
_TITLES_AFTER_NAME = re.compile(r"(?:Staff Writer|Staff Reporter|Senior Writer|Contributor|Correspondent|Reporter|"
                                r"Editor|Columnist)$")
_TRAILING = re.compile(r"[（(](?P<inner>[^（()）\n]{2,60})[)）]\s*$")
# A wire's closing credits, however long: ``(Reporting by A and B; Additional reporting by C; Editing by D)``.
_TRAILING_WIRE = re.compile(r"\((?P<inner>(?:Additional\s+)?(?:Reporting|Reported|Writing)\s+by\s[^()\n]{2,200})\)\s*$",
                            re.IGNORECASE)
# A byline glued after the last sentence, without parentheses: ``…参加会议。记者  陈立新``.
_PARENTHESISED = re.compile(r"[（(][^（()）]{0,40}[)）]")
# A dateline or 本报讯 and the reporters without parentheses: "本报讯 记者张三 今天，",
# "记者 张三 报道：".
# A name in a bare byline: two to four characters, or two spaced out to three's width (``熊 晶``).
_BARE_NAME = r"(?:[\u4e00-\u9fff]\s{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff])|(?:(?!报道)[\u4e00-\u9fff·]){2,4})"
_LEADING_BARE = re.compile(
    r"^(?:[^（(，。]{0,30}?(?:讯|电)\s*)?(?:本报|本台|本网|[\u4e00-\u9fff]{1,8}?(?:网|报|台|客户端|之声))?"
    r"(?:融媒体|全媒体|首席|特约|实习|见习)?(?P<inner>(?:记者|通讯员)\s*/?\s*"
    rf"{_BARE_NAME}(?:[\s、]+(?:(?:记者|通讯员|实习生)\s*/?\s*)?{_BARE_NAME}){{0,3}})(?:\s+|\s*报道[:：]?)"
)
_TRAILING_BARE = re.compile(
    r"(?<=[。！？!?”」』])\s*(?P<tail>(?:本报|本台|本网)?(?:特约|实习|见习)?(?:记者|通讯员|作者|撰稿|采写|责任编辑|编辑|摄影)"
    r"[\s:：/]*[\u4e00-\u9fff·][^。！？!?，,；;]{0,40})$"
)
_LEADING = re.compile(r"^(?P<lead>[^（(]{0,30}?(?:讯|电|报道|消息|快讯))\s*[（(](?P<inner>[^（()）\n]{2,60})[)）]")
_OUTLET_ENDS = r"(?:网|报|台|客户端|广播|之声|频道)"  # how an outlet's name ends, before its reporter's label
# A paragraph that opens with its byline in parentheses and no dateline: ``（通讯员 杨昌明）夜幕降临，``.
# A reporter's name run into the first sentence: ``本网记者周婉婷从省住房和城乡建设厅获悉，…``
# (the word after the name says where the news came from or where the reporter went).
# (a station's reporter reporting: ``某某交通广播记者某某报道：记者今天从…``)
_LEADING_GLUED = re.compile(rf"^(?:本报|本台|本网|[\u4e00-\u9fff]{{1,6}}?{_OUTLET_ENDS})?"
                            r"(?:融媒体|全媒体|首席|特约|实习|见习)?记者(?P<name>[\u4e00-\u9fff]{2,3}?)"
                            r"(?:从|在|近日|日前|今天|昨天|昨日|今日|获悉|了解到|跟随|来到|走进|报道[:：]"
                            r"|\d{1,2}月\d{1,2}日(?:电|讯|报道))")
# Reporters named between their outlets and 报道： over the text, a minority's name among them:
# ``某某网-某某日报记者 古丽米拉·阿不都 某某 报道：8月4日晚，…``.
_OUTLET = rf"[\u4e00-\u9fff]{{1,8}}{_OUTLET_ENDS}"
_REPORTED_NAME = r"(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,4})"
_LEADING_REPORTED = re.compile(rf"^(?:本报|本台|本网|{_OUTLET}(?:[-－—·]{_OUTLET})?)?(?:融媒体|全媒体|首席|特约|实习|见习)?记者\s*"
                               rf"(?P<inner>{_REPORTED_NAME}(?:[\s、]+{_REPORTED_NAME}){{0,3}})\s*报道[:：]")
# A reporter's two-character name spaced out after the dateline: ``本报某某讯　记者钟　瑜报道：…``.
_LEADING_SPACED = re.compile(r"^[^（(，。]{0,30}?(?:讯|电)[ \u3000]*(?:本报)?记者(?P<a>[\u4e00-\u9fff])[ \u3000]{1,3}"
                             r"(?P<b>[\u4e00-\u9fff])(?:[ \u3000]*报道|[ \u3000])")
_NOT_A_NAME_BEFORE = frozenset(("近日", "日前", "今天", "昨天", "昨日", "今日", "前日", "今年", "近期", "目前", "随后", "一行"))
# (the outlet may come first: ``（某某新闻 记者 某某）``)
_LEADING_LABELLED = re.compile(r"^[（(](?P<inner>(?:[\u4e00-\u9fff]{1,8}(?:新闻|网|台|报|客户端|融媒|视听)\s*)?(?:本报)?(?:特约|实习|见习)?"
                               r"(?:记者|通讯员)[^（()）\n]{2,40})[)）]\s*\S")
_BY = re.compile(r"^(?:by|written by|words by|text by|story by|posted by|reported by|contributed by|published by|publicado por|"
                 r"escrito por|por|di|von|par|door|автор|(?:writer|author|reporter)(?=\s*:))\b[\s:]*(?P<rest>.+)$",
                 re.IGNORECASE)
_PUBLICATION = re.compile(r"^The(?:\s+[A-Z][\w.&'’\-]*){1,4}$")
_BY_AT_END = re.compile(r"\b(?:by|By|BY)\s+(?P<rest>[A-Z][^|]*)$")
# What a credit line may hold: a figure or a mark, a label (one that opens as a label does), a year
# in Chinese numerals. Each is looked for on its own, a pattern that opens with a character class
# or a literal, which a search skips through a line with quickly (one alternation of all three was
# tried at every character).
_CREDIT_MARK = re.compile(r"[\d@|□■◆◎]")
_BYLINE_MARKS = ("□", "■", "◆", "◎")  # a newspaper's marks before a byline
# The last field of a credit line a byline's mark opens (``2025年10月10日　第06版：副刊　　□某某某``).
_MARKED_LAST_FIELD = re.compile(r"(?<=[\u3000 ])[□■◆◎][ \u3000]?(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff· ]{1,20})$")
_CREDIT_LABEL = re.compile(literal_alternation(w for w in (*_LABELS, *_QUALIFIABLE) if w[0] in {k[0] for k in _LABELS}))
_CHINESE_YEAR = re.compile(r"[一二三四五六七八九〇○][一二三四五六七八九〇○]{3}年")
_MAY_BE_CREDIT_LATIN = re.compile(r"\b(?=[bpdvае])(?:by|por|di|von|par|door|автор|publicado|escrito)\b|\s[-–—]\s"
                                  r"|^(?:writer|author|reporter)\s*:",
                                  re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_AGENCY_OR_PLACE_HINT = re.compile(r"[,;]|\b(?=[prasf])(?:press|reuters|afp|staff|agencies|services?|from)\b",
                                   re.IGNORECASE)
_HANDLE = re.compile(r"\s*@\w+.*$|(?<=[a-z])(?=@)")


@dataclass(slots=True)
class Credits:
    """What one credit line or byline says."""

    people: list[Person] = field(default_factory=list)
    source: str | None = None
    date: DateMatch | None = None
    unlabelled: str = ""  # text the labels did not account for
    labelled_date: bool = False  # the date came after a label (发布时间：, Published:)

    @property
    def empty(self) -> bool:
        return not (self.people or self.source or self.date)


def unspaced(name: str) -> str:
    """A Chinese name without the spaces a page aligns it with (``杨　帆`` -> ``杨帆``)."""
    return name.replace(" ", "").replace("\u3000", "")


def split_names(text: str) -> list[str]:
    """Names in a list such as ``史航 刘洋``, ``张三、李四`` or ``Jane Doe and John Roe``."""
    text = text.strip(" \u3000:：【】[]")
    if not text:
        return []
    if re.search(r"[A-Za-z]", text) and not re.search(r"[\u4e00-\u9fff]", text):
        parts = re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", text)
        return [p.strip() for p in parts if p.strip()]
    # (names spaced out are joined within what a 、 or a comma parts: ``胡  璐、王  悦阳``)
    tokens = [name for segment in _NAME_SEPARATOR.split(text) if segment for part in _wide_parts(segment)
              for name in _join_spaced([q for p in part.split() for q in _GLUED_ROLE.split(p) if q])]
    if len(tokens) >= 2 and _DATELINE_PLACE.match(tokens[-1]):
        tokens.pop()  # ``记者 张三 长沙报道``: where the reporter filed from, not a name
    if tokens and len(tokens[-1]) >= 4 and tokens[-1].endswith("报道") and (
            _HAN_ONLY_NAME.match(tokens[-1][:-2]) or _DOTTED_NAME.match(tokens[-1][:-2])):
        tokens[-1] = tokens[-1][:-2]  # ``据某某台记者蔡泽鹏报道``: the reporter's name, then 报道 glued to it
        # (``记者玛依拉·某某报道``: a name with its dot too)
    return tokens


def _wide_parts(segment: str) -> list[str]:
    """A list's parts between wide spaces when narrow ones space each name out within them
    (``李 明　刘 丹丹``: two names, not ``李明刘`` and ``丹丹``); the segment whole otherwise."""
    if "\u3000" not in segment or " " not in segment:
        return [segment]
    parts = [part for part in segment.split("\u3000") if part.strip()]
    # (each part one name spaced out or whole; ``记者 黎　鸿 通讯员 某某`` spaces a name with the wide one)
    names = len(parts) >= 2 and all(is_chinese_personal_name("".join(part.split())) for part in parts)
    return parts if names else [segment]


# A role's label glued to the name after it: ``通讯员马莉``, ``记者熊`` (of ``记者熊 晶``).
_GLUED_ROLE = re.compile(r"^((?:特约|见习|实习)?记者|通讯员|实习生)(?=[\u4e00-\u9fff]{1,4}$)")

# The place a report was filed from, after the reporters' names: ``长沙报道``, ``北京报道``; a bare
# ``报道`` after them too.
_DATELINE_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4})?报道$")


def _double_family_name(tokens: list[str], i: int, double: frozenset[str]) -> tuple[str, int] | None:
    """A double family name at token ``i``, whole (``司马``) or spaced out (``欧 阳``), and the index
    of the token after it."""
    if tokens[i] in double:
        return tokens[i], i + 1
    if len(tokens[i]) == 1 and i + 1 < len(tokens) and tokens[i] + tokens[i + 1] in double:
        return tokens[i] + tokens[i + 1], i + 2
    return None


def _join_spaced(tokens: list[str]) -> list[str]:
    """``李 明`` -> ``李明``: a two-character name spaced out to the width of three, as pages align
    short names; a family name alone followed by one character is one name, and so is a double
    family name followed by one or two (``司马 晓``, ``欧 阳 楠``)."""
    single, double = _surnames()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (found := _double_family_name(tokens, i, double)) is not None:
            family, after = found
            if after < len(tokens) and len(tokens[after]) in (1, 2) and tokens[after] not in _LABELS:
                out.append(family + tokens[after])
                i = after + 1
                continue
        run = 0  # single characters in a row from here
        while i + run < len(tokens) and len(tokens[i + run]) == 1 and tokens[i + run] not in _LABELS:
            run += 1
        if run >= 4 and run % 2 == 0 and all(_of_name_parts("".join(tokens[k : k + 2])) for k in range(i, i + run, 2)):
            # ``旦　增　索　朗``: names of two characters with no family name (parts of Tibetan and
            # Mongolian names), spaced out side by side
            out.extend("".join(tokens[k : k + 2]) for k in range(i, i + run, 2))
            i += run
            continue
        if (run == 3 and token in single and tokens[i + 2] in single and i + 3 < len(tokens)
                and tokens[i + 3] in _NEED_SEPARATOR and len(tokens[i + 3]) == 1
                and (i + 4 == len(tokens) or len(tokens[i + 4]) >= 2)):
            # ``向 敏　谭 文``: two names spaced out, the second ending on a character a label may be
            out.extend((token + tokens[i + 1], tokens[i + 2] + tokens[i + 3]))
            i += 4
            continue
        if run == 3 and token in single:  # ``杨  德  新``: a three-character name spaced out
            out.append("".join(tokens[i : i + 3]))
            i += 3
            continue
        if (len(token) == 1 and token in single and token not in _LABELS and i + 1 < len(tokens)
                and len(tokens[i + 1]) in (1, 2) and (tokens[i + 1] not in _LABELS or tokens[i + 1] in _NEED_SEPARATOR)
                and _HAN_NAME.match(token + tokens[i + 1])):
            # (``冉  文``: a label that needs a separator, standing alone after a family name, is the
            # name's second character)
            out.append(token + tokens[i + 1])
            i += 2
            continue
        if (len(token) == 1 and token in single and token not in _LABELS and i + 1 < len(tokens)
                and len(tokens[i + 1]) in (3, 4) and _HAN_NAME.match(token + tokens[i + 1][0])
                and tokens[i + 1][1] in single and is_chinese_personal_name(tokens[i + 1][1:])):
            # ``许　可吴一凡``: a name spaced out to the width of three, the next name glued after it
            out.extend((token + tokens[i + 1][0], tokens[i + 1][1:]))
            i += 2
            continue
        if run == 2 and (i + 2 == len(tokens) or len(tokens[i + 2]) >= 2) and _HAN.match(token) and _HAN.match(tokens[i + 1]):
            # ``达 娃 索朗·次仁``: two characters alone in a row are one name spaced out whatever its
            # family name (a Tibetan or Mongolian name has none; no one signs with one character)
            out.append(token + tokens[i + 1])
            i += 2
            continue
        out.append(token)
        i += 1
    return out


# An avatar's alt text that a browser copies glued before the name beside it (``头像旅行者田野``).
AVATAR_WORDS = ("头像", "用户头像", "作者头像")  # an avatar's alt text, as a browser copies it beside the account
_AVATAR = re.compile(r"^(?:用户|作者)?头像\s*")


# ... or glued after the account's name, which the card prints again (``某某头像 某某 2024-12-16 08:05``, or run
# together: ``某某头像某某 2025-04-05 18:32 头条号``).
_AVATAR_AFTER = re.compile(r"^(?P<name>\S{2,15}?)头像\s*(?=(?P=name)(?:\s|$))")


def without_avatar(text: str) -> str:
    if "头像" not in text:
        return text
    return _AVATAR_AFTER.sub("", _AVATAR.sub("", text, count=1), count=1)


# A verified account's badge printed after its name, a space between or none (``某某文旅 V``, ``某某交警V``).
_VERIFIED_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*[VvＶ✓√]$")


# ... or what the platform says the account is, after its name (``某某发布 某某市人民政府新闻办公室官方微博``).
_DESCRIBED_AFTER = re.compile(r"(?<=\S\S)[ \u3000]+\S{2,30}官方(?:微博|账号|帐号|澎湃号|头条号|百家号|网易号|企鹅号|抖音号|视频号)$")


def without_badge(text: str) -> str:
    """An account's line without its avatar's alt text, its verified badge (``某某文旅 V``) and
    what the platform says it is (``… 某某市人民政府新闻办公室官方微博``)."""
    text = _VERIFIED_AFTER.sub("", without_avatar(text))
    return _DESCRIBED_AFTER.sub("", text) if "官方" in text else text


def is_agency(name: str) -> bool:
    return name.strip().casefold() in AGENCIES


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, two-character) Chinese family names, from surnames.txt."""
    text = resources.files("newsconv.readers.text").joinpath("surnames.txt").read_text(encoding="utf-8")
    names = {n for line in text.splitlines() if not line.startswith("#") for n in line.split()}
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    """Parts of names with no family name (Tibetan, Mongolian, Uyghur, Kazakh), from minority_names.txt."""
    text = resources.files("newsconv.readers.text").joinpath("minority_names.txt").read_text(encoding="utf-8")
    return frozenset(n for line in text.splitlines() if not line.startswith("#") for n in line.split())


@lru_cache(maxsize=1 << 14)
def _of_name_parts(token: str) -> bool:
    """Whether ``token`` is made wholly of one to three parts of a name with no family name
    (``次仁卓玛``, ``斯琴高娃``, ``旦增``)."""
    parts = _name_parts()
    ends = {0: 0}  # where a split into parts may end -> parts used
    for start in range(len(token)):
        if start not in ends:
            continue
        for size in (2, 3, 4, 5):
            if token[start : start + size] in parts and ends[start] < 3:
                ends[start + size] = min(ends.get(start + size, 9), ends[start] + 1)
    return len(token) in ends


_PICTURE_OF = ("照片", "头像", "图片", "简介")  # what an alt text or a box says after a person's name
# How a government's or a paper's account ends its name (``某某发布``, ``某某在线``): no given name does.
_ACCOUNT_WORDS = ("发布", "在线", "之声", "观察", "资讯", "头条", "视点", "热线", "新闻", "日报", "晚报", "政务", "文旅", "融媒")


def is_chinese_personal_name(token: str) -> bool:
    """Two to four Han characters starting with a family name (``史航``, ``欧阳修``); four only
    with a double family name or two family names (``欧阳晓晴``, ``陈李秀英``): a given name has two
    characters at most, and ``项目概况`` is no name."""
    if 2 <= len(token) <= 4 and _HAN_NAME.match(token):
        single, double = _surnames()
        if len(token) == 4:
            # (``安吉发布``: two family names, then what an account calls itself)
            if token[:2] in double or (token[0] in single and token[1] in single and not token.endswith(_ACCOUNT_WORDS)):
                return True
        elif token[0] in single or (len(token) >= 3 and token[:2] in double):
            return True
    # (a Tibetan or Mongolian name: ``次仁卓玛``, ``斯琴高娃``)
    return 2 <= len(token) <= 6 and token[:2] in _name_parts() and _of_name_parts(token)


def is_dotted_name(token: str) -> bool:
    """A transliterated name with its middle dot whose first part is made of the parts of names
    with no family name (``阿依古丽·托合提``, ``米玛·顿珠``): a name with no label before it, where
    ``中国·阿勒泰`` is a place."""
    return bool(_DOTTED_NAME.match(token)) and _of_name_parts(re.split(r"[·•]", token, maxsplit=1)[0])


# What a note on the writer says after the name: where the writer lives, works or studied.
_DESCRIBES_WRITER = re.compile(r"^(?:现居|现任|现为|现就职|曾任|曾为|系|毕业于|就职于|就读于|任职于)")


def is_name(token: str, *, labelled: bool = False) -> bool:
    """A person's name. After an explicit label (记者, 作者, By) any short Han name counts;
    without one, a Han name must start with a family name."""
    if token in _NOT_NAMES or is_agency(token) or token.casefold() in _NOT_LATIN_NAMES or token in _PROVINCES:
        return False  # (``江西`` beside a post's date: where it was sent from)
    if token.endswith(_QUALIFIABLE) or token.endswith(_PICTURE_OF):
        return False  # "南都记者": an outlet and a label, not a name; ``某某照片``: a picture's alt text
    if _HAN_NAME.match(token):
        if _UNIT.match(token) or SECTION_NAME.search(token) or _BUTTON_WORD.search(token) or _PLACE_OFFICE.search(token):
            return False  # "团委", "宣传部", "区县动态", "我要分享", "粤海街道": a unit, a section, a button, not a person
        if len(token) >= 4 and token[0] in "现曾系毕就任" and _DESCRIBES_WRITER.match(token):
            return False  # ``（作者：某某，旅行作者，现居大理）``: where the writer lives or works, not a second name
        if (len(token) >= 4 and AFFILIATION.search(token)) or (
                len(token) == 3 and (m := AFFILIATION.search(token)) is not None and len(m.group()) >= 2):
            return False  # "某大学教授", "市政府办公室", "茶学院": a position or an institution
        if len(token) >= 4 and token.endswith(("供稿", "供图")):
            return False  # ``胸外科供稿``: the department that sent the text in, no name
        if len(token) >= 4 and token.endswith(_ACCOUNT_WORDS):
            return False  # ``文/某商新观察 张　媛``: the account the writer writes for, no name
        if len(token) >= 4 and token.endswith(_CHANNEL_ENDS):
            return False  # ``作者：新闻综合广播``, ``吉林频道``: a station's channel, no name
        if len(token) == 3 and token.endswith("宣") and not is_chinese_personal_name(token):
            return False  # ``浈组宣``, ``粤海宣``: an office's publicity section signing as one (组织部宣传, 宣传办)
        if (len(token) == 6 and _HAN_ONLY_NAME.match(token) and is_chinese_personal_name(token[:3])
                and is_chinese_personal_name(token[3:])):
            return False  # ``刘玺东易赛楠``: two names run together (a line's break between them taken out)
        return labelled or is_chinese_personal_name(token) or is_dotted_name(token)
    if not _LATIN_NAME.match(token) or token.lower().startswith("by "):
        return False
    words = token.split()
    if len(words) >= 2 and words[0] == "Park":
        words = words[1:]  # (``Park Min-jun``: the Korean family name, no place's word)
    return not any(word.lower().strip(".,'’") in _NOT_IN_NAMES for word in words)


# How a broadcaster's or a portal's channel ends its name (``新闻综合广播``, ``吉林频道``, ``某某之声``).
_CHANNEL_ENDS = ("广播", "频道", "电视", "之声")
# A site's section (区县动态, 图片新闻, 本地要闻, 通知公告): no person's name ends so, and no headline
# opens with one and a space.
SECTION_NAME = re.compile(r"(?:动态|新闻|要闻|资讯|快讯|头条|专题|公告|通知|公示|视频|图片|解读)$")
# A neighbourhood's office credited beside its writer (``文/图：粤海街道 杨　帆``): no person's name ends so.
_PLACE_OFFICE = re.compile(r"(?:街道|社区|办事处|居委会|村委会|(?<=[\u4e00-\u9fff]{2})[村镇乡])$")  # (``作者：石塘村``, ``威远镇``)
# A button's words (我要分享, 点击收藏): no person's name holds them.
_BUTTON_WORD = re.compile(r"分享|评论|收藏|打印|点赞|转发|转载|授权|关注|回复|举报")

# Short names of units credited beside people: a committee or office (团委, 校办), a department,
# a broadcaster (普洱台: a city's station, credited beside its reporter).
_UNIT = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:委|办)$|^[\u4e00-\u9fff]{2,5}(?:部|处|局|室|台|所)$|^[\u4e00-\u9fff]{4,8}科$")


# How positions and institutions end: after a name in a byline (``作者：刘洋 某大学教授``) they say
# who the writer is, and are not names themselves.
AFFILIATION = re.compile(
    r"(?:大学|学院|研究院|研究所|中心|协会|学会|公司|集团|报社|杂志社|电视台|委员会|政府|办公室|局|厅|部|院|所|系|调查队|海关|银行|支行|分行"
    r"|日报|晚报|时报|早报|商报|周报|新闻"
    r"|教授|研究员|主任|院长|所长|博士|学者|专家|作家|评论员|分析师|总监|经理|董事长|主席|书记|校长|记者|编辑"
    r"|经济师|工程师|会计师|律师|医师|教师|规划师|设计师|撰稿人|硕士|学士|研究生)$"
)


# Words that make a capitalised phrase a label or an organisation rather than a person.
_NOT_IN_NAMES = frozenset(
    "about order print article agency staff news the of and more reprints necessary any means space european "
    "editor editors team desk service services wire stories features highlights points tickets comments edition "
    "review magazine newsletter subscribe sign search press media group network daily weekly times post world "
    "national international university institute company inc ltd corporation association council department "
    "business sports opinion politics entertainment promoted sponsored links report science english chinese share facebook linkedin "
    "port harbour harbor bridge river lake park station airport channel".split()
)


# Capitalised phrases that stand where names do on pages but are not names.
_NOT_LATIN_NAMES = frozenset(
    "key points highlights top stories features find tickets show comments sign up submit editors' picks "
    "print edition contributing writer staff writer more stories related stories".split("  ")
) | {"key points", "highlights", "top stories", "features", "find tickets", "show comments", "sign up", "submit",
     "editors' picks", "print edition", "contributing writer", "staff writer", "home", "obituaries", "obits",
     "search text", "find out more"}


# What a writer's post ends with when printed before the name (``宣传委员``, ``办公室主任``).
_POST = re.compile(r"(?:委员|主任|书记|干事|站长|所长|科长|股长|队长|院长|馆长|专员)$")
# A writer's label between two names with no space (``记者王静通讯员赵学军``).
_ROLE_BETWEEN_NAMES = re.compile(r"(?<=[\u4e00-\u9fff])(?:见习记者|特约记者|实习生|通讯员|记者)(?=[\u4e00-\u9fff])")


def _people_in(inner: str) -> list[Person] | None:
    """People named in a parenthesised byline (``记者 张三 通讯员 李四``), or None when it is not one."""
    people: list[Person] = []
    unsure: list[int] = []  # which of them are names only beside a name with a family name
    role = Role.AUTHOR
    labelled = False
    if "记者" in inner or "通讯员" in inner:
        inner = _ROLE_BETWEEN_NAMES.sub(r" \g<0> ", inner)  # ``记者王静通讯员赵学军``: the labels run into the names
    tokens = split_names(inner)
    for k, token in enumerate(tokens):
        label = token.rstrip(":：")
        known = _LABELS.get(label)
        if known is None and len(label) >= 4 and label.endswith(_QUALIFIABLE):
            known = _LABELS.get(label[-2:]) or _LABELS.get(label[-3:])  # an outlet's label: 中青报·中青网记者
        if isinstance(known, Role):
            role, labelled = known, True
            continue
        for name, found in _LABELS.items():
            rest = token[len(name) :].lstrip(":：")
            if isinstance(found, Role) and token.startswith(name) and is_name(rest, labelled=True):
                people.append(Person(rest, found))
                role, labelled = found, True  # ``记者李亚宁、央金``: the label covers the names after it
                break
        else:
            if not people and _DATELINE_TOKEN.match(token):
                continue  # ``（本报那大4月8日电 记者曾毅 …）``: the dateline before the names
            if not people and len(token) >= 4 and token.endswith(_WORKPLACES):
                continue  # "（某某电厂　吴晓峰　程　琳）": the writers' workplace before their names
            if not people and not labelled and len(token) >= 3 and token.endswith(_OUTLET_ENDS) and "记者" in inner:
                continue  # "（某某网、某某网某某频道记者 吴  越）": the outlets sharing the report before their label
            if not is_name(token, labelled=labelled) and not _DOTTED_NAME.match(token):
                if (people and k + 1 < len(tokens) and _is_unit(token) and not _is_unit(tokens[k + 1])
                        and is_chinese_personal_name(tokens[k + 1])):
                    continue  # ``（心血管内科 某某　党委宣传部 某某）``: the next writer's department before the name
                if people and AFFILIATION.search(token):
                    break  # "（作者：刘洋 某大学教授）": the writer's position ends the byline
                if not people and (token in _OFFICE_WORDS or _is_unit(token) or (len(token) >= 3 and _POST.search(token))):
                    # "（心血管内科 许静怡）", "（苏木宣传委员 朝克图）": the writer's department or post before the
                    # name, which labels it as a writer's label does
                    labelled = labelled or bool(_POST.search(token))
                    continue
                if not (is_name(token, labelled=True) and _HAN_ONLY_NAME.match(token)) or token.endswith(_OUTLET_ENDS):
                    return None
                unsure.append(len(people))  # "（苏德 斯琴高娃）": a name with no family name, beside one with
            people.append(Person(token, role))
    if unsure and not any(k not in unsure and is_chinese_personal_name(p.name) for k, p in enumerate(people)):
        return None  # no name of the list starts with a family name: the others may be any words
    return people or None


# Han characters alone, two to six: a name without a family name (``斯琴高娃``, ``次仁旺堆``).
_HAN_ONLY_NAME = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# How outlets and sites end: a word in a closing byline's parentheses that is no name (``（某某网 张三）``).
_OUTLET_ENDS = ("网", "报", "台", "社", "刊", "号", "站", "团", "馆")
# A dateline inside a closing byline's parentheses: ``本报那大4月8日电``, ``新华社北京5月12日电``.
_DATELINE_TOKEN = re.compile(r"^\S{0,12}\d{1,2}月\d{1,2}日(?:电|讯)$")
# A wire's closing credits: ``(Reporting by A and B; Editing by C)``.
_REPORTING_BY = re.compile(r"^(?:(?:reporting|reported|writing|written|additional reporting)\s+)?by\s+(?P<names>[^;]+)",
                           re.IGNORECASE)


def _reporting_by(inner: str) -> list[Person] | None:
    m = _REPORTING_BY.match(inner.strip())
    if not m:
        return None
    names, rest = _latin_names(m["names"])
    return [Person(n, Role.REPORTER) for n in names] if names and not rest.strip(" .") else None


# How a writer's department, unit or neighbourhood office ends when it is printed before the name
# (``（心血管内科 许静怡）``, ``（建工街道 朴美兰）``, ``（邹城市供销社 褚  涛）``, ``作者：市书协　谭 敏``).
_DEPARTMENT_ENDS = ("科", "处", "庭", "街道", "社区", "乡", "镇")  # (``民二庭``: a court's division)
# ... and workplaces, no name ending so (``某某电厂``, ``某某集团``).
_WORKPLACES = ("电厂", "公司", "集团", "医院", "学校")
# ... and endings that some given names have too (``王建会``): the unit's only when it is no name.
_UNIT_ENDS = ("社", "站", "队", "馆", "协", "联", "委", "办", "会", "警", "媒", "组", "部", "室", "中心", "局", "院", "所")  # (``济宁交警``, ``某某融媒``, ``初二年级组``)


# How an outlet's name ends, printed before its reporter's label: ``某某新闻客户端 记者 某某``.
_OUTLET_BEFORE_LABEL = ("客户端", "新闻", "日报", "晚报", "网", "台", "融媒")
# A network or desk before a county, dotted like a transliterated name: ``共享联盟·淳安``.
_DOTTED_UNITS = ("联盟", "中心", "站", "社", "台", "部", "局", "委", "团", "网")


def _is_unit(token: str) -> bool:
    """A writer's unit printed before the name: three characters or more, ending as an office, a
    unit or a neighbourhood does."""
    if len(token) < 3:  # (``产科 某某``: a hospital's department, two characters, is no name)
        return len(token) == 2 and token.endswith("科") and not is_chinese_personal_name(token)
    if AFFILIATION.search(token) is not None or token.endswith(_DEPARTMENT_ENDS) or token.endswith(_WORKPLACES):
        return True
    return token.endswith(_UNIT_ENDS) and not is_chinese_personal_name(token)


def trailing_byline(paragraph: str) -> tuple[str, list[Person]] | None:
    """``(史航 刘洋)``, ``(Reporting by A and B)`` or ``…参加会议。记者 陈立新`` closing a paragraph:
    the paragraph without it, and the people it names."""
    m = _TRAILING.search(paragraph) or _TRAILING_WIRE.search(paragraph)
    if m and (people := _people_in(m["inner"]) or _reporting_by(m["inner"]) or _roles_after_slashes(m["inner"])):
        return paragraph[: m.start()].rstrip(), people
    m = _TRAILING_BARE.search(paragraph)
    # without parentheses, only names that start with a family name: the label may be a word of the text
    if m and (people := _people_in(m["tail"])) and all(is_chinese_personal_name(p.name) for p in people):
        return paragraph[: m.start()].rstrip(), people
    return None


def _roles_after_slashes(inner: str) -> list[Person] | None:
    """People in a closing byline that prints each one's role after a slash (``心血管内科　某某/文
    宣传科/图``), the writer's unit before them."""
    if "/" not in inner or not _ROLE_AFTER_SLASH.search(inner):
        return None
    writers = [unspaced(m["name"]) for m in _ROLE_AFTER_SLASH.finditer(inner) if m["role"] == "文"]
    return [Person(name, Role.AUTHOR) for name in writers] if writers and all(map(is_chinese_personal_name, writers)) else None


def closes_with_wire_credits(paragraph: str) -> bool:
    """Whether a paragraph ends with a wire's credits (``(Reporting by A; Editing by B)``), which a
    wire's article prints as part of its text."""
    m = _TRAILING_WIRE.search(paragraph) or _TRAILING.search(paragraph)
    return m is not None and m["inner"][:1].isascii() and _reporting_by(m["inner"]) is not None


def leading_byline(paragraph: str) -> list[Person] | None:
    """People named in ``本报讯（记者 张三）`` or a dateline ``新华社北京5月12日电（记者 张三）``.

    The text stays in its paragraph; only the people are returned.
    """
    m = _LEADING.match(paragraph.strip())
    if m:
        return _people_in(m["inner"])
    m = _LEADING_BARE.match(paragraph.strip()) or _LEADING_LABELLED.match(paragraph.strip())
    if m and (people := _people_in(m["inner"])) and all(
            is_chinese_personal_name(p.name) or ("·" in p.name and is_name(p.name, labelled=True)) for p in people):
        return people  # (``（通讯员 次仁卓嘎 李·达瓦）…``: a name with its middle dot)
    m = _LEADING_REPORTED.match(paragraph.strip()) if "报道" in paragraph[:60] else None
    if m and (people := _people_in(m["inner"])) and all(
            is_chinese_personal_name(p.name) or "·" in p.name for p in people):  # (记者 … 报道： names them)
        return people
    m = _LEADING_GLUED.match(paragraph.strip()) if "记者" in paragraph[:16] else None
    if m and m["name"] not in _NOT_A_NAME_BEFORE and is_chinese_personal_name(m["name"]):
        return [Person(m["name"], Role.REPORTER)]
    m = _LEADING_SPACED.match(paragraph.strip()) if "记者" in paragraph[:40] else None
    if m and is_chinese_personal_name(name := m["a"] + m["b"]):
        return [Person(name, Role.REPORTER)]
    return None


_DATE_WORDS = frozenset(
    "updated published posted jan feb mar apr may jun jul aug sep sept oct nov dec january february march "
    "april june july august september october november december mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
# Month and day words that are names too (``YANG JUN``, ``Theresa May``): a date only before a number.
_NAME_LIKE_DATE_WORDS = frozenset("jun may mar sun".split())
_PARTICLES = frozenset("van von de der da di du la le bin al ibn del dos das".split())
_NAME_TOKEN = re.compile(r"^[A-Z\u00c0-\u00de\u0400-\u042f][\w'’.\-\u00c0-\u024f\u0400-\u04ff]*$")


def _trim_label_words(tokens: list[str]) -> list[str]:
    """Drop a category word glued after a name: "Tony Carter All" -> "Tony Carter"."""
    while len(tokens) > 2 and tokens[-1].lower().strip(".,") in _NOT_IN_NAMES | {"all", "home", "books", "reviews"}:
        tokens = tokens[:-1]
    return tokens


# A word glued to the end of a name, as a browser copies side-by-side items: "Meg JamesStaff
# Writer", "Yaron SteinbuchNovember 19". Three lowercase letters before the capital keep
# "McDonald", "DeArdo" and "MacArthur" whole.
_GLUED_WORD = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")


# What follows a writer's name and a comma: his paper and what he is there.
_OUTLET_WRITER = re.compile(r"^(?:[A-Z][\w.'’&-]*\s+){1,6}(?:Staff\s+)?(?:Writer|Reporter|Correspondent|Columnist|Editor)s?\b")


def _latin_names(text: str) -> tuple[list[str], str]:
    """Leading names in ``Jane Doe and John Roe | May 6`` -> (names, the text after them)."""
    text = _GLUED_WORD.sub(" ", _HANDLE.sub(" ", text)).strip()
    matches = list(re.finditer(r"[^\s,&|•·—–]+|[,&|•·—–]", text))
    tokens = [m.group() for m in matches]
    names: list[str] = []
    current: list[str] = []
    used = 0
    skipping = False  # "By ZHANG YU in Kunming and LI HONGMEI": where a writer filed from is no name
    joined = filed = False  # whether the last separator was "and" or "&"; whether a place was named (``in …``)
    for n, token in enumerate(tokens):
        bare = token.rstrip(".")
        if token == "in" and current and tokens[n + 1 : n + 2] and tokens[n + 1][:1].isupper():
            names.append(" ".join(current))
            current, skipping, filed = [], True, True
            used += 1
            continue
        if skipping and _NAME_TOKEN.match(token):
            used += 1
            continue
        skipping = False
        if token in (",", "&") or token.lower() == "and":
            if current:
                names.append(" ".join(current))
                current = []
            joined = token != ","  # (a one-word name counts only after "and": ``By Dong Lin and Sarangerel``)
            used += 1
            continue
        if bare.lower() in _POSTS_AFTER_NAME and names and tokens[n - 1 : n][:1] != [","]:
            current = []  # ``Wang Qian, Global Times reporter and Liu Yang, …``: the writer's outlet and post
            used += 1
            continue
        dated = bare.lower() in _DATE_WORDS and (
            bare.lower() not in _NAME_LIKE_DATE_WORDS or tokens[n + 1 : n + 2][:1] != [] and tokens[n + 1][:1].isdigit())
        if dated or not (_NAME_TOKEN.match(token) or (current and token in _PARTICLES)):
            break
        current.append(token)
        used += 1
        if len(current) > 4:
            if names and _OUTLET_WRITER.match(text[matches[used - len(current)].start():]):
                used -= len(current)  # ``By Chris Foster, Los Angeles Times Staff Writer``: the paper's writer
                current = []
                break
            return [], text
    if current:
        names.append(" ".join(current))
    names = [_TITLES_AFTER_NAME.sub("", n).strip() for n in names]
    names = [" ".join(_trim_label_words(n.split())) for n in names]
    rest = text[matches[used].start():] if used < len(matches) else ""
    return [n for k, n in enumerate(names) if n and (len(n.split()) >= 2 and is_name(n) or (
        joined and not filed and _mononym_last(names, k)))], rest


# A writer's post after the outlet, after the name and its comma (``…, Global Times reporter``).
_POSTS_AFTER_NAME = frozenset({"reporter", "correspondent", "writer", "columnist", "contributor"})


def _mononym_last(names: list[str], k: int) -> bool:
    """Whether ``names[k]`` is a one-word name after other writers' full names (``By Dong Lin and
    Sarangerel``: many Mongolian and Indonesian names are one word)."""
    name = names[k]
    return (k == len(names) - 1 and k > 0 and all(len(n.split()) >= 2 for n in names[:k]) and len(name) >= 4
            and name.isalpha() and name[0].isupper() and name[1:].islower()
            and name.lower() not in _NOT_IN_NAMES and name.lower() not in _DATE_WORDS and not is_agency(name))


# "The Associated Press", "Staff and agencies", "From The Times", "CanWest News Service; with files
# from Reuters": a line that credits only an agency or the paper's staff.
_AGENCY_LINE = re.compile(
    r"^(?:from\s+|by\s+)?(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg|xinhua|"
    r"press association|staff(?:\s+and\s+agencies)?|staff writers?|agencies|wire services|news services?|"
    r"[a-z][\w.&' ]{1,30}\s+(?:news\s+service|wire\s+service|staff))"
    r"(?:\s*[;,]\s*with files from\s+[\w .&']{2,40})?\.?$",
    re.IGNORECASE,
)
# Words of an agency line that need no capital; any other word is lower case only in a sentence
# ("Alouettes add two to coaching staff" is a headline, "Telegraph staff" a credit).
_AGENCY_LOWER = frozenset("from by the and of with files staff writer writers agencies wire news service services"
                          " press".split())


_AGENCY_WORD = re.compile(r"[^\W\d_][\w.&'’]*")


def _agency_line(text: str) -> bool:
    """A line that credits only an agency, a news service or the paper's staff."""
    if len(text) > 80 or not _AGENCY_LINE.match(text):
        return False
    return all(w[0].isupper() or w.lower() in _AGENCY_LOWER for w in _AGENCY_WORD.findall(text))


# "Roland Parry, Washington", "Tom Jicha | TV and Radio Writer": a writer's name, then where or
# for whom they write (a few capitalised words).
_NAME_THEN_PLACE = re.compile(r"^(?P<names>[^,|;]{4,50}?)\s*[,|]\s*(?P<rest>[A-Z][\w.&'’ -]{1,40})$")


_HANDLE_LINE = re.compile(r"^(?P<names>[^@|/]{3,60}?)\s*@\w+(?P<rest>.*)$")  # "Jane Doe @janedoe May 6"
_DASH_LINE = re.compile(r"^(?P<names>[^|]{3,60}?)\s+[-–—|]\s+(?P<rest>.+)$")  # "Jane Doe - May 6, 2019"
# A letter of an alphabet (not Han or kana): every English credit has one (or a ×, which sorts among
# the capitals ``_NAME_TOKEN`` takes), in a name, an agency's or a label's word, or "by". One class,
# so that a search skips through a line as fast as it can.
_LETTER = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _alphabetic(line: str) -> bool:
    return _LETTER.search(line) is not None or "×" in line


# A labelled field among an English info bar's pieces.
_GLUED_LATIN_FIELD = re.compile(r"(?<=[a-z])(?=(?:Updated|Published|Posted|Source|Editor)\s*:)|(?<=\d)(?=By [A-Z])"
                                r"|(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                                r" \d{1,2}, \d{4})")
# An outlet's name glued to the last writer's (``By … and Liu JiaxinXiangning Daily``): a field of its own.
_GLUED_OUTLET_WORDS = ("Daily", "News", "Times", "Post", "Herald", "Online", "Weekly", "Today")
_GLUED_OUTLET = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+(?: [A-Z][a-z]+)* "
                           r"(?:Daily|News|Times|Post|Herald|Online|Weekly|Today)$)")
_LATIN_FIELD = re.compile(r"^(?P<label>Source|Editor|Published|Updated|Date)\s*:\s*(?P<value>\S.*)$")


_TOOL_PIECES = frozenset("email e-mail print share comments comment tweet facebook twitter save more".split())
# An outlet's name or site printed beside a byline: ``Jingchu Today``, ``chinadaily.com.cn``.
# Who made the pictures, beside the writers: ``By Liu Min and Zhou Yang | Photos by Tan Hui``.
_PICTURES_BY = re.compile(r"^(?:Photos?|Photographs?|Photography|Pictures?|Images?|Video|Graphics?)\s+by\s+(?P<names>\S.*)$",
                          re.IGNORECASE)
_OUTLET_PIECE = re.compile(r"^(?:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}|[a-z][\w-]*(?:\.[\w-]+)+)$")


# A site's links to its other editions, beside its name in the banner.
_LANGUAGE_LINKS = frozenset(("english", "中文", "中文版", "chinese", "mobile", "français", "español", "русский"))


def _acronym_and_words(text: str) -> bool:
    """Whether a run of words mixes an acronym with capitalised words (``ECNS Jiangxi Channel``): a
    site's or a desk's name; a name in capitals is capitals throughout (``LI WEN``)."""
    tokens = text.split()
    return (any(len(t) >= 2 and t.isupper() for t in tokens)
            and any(t[:1].isupper() and not t.isupper() for t in tokens))


# Words of an office's or an outlet's English name, never of a person's: a Chinese site's banner
# (``BINJIANG SUBDISTRICT OFFICE, LUCHENG DISTRICT``) is no "Name, Place" byline.
_INSTITUTION_WORDS = frozenset({
    "office", "district", "subdistrict", "government", "bureau", "committee", "county", "department", "council",
    "municipal", "province", "provincial", "township", "village", "center", "centre", "hospital", "university",
    "college", "school", "court", "procuratorate", "station", "china"})  # (``GANSU CHINA | Window of Gansu``)


def _english_credits(line: str) -> Credits | None:
    stripped = line.strip()
    if stripped.endswith(" |"):
        stripped = stripped[:-2].rstrip()  # ``By … | Shaanxi Daily Global |``: a bar closing the line
    if not _alphabetic(stripped):
        return None  # Han, figures and marks only (most Chinese lines): no English credit
    if _agency_line(stripped):
        return Credits(source=re.sub(r"^(?:from|by)\s+", "", stripped, flags=re.IGNORECASE))
    # (not "Name, Associated Press": under a picture that is the photographer's credit)
    if ((m := _NAME_THEN_PLACE.match(stripped)) and len(m["rest"].split()) <= 5 and not find_date(m["rest"])
            and not _agency_line(m["rest"]) and not _BY.match(m["names"]) and not _acronym_and_words(m["names"])
            and m["rest"].strip().casefold() not in _LANGUAGE_LINKS):  # (``Yinchuan Online | English``: a site's banner)
        names, rest = _latin_names(m["names"])
        capitalised = all(w[:1].isupper() or w.lower() in ("and", "of", "the", "for") for w in m["rest"].split())
        if names and not rest and capitalised and not any(w.casefold() in _INSTITUTION_WORDS for w in m["names"].split()):
            return Credits([Person(n, Role.AUTHOR) for n in names])
    separator = next((sep for sep in (" | ", " - ", " — ", " – ") if sep in stripped), None)
    if separator is not None:
        # "February 1, 2019 | BY: Ilana Muhlstein | Topic: Health": read the pieces one by one
        pieces = [p.strip() for p in stripped.split(separator) if p.strip()]
        read = [_english_credits(p) for p in pieces]  # each piece read once
        found = [c for c in read if c is not None]
        if found:
            merged = Credits()
            for credits in found:
                merged.people.extend(credits.people)
                merged.date = merged.date or credits.date
            for piece, credits in zip(pieces, read):
                if credits is None:
                    field = _LATIN_FIELD.match(piece) if merged.people else None
                    if field:  # beside a writer: ``Source: Hubei Daily``, ``Editor: Tang Yuxin``
                        if field["label"] == "Editor":
                            names, _ = _latin_names(field["value"])
                            merged.people.extend(Person(n, Role.EDITOR) for n in names)
                        elif field["label"] == "Source":
                            merged.source = merged.source or field["value"].strip()
                        else:
                            merged.date = merged.date or find_date(field["value"])
                        continue
                    if (pictures := _PICTURES_BY.match(piece)) and merged.people:
                        names, rest = _latin_names(pictures["names"])
                        if names and not rest.strip():
                            merged.people.extend(Person(n, Role.PHOTOGRAPHER) for n in names)
                            continue
                    date = find_date(piece)
                    merged.date = merged.date or date
                    if (date is None and separator == " | " and read[0] is not None and read[0].people
                            and _BY.match(pieces[0]) and _OUTLET_PIECE.match(piece) and not merged.source
                            and piece.casefold() not in _TOOL_PIECES):
                        merged.source = piece  # ``By Li Yang in Wuhan | Jingchu Today``: the outlet beside its writers
                    elif date is None:
                        merged.unlabelled = (merged.unlabelled + " " + piece).strip()
            return merged
    m = _BY.match(stripped)
    if m and is_agency(m["rest"].strip(" .")):
        return Credits(source=m["rest"].strip(" ."))  # "By Reuters": the source, no person
    if m and _PUBLICATION.match(m["rest"].strip(" .")):
        return Credits(source=m["rest"].strip(" ."))  # "by The Times-Picayune": the paper, no person
    if m:
        names, rest = _latin_names(m["rest"])
        credits = Credits([Person(n, Role.AUTHOR) for n in names])
        credits.date = find_date(rest)
        credits.unlabelled = "" if names else m["rest"]
        return credits if names or credits.date else None
    handle = _HANDLE_LINE.match(stripped) if "@" in stripped else None
    if handle and not _BY.match(stripped):
        names, rest = _latin_names(handle["names"])
        if names and not rest:
            return Credits([Person(n, Role.AUTHOR) for n in names], date=find_date(handle["rest"]))
    dash = _DASH_LINE.match(stripped)
    if dash and (date := find_date(dash["rest"])):
        names, rest = _latin_names(dash["names"])
        if names and not rest:
            return Credits([Person(n, Role.AUTHOR) for n in names], date=date)
    date = find_date(stripped)
    if date is not None and date.start <= 1:
        # "21/06/2014 Tony Carter All, Books, News": a date, then the author (then categories)
        names, _ = _latin_names(stripped[date.end :])
        if names:
            return Credits([Person(names[0], Role.AUTHOR)], date=date)
    elif date is not None:
        # "Carlos Nadalim 27/09/2018 Comente!": the author, then the date
        names, rest = _latin_names(stripped[: date.start])
        if names and not rest.strip(" -|•·"):
            return Credits([Person(n, Role.AUTHOR) for n in names], date=date)
    end = _BY_AT_END.search(stripped)
    if end and (date := find_date(stripped[: end.start()])):
        names, rest = _latin_names(end["rest"])
        if names and not rest:
            return Credits([Person(n, Role.AUTHOR) for n in names], date=date)
    return None


def credits_a_writer(text: str) -> bool:
    """Whether an English line names a writer (or a photographer) with at most who they write
    for: ``By Tom James PA SportsTicker Contributing Writer``, ``Derrik J. Lang, THE ASSOCIATED
    PRESS``. No headline opens with "By" and a person's name, or is a name and an agency."""
    if not text[:1].isascii() or len(text) > 120:
        return False
    if (m := _BY.match(text)) is not None and m.group()[:1] in "Bb":
        if _latin_names(m["rest"])[0]:
            return True
        words = m["rest"].split()  # ``By Tom James PA SportsTicker Contributing Writer``: no comma after the name
        return len(words) >= 4 and is_name(" ".join(words[:2])) and bool(_OUTLET_WRITER.match(" ".join(words[2:])))
    head, separator, tail = text.rpartition(",")
    if separator and is_agency(tail.strip(" .")):
        names, rest = _latin_names(head)
        return bool(names) and not rest.strip()
    return False


def _labelled_people(names: list[str], label: str) -> Credits:
    role = _LABELS[label]
    assert isinstance(role, Role)
    return Credits([Person(n, role) for n in names])


def _qualified(line: str) -> Credits | None:
    """``澎湃新闻记者 段彦超 廖艳``, ``【文/观察者网专栏作者 王文】``, ``某某晚报/某某新闻记者 何蕾``: a
    qualifier (two outlets at most), a writer label, names."""
    m = _QUALIFIED_RE.match(line.strip().rstrip("】]）)"))
    if not m or not m["rest"] or m["qual"].endswith("创"):
        return None  # (``河南优质创作者 关注``: a platform's badge for a creator, no writer's label)
    role = _LABELS[m["label"]]
    assert isinstance(role, Role)
    people = []
    rest, date = m["rest"], None
    if any(c.isdigit() for c in rest) and (date := find_date(rest)) is not None and date.start > 0:
        rest = rest[: date.start]  # ``某某新闻记者 邓 波　2025-06-03 07:58　湖北``: the date and place after the names
    rest = _SPACED_THEN_REPORTED.sub(r"\1\2", rest)  # (``辽宁之声记者于 洋报道：``)
    tokens = split_names(rest)
    if len(tokens) >= 2 and tokens[-1].endswith("台") and _UNIT.match(tokens[-1]):
        tokens.pop()  # ``某某新闻记者 某某 某某 某城台``: the city's station the reporters filed with, after them
    for token in tokens:
        if isinstance(found := _LABELS.get(token), Role):
            role = found  # ``长江日报记者汪甜甜 通讯员马莉 陈思雨``: the next label covers the names after it
        elif people and (label := next((q for q in _QUALIFIABLE if token.endswith(q)), None)) and len(token) <= 14 + len(label):
            role = _LABELS[label]  # ``光明日报记者 万瑜 光明日报通讯员 罗建华``: a qualified label again
        elif is_name(token, labelled=True):
            people.append(Person(token, role))
        else:
            return None
    return Credits(people, date=date) if people else None


# A name in brackets opening an info bar, spaced out or not (``【孙 悦】``), its opening bracket stripped.
_BRACKETED_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,2})】$")


# What a platform calls its writers, before the writer's label and name: ``某某号作者``.
# What a platform calls the account beside a post's date: ``广西南宁优质生活领域创作者``.
_CREATOR_BADGE = re.compile(r"^[\u4e00-\u9fff]{0,16}领域(?:创作者|作者)$")
_WRITER_BADGE = re.compile(r"^[^\s:：]{1,14}(?:号|平台)(?:作者|创作者)$")
# A live page's status before its byline: ``● 直播中``.
_STATUS_MARK = re.compile(r"^[●•◉]\s*[\u4e00-\u9fff]{0,4}\s+")


def _qualified_after_mark(text: str) -> Credits | None:
    """``_qualified``, a status mark before the byline (``● 直播中 某某网记者 杨 帆``) aside."""
    if (found := _qualified(text)) is None and (mark := _STATUS_MARK.match(text)):
        found = _qualified(text[mark.end() :])
    if (found is None and len(parts := text.split(None, 1)) == 2 and parts[0].endswith(_OUTLET_ENDS)
            and is_han_only(parts[0])):
        found = _qualified(parts[1])  # ``某某新闻网　某某晚报记者 某某``: the site's name, then the paper's byline
    return found


# Names first, then what they are: ``张小明 澎湃新闻记者``, ``原创 张小明 李大为 某某报记者``.
_NAMES_THEN_ROLE = re.compile(
    r"^(?:原创\s+)?(?P<names>[\u4e00-\u9fff·]{2,5}(?:[\s、]+[\u4e00-\u9fff·]{2,5}){0,3})\s+"
    rf"(?P<qual>[^\s:：/]{{0,14}}?)(?P<label>{'|'.join(_QUALIFIABLE)})$"
)


# A self-media post's header: ``原创 林小满 乡土观察 2024年02月18日 20:15 湖南`` (writer, account,
# date, place; the date may stand on the next line), ``原创2024-02-18 20:15·乡土观察`` (date, then the account).
_POST_HEADER = re.compile(r"^原创\s*(?P<names>[^\d\s][^\d]{1,40}?)(?:\s+(?=(?:19|20)\d\d|来源)|(?<=[\u4e00-\u9fff])(?=(?:19|20)\d\d[-/.年])|\s*$)")
# A post header's writer with the account's name run on after it, the writer spaced out or with a
# middle dot: ``陈 曦某某发布``, ``阿丽米热·艾山某某发布`` (the account ends as accounts do).
_WRITER_THEN_ACCOUNT = re.compile(r"^(?P<name>[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{2,3}?)"
                                  rf"(?P<account>[\u4e00-\u9fff]{{2,10}}(?:{'|'.join(_ACCOUNT_WORDS)}))$")
# How a local government's or media's account ends its name after the place's (``某某发布``).
_LOCAL_ACCOUNT_WORDS = ("发布", "融媒", "在线", "政务", "文旅")


def _writer_run_into_account(names: str) -> str | None:
    """The writer of a post's header whose account's name runs on after the writer's, or None:
    ``陈 曦某某发布``, ``阿丽米热·艾山某某发布`` (spaced or dotted), ``李雯某某发布`` (a family name and a
    local account), ``卓玛某某生活志`` (a name with no family name)."""
    names = names.strip()
    if glued := _WRITER_THEN_ACCOUNT.match(names):
        return unspaced(glued["name"])
    return _writer_before_account(names) or _parts_name_before_account(names)


def _writer_before_account(token: str) -> str | None:
    """The writer's name in a writer's name run together with a local account's (``李雯某某发布``:
    a place of two characters and the word an account ends on), or None."""
    if not 6 <= len(token) <= 7 or not token.endswith(_LOCAL_ACCOUNT_WORDS) or not is_han_only(token):
        return None
    name = token[:-4]
    return name if is_chinese_personal_name(name) and not is_chinese_personal_name(token) else None


def _parts_name_before_account(token: str) -> str | None:
    """A name with no family name (``卓玛``, ``次仁卓玛``) run together with the account after it
    (four characters at least), or None."""
    if not 6 <= len(token) <= 16 or not is_han_only(token):
        return None
    for size in (4, 2):
        if _of_name_parts(token[:size]) and len(token) - size >= 4 and not _of_name_parts(token[size : size + 2]):
            return token[:size]
    return None


# A two-character name spaced out to three characters' width among a header's names (``张  磊 某某融媒``).
_SPACED_PAIR = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# A date with its year and perhaps its time, as post headers and account cards print it.
_YMD_TIME = r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?)?"
# A card's date, or a mobile page's month, day and time without the year (``06-03 10:21``).
# (a microblog's ``26-8-15 20:41``, its year in two digits)
# A note's stamp of the day it was last edited, this year's: ``编辑于 04-20``.
_EDITED_STAMP = r"编辑于\s*\d{1,2}-\d{1,2}(?!\d)"
_CARD_TIME = rf"(?:{_YMD_TIME}|(?<![\d\-/.])(?:\d\d-)?\d{{1,2}}-\d{{1,2}}\s+\d{{1,2}}:\d\d|{_EDITED_STAMP})"
# After 原创 the account may follow the date without a dot; otherwise the dot is what marks it.
_IP_PLACE_AFTER = re.compile(r"\s*IP属地\s*[:：]\s*[\u4e00-\u9fff]{2,3}\s*$")
_PLACE_AFTER_STAMP = re.compile(r"\d:\d\d\s*[·・]\s*(?P<place>[\u4e00-\u9fff]{2,3})\s+(?=\S)")
_DATE_THEN_ACCOUNT = re.compile(
    rf"^(?:原创\s*[·・]?\s*{_YMD_TIME}\s*[·・]?|{_YMD_TIME}\s*[·・])\s*"
    r"(?P<name>[^\s·・|:：\d+][^\s·・|:：\d+]{1,19})(?:(?:\s*[·・]\s*|\s+)[\u4e00-\u9fff]{2,4})?(?:\s*\+?\s?关注)?$"
)

def _post_header_match(line: str) -> re.Match[str] | None:
    """``_POST_HEADER`` on a line; a date run on from the names only after two names or more
    (``原创张  磊 某某融媒2024年…``: not ``原创某某融媒掌上某某2024-…``, one run of characters)."""
    stripped = line.strip()
    m = _POST_HEADER.match(stripped)
    if m is None or (stripped[m.end() : m.end() + 1].isdigit() and not stripped[m.end() - 1].isspace()
                     and not any(c.isspace() for c in m["names"]) and not _writer_run_into_account(m["names"])):
        return None
    return m


def _post_header(line: str) -> Credits | None:
    """The writer a self-media post's header names (the account after the writer is left out)."""
    m = _post_header_match(line)
    if not m:
        return None
    if writer := _writer_run_into_account(m["names"]):
        return Credits(people=[Person(writer, Role.AUTHOR)], date=find_date(line))
    tokens = split_names(_SPACED_PAIR.sub(r"\1\2", m["names"]))
    if len(tokens) == 2 and tokens[0] == tokens[1] and (date := find_date(line)) is not None:
        return Credits(date=date)  # ``原创 某某教育 某某教育 2025年… 江苏``: the avatar's alt text and the account, no writer
    _, double = _surnames()  # (four characters only with a double family name: ``江门应急`` is an account)
    names = [t for t in (tokens[:-1] if len(tokens) >= 2 else tokens)
             if is_chinese_personal_name(t) and (len(t) <= 3 or t[:2] in double or _of_name_parts(t))]
    if not names and len(tokens) == 2 and _pen_name_before_account(*tokens):
        names = tokens[:1]  # ``原创 小巷美食君 某某吃喝玩乐 2025年…``: the writer's pen name, then the account
    if not names:
        return None
    date = find_date(line)
    return Credits(people=[Person(n, Role.AUTHOR) for n in names], date=date)


_OFFICE_ENDS = ("局", "委", "办", "厅", "院", "中心", "政府", "公司", "协会", "委员会")
# How an office's or a public body's name ends, beside its date on a government page's info bar (``某县妇联``).
BODY_ENDS = (*_OFFICE_ENDS, "联", "工会", "协", "部", "处", "所")


def _pen_name_before_account(first: str, account: str) -> bool:
    """Whether ``first``, before the account in a post's header, is its writer's pen name
    (``小巷美食君``, ``老树皮``): Han characters that end as no account does, before an account that
    is no office's name (``某门应急 某门市应急管理局`` names the account, then the office that runs it)."""
    if not (3 <= len(first) <= 6 and is_han_only(first)) or first.endswith(_ACCOUNT_WORDS) or first == account:
        return False  # (``原创 某某四川说 某某四川说 …``: the avatar's alt text and the account, no writer)
    return first not in _PROVINCES and not account.endswith(_OFFICE_ENDS)


# A post card's buttons run on after the account's name.
_BUTTONS_AFTER_NAME = re.compile(r"\s*(?:(?:举报|收藏|分享|\+?\s?关注)\s*)+$")


# What kind of account a platform tags an account as, glued after its name and place.
_PLATFORM_TAG_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])(?:政务号|媒体号|机构号|企业号)$")


def post_account(line: str) -> str | None:
    """The account a self-media post's header names: the first name before its date, who wrote the
    post (``原创 某秀融媒 南宁某秀发布 2025年…``), or the name after the date (``原创2024-02-18 20:15·乡土观察``)."""
    line = _IP_PLACE_AFTER.sub("", line)  # (``…·某某生活圈IP属地：山东``: where it was sent from)
    m = _DATE_THEN_ACCOUNT.match(line.strip())
    if (m is None or m["name"] in _PROVINCES) and (placed := _PLACE_AFTER_STAMP.search(line)) and (
            placed["place"] in _PROVINCES):
        # ``原创 2024-03-29 12:06·湖北 某某乡村记``: where it was sent from, then the account (``…·浙江 潮乡小记``:
        # a name of four characters, no place after the province)
        m = _DATE_THEN_ACCOUNT.match((line[: placed.start("place")] + line[placed.end() :]).strip())
    if m:
        name = _BUTTONS_AFTER_NAME.sub("", m["name"]) or m["name"]  # ``…·某某说三农举报收藏``: the card's buttons
        name = _PLATFORM_TAG_AFTER.sub("", name) or name  # ``…·包头发布内蒙古政务号``: the platform's tag for the account
        if name in _PROVINCES:
            return None  # ``原创`` / ``2024-06-01 18:23·广东``: where it was sent from, the account on the next line
        province = next((p for p in _PROVINCES if name.endswith(p) and len(name) - len(p) >= 2), None)
        return name[: -len(province)] if province else name  # ``…·某某观察贵州``: its IP location after it
    if m := _post_header_match(line):
        # (``原创 某秀融媒 南宁某秀发布 2025年…``: a WeChat post's header names who wrote it, then the account;
        # the blind sets' readers name the first every time, 71 pages in 71)
        tokens = [token for token in split_names(m["names"]) if not _labels_only(token)]  # (``原创文/图 某某…``)
        return tokens[0] if tokens and not is_chinese_personal_name(tokens[-1]) else None
    return None


def _labels_only(token: str) -> bool:
    """Whether a token is a writer's label alone (``文``, ``文/图``, ``作者``), no name."""
    parts = [part for part in re.split(r"[/／|丨｜]", token.rstrip(":：")) if part]
    return bool(parts) and all(part in _LABELS for part in parts)


def _names_then_role(line: str) -> Credits | None:
    m = _NAMES_THEN_ROLE.match(line.strip())
    if not m:
        return None
    names = split_names(m["names"])
    if not all(is_chinese_personal_name(n) for n in names):
        return None
    return _labelled_people(names, m["label"])


# A name with what that person did after it, a space between, before a wide gap or the end: ``某某某 文``.
# (before a gap, the end or the next field's label: ``某某某 文 / 某某 图来源：…``)
_ROLE_AFTER_EACH_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})[ \u3000]+(文|图|摄)"
                                   r"(?=[ \u3000]|$|[\u4e00-\u9fff]{2,4}[：:])")
# A writer's name with what the writer did after it: ``某某某　文/图``, ``某某 文/摄``.
_WRITER_THEN_WHAT = re.compile(r"(?<![\u4e00-\u9fff：:/])(?P<name>[\u4e00-\u9fff]{2,3})[ \u3000]+文\s*[/／]\s*[图摄]"
                               r"(?=[ \u3000]|$)")
_LABEL_AFTER_SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=(?:特约|实习)?(?:通讯员|记者))")
_UNIT_THEN_WRITER = re.compile(r"(?<=[局委办院所站部处科室队厅心])(?=文\s*[:：/])")
# The photographer's or an editor's label glued to the name before it: ``文/周  琳图/黄志强``,
# ``通讯员 刘某某摄影/陈某审核/周某``.
_NAME_THEN_LABEL = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:图|摄影|摄像|审核|审校|编辑|责编|校对)\s*[:：/]\s*[\u4e00-\u9fff])")


def _may_be_credit(line: str) -> bool:
    return (_CREDIT_MARK.search(line) is not None or _CREDIT_LABEL.search(line) is not None
            or _CHINESE_YEAR.search(line) is not None)


def _may_be_latin_credit(line: str) -> bool:
    """What every form of ``_MAY_BE_CREDIT_LATIN`` holds (a letter of an alphabet, or a dash):
    tested first, cheaply, since Chinese lines have neither."""
    return "-" in line or "–" in line or "—" in line or _alphabetic(line)


# An English field's label glued to the value before it: ``Source: Heilongjiang DailyWriter: Zhang Xue``.
_GLUED_LATIN_LABEL = re.compile(r"(?<=[a-z])(?=(?:Source|Writer|Author|Reporter|Editor|Date):)")


# A writer's unit and the name spaced out after it, as a page aligns a byline under the headline
# or closes the text with it: ``某某镇退役军人服务站 李  振``.
_UNIT_SPACED_NAME = re.compile(r"^(?P<unit>[\u4e00-\u9fff]{3,20})[ \u3000]+(?P<name>[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2})$")


_LABEL_ENDINGS = tuple(label for label in _LABELS if not label.isascii())


# The comments button, with its count, between the fields of a credit line.
_COMMENT_BUTTON = re.compile(r"(?:(?<=[\s\u3000])|^)(?:我要评论|我要纠错|参与评论|发表评论)(?:[(（]\d+[)）])?(?=[\s\u3000]|$)")
# a button after the credits (``…记者 某某　分享``; ``…领域创作者+关注``: the follow button glued on)
_BUTTON_AFTER = re.compile(r"(?:[ \u3000]+(?:分享|收藏|关注|\+关注|打印|关闭|我要评论|我要纠错|评论|纠错|举报)"
                           r"|(?<=[\u4e00-\u9fff])\+关注|(?<=[\u4e00-\u9fff]{2})打印)$")  # (``…某某打印 关闭``: glued on)
_ROLE_AFTER_NAMES = re.compile(r"\s+(?:文|文字|图|摄|摄影|文/图|图/文|文/摄|文/摄影|文图)$")
_TIME_BEFORE = re.compile(r"\d:\d\d$")
# A one-character writer's label run on from a time or a date, its colon or slash after it: ``2025-07-21 11:05文：某某``,
# ``2025-06-05文：某某``, ``2025-05-20文/某某科 某某``.
_WRITER_AFTER_TIME = re.compile(r"(?:(?<=\d:\d\d)|(?<=\d[-/.]\d\d)|(?<=\d日))(?P<label>文|图|摄)(?P<sep>\s*[:：/]\s*)")
# A writer's name with a note on where the writer works: ``刘文博（作者单位：天津市委党校）``.
_NAME_WITH_UNIT = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,6})\s*[（(](?:作者单位|作者系|作者为)[:：]?[^（）()]{2,40}[)）]$")
# A writer's label run into the name, the date run on after it: ``南方+ 记者吴倩2025-12-28 14:00``.
_LABEL_RUN_INTO_NAME = re.compile(r"(?:^|\s)(?P<label>记者|本报记者|特约记者|通讯员|作者)(?P<name>[\u4e00-\u9fff]{2,3})$")


def _unit_then_name(line: str) -> Credits | None:
    m = _UNIT_SPACED_NAME.match(line.strip())
    if m is None or not _is_unit(m["unit"]) or m["unit"].endswith(_LABEL_ENDINGS):
        return None  # (``本版编辑 葛  伟``: a label, read as one)
    name = unspaced(m["name"])
    return Credits([Person(name, Role.AUTHOR)]) if is_chinese_personal_name(name) else None


# An e-paper's page and its name opening a byline line (``A05：城事``, ``第3版：要闻``).
_EDITION_BEFORE = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s*[：:]\s*[\u4e00-\u9fff·]{1,8}[ \u3000]+"
                             r"(?=(?:首席|本报|特约|实习|见习)?(?:记者|通讯员|作者|撰文|文[：:/]))")
# A name and what the person did after a slash: ``杨晓宇/文``, ``赵  冰/图``.
_ROLE_AFTER_SLASH = re.compile(r"(?<![\u4e00-\u9fff/])(?P<name>[\u4e00-\u9fff]{1,3}[^\W\d_文图摄]|[\u4e00-\u9fff][ \u3000\xa0]{1,3}[^\W\d_文图摄])"
                               r"\s*/\s*(?P<role>文|图|摄|摄影|视频)(?=[\s\u3000]|$)")


def _role_before_name(m: re.Match[str]) -> str:
    """``杨晓宇/文`` -> ``杨晓宇`` (the writer, under the label before it if any), ``赵  冰/图`` -> ``图/赵冰``."""
    name = unspaced(m["name"])
    return name if m["role"] == "文" and m.start() > 0 else f"{m['role']}/{name}"


def parse_credits(line: str) -> Credits | None:
    """A credit line's people, source and date (``来源：新华网 作者：张三 2024-05-06``)."""
    if "编辑于" in line and (edited := edited_on(line)) is not None and find_date(line) is None:
        # ``编辑于 06-21 湖南``: a note's stamp, the day it was last edited (where it was sent from, the account
        # before it on its card: ``头像 某某 编辑于 04-20 西藏 + 关注``)
        rest = f"{line[: edited.start]} {line[edited.end :]}".strip()
        return Credits(date=edited, unlabelled="" if rest in _PROVINCES else rest, labelled_date=True)
    if labelled_span(line.strip()):
        return None  # ``展期 2025年5月18日—8月31日``: a field of the text, how long something runs
    if (opening := _day_opening_bar(line)) is not None:
        return Credits(date=opening, labelled_date=True)  # (the counter or the stamp after it: nothing more)
    if line[:1] in "A第B" or line[:1].isdigit():
        line = _EDITION_BEFORE.sub("", line, count=1)  # ``A05：城事　首席记者　张  雪``: the e-paper's page first
    if line.endswith(("）", ")")) and (noted := _NAME_WITH_UNIT.match(line.strip())) and is_name(noted["name"], labelled=True):
        return Credits([Person(noted["name"], Role.AUTHOR)])  # ``某某某（作者单位：某市委党校）``
    if ("  " in line or "\u3000" in line) and (unit := _unit_then_name(line)) is not None:
        return unit
    if line.endswith("作者") and _PLACE_THEN_BADGE.match(line.strip()):
        return None  # ``云南大理 优质文旅领域创作者``: where the account is and what the platform calls it
    if ":" in line and _GLUED_LATIN_LABEL.search(line):
        line = _GLUED_LATIN_LABEL.sub(" ", line)
    if not (_may_be_credit(line) or (_may_be_latin_credit(line) and _MAY_BE_CREDIT_LATIN.search(line))
            or (len(line) <= 80 and not _HAN.search(line) and _AGENCY_OR_PLACE_HINT.search(line))):
        return None  # no label, no "by", no digit: nothing a credit line could say
    if "/" in line and _ROLE_AFTER_SLASH.search(line):
        # ``记者 某某某/文 某  某/图``: each name's role after it, read as the role before it
        line = _ROLE_AFTER_SLASH.sub(_role_before_name, line)
    if ("图" in line or "摄" in line) and len(_ROLE_AFTER_EACH_NAME.findall(line)) >= 2:
        line = _ROLE_AFTER_EACH_NAME.sub(r"\2：\1 ", line)  # ``记者 某某某 文　某某某 图``: each name's role after it
    if ("文" in line and (writer := _WRITER_THEN_WHAT.search(line)) and is_chinese_personal_name(writer["name"])
            and not any(label in line[: writer.start()] for label in _QUALIFIABLE)  # (``□记者 某某某 文/图``: labelled)
            and not line.lstrip().startswith(_BYLINE_MARKS)):  # (``□ 某某 某某 文/图``: read with the mark)
        before = line[: writer.start()].rstrip().split("\u3000")
        names = [writer["name"]]
        while before and is_chinese_personal_name(before[-1].strip()):
            names.insert(0, before.pop().strip())  # ``某某某　某某　文/图``: two writers before what they did
        # ``某某日报　某某某　文/图``
        line = "".join(f"{part}\u3000" for part in before) + f"文/图：{' '.join(names)} {line[writer.end() :]}"
    if "通讯员" in line or "记者" in line:
        line = _LABEL_AFTER_SPACED_NAME.sub(" ", line)  # ``记者 某 某特约通讯员 某 某``: the next label glued to a spaced name
    if "文：" in line or "文:" in line or "文/" in line:
        line = _UNIT_THEN_WRITER.sub(" ", line)  # ``…管理局文：秦  磊``: the writer's label glued to a unit
        line = _NAME_THEN_LABEL.sub(" ", line)  # ``文/周  琳图/黄志强``: the photographer's label after the writer's name
    if (marked := _MARKED_LAST_FIELD.search(line)) and all(
            is_chinese_personal_name(n) or is_dotted_name(n) for n in split_names(marked["names"])):
        line = f"{line[: marked.start()]}\u3000作者：{marked['names']}"  # ``2025年10月10日　第06版：副刊　　□某某某``
    if line.lstrip().startswith(_BYLINE_MARKS):
        line = line.strip().lstrip("□■◆◎ \u3000")  # a newspaper's mark before its byline: ``■文/图 本报记者 …``, ``◎某某``
        line = _ROLE_AFTER_NAMES.sub("", line)  # ``□ 徐  慧 文/摄``: what the writer did, after the name
        date = find_date(line) if any(c.isdigit() for c in line) else None
        names = split_names(line[: date.start] if date is not None and date.start > 0 else line)
        if names and all((is_chinese_personal_name(n) or is_dotted_name(n)) and n not in _NOT_NAMES for n in names):
            return Credits(people=[Person(n, Role.AUTHOR) for n in names], date=date)  # ``□林书恒　2020年09月08日``
    if line.isascii() and (":" in line or "," in line):
        # ``By … and Zhang WeiUpdated: Apr 14, 2025``, ``By … and Zhang HaoMarch 21, 2025``: the next field glued on
        line = _GLUED_LATIN_FIELD.sub(" ", line)
    if line.isascii() and "By " in line and line.endswith(_GLUED_OUTLET_WORDS) and _GLUED_OUTLET.search(line):
        line = _GLUED_OUTLET.sub(" | ", line)
    english = _english_credits(line)
    if english is not None:
        return english
    dateline = _LEADING.match(line.strip())
    if dateline and dateline.end() == len(line.strip()) and (people := _people_in(dateline["inner"])):
        return Credits(people=people)  # ``中新网北京4月18日电 (记者 吴 涛)`` on a line of its own
    while line.endswith(("评论", "纠错", "举报", "打印", "关闭")) and (shorter := _BUTTON_AFTER.sub("", line)) != line:
        line = shorter  # ``…通讯员 某某　我要评论``, ``…某某打印 关闭``: buttons after the credits
    if line.startswith("作者") and line[2:3] in "文图" and line[3:4] in "：:/":
        line = line[2:]  # ``作者文：某某 图：某某``: the field's name over its labels
    if "我要" in line or "参与" in line or "发表" in line:
        line = _COMMENT_BUTTON.sub("", line)  # ``作者：　我要评论(12)　字号：T|T``: an empty field, then the buttons
    labels = [
        m
        for m in _LABEL_RE.finditer(line)
        if not (m["label"] in _NEED_SEPARATOR and not m["sep"].strip())
        and (m["sep"].strip() or m["label"] not in ("图", "摄", "译"))
    ]
    spans = [(m.start(), m.end()) for m in labels]
    glued = [m for m in _GLUED_LABEL_RE.finditer(line) if not any(a < m.end() and m.start() < b for a, b in spans)
             and (m["sep"].strip() or _TIME_BEFORE.search(line, 0, m.start()))
             and not (m["label"] == "发布" and not _COLON.search(m["sep"]))]  # ``某某发布 | 2025-…``: an account
    glued += [m for m in _WRITER_AFTER_TIME.finditer(line) if not any(a < m.end() and m.start() < b for a, b in spans)]
    labels = sorted(labels + glued, key=lambda m: m.start())
    if not labels:
        qualified = _qualified(line) or _names_then_role(line) or _post_header(line)
        if qualified is not None:
            return qualified
        date = find_date(line)
        if date is None:
            return None
        rest = _BUTTON_AFTER.sub("", (line[: date.start] + " " + line[date.end :]).strip(" \u3000[]【】")).strip()
        if rest and (qualified := _qualified_after_mark(rest)) is not None:
            return Credits(qualified.people, date=date)  # ``2026-01-14 07:05 某某网记者 杨 帆 郑晓东``
        if (glued := _LABEL_RUN_INTO_NAME.search(line[: date.start].rstrip())) and is_chinese_personal_name(glued["name"]):
            role = _LABELS[glued["label"]]
            assert isinstance(role, Role)
            return Credits([Person(glued["name"], role)], date=date)  # ``南方+ 记者吴倩2025-12-28 14:00``
        if rest and _CREATOR_BADGE.match(rest):
            return Credits(date=date)  # ``2025-05-31 09:15广西南宁优质生活领域创作者``: the platform's badge for the account
        if rest and (names := _writer_then_account(rest)):
            return Credits([Person(n, Role.AUTHOR) for n in names], date=date)  # ``某某　某某发布　2025-03-30 16:52``
        if rest and (names := _names_after_outlet(rest) or _names_alone(rest)):
            return Credits([Person(n, Role.AUTHOR) for n in names], date=date)  # ``某某讯　2026年11月08日　某某``
        if rest and not _HAN.match(line[date.end : date.end + 1]) and (names := unit_then_names(rest)):
            return Credits([Person(n, Role.AUTHOR) for n in names], date=date)  # ``2025/09/15　某某区商务局　某某某``
        if date.year is not None and (name := _name_before_date(line[: date.start], line[date.end :])):
            return Credits([Person(name, Role.AUTHOR)], date=date)  # ``某文博　2025年04月02日 10:15``
        return Credits(date=date, unlabelled=rest)
    credits = Credits(unlabelled=line[: labels[0].start()].strip(" 【[(（").rstrip(" |｜丨\u3000"))  # (``某某客户端 | 记者 …``)
    first = labels[0]
    if (credits.unlabelled and first["label"] in _QUALIFIABLE and len(credits.unlabelled) <= 14
            and is_han_only(outlet := credits.unlabelled.removesuffix("+").removesuffix("＋"))
            and (_HAN.match(line[first.start() - 1]) or outlet != credits.unlabelled
                 or credits.unlabelled.endswith(_OUTLET_BEFORE_LABEL))):
        # ``融媒体记者：某某``: the label's qualifier, glued to it; ``某某新闻客户端 记者 某某``, ``某某+ 记者 某某``: the outlet
        credits.unlabelled = ""
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        label = m["label"]
        if (i and _LABELS[label] is Role.PHOTOGRAPHER and _LABELS[before := labels[i - 1]["label"]] is Role.AUTHOR
                and not line[labels[i - 1].end() : m.start()].strip(" /／、|丨")):
            label = before  # ``文/视频：某某``, ``文字/摄影：某某``: the writer, who made the pictures too
        elif (i and _LABELS[label] in (Role.REPORTER, Role.AUTHOR, Role.CORRESPONDENT)
              and _LABELS[labels[i - 1]["label"]] is Role.PHOTOGRAPHER
              and not line[labels[i - 1].end() : m.start()].strip(" /／、|丨")):
            label = labels[i - 1]["label"]  # ``图/记者 某某``, ``图/通讯员 某某``: who took the pictures, not a writer
        if (_LABELS[label] == "date" and line[max(0, m.start() - 2) : m.start()] in OTHER_DAYS
                and any(_LABELS[later["label"]] == "date" for later in labels[i + 1 :])):
            continue  # ``成文日期：2025-05-06 发布日期：2025-05-12``: the day it was written, then the day published
        _read_labelled(credits, label, line[m.end() : end])
    if credits.unlabelled == "原创" and len(credits.people) >= 2 and credits.date is not None:
        del credits.people[-1]  # ``原创 文丨某某 某某文旅 2025年…``: a post's header, the account after its writer
    elif (len(credits.people) >= 2 and ("发布于" in line or PLATFORM_NAMES.search(line))
          and not is_chinese_personal_name(credits.people[-1].name)
          and all(is_chinese_personal_name(p.name) for p in credits.people[:-1])):
        del credits.people[-1]  # ``作者：某某　某某海风　2023-05-09 13:05　发布于山东　腾讯新闻企鹅号``: the account after its writer
    if credits.unlabelled:
        date = find_date(credits.unlabelled)
        if date:
            credits.date = credits.date or date
            if (not credits.people and not credits.unlabelled[date.end :].strip()
                    and (names := _names_opening_labelled_bar(credits.unlabelled[: date.start]))):
                credits.people.extend(Person(n, Role.AUTHOR) for n in names)  # ``某　某某某某2025-10-14 06:30来源：…``
            credits.unlabelled = (credits.unlabelled[: date.start] + credits.unlabelled[date.end :]).strip()
        if (line.lstrip().startswith("【") and (bracketed := _BRACKETED_NAME.match(credits.unlabelled))
                and is_chinese_personal_name(name := unspaced(bracketed["name"]))):
            credits.people.append(Person(name, Role.AUTHOR))
            credits.unlabelled = ""  # ``【孙 悦】　2020-08-26　来源：…``: the writer in brackets opening the bar
        if credits.people and _WRITER_BADGE.match(credits.unlabelled.strip()):
            credits.unlabelled = ""  # ``腾讯新闻企鹅号作者　文｜周晓蕾``: what the platform calls its writer
        if credits.unlabelled and (qualified := _qualified_after_mark(credits.unlabelled.strip(" \u3000|｜丨"))) is not None:
            credits.people[:0] = qualified.people  # (printed before the labelled ones: ``某某新闻记者 某某 通讯员 某某``)
            credits.unlabelled = ""
        if credits.unlabelled.startswith("原创") and (post := _post_header(credits.unlabelled)) is not None:
            credits.people.extend(post.people)  # ``原创 某某 某某观察 来源：…``: the post's writer before its account
            credits.unlabelled = ""
        if (not credits.people and credits.date is not None
                and (names := unit_then_names(credits.unlabelled.strip(" \u3000|｜丨")))):  # (``某县融媒体中心 某某 某某 |``)
            credits.people.extend(Person(n, Role.AUTHOR) for n in names)  # ``2025-03-05　心血管内科 某某 某某　浏览：…``
            credits.unlabelled = ""
        if not credits.people and credits.date is not None and (names := _names_between_bars(credits.unlabelled)):
            credits.people.extend(Person(n, Role.AUTHOR) for n in names)  # ``2025.03.12 | 某某 某某 | 来源：…``
            credits.unlabelled = ""
    return credits if not credits.empty else None


# A writer's name opening the info bar, a space before its date (``某晓琳　2025-04-28　某某网``).
_NAME_OPENING = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})\s+$")
# What a post's card prints after its date, and labelled credits: then the name before the date is an account's
# or the line's labels say who wrote it.
_CARD_OR_LABEL_AFTER = re.compile(r"关注|来自|发布于|账号|作者|记者|编辑")


def _name_before_date(before: str, after: str) -> str | None:
    """The writer's name that opens an info bar before its date, a space between, when nothing after
    the date is a card's or a label (``某文博　2025年04月02日 10:15``, ``某晓琳　2025-04-28　某某网``); no
    outlet's or section's name (``某某网 2025-06-25``, ``时间 2025-09-02``)."""
    m = _NAME_OPENING.match(before)
    if m is None or _CARD_OR_LABEL_AFTER.search(after):
        return None
    name = m["name"]
    if (name.endswith(_OUTLET_ENDS) or name in _NOT_NAMES or name in _BAR_WORDS or name in _PROVINCES
            or not is_chinese_personal_name(name) or not is_name(name)):
        return None
    return name


# The words an info bar labels its date or counts with (``时间 2025-09-02 浏览 418``): no writer's name.
_BAR_WORDS = frozenset(("时间", "日期", "发布", "更新", "浏览", "来源", "发表", "点击", "阅读", "访问"))


def _names_opening_labelled_bar(text: str) -> list[str] | None:
    """Names alone opening a labelled info bar, right before its date (``许　可 吴一凡2025-10-14 06:30
    来源：…``): one to three, each read as a writer's name, or None."""
    names = split_names(text) if text.strip() and not any(bar in text for bar in "|｜丨") else []
    return names if 1 <= len(names) <= 3 and all(
        _bare_name(n) and is_name(n) and not n.endswith(_OUTLET_ENDS) for n in names) else None  # (not ``某视网``)


def _names_between_bars(text: str) -> list[str] | None:
    """Names alone in a dated credit bar's cell of their own, no label (``| 某某 某某 |``), or None."""
    if not any(bar in text for bar in "|｜丨"):
        return None
    tokens = text.strip(" \u3000|｜丨").split()
    if not 1 <= len(tokens) <= 3 or any(bar in token for token in tokens for bar in "|｜丨"):
        return None
    return tokens if all(_bare_name(n) for n in tokens) else None


# The department a writer works in, before the names on a date's line (``心血管内科``, ``宣传部``).
_UNIT_END = ("科", "室", "部", "处", "中心", "办", "局", "所", "站", "队", "组", "委")
# How a department's or a place's name ends (``宣传科``, ``姜山镇``): no writer's name, short as it is.
_UNIT_OR_PLACE_ENDS = (*_UNIT_END, "镇", "乡", "村", "区", "县", "市", "省")


def _bare_name(token: str) -> bool:
    """Whether ``token`` is a writer's name printed with no label: two or three characters read as a
    person's name, no department, place or province."""
    return (2 <= len(token) <= 3 and is_chinese_personal_name(token) and not token.endswith(_UNIT_OR_PLACE_ENDS)
            and token not in _PROVINCES)


def _writer_then_account(text: str) -> list[str] | None:
    """The writer named before the account a post's header names (``于洋　某某发布``), or None."""
    tokens = text.split()
    if len(tokens) != 2 or not tokens[1].endswith(_LOCAL_ACCOUNT_WORDS) or len(tokens[1]) < 4:
        return None
    # (``原创 某某发布``: WeChat's mark for a post of the account's own, no writer)
    named = len(tokens[0]) <= 3 and is_chinese_personal_name(tokens[0]) and tokens[0] not in _LABELS
    return tokens[:1] if named else None


# How a news outlet's name or its mark ends, before its writer's name on a dated bar (``某某讯``, ``某某之声``).
_OUTLET_MARK_ENDS = ("讯", "之声", "新闻网", "日报", "晚报", "在线", "客户端", "融媒")


def _names_after_outlet(text: str) -> list[str] | None:
    """The writers named after an outlet's name or its news mark on a dated bar, no label between
    (``某某讯 某某``, ``某某之声 某某``, ``某某融媒 · 某·某某``: a dot between), or None."""
    tokens = [token for token in text.split() if token not in ("·", "・", "|", "｜", "丨")]
    if not 2 <= len(tokens) <= 4 or not tokens[0].endswith(_OUTLET_MARK_ENDS) or not is_han_only(tokens[0]):
        return None
    names = tokens[1:]
    return names if all(_bare_name(n) or _DOTTED_WRITER.match(n) for n in names) else None


# A minority writer's name with its dot (``扎西·平措``, ``黎·阿雅``).
_DOTTED_WRITER = re.compile(r"^[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{2,6}$")


def _names_alone(text: str) -> list[str] | None:
    """Two writers' names or more beside the date on its line and nothing else (``2025.12.09　泽仁卓玛　李 航``),
    or None: one short word might be a place's name, two names together are writers."""
    if not _WIDE_GAP.search(text.strip()):
        return None  # (an info bar's fields stand apart: ``…　某某　某 某``)
    names = split_names(text)
    if not 2 <= len(names) <= 4 or not all(2 <= len(n) <= 5 and is_name(n) for n in names):
        return None
    return names if not any(n.endswith(_UNIT_OR_PLACE_ENDS) for n in names) else None


# A department's, an office's or a town's name before its writers' (``宣传部``, ``某某区商务局``, ``某某街道``).
_UNIT_OR_TOWN_END = (*_UNIT_END, "街道", "镇", "乡")


def unit_then_names(text: str) -> list[str] | None:
    """The names after a department's, an office's or a town's in a bar's text left unlabelled
    (``心血管内科 某某 某某``, ``某某街道　某某　某某``), or None."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or not 2 <= len(tokens[0]) <= 10 or not tokens[0].endswith(_UNIT_OR_TOWN_END):
        return None  # (a hospital's department may be two characters: ``骨科 某某``)
    if len(tokens[0]) == 2 and not tokens[0].endswith("科"):
        return None
    if not is_han_only(tokens[0]) or is_chinese_personal_name(tokens[0]):
        return None
    names = tokens[1:]  # (not a follow button: ``某某工作室 关注``)
    return names if all(_bare_name(n) and is_name(n) for n in names) else None


# A month and day without the year (``06-21``), as posts and notes print this year's days.
_MONTH_DAY = r"(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])"
# ... after a note's ``编辑于`` (``编辑于 06-21``).
_EDITED_DAY = re.compile(rf"编辑于\s*{_MONTH_DAY}(?![\d:])")
# ... alone after a date's label (``发布时间：04-22``): a post of this year, its year left out.
_MONTH_DAY_ALONE = re.compile(rf"^{_MONTH_DAY}$")
# ... opening a bar that a counter or a post's stamp closes (``06-23 | 浏览次数：2283``, ``07-25　·　来自广东``): the
# day it was published.
_DAY_OPENING_BAR = re.compile(rf"^{_MONTH_DAY}(?=[ \u3000]*[|｜丨·•][ \u3000]*(?:浏览|阅读|点击|来自|IP属地))")


def _this_years_day(m: re.Match[str] | None) -> DateMatch | None:
    """The month and day ``m`` found (``_MONTH_DAY``) as a date without its year, or None."""
    if m is None:
        return None
    return DateMatch(None, int(m["m"]), int(m["d"]), None, m.start(), m.end(), LABELLED_MONTH_DAY)


def edited_on(text: str) -> DateMatch | None:
    """The day a note's stamp says it was last edited, this year's (``编辑于 06-21``), or None."""
    return _this_years_day(_EDITED_DAY.search(text))


def _day_opening_bar(text: str) -> DateMatch | None:
    """``_DAY_OPENING_BAR`` on a line, as a date without its year, or None."""
    return _this_years_day(_DAY_OPENING_BAR.match(text.strip())) if text[:1].isdigit() else None


def _month_day_alone(value: str) -> DateMatch | None:
    """The date a label gives as a month and day alone (``04-22``), or None."""
    return _this_years_day(_MONTH_DAY_ALONE.match(value))


def _read_labelled(credits: Credits, label: str, raw: str) -> None:
    value = raw.strip(" \u3000|丨｜/·•,，;；【】[]()（）")
    kind = _LABELS[label]
    if kind == "count":
        return
    if (label == "供稿" or kind == "poster") and (names := split_names(value)) and all(
            is_chinese_personal_name(n) and is_name(n) for n in names):
        credits.people.extend(Person(n, Role.AUTHOR) for n in names)  # ``供稿：某某某``: a person, not an office
        return
    if (label == "供稿" and len(names := split_names(value)) >= 2 and _is_unit(names[0])
            and all(is_chinese_personal_name(n) for n in names[1:])):
        credits.source = credits.source or names[0]  # ``供稿：安全管理部 某某``: the writer's department, then the writer
        credits.people.extend(Person(n, Role.AUTHOR) for n in names[1:])
        return
    if kind == "poster":
        if credits.date is None and (found := find_date(value)):
            credits.date = found  # (``发布人：admin 2025-05-27 浏览 188 次``)
        return  # ``发布人：宣传部``: the office that put the page up
    if kind == "date":
        if credits.date is None and (found := find_date(value) or _month_day_alone(value)):
            credits.date, credits.labelled_date = found, True
    elif kind == "reply":
        if found := find_date(value):
            credits.date, credits.labelled_date = found, True  # ``来信时间： … 回复时间： …``: published with the reply
    elif kind == "source":
        value = raw.strip(" \u3000|丨｜/·•,，;；【】[]")  # keep "人民日报（海外版）" whole
        date = find_date(value)
        if date:
            credits.date = credits.date or date
            after = value[date.end :].strip(" \u3000|丨｜")
            if after and (qualified := _qualified(after)) is not None and all(
                    p.role in WRITER_ROLES for p in qualified.people):
                credits.people.extend(qualified.people)  # ``来源：某众日报　2025-04-20 06:35　某众日报记者 宋 明``
            value = value[: date.start].strip()
        if value and (glued := _QUALIFIED_RE.match(value)) and (qualified := _qualified(value)) is not None and (
                outlet := _WRITER_QUALIFIER.sub("", glued["qual"])):
            credits.people.extend(qualified.people)  # ``来源：南方日报特约记者 罗  娟``: the paper and its writer run together
            credits.source = credits.source or outlet
            return
        value = _BUTTONS_AFTER_NAME.sub("", value).strip()  # ``来源: 某某生活圈+关注``: the account's button
        credits.source = credits.source or (value.split()[0].strip("【】[]|丨｜") if value else None) or None
        if value and len(parts := _WIDE_GAP.split(value, maxsplit=1)) == 2 and (
                qualified := _qualified(parts[1].strip())) is not None:
            credits.people.extend(qualified.people)  # ``来源：四川在线　四川日报全媒体记者　何  勇``: the next field
    else:
        assert isinstance(kind, Role)
        if "，" in raw and raw.rstrip().endswith(("？", "?", "。", "！")):
            return  # ``记者：…，冬季游客较少，有什么应对举措？``: an interviewer's question, no byline
        if (first := raw.split(maxsplit=1)[:1]) and any(mark in first[0] for mark in "：:"):
            return  # ``视频丨凉山会理：石榴挂满枝 果农采收忙``: a headline after its media's label
        if (any(c.isdigit() for c in raw) and (found := find_date(raw)) is not None
                and (found.year is not None or found.time is not None)):
            # ``通讯员 孙  涛　2025-06-02 21:05``, ``通讯员 某某03-11 21:37``: the date after the names
            credits.date = credits.date or found
            raw = raw[: found.start]
        if not _HAN.search(raw):
            raw = _WIDE_GAP.split(raw.strip())[0]  # ``Author: Zhang Tong　Font size: A+ A-``: the next field
        elif (bracket := raw.find("【")) > 0 and raw[:bracket].strip():
            raw = raw[:bracket]  # ``作者：刀  芳　【打印】``: a button after the names
        if raw.rstrip(" \u3000）)").endswith("摄") and not raw.rstrip(" \u3000）)").endswith(("拍摄", "摄影")):
            kind, raw = Role.PHOTOGRAPHER, raw.rstrip(" \u3000）)")[:-1]  # ``记者 某  某 摄``: who took the picture
        # "张三（北京大学教授）": the position is not a name
        value = _PARENTHESISED.sub(" ", raw).strip(" \u3000|丨｜/·•,，;；【】[]()（）")
        value = _COUNT_AT_END.sub("", value)  # ``作者：黄  帅评论(126)``: the comments' count after the name
        value = _SPACED_THEN_REPORTED.sub(r"\1\2", value)  # ``…记者于 洋报道：``: a spaced name, 报道 glued to it
        tokens = [_COUNT_AFTER_NAME.sub("", re.sub(r"(?:编译|整理|报道|撰写)$", "", t)) for t in split_names(value)]
        tokens = [_writer_before_account(t) or t for t in tokens]  # (``作者 | 某某某某某发布``: the account run on)
        tokens = [_name_after_outlet(t) or t for t in tokens]  # (``文/某某日报记者罗嘉``: the paper and label glued)
        # (six characters only for a writer: ``记者 旦增尼玛曲珠``, not ``视频丨白洋淀芦苇荡``)
        names = [n for n in tokens if is_name(n, labelled=True)
                 and (len(n) < 6 or kind in WRITER_ROLES or not _HAN_ONLY_NAME.match(n))]
        if len(names) >= 2 and _is_unit(names[0]) and all(is_chinese_personal_name(n) for n in names[1:]):
            del names[0]  # ``作者：市书协　谭 敏``: the writer's unit before the name
        elif len(names) == 1 and kind in WRITER_ROLES and len(names[0]) >= 4 and _is_unit(names[0]):
            names = []  # ``作者：街道妇联``: an office in the writer's field, no person
        if len(names) >= 2 and "·" in "".join(names):
            # ``记者 某某 共享联盟·某县 某某``: a dotted unit and its county before a writer
            names = [n for k, n in enumerate(names) if not (
                "·" in n and n.split("·")[0].endswith(_DOTTED_UNITS) and k < len(names) - 1)]
        if not names and (qualified := _QUALIFIED_RE.match(value)):
            names = [n for n in split_names(qualified["rest"]) if is_name(n, labelled=True)]
        credits.people.extend(Person(n, kind) for n in names)


# A two-character name spaced out, 报道 glued after it: ``于 洋报道：`` (a broadcast's reporter over the script).
_SPACED_THEN_REPORTED = re.compile(r"^([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])报道[:：]?$")


def _name_after_outlet(token: str) -> str | None:
    """The name in a token that runs a paper, a writer's label and the name together
    (``佛山日报记者罗嘉``), or None."""
    if len(token) < 5 or not any(label in token for label in _QUALIFIABLE):
        return None
    m = _QUALIFIED_RE.match(token)
    return m["rest"] if m and not m["sep"].strip() and is_chinese_personal_name(m["rest"]) else None


# What a paper calls its writer between its name and the label (``南方日报特约记者``).
_WRITER_QUALIFIER = re.compile(r"(?:特约|首席|见习|实习|全媒体|融媒体|本报|驻\S{1,6})+$")
# A count's label glued to the last name (``记者：某某 田芳参与人数 12.6万``).
_COUNT_AT_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?<!参与)评论|阅读|浏览)$")
_COUNT_AFTER_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:参与人数|阅读量|阅读数|阅读|浏览量|浏览次数|点击量|点击数|访问量|字号|字体|(?<!参与)评论)$")
# What separates an info bar's fields: an ideographic space, a tab, two spaces or more.
_WIDE_GAP = re.compile(r"\u3000|\t|\s{2,}")


# Self-media platforms: pages there name an account, and often no person.
_PLATFORMS = ("微信公众号", "公众号", "百家号", "头条号", "今日头条", "网易号", "企鹅号", "搜狐号", "大风号", "一点号",
              "澎湃号", "湃客", "新浪看点", "看点号", "趣头条", "抖音号", "快手号", "雪球号", "知乎号", "人民号", "新华号", "小红书")
_PLATFORM_ALT = literal_alternation(_PLATFORMS)
# A platform and its channel, as its path names them: ``澎湃号·政务``, ``网易号``.
_PLATFORM_PATH = rf"(?:{_PLATFORM_ALT})(?:[·・]\S{{1,6}})?"
PLATFORM_NAMES = re.compile(_PLATFORM_ALT)
_QUOTED_NAME = r"[“\"「『《]?(?P<name>[^”\"」』》（()，,。；;:：\s|]{2,20})"
_ACCOUNT_LINES = (
    # 本文来自微信公众号“某某”（ID：xxx） / 来源：微信公众号：某某
    re.compile(rf"^(?:本文|文章)?(?:来源|来自|转自|转载自|源自|出自)(?:于)?\s*[:：]?\s*(?:{_PLATFORM_ALT})\s*[:：]?\s*{_QUOTED_NAME}"),
    # 澎湃号·湃客 > 某某, 网易号：某某, 百家号 / 某某
    re.compile(rf"^{_PLATFORM_PATH}\s*(?:[:：·|/>＞]\s*|\s+){_QUOTED_NAME}$"),
    # 某某 · 百家号, 某某 | 企鹅号
    re.compile(rf"^{_QUOTED_NAME}\s*[·|/丨]\s*(?:{_PLATFORM_ALT})$"),
)
_OFFICIAL_ACCOUNT = re.compile(r"(?:^|[\s·|/丨])(?P<name>[^\s·|/丨:：]{2,20}?)(?:官方账号|官方帐号)")


def is_platform(text: str) -> bool:
    """A line that only names a self-media platform (``百家号``, ``企鹅号``)."""
    return text.strip(" ·|/【】[]") in _PLATFORMS


_ON_PLATFORM = re.compile(
    rf"(?:^|[>›»＞]\s*)(?:{_PLATFORM_ALT})\s*(?:$|[>›»＞|/·])|自媒体|关注(?:该|此)?公众号"
    rf"|(?:{_PLATFORM_ALT})[^。]{{0,12}}(?:信息发布平台|仅提供信息存储)"
)


# A sentence in English after a Chinese one on the same line (a bilingual disclaimer's second half).
_ENGLISH_AFTER = re.compile(r"(?<=[。！])\s*[ -~]{40,}$")


def says_self_media(text: str) -> bool:
    """A line of page furniture that shows the page is on a self-media platform: the platform's
    name as a step of a breadcrumb (``网易号 > 正文``, ``网易首页 > 网易号 > 正文``), or a disclaimer naming 自媒体
    (its English after it aside: ``…仅提供信息存储服务。Notice: The content above …``)."""
    if len(text) > 200:
        text = _ENGLISH_AFTER.sub("", text)
    if len(text) > 200 or text.isascii() or not _PLATFORM_HINT.search(text):
        return False  # every platform's name and the disclaimers hold one of these (none is ASCII)
    if (logo := _NAME_BESIDE_LOGO.match(text)) is not None:
        text = logo.group("name")  # (``某某头条图标 某某头条``: the platform's logo, its alt text before its name)
    return _ON_PLATFORM.search(text) is not None


# A name printed twice, as a logo's alt text and as itself (``今日头条图标 今日头条``, ``今日头条今日头条``).
_NAME_BESIDE_LOGO = re.compile(r"^(?P<name>\S{2,8}?)(?:图标|标志|LOGO|logo|Logo)?\s*(?P=name)$")


# Where a self-media platform says a post was sent from, printed after the account.
_PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
              "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
              "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾")
_PROVINCE_ALT = "|".join(_PROVINCES)
# What a platform calls an account, after the province and city it is in (``云南大理 优质文旅领域创作者``): no one named.
_PLACE_THEN_BADGE = re.compile(rf"^(?:{_PROVINCE_ALT})[\u4e00-\u9fff]{{0,4}}\s+[\u4e00-\u9fff]{{0,16}}领域(?:创作者|作者)$")
_PROVINCE_LAST = frozenset(p[-1] for p in _PROVINCES)
PROVINCES = _PROVINCES


# Furniture that names whose page it is: ``某某的博客``; an account's card under the headline,
# its name before the date and a follow button after (``江城生活指南 2023-03-08 11:26 … 关注``).
_OWNER = re.compile(r"^(?P<name>[^\s:：|/]{2,16}?)的(?:博客|个人博客|微博|个人空间|个人主页)$")


def page_owner(text: str) -> str | None:
    """The account whose own page a heading names (``某某的微博``, ``某某的博客``), or None."""
    return m["name"] if (m := _OWNER.match(text.strip())) else None
# (``来自 河南``: where a post was sent from, as a microblog prints it)
_CARD_WORDS = (rf"关注|订阅|创作者|发布于|IP属地|粉丝|阅读|官方账号|官方帐号|来自\s*微博|来自\s*(?:{_PROVINCE_ALT})|{_PLATFORM_ALT}"
               r"|来自\s*(?:iPhone|Android|HUAWEI|华为|小米|荣耀|OPPO|vivo|Redmi|\S{1,12}客户端)")  # (a post's device)
_FOLLOW_CARD = re.compile(
    # 北纬47度的阿凯 2024-02-19 20:31 · 黑龙江 关注; 宁波发布 2025-05-31 08:00 浙江, 某某 2025-03-18 17:46·贵州
    # (the avatar's alt text may repeat the name: 某某小助手 某某小助手 2021/12/20 15:45 发布于河北 关注)
    # (a post's header)
    # (the platform may stand between the name and the date: 北京朝阳 澎湃号·政务 2022-06-17 14:08 北京)
    # (a microblog's stamp that the post was edited may stand before the date: 某某生活圈　已编辑　2025-9-2 10:48 来自 …)
    rf"^(?P<name>[^\s\d:：|/·][^\s:：|/]{{1,15}})(?:\s+(?P=name))?(?:\s+(?:{_PLATFORM_ALT})(?:[·・]\S{{1,4}})?)?"
    rf"(?:\s+已编辑)?(?:\s*[|｜·・]\s*|\s+|(?<=[^\d\s])){_CARD_TIME}"
    rf"(?:(?=.*(?:{_CARD_WORDS})).*|\s*(?:[·・]\s*)?(?:{_PROVINCE_ALT})(?:[\u4e00-\u9fff]{{2,6}}(?:地区|市|州|盟))?)$"
    # 2026-01-14 某某 +关注; 2024-05-21 07:45·黑龙江 某某 + 关注 (where it was sent from between)
    rf"|^{_YMD_TIME}(?:\s*[·・]\s*(?:{_PROVINCE_ALT}))?\s+(?P<after>[^\s\d:：|/·+][^\s:：|/·+]{{1,15}})\s+\+?\s?关注$"
    # 某某发布 关注, 某某发布+ 订阅, 某某之声 某某之声　关注 (the avatar's alt text first)
    r"|^(?P<alone>[^\s\d:：|/·+][^\s:：|/·+]{1,15})(?:\s+(?P=alone))?(?:\s+[VvＶ✓√])?(?:\s+\+?|\+\s?)(?:关注|订阅)"
    r"(?:$|\s(?=.*(?:19|20)\d\d))"
    # 某某生活圈　发布于 2025-11-22; 某某发布 V 发布于 …: a verified account's badge between
    rf"|^(?P<posted>[^\s\d:：|/·+][^\s:：|/·+]{{1,15}}?)(?:\s+[VvＶ✓√])?\s*发布于\s*{_CARD_TIME}(?![\d:])"
)
# (a province at the end is tested apart: as one more alternative it was tried at every character)
_CARD_HINT = re.compile(rf"的|博主|达人|[✔✓√☑]|{_CARD_WORDS}")
_PROVINCE_ENDINGS = _PROVINCES + tuple(f"{p}\n" for p in _PROVINCES)  # where ``$`` matches
_DATED_CARD = re.compile(_CARD_TIME)
# How a card's line may end: where the post was sent from (``… 新疆阿克苏地区``, the place within the province
# too), or the post's mark after it (``…广西原创``).
_CARD_ENDINGS = (*_PROVINCE_ENDINGS, "地区", "市", "州", "盟", "原创", "首发")
# A post's mark: ``原创``, ``首发``, ``头条首发``, ``头条原创``.
_POST_MARK = r"原创|(?:头条)?首发|头条原创"
# The post's mark after where it was sent from: ``… 广西原创``, ``… 黑龙江 头条首发``.
_MARK_AFTER_PLACE = re.compile(rf"\s*[·・]?\s*(?:{_POST_MARK})$")
# A self-media post's stamp on its own line: the date and where it was sent from (``2025-04-27 15:36湖北``).
# (or the client it was sent with, as a microblog prints it: ``2025-05-06 09:12 来自 微博网页版``)
# What a post was sent with, as its stamp says it: ``来自 微博网页版``, ``来自 iPhone客户端``, ``来自 iPhone 15 Pro``.
_SENT_WITH_CLIENT = r"来自\s*(?:微博\S{0,8}(?:\s+weibo\.com)?|\S{1,12}客户端|[A-Za-z][\w-]{1,10}(?:\s[\w-]{1,10}){0,3})"
_SENT_FROM = re.compile(rf"^(?:{_YMD_TIME}|\d{{1,2}}月\d{{1,2}}日\s*\d{{1,2}}:\d\d"
                        rf"|\d\d-\d{{1,2}}-\d{{1,2}}\s+\d{{1,2}}:\d\d|{_EDITED_STAMP})\s*(?:[·・]\s*)?"
                        rf"(?:{_PROVINCE_ALT}|{_SENT_WITH_CLIENT})(?:\s*已编辑)?$")
# ... that alone on its line, under the post's date (``25-11-18 07:12`` / ``来自 微博视频号``).
_SENT_WITH_ALONE = re.compile(rf"^{_SENT_WITH_CLIENT}(?:\s*已编辑)?$")
# (a microblog prints ``来自 微博 weibo.com`` for a post sent from its site, the phone's name for one sent from a
# phone, ``来自 iPhone 15 Pro``, and ``已编辑`` after a post edited since; its year in two digits, ``25-11-3 09:41``;
# a note's day it was edited last, ``编辑于 10-03 山西``)


def sent_with_alone(text: str) -> bool:
    """Whether a line says only what a post was sent with (``来自 微博视频号``): part of its stamp."""
    return text.startswith("来自") and _SENT_WITH_ALONE.match(text) is not None


def is_province(text: str) -> bool:
    """A province's name alone (``贵州``): where a post says it was sent from, beside its account."""
    return text.strip() in _PROVINCES


def is_sent_from(text: str) -> bool:
    """Whether a line is a self-media post's stamp: its date and the province it was sent from."""
    return len(text) <= 40 and _SENT_FROM.match(text.strip()) is not None


def dated_account_card(text: str) -> str | None:
    """The account a self-media post's header names before its date, with where it was sent
    from or the platform after it (``某某发布 2025-05-16 20:41 来源：澎湃新闻·澎湃号``,
    ``某某供电公司 2025-01-14 18:02 · 内蒙古 · 头条号``), or None."""
    if len(text) > 80 or text.lstrip().startswith("原创") or not _DATED_CARD.search(text):
        return None  # (``原创　2024-05-17 08:30·某某``: a post's header, read by post_account)
    if "，" in text or text.rstrip().endswith("。"):
        return None  # a sentence (``展览将持续至2025年10月18日，观众可通过…公众号预约…。``), no card
    if " 原创 " in text:
        text = text.replace(" 原创 ", " ", 1)  # ``某某老饕 原创  2025-03-17 21:30·河南``: the post's mark after the account
    if "发布于" in text:
        text = _GLUED_SENT_FROM.sub(" 发布于", text)  # ``2025-06-17 08:12·某某山里人发布于湖北``: a saved page's card run together
    text = without_avatar(text)  # (``头像 某某 2025-05-30 19:47 贵州 +关注``)
    if "号" in text[:8]:
        text = _PLATFORM_PATH_BEFORE.sub("", text)  # ``澎湃号·政务 > 某某发布 2025-05-06 17:03 浙江``: the platform's path first
    name = account_on_furniture(text)
    return name if name and not name.endswith(_ACCOUNT_DESCRIPTIONS) else None
_PLATFORM_HINT = re.compile(r"号|头条|湃客|看点|自媒体")
# A platform's path before the account it leads to: ``澎湃号·政务 > ``, ``网易号 / ``.
# (or a space: ``头像 澎湃号·政务 某某发布 2025-04-12 08:30 来源：…``, the avatar's alt text first)
_PLATFORM_PATH_BEFORE = re.compile(rf"^\s*{_PLATFORM_PATH}\s*(?:[>＞›/｜|]\s*|\s(?=[^\s\d]))(?=\S)")
# Where a post was sent from, glued to the account's name before it: ``某某山里人发布于湖北``.
_GLUED_SENT_FROM = re.compile(r"(?<=[\u4e00-\u9fff])发布于(?=[\u4e00-\u9fff]{2,3}$)")

# An account's card as a saved page's markup runs it together: the name, the platform's tag and the
# follow button (``某某发布澎湃号·政务+订阅``).
_GLUED_CARD = re.compile(rf"^(?P<name>[^\s”\"」』》（()，,。；;:：|/·+]{{2,20}}?)(?:{_PLATFORM_ALT}|政务号)(?:[·・][^\s+]{{1,4}})?"
                         r"\s*\+?(?:关注|订阅)$")  # (``某某发布某某发布政务号订阅``: a government's account, its name twice)


# A microblog's handle with its post's reads or date after it: ``@某某的牧羊人 阅读数：12.6万``.
_HANDLE_CARD = re.compile(r"^@(?P<name>[^\s@:：|/]{2,16})\s+(?:阅读(?:数|量)?\s*[:：]?\s*[\d.]+万?|(?:19|20)\d\d[-/.年])")
# An account's card run together: its name, the platform's badge, its followers (``某某说优质生活领域创作者2.3万粉丝``).
# (or the follow button right after the badge: ``某某侦探优质美食领域创作者关注``)
_BADGED_CARD = re.compile(r"^(?P<name>[^\s\d]{2,12}?)优质[\u4e00-\u9fff]{2,4}领域创作者\s*(?:[\d.]+万?\s*粉丝|\+?关注$)")


# How a news site's name ends: the source of its own stories, no self-media account (a paper's or a county
# media centre's name may be an account on a platform: ``某某县融媒体中心 … 政务机构官方账号``).
_NEWS_OUTLETS = ("新闻网", "电视台")  # (``某州广播电视台　2025-05-30 21:06:45　阅读 1.8万`` on its own app)


def account_on_furniture(text: str) -> str | None:
    """The account (or blog owner) a line of page furniture names, or None."""
    if len(text) > 80 or text.isascii() or not (_CARD_HINT.search(text) or text.endswith(_CARD_ENDINGS)):
        return None  # the common case, decided by one quick search (no hint word is ASCII)
    if "，" in text and text.rstrip().endswith("。"):
        return None  # a sentence (``展览将持续至…，观众可通过官方微信公众号预约参观。``), no card
    text = without_avatar(text)  # (``头像某某 关注``, ``某某头像 某某 2024-12-16 08:05 发布于吉林``)
    if (mark := _MARK_AFTER_PLACE.search(text)) and text[: mark.start()][-1:] in _PROVINCE_LAST:
        text = text[: mark.start()]  # ``某某日记2025-05-03 21:16广西原创``, ``… 福建 原创``: the post's mark last
    if text.startswith("@") and (handle := _HANDLE_CARD.match(text.strip())) is not None:
        return handle["name"]  # ``@某某的牧羊人 阅读数：12.6万``: a microblog's handle over its post
    if ("粉丝" in text or "关注" in text) and (badged := _BADGED_CARD.match(text.strip())) is not None:
        return badged["name"]  # ``头像某某说优质生活领域创作者2.3万粉丝关注``: the card run together
    m = _OWNER.match(text.strip()) or _FOLLOW_CARD.match(text.strip())
    if m is None:
        glued = _GLUED_CARD.match(text.strip()) if "订阅" in text or "关注" in text else None
        if glued is None or glued["name"] in _PROVINCES:
            return card_by_words(text)
        return halved(glued["name"]) or glued["name"]  # (``某某发布某某发布政务号订阅``: the name twice)
    found = m.groupdict()
    name = found["name"] or found.get("after") or found.get("alone") or found.get("posted")
    name = name.removesuffix("发布于") or name  # (``某某发布于 2024-11-16 18:20``, run together)
    name = name.rstrip("·・")  # (``原创·2025-03-09 07:48·上海``: the post's mark, its dot after it)
    name = _VERIFIED_AFTER.sub("", name)  # (``某某生活家V25-6-14 17:20来自 微博``: the verified mark run in between)
    if name.startswith("原创") and len(name) >= 4:
        name = name[2:]  # (``原创某某生活圈2025-04-24 17:06·江苏``: the post's mark run into the account)
    if name in ("原创", "") or name.lstrip("+＋") in _FOLLOW_WORDS:
        return None  # (``关注 2025-03-30 15:02 来源：…``: the follow button before the post's date, no name)
    if name in _PROVINCES or PLATFORM_NAMES.search(name) or name.startswith(("发布于", "IP属地")):
        return None  # ``2025-11-30 14:02 安徽 关注``: where the post was sent from; ``澎湃号·政务``: the platform's path
    if name.endswith(_NEWS_OUTLETS):
        return None  # ``某某新闻网2025/08/12 09:08阅读 2.1万``: a news site's own info bar, its name no account
    if name.endswith(_OFFICE_ENDS) and re.search(r"[|｜]", text.strip()[len(name) : len(name) + 4]):
        return None  # ``某某区住房和城乡建设局 | 2025-03-04 | 阅读：1503``: a government page's info bar, no post's card
    return halved(name) or name  # ``平安某某平安某某 关注``: the avatar's alt text and the name, copied as one word


# An account's card read word by word, its words in any order (``江城阿伦 + 关注``, ``苍山听雪 旅游博主 +关注``,
# ``某某 ✔ 微博美食博主``, ``2025-03-12 22:47·某某 +关注 上海``, ``某某 10月15日 17:32 来自 iPhone客户端 已编辑``):
# every word but one is what a platform prints around an account, and that one is the name.
_CARD_WORD_SPLIT = re.compile(r"[\s·・|｜]+")
_FOLLOW_WORDS = ("关注", "订阅", "已关注", "已订阅")
CARD_BADGES = frozenset("VvＶ✓√✔☑")
# What a platform calls an account (``旅游博主``, ``财经领域创作者``, ``某某区委宣传部官方账号``).
_CARD_DESCRIBES = ("博主", "创作者", "官方账号", "官方帐号", "达人", "UP主", "答主")
_CARD_STAMP_WORD = re.compile(r"(?:(?:19|20)?\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d\d(?::\d\d)?")
# A post's mark and its reads, among a card's words (``原创``, ``阅读 3.2万``, ``粉丝``).
_MARK_OR_READS = _POST_MARK + r"|(?:阅读|浏览)(?:数|量)?[:：]?[\d.]*万?|[\d.]+万?(?:粉丝|阅读|赞)?"
_CARD_MARK_OR_READS = re.compile(_MARK_OR_READS)
# Where and how a post was sent, its mark and its reads: ``来自``, ``iPhone客户端``, ``发布于 某地``, ``已编辑``.
_CARD_SENT_WORD = re.compile(r"(?:来自|发布于|编辑于|IP属地[:：]?)\S{0,12}|\S{0,12}客户端|已编辑|weibo\.com|微博\S{0,6}|"
                             + _MARK_OR_READS)
_CARD_PLACE_WORD = re.compile(rf"(?:{_PROVINCE_ALT})[\u4e00-\u9fff]{{0,4}}")
# Words of a site's own bar that no account's name is (``首页 关注``, ``推荐 关注``).
_NOT_AN_ACCOUNT = frozenset(("首页", "登录", "注册", "搜索", "推荐", "热门", "热榜", "发现", "视频", "我的", "消息", "更多", "返回", "分享",
                             "收藏", "举报", "评论", "点赞", "转发", "作者", "用户", "全部", "动态", "文章", "主页", "好友", "私信", "微博",
                             "头条", "原创", "粉丝", "获赞", "认证", "置顶"))


def card_by_words(text: str) -> str | None:
    """The account a post's card names, read word by word (``苍山听雪 旅游博主 +关注``): one word
    is the name, every other one a follow button, a badge, what the platform calls the account, the
    post's date and time, where or how it was sent, its mark or its reads; the card says it is one
    by a follow button, a badge or a calling, or by a date with where it was sent. None otherwise."""
    words = [w for w in _CARD_WORD_SPLIT.split(text.strip()) if w]
    if not 2 <= len(words) <= 9:
        return None
    names: list[str] = []
    follows = dated = sent = stamped = False
    for word in words:
        if word.lstrip("+＋") in (*_FOLLOW_WORDS, "") or word in CARD_BADGES:
            follows = follows or word not in ("+", "＋")
        elif word.endswith(_CARD_DESCRIBES) and len(word) <= 24:
            follows = True
        elif _CARD_STAMP_WORD.fullmatch(word):
            dated = True
        elif _CARD_SENT_WORD.fullmatch(word) or _CARD_PLACE_WORD.fullmatch(word) or is_platform(word):
            sent = sent or not _CARD_MARK_OR_READS.fullmatch(word)  # (reads or 原创 say nothing of where it was sent)
            # (a microblog's stamp; 发布于 begins an office's own bar too)
            stamped = stamped or word.startswith("来自") or word == "已编辑"
        else:
            names.append(word)
    if len(set(names)) != 1 or not (follows or (dated and sent)):
        return None
    name = halved(names[0]) or names[0]
    # (an account named like an office, ``某某县融媒体中心``, on a post's stamp: ``… 6月14日 21:05 来自 微博``)
    return name if is_account_word(name) and (follows or stamped or not name.endswith(BODY_ENDS)) else None


def is_account_word(name: str) -> bool:
    """Whether a word alone may be an account's name: two to sixteen characters, no digit first, no
    word of the site's own bar or a card's (``首页``, ``粉丝``, ``原创``), no platform, no punctuation."""
    return (2 <= len(name) <= 16 and not name[:1].isdigit() and name not in _NOT_AN_ACCOUNT
            and not PLATFORM_NAMES.search(name)
            and not any(mark in name for mark in "：:，,。！？“”《》()（）[]【】@#+＋") and not name.endswith(_FOLLOW_WORDS))


def halved(name: str) -> str | None:
    """A name printed twice and run together (an avatar's alt text and the name, ``平安某某平安某某``),
    once; None when it is not one."""
    parts = name.split()
    if len(parts) == 2 and parts[0] == parts[1] and len(parts[0]) >= 2:
        return parts[0]  # (``某某观察 某某观察``: the two side by side, a space between)
    half = len(name) // 2
    return name[:half] if len(name) % 2 == 0 and half >= 2 and name[:half] == name[half:] else None


def platform_account(text: str) -> str | None:
    """The account a line names beside its platform's name and nothing else (``澎湃号·政务 >
    平安闵行``, ``网易号：某某``, ``某某 · 百家号``), or None."""
    if len(text) > 60 or text.isascii() or not _PLATFORM_HINT.search(text):
        return None
    return _account_line(text, _ACCOUNT_LINES[1:])


def _account_line(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The account name the first of ``patterns`` to match ``text`` gives (none opens with a digit,
    and none is a word of the page's own: ``网易号 > 正文``, ``澎湃号 > 政务``)."""
    for pattern in patterns:
        if (m := pattern.match(text.strip())) and not m["name"][:1].isdigit():
            # ``澎湃号·政务　某某网信办官方账号``, ``企鹅号 · 文化领域``: who runs the account or what
            # it writes on, not its name
            name = m["name"]
            if name in _PAGE_WORDS or name.endswith(_ACCOUNT_DESCRIPTIONS) or any(w in name for w in _SITE_BUTTONS):
                return None  # ``今日头条　首页下载头条APP登录``: the platform's own buttons
            return name
    return None


_ACCOUNT_DESCRIPTIONS = ("官方账号", "官方帐号", "领域", "创作者", "首页", "热榜")
# What a site's own buttons say and no account's name holds.
_SITE_BUTTONS = ("下载", "登录", "注册", "客户端", "APP", "App", "打开", "扫一扫", "扫码")  # (``今日头条　打开App``, ``扫一扫关注…``)

# ``网易号 > 正文`` is a breadcrumb, ``澎湃号 > 政务`` the platform's section
_PAGE_WORDS = frozenset("正文 首页 详情 文章 列表 更多 全部 频道 推荐 政务 媒体 湃客 作者 用户 创作者 字号 字体 打印 分享 "
                        # (a platform's channels: ``网易号 > 教育``)
                        "教育 科技 财经 体育 娱乐 汽车 旅游 健康 文化 军事 历史 房产 游戏 时尚 美食 育儿 数码 社会 国际 三农".split())


def account_in(text: str) -> str | None:
    """The self-media account a line names: ``本文来自微信公众号“某某”``, ``网易号：某某``,
    ``某某 · 百家号``, ``2024-01-09 · 某某官方账号``."""
    if len(text) > 80:
        return None
    if name := _account_line(text, _ACCOUNT_LINES):
        return name
    if m := _OFFICIAL_ACCOUNT.search(text):
        return m["name"]
    if (found := post_account(text) or account_on_furniture(text)) is not None:
        return found
    if _PLATFORM_HINT.search(text) and (date := find_date(text)) is not None and date.start > 0:
        return _account_line(text[: date.start].strip(), _ACCOUNT_LINES)  # ``澎湃号·政务 > 某某发布 2025-10-08 …``
    return None
