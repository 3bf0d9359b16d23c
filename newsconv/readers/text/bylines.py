"""Bylines and credit lines: who wrote, reported, edited or photographed an article, and its source.

Roles are never conflated: ``来源`` is the source outlet, ``记者``/``作者``/``文/`` name writers,
``通讯员`` correspondents, ``编辑``/``责任编辑``/``审核``/``校对`` editors, ``摄影``/``图/``
photographers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsconv.model import Person, Role
from newsconv.readers.text.dates import DateMatch, find_date

# Label -> what it introduces. Longer labels first so "责任编辑" wins over "编辑".
_LABELS: dict[str, str] = {
    "来源": "source", "稿源": "source", "出处": "source", "来自": "source", "Source": "source",
    "发布时间": "date", "发表时间": "date", "发布日期": "date", "更新时间": "date", "时间": "date",
    "日期": "date", "Published": "date", "Updated": "date", "Posted": "date",
    "作者": Role.AUTHOR, "撰文": Role.AUTHOR, "撰稿": Role.AUTHOR, "文": Role.AUTHOR, "口述": Role.AUTHOR,
    "整理": Role.AUTHOR, "本报记者": Role.REPORTER, "记者": Role.REPORTER,
    "特约记者": Role.REPORTER, "实习记者": Role.REPORTER, "见习记者": Role.REPORTER,
    "通讯员": Role.CORRESPONDENT, "实习生": Role.CORRESPONDENT,
    "责任编辑": Role.EDITOR, "责编": Role.EDITOR, "编辑": Role.EDITOR, "主编": Role.EDITOR,
    "审核": Role.EDITOR, "审校": Role.EDITOR, "校对": Role.EDITOR, "终审": Role.EDITOR,
    "初审": Role.EDITOR, "复审": Role.EDITOR, "编审": Role.EDITOR, "监制": Role.EDITOR,
    "摄影": Role.PHOTOGRAPHER, "摄": Role.PHOTOGRAPHER, "图": Role.PHOTOGRAPHER,
    "图片": Role.PHOTOGRAPHER, "供图": Role.PHOTOGRAPHER, "翻译": Role.TRANSLATOR, "编译": Role.TRANSLATOR,
}
# Labels that need an explicit separator after them to count (too common as ordinary words).
_NEED_SEPARATOR = {"文", "图", "摄", "时间", "日期", "来自", "整理", "口述", "Source", "Published", "Updated", "Posted"}
# Labels that count when followed by white space alone: "记者 张三".
_SPACE_OK = {"记者", "本报记者", "特约记者", "实习记者", "见习记者", "通讯员", "实习生", "作者", "编辑", "责任编辑"}

_LABEL_ALT = "|".join(sorted((re.escape(k) for k in _LABELS), key=len, reverse=True))
_LABEL_RE = re.compile(rf"(?:^|(?<=[\s|丨｜/·•,，;；【\[(（]))(?P<label>{_LABEL_ALT})(?P<sep>\s*[:：/]\s*|\s+)")

_NAME_SPLIT = re.compile(r"\s*(?:[、，,;；/|丨｜]|\band\b|&|\s)\s*")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff·•]{2,5}$")
_LATIN_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
# Words that stand in parentheses at a paragraph's end without being names.
_NOT_NAMES = frozenset(
    "完 全文完 待续 未完待续 下同 同上 图 资料图 视频截图 截图 注 原标题 本报讯 新华社 图片来源 记者 通讯员".split()
)

# "(史航 刘洋)", "（记者 张三 通讯员 李四）" closing the last paragraph.
_TRAILING = re.compile(r"[（(](?P<inner>[^（()）\n]{2,60})[)）]\s*$")
# "本报讯（记者 张三 通讯员 李四）" and "新华社北京5月12日电（记者 张三）" opening a paragraph.
_LEADING = re.compile(r"^(?P<lead>[^（(]{0,30}?(?:讯|电|报道|消息))\s*[（(](?P<inner>[^（()）\n]{2,60})[)）]")
_ENGLISH_BY = re.compile(r"^(?:by|written by|words by)\s+(?P<names>.+)$", re.IGNORECASE)


@dataclass(slots=True)
class Credits:
    """What one credit line or byline says."""

    people: list[Person] = field(default_factory=list)
    source: str | None = None
    date: DateMatch | None = None
    unlabelled: str = ""  # text the labels did not account for

    @property
    def empty(self) -> bool:
        return not (self.people or self.source or self.date)


def split_names(text: str) -> list[str]:
    """Names in a list such as ``史航 刘洋``, ``张三、李四`` or ``Jane Doe and John Roe``."""
    text = text.strip(" \u3000:：")
    if not text:
        return []
    if re.search(r"[A-Za-z]", text) and not re.search(r"[\u4e00-\u9fff]", text):
        parts = re.split(r"\s*(?:,|;|\band\b|&)\s*", text)
        return [p.strip() for p in parts if p.strip()]
    return [p for p in _NAME_SPLIT.split(text) if p]


def is_name(token: str) -> bool:
    return token not in _NOT_NAMES and bool(_HAN_NAME.match(token) or _LATIN_NAME.match(token))


def _people_in(inner: str) -> list[Person] | None:
    """People named in a parenthesised byline, or None when it is not one."""
    people: list[Person] = []
    role = Role.AUTHOR
    for token in split_names(inner):
        label = token.rstrip(":：")
        if label in _LABELS and isinstance(_LABELS[label], Role):
            role = _LABELS[label]  # type: ignore[assignment]
            continue
        for known, known_role in _LABELS.items():
            if isinstance(known_role, Role) and token.startswith(known) and is_name(token[len(known) :].lstrip(":：")):
                people.append(Person(token[len(known) :].lstrip(":："), known_role))
                break
        else:
            if not is_name(token):
                return None
            people.append(Person(token, role))
    return people or None


def trailing_byline(paragraph: str) -> tuple[str, list[Person]] | None:
    """``(史航 刘洋)`` closing a paragraph: the paragraph without it, and the people it names."""
    m = _TRAILING.search(paragraph)
    if not m:
        return None
    people = _people_in(m["inner"])
    if not people:
        return None
    return paragraph[: m.start()].rstrip(), people


def leading_byline(paragraph: str) -> list[Person] | None:
    """People named in ``本报讯（记者 张三）`` or a dateline ``新华社北京5月12日电（记者 张三）``.

    The text stays in its paragraph; only the people are returned.
    """
    m = _LEADING.match(paragraph)
    if not m:
        return None
    return _people_in(m["inner"])


def parse_credits(line: str) -> Credits | None:
    """A credit line's people, source and date (``来源：新华网 作者：张三 2024-05-06``)."""
    english = _ENGLISH_BY.match(line.strip())
    if english:
        names = [n for n in split_names(english["names"]) if _LATIN_NAME.match(n)]
        return Credits([Person(n, Role.AUTHOR) for n in names]) if names else None
    labels = [
        m
        for m in _LABEL_RE.finditer(line)
        if not (m["label"] in _NEED_SEPARATOR and not m["sep"].strip())
        and (m["sep"].strip() or m["label"] in _SPACE_OK)
    ]
    credits = Credits()
    if not labels:
        credits.date = find_date(line)
        if credits.date:
            credits.unlabelled = (line[: credits.date.start] + " " + line[credits.date.end :]).strip()
        return credits if credits.date else None
    credits.unlabelled = line[: labels[0].start()].strip()
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        value = line[m.end() : end].strip(" \u3000|丨｜/·•,，;；【】[]()（）")
        kind = _LABELS[m["label"]]
        if kind == "date":
            credits.date = credits.date or find_date(value)
        elif kind == "source":
            date = find_date(value)
            if date:
                credits.date = credits.date or date
                value = value[: date.start].strip()
            credits.source = credits.source or (value.split()[0] if value else None)
        else:
            names = [n for n in split_names(value) if is_name(n)]
            credits.people.extend(Person(n, kind) for n in names)  # type: ignore[arg-type]
    if credits.unlabelled:
        date = find_date(credits.unlabelled)
        if date:
            credits.date = credits.date or date
            credits.unlabelled = (credits.unlabelled[: date.start] + credits.unlabelled[date.end :]).strip()
    return credits if not credits.empty else None
