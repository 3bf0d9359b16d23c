"""Publication dates and times as pages print them, read to ISO dates.

Handles ``2024年5月6日``, ``2024年05月06日 10:30``, ``2024-05-06``, ``2024/5/6 10:30:00``,
``2024.05.06``, ``二〇二四年五月六日``, ``5月6日`` and ``05-06 10:30`` (the year from context),
``May 6, 2024``, ``6 May 2024``, ``Mon May 6, 2024`` and times such as ``3:45 p.m.``.
Every pattern is linear: no nested quantifiers, so no input makes it backtrack.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT = "〇○零Ｏ一二三四五六七八九"

_TIME = r"(?P<h>[012]?\d)[:：](?P<mi>[0-5]\d)(?:[:：](?P<s>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
_TIME_RE = re.compile(r"(?<!\d)" + _TIME + r"(?!\d)", re.IGNORECASE)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ymd-cn",
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]?"),
    ),
    (
        "ymd-cn-numerals",
        re.compile(
            rf"(?P<y>[{_CN_DIGIT}]{{4}})年(?P<m>[{_CN_DIGIT}十]{{1,2}})月(?P<d>[{_CN_DIGIT}十]{{1,3}})[日号]"
        ),
    ),
    ("ymd", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d])")),
    (
        "mdy-en",
        re.compile(
            rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "dmy-en",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)\b",
            re.IGNORECASE,
        ),
    ),
    ("md-cn", re.compile(r"(?<![\d年])(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号]")),
    ("md", re.compile(r"(?<![\d/.-])(?P<m>[01]?\d)-(?P<d>[0-3]\d)(?=\s*[012]?\d[:：][0-5]\d)")),
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    value: dt.date | dt.datetime
    start: int
    end: int
    rule: str

    @property
    def has_year(self) -> bool:
        return self.rule not in ("md-cn", "md")


def _cn_number(text: str) -> int:
    """二〇二四 -> 2024 (digit by digit); 十二 -> 12; 二十六 -> 26; 三十 -> 30."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _time_after(text: str, pos: int) -> tuple[dt.time, int] | None:
    """A time of day printed right after a date (within a few characters)."""
    window = text[pos : pos + 40]
    m = _TIME_RE.search(window)
    if not m or m.start() > 14:
        return None
    hour, minute = int(m["h"]), int(m["mi"])
    second = int(m["s"]) if m["s"] else 0
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return dt.time(hour, minute, second), pos + m.end()


def _time_before(text: str, pos: int) -> dt.time | None:
    """A time printed before the date, as in ``Updated 3:45 p.m. ET, Mon May 6, 2024``."""
    window = text[max(0, pos - 40) : pos]
    matches = list(_TIME_RE.finditer(window))
    if not matches:
        return None
    found = _time_after(window, matches[-1].start())
    return found[0] if found else None


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMatch]:
    """Every date in ``text``, in order, each with its time of day when one is printed beside it."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            parsed = _to_date(rule, m, default_year)
            if parsed is None:
                continue
            end = m.end()
            after = _time_after(text, end)
            if after:
                value: dt.date | dt.datetime = dt.datetime.combine(parsed, after[0])
                end = after[1]
            elif rule in ("mdy-en", "dmy-en") and (before := _time_before(text, m.start())):
                value = dt.datetime.combine(parsed, before)
            else:
                value = parsed
            taken.append((m.start(), end))
            found.append(DateMatch(value, m.start(), end, rule))
    found.sort(key=lambda d: d.start)
    return found


def _to_date(rule: str, m: re.Match[str], default_year: int | None) -> dt.date | None:
    groups = m.groupdict()
    try:
        if rule == "ymd-cn-numerals":
            year, month, day = _cn_number(groups["y"]), _cn_number(groups["m"]), _cn_number(groups["d"])
        else:
            month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
            day = int(groups["d"])
            year = int(groups["y"]) if groups.get("y") else default_year
        if year is None:
            return None
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


def find_date(text: str, *, default_year: int | None = None) -> DateMatch | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text, default_year=default_year)
    return dates[0] if dates else None
