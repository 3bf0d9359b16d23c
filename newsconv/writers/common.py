"""What several writers say the same way: the metadata line, dates in a profile's style."""

from __future__ import annotations

import datetime as dt
import os

from newsconv.model import Meta, Role

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

# Labels for writers' roles in the metadata line, per language.
_ROLE_LABELS: dict[str, dict[Role, str]] = {
    "zh": {Role.AUTHOR: "作者", Role.REPORTER: "记者", Role.CORRESPONDENT: "通讯员"},
    "en": {Role.AUTHOR: "By", Role.REPORTER: "By", Role.CORRESPONDENT: "Correspondent"},
}
_SOURCE_LABEL = {"zh": "来源：", "en": ""}


def is_chinese(meta: Meta) -> bool:
    return (meta.language or "").lower().startswith(("zh", "ja"))


# Regions for bare language subtags whose readers expect one (pandoc warns on a bare "zh").
_BCP47_REGIONS = {"zh": "zh-CN"}


def bcp47(language: str) -> str:
    """A BCP 47 language tag for metadata: ``zh`` -> ``zh-CN``; tags with a region stay."""
    return _BCP47_REGIONS.get(language.lower(), language)


def format_date(value: dt.date | dt.datetime, *, chinese: bool, style: str = "native") -> str:
    """``2024年5月6日 10:30`` / ``6 May 2024, 10:30`` / ``2024-05-06 10:30`` (no zero padding in dates)."""
    if style == "iso":
        day = value.date().isoformat() if isinstance(value, dt.datetime) else value.isoformat()
    elif chinese:
        day = f"{value.year}年{value.month}月{value.day}日"
    else:
        day = f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    if isinstance(value, dt.datetime):
        sep = " " if chinese or style == "iso" else ", "
        return f"{day}{sep}{value.hour:02d}:{value.minute:02d}"
    return day


def _people_part(meta: Meta, chinese: bool) -> list[str]:
    lang = "zh" if chinese else "en"
    parts: list[str] = []
    for role in (Role.AUTHOR, Role.REPORTER, Role.CORRESPONDENT):
        names = meta.people([role])
        if not names:
            continue
        if chinese:
            parts.append(f"{_ROLE_LABELS[lang][role]}：{' '.join(names)}")
        else:
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            parts.append(f"{_ROLE_LABELS[lang][role]} {joined}")
    return parts


def meta_line(meta: Meta, *, date_style: str = "native") -> str:
    """One line under the title: source, date and writers, in each language's usual order."""
    chinese = is_chinese(meta)
    source = [f"{_SOURCE_LABEL['zh' if chinese else 'en']}{meta.source}"] if meta.source else []
    date = [format_date(meta.published, chinese=chinese, style=date_style)] if meta.published else []
    people = _people_part(meta, chinese)
    if chinese:  # 来源：新华网　2024年5月6日　作者：张三
        return "\u3000".join(source + date + people)
    return " · ".join(people + source + date)  # By Jane Doe · Reuters · 6 May 2024


def document_timestamp(meta: Meta) -> dt.datetime | None:
    """The date documents carry in their properties: the article's, else SOURCE_DATE_EPOCH.

    Writers never read the clock, so the same input gives the same output.
    """
    if isinstance(meta.published, dt.datetime):
        return meta.published
    if isinstance(meta.published, dt.date):
        return dt.datetime(meta.published.year, meta.published.month, meta.published.day)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return None
