"""The article's metadata from classified lines: title, section, related links, credits, date."""

from __future__ import annotations

import datetime as dt
import re

from newsconv.model import Person, RelatedLink
from newsconv.readers.text.bylines import Credits, parse_credits
from newsconv.readers.text.classify import Decision, Kind
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lines import CJK_CHARS

_BREADCRUMB_LABEL = re.compile(r"^[^:：>＞»›]{0,12}[:：]\s*")
_BREADCRUMB_SPLIT = re.compile(r"\s*(?:>>|[>＞»›→]|\s/\s)\s*")
_RELATED_LABEL = re.compile(r"^\S{1,20}?[:：|丨]\s*|^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*")
_NO_LINK = frozenset({"没有了", "无", "暂无", "没有了！", "已经是第一篇", "已经是最后一篇", "None"})
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(f"[{CJK_CHARS}]")
_LATIN = re.compile(r"[A-Za-z]")


def section_path(breadcrumb: str) -> tuple[str, ...]:
    """``当前位置: 首页 >走进大洼 >动态要闻`` -> (首页, 走进大洼, 动态要闻)."""
    rest = _BREADCRUMB_LABEL.sub("", breadcrumb, count=1)
    return tuple(part for part in _BREADCRUMB_SPLIT.split(rest) if part)


def related_link(line: str, kind: str) -> RelatedLink | None:
    title = _RELATED_LABEL.sub("", line.strip(), count=1).strip()
    if not title or title in _NO_LINK:
        return None
    return RelatedLink(title, None, "previous" if kind == "previous" else "next")


def detect_language(sample: str) -> str | None:
    """"zh", "ja", "ko" or "en" by the script the text is mostly written in."""
    han, latin = len(_HAN.findall(sample)), len(_LATIN.findall(sample))
    if _HANGUL.search(sample) and len(_HANGUL.findall(sample)) > latin / 4:
        return "ko"
    if len(_KANA.findall(sample)) > han / 5 and _KANA.search(sample):
        return "ja"
    if han and han * 3 >= latin:
        return "zh"
    return "en" if latin else None


def _unlabelled_source(credits: Credits) -> str | None:
    """``2019年11月25日 18:57 参考消息``: a short Chinese name printed beside the date is the source."""
    rest = credits.unlabelled.strip(" |丨｜·•")
    if credits.date is None or credits.people or not rest or len(rest) > 10:
        return None
    if not all(_HAN.match(c) for c in rest):
        return None
    return rest


def _dedupe(people: list[Person]) -> tuple[Person, ...]:
    seen: set[tuple[str, str]] = set()
    out: list[Person] = []
    for person in people:
        key = (person.name, person.role.value)
        if key not in seen:
            seen.add(key)
            out.append(person)
    return tuple(out)


class MetaCollector:
    """Gathers what the page says about the article while its lines are read."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.section: tuple[str, ...] = ()
        self.related: list[RelatedLink] = []
        self.people: list[Person] = []
        self.source: str | None = None
        self.published: dt.date | dt.datetime | None = None

    def add_credits(self, credits: Credits) -> None:
        self.people.extend(credits.people)
        self.source = self.source or credits.source or _unlabelled_source(credits)
        if credits.date and self.published is None:
            self.published = credits.date.value

    def read_lines(self, decisions: list[Decision]) -> None:
        for d in decisions:
            text = d.line.text
            if d.kind is Kind.TITLE and self.title is None:
                self.title = text
            elif d.kind is Kind.BREADCRUMB and not self.section:
                self.section = section_path(text)
            elif d.kind is Kind.RELATED:
                link = related_link(text, d.rule.split(".")[1].split()[0])
                if link:
                    self.related.append(link)
            elif d.kind is Kind.META and (credits := parse_credits(text)):
                self.add_credits(credits)

    def date_near_title(self, decisions: list[Decision]) -> None:
        """A date printed near the title when no credit line gave one."""
        if self.published is not None:
            return
        for d in decisions:
            if d.kind in (Kind.PARAGRAPH, Kind.HEADING, Kind.CONTINUATION):
                break
            if d.kind is not Kind.BLANK and (found := find_date(d.line.text)):
                self.published = found.value
                return

    def people_tuple(self) -> tuple[Person, ...]:
        return _dedupe(self.people)
