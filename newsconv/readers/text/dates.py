"""Publication dates and times as pages print them, read to ISO dates.

Handles ``2024年5月6日``, ``2024年05月06日 10:30``, ``2024-05-06``, ``2024/5/6 10:30:00``,
``2024.05.06``, ``二〇二四年五月六日``, ``5月6日`` and ``05-06 10:30`` (the year from context),
``18-03-08 23:16``, ``May 6, 2024``, ``6 May 2024``, ``Mon May 6, 2024``, ``06.05.2024``,
month names in the main European languages, and times such as ``3:45 p.m.`` printed before or
after the date. Every pattern is linear (no nested quantifiers), so no input backtracks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from newsconv.readers.text.patterns import literal_alternation

_MONTH_NAMES = (
    "january jan gennaio gen janeiro enero janvier januar januari января январь",
    "february feb febbraio fevereiro febrero février fevrier februar februari февраля февраль",
    "march mar marzo março marco mars märz maerz maret марта март",
    "april apr aprile abril avril апреля апрель",
    "may maggio mag maio mayo mai mei мая май",
    "june jun giugno giu junho junio juin juni июня июнь",
    "july jul luglio lug julho julio juillet juli июля июль",
    "august aug agosto ago août aout agustus августа август",
    "september sep sept settembre set setembro septiembre septembre сентября сентябрь",
    "october oct ottobre ott outubro octubre octobre oktober октября октябрь",
    "november nov novembre novembro noviembre ноября ноябрь",
    "december dec dicembre dic dezembro diciembre décembre decembre dezember desember декабря декабрь",
)
_MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
# Abbreviations that are also ordinary words count only before a day number (day first) or with a year.
_MONTH_RE = literal_alternation(_MONTHS)  # the longest name first
# The month names' first letters as a lookahead: a search skips at once every position no month
# name starts at (the alternation of 130 names is slow to try at each).
_MONTH_FIRST = "(?=[" + "".join(sorted({name[0] for name in _MONTHS})) + "])"

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT = "〇○零Ｏ一二三四五六七八九"

_TIME = r"(?P<h>[012]?\d)[:：](?P<mi>[0-5]\d)(?:[:：](?P<s>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
_TIME_RE = re.compile(r"(?<!\d)" + _TIME + r"(?!\d)", re.IGNORECASE)
_YEAR = r"(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=\d[:：]\d\d))"  # a time may be glued on: "20194:29 AM"
_TIME_AHEAD = r"(?=\s*[T@]?\s*[012]?\d[:：][0-5]\d)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd-cn", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]?")),
    ("ymd-cn-numerals",
     re.compile(rf"(?P<y>[{_CN_DIGIT}]{{4}})年(?P<m>[{_CN_DIGIT}十]{{1,2}})月(?P<d>[{_CN_DIGIT}十]{{1,3}})[日号]")),
    ("ymd", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)")),
    ("y-md", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\s+(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")),
    ("mdy-en", re.compile(
        rf"\b{_MONTH_FIRST}(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?\s+{_YEAR}",
        re.IGNORECASE)),
    ("dmy-en", re.compile(
        rf"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?(?:\s+|-)(?:de\s+)?(?P<mon>{_MONTH_RE})\b\.?(?:,?\s+|-)(?:de\s+)?{_YEAR}",
        re.IGNORECASE)),
    ("num", re.compile(rf"(?<![\d.:/])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep){_YEAR}")),
    ("yy-md", re.compile(rf"(?<![\d/.-])(?P<yy>\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d){_TIME_AHEAD}")),
    # (or printed alone, as an app's card prints a post's day: ``25-09-22``)
    ("yy-md-alone", re.compile(r"^\s*(?P<yy>\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\s*$")),
    ("md-cn", re.compile(r"(?<![\d年])(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]")),
    ("md", re.compile(rf"(?<![\d/.-])(?P<m>[01]?\d)-(?P<d>[0-3]?\d){_TIME_AHEAD}")),  # (``9-9 18:32``: a post's day)
    ("mdy-en-noyear", re.compile(
        rf"\b{_MONTH_FIRST}(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.IGNORECASE)),
)
_NEEDS_YEAR = frozenset({"md-cn", "md", "mdy-en-noyear"})
# The rule of a month and day a credit's date label gives alone (``发布时间：04-22``; read in bylines).
LABELLED_MONTH_DAY = "md-labelled"
# Month abbreviations that are common words: only with a day and a year, never alone.
_AMBIGUOUS_MONTHS = frozenset({"mar", "may", "mai", "set", "gen", "mag", "ago", "dic", "ott", "giu", "lug", "mei",
                               "march", "jun", "jul"})


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: year (None when the page leaves it out), month, day, time of day."""

    year: int | None
    month: int
    day: int
    time: dt.time | None
    start: int
    end: int
    rule: str

    @property
    def value(self) -> dt.date | dt.datetime | None:
        if self.year is None:
            return None
        day = dt.date(self.year, self.month, self.day)
        return dt.datetime.combine(day, self.time) if self.time else day

    def with_year(self, year: int | None) -> DateMatch:
        return DateMatch(year, self.month, self.day, self.time, self.start, self.end, self.rule)


def cn_number(text: str) -> int:
    """二〇二四 -> 2024 (digit by digit); 十二 -> 12; 二十六 -> 26; 三十 -> 30."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _read_time(m: re.Match[str]) -> dt.time | None:
    hour, minute = int(m["h"]), int(m["mi"])
    second = int(m["s"]) if m["s"] else 0
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return dt.time(hour, minute, second) if hour <= 23 else None


def _time_after(text: str, pos: int) -> tuple[dt.time, int] | None:
    """A time of day printed right after a date (within a few characters)."""
    window = text[pos : pos + 40]
    m = _TIME_RE.search(window)
    if not m or m.start() > 14 or re.search(r"[\u4e00-\u9fff]", window[: m.start()]):
        return None
    found = _read_time(m)
    return (found, pos + m.end()) if found else None


def _time_before(text: str, pos: int) -> dt.time | None:
    """A time printed before the date, as in ``Updated 3:45 p.m. ET, Mon May 6, 2024``."""
    window = text[max(0, pos - 30) : pos]
    matches = list(_TIME_RE.finditer(window))
    return _read_time(matches[-1]) if matches else None


def _parts(rule: str, m: re.Match[str]) -> tuple[int | None, int, int] | None:
    g = m.groupdict()
    if rule == "ymd-cn-numerals":
        return cn_number(g["y"]), cn_number(g["m"]), cn_number(g["d"])
    if rule == "num":
        a, b = int(g["a"]), int(g["b"])
        if a > 12 or (b <= 12 and g["sep"] in ".-"):
            return int(g["y"]), b, a  # 27/09/2018, 06.05.2024: day first
        return int(g["y"]), a, b  # 11/19/2019, 11.14.2019: month first
    if rule in ("yy-md", "yy-md-alone"):
        return 2000 + int(g["yy"]), int(g["m"]), int(g["d"])
    if g.get("mon"):
        if rule == "mdy-en-noyear" and g["mon"].lower() in _AMBIGUOUS_MONTHS:
            return None
        month = _MONTHS[g["mon"].lower()]
    else:
        month = int(g["m"])
    return (int(g["y"]) if g.get("y") else None), month, int(g["d"])


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMatch]:
    """Every date in ``text``, in order, each with its time of day when one is printed beside it.

    A date printed without a year takes ``default_year`` (None when unknown).
    """
    return list(_find_dates(text, default_year))


@lru_cache(maxsize=4096)
def _find_dates(text: str, default_year: int | None) -> tuple[DateMatch, ...]:
    if "年" not in text and _ANY_DIGIT.search(text) is None:
        return ()  # no digit, no 年: nothing to look for (the common case, decided in one scan)
    present = _prerequisites(text)
    if not any(present.values()):
        return ()  # no digit, no 年, no month name: nothing to look for
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in _PATTERNS:
        if not present[rule]:
            continue  # the pattern needs something the text does not have
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            parts = _parts(rule, m)
            if parts is None:
                continue
            year, month, day = parts
            if rule in _NEEDS_YEAR:
                year = default_year
            try:
                dt.date(year or 2000, month, day)  # 2000 is a leap year: 2月29日 stays valid
            except ValueError:
                continue
            end = m.end()
            time = None
            if after := _time_after(text, end):
                time, end = after
            elif rule in ("mdy-en", "dmy-en", "num"):
                time = _time_before(text, m.start())
            taken.append((m.start(), end))
            found.append(DateMatch(year, month, day, time, m.start(), end, rule))
    found.sort(key=lambda d: d.start)
    return tuple(found)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_ANY_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(rf"\b{_MONTH_FIRST}(?:{_MONTH_RE})\b", re.IGNORECASE)


_LETTERS = re.compile(r"[A-Za-zÀ-ÿА-я][A-Za-zÀ-ÿА-я]{2}")  # ({3}: a class first, see patterns.runs_of)


def _prerequisites(text: str) -> dict[str, bool]:
    """Cheap tests that rule patterns out before their (costlier) search runs."""
    digit = _ANY_DIGIT.search(text) is not None
    year = digit and bool(_YEAR_DIGITS.search(text))
    month = digit and _LETTERS.search(text) is not None and _MONTH_WORD.search(text) is not None
    colon = ":" in text or "：" in text
    return {
        "ymd-cn": year and "年" in text,
        "ymd-cn-numerals": "年" in text,
        "ymd": year,
        "y-md": year and "/" in text,
        "mdy-en": month and year,
        "dmy-en": month and year,
        "num": year,
        "yy-md": digit and colon,
        "yy-md-alone": digit and len(text) <= 12,
        "md-cn": digit and "月" in text,
        "md": digit and colon,
        "mdy-en-noyear": month and digit,
    }


def find_date(text: str, *, default_year: int | None = None) -> DateMatch | None:
    """The first date in ``text``, or None."""
    dates = _find_dates(text, default_year)
    return dates[0] if dates else None


_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright|版权所有)\D{0,20}((?:19|20)\d\d)", re.IGNORECASE)


def likely_year(text: str) -> int | None:
    """The year a page is most likely from, for dates printed without one: the most common year
    among the page's full dates, else the year of its copyright line; None when it does not say."""
    counts: dict[int, int] = {}
    for line in text.splitlines():
        if len(line) > 200 or ("年" not in line and _ANY_DIGIT.search(line) is None):
            continue  # dates in running text are about events, not the page; no digit, no date
        for found in _find_dates(line, None):
            if found.year is not None:
                counts[found.year] = counts.get(found.year, 0) + 1
    if counts:
        return max(counts, key=lambda y: (counts[y], y))
    m = _COPYRIGHT_YEAR.search(text)
    return int(m[1]) if m else None


# The end of a span of days: a dash or 至, and the day it runs to (``—7月20日`` in ``2025年4月18日—7月20日``).
TO_DAY = r"\s*(?:—|——|至)\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日"
# A label alone before a span of days, a record table's field (``有 效 期 2025年5月1日至2030年4月30日``).
_LABELLED_SPAN = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,10}?[:：]?\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日"
                            + TO_DAY + "$")


def labelled_span(text: str) -> bool:
    """A label and a span of days, nothing else (``展期 2025年4月18日—7月20日``, ``有 效 期 …至…``): no
    headline, no writer and no date of the page's."""
    return "日" in text and _LABELLED_SPAN.match(text) is not None
