"""The raw-text reader's lexicon of chrome phrases: loading, extending and matching.

The phrases live in ``lexicon.toml`` beside this module; users add their own with a file of
the same shape. Matching folds white space and case, so ``关闭  打印`` matches ``关闭 打印``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsconv.errors import ConfigError
from newsconv.files import CONFIG_LIMIT, read_text_limited
from newsconv.readers.text.patterns import literal_alternation

_TABLES: dict[str, tuple[str, ...]] = {
    "chrome": ("exact", "prefix", "contains", "words", "channels"),
    "breadcrumb": ("prefix",),
    "related": ("previous", "next"),
    "footer": ("exact", "prefix"),
    "caption": ("contains",),
}
# A footer phrase ends the article only on a line this short (in full-width cells), so body
# text that starts with "More" or "相关" is safe.
FOOTER_MAX_CELLS = 30


# Tokens of a line of buttons: split at white space, brackets and separators.
# Buttons a browser copies without spaces: "Share on Facebook0Tweet about this on TwitterPin on Pinterest".
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)")
_TOOL_SPLIT = re.compile(r"[\s|/•·:：,，;；【】\[\]()（）<>«»!！?？]+")
# Words that stand between tool words without being tools themselves.
_FILLERS = frozenset(
    "this that the a an to of on for by your our my it with in and or me us story article page about someone".split()
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The form phrases are compared in: no white space, case-folded."""
    return "".join(text.split()).casefold()


class Phrases:
    """Folded phrases matched in one regular-expression call (an alternation of literals)."""

    def __init__(self, phrases: list[str]) -> None:
        ordered = sorted(set(phrases), key=len, reverse=True)  # the longest phrase wins
        self.phrases = tuple(ordered)
        self._pattern = re.compile(literal_alternation(ordered)) if ordered else None

    def prefix(self, key: str) -> str | None:
        m = self._pattern.match(key) if self._pattern else None
        return m.group(0) if m else None

    def cover(self, key: str) -> tuple[int, int]:
        """How many phrases occur in ``key`` (left to right, longest first, not overlapping) and
        how many characters they cover."""
        if self._pattern is None:
            return 0, 0
        found = [m.end() - m.start() for m in self._pattern.finditer(key)]
        return len(found), sum(found)

    def within(self, key: str) -> str | None:
        m = self._pattern.search(key) if self._pattern else None
        return m.group(0) if m else None


@dataclass(frozen=True, slots=True)
class Lexicon:
    chrome_exact: frozenset[str]
    chrome_prefix: Phrases
    chrome_contains: Phrases
    chrome_words: frozenset[str]
    channels: Phrases
    breadcrumb_prefix: Phrases
    previous: tuple[str, ...]
    next: tuple[str, ...]
    footer_exact: frozenset[str]
    footer_prefix: Phrases
    caption_contains: Phrases
    _related: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _tool_starts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # built once: a property looked it up by both phrase lists (hashed again) for every line
        object.__setattr__(self, "_related", _related_pattern(self.previous, self.next))
        # the first characters a row of tool words may open with (its first word is one)
        words = self.chrome_words | self.chrome_exact | _FILLERS
        object.__setattr__(self, "_tool_starts", frozenset(word[0] for word in words if word))

    def chrome(self, text: str) -> str | None:
        """The lexicon entry that makes ``text`` chrome, or None."""
        key = fold(text)
        if key in self.chrome_exact:
            return f"chrome.exact {text.strip()!r}"
        if phrase := self.chrome_prefix.prefix(key):
            return f"chrome.prefix {phrase!r}"
        if phrase := self.chrome_contains.within(key):
            return f"chrome.contains {phrase!r}"
        return None

    def channel_row(self, text: str) -> bool:
        """Whether a line is a portal's row of channel names, run together as a browser copies a
        menu (``网易首页应用新闻体育娱乐财经汽车科技手机女人登录注册免费邮箱``): five channel names
        at least, and they make most of the line."""
        key = fold(text)
        if len(key) > 80 or not key:
            return False
        found, covered = self.channels.cover(key)
        return found >= 5 and covered >= 0.75 * len(key)

    def tool_words(self, text: str) -> bool:
        """Whether a line is made only of tool and button words (``Email This Story Print This
        Story``, ``【打印】【关闭】``, ``Text Size Choose text size``), two of them at least."""
        if len(text) > 120:
            return False
        stripped = text.strip(" 【[(（|")
        if stripped[:1].casefold()[:1] not in self._tool_starts:
            return False  # the common case, decided by the first character
        gap = _TOOL_SPLIT.search(stripped)  # the first word, without splitting the rest off
        first = (stripped[: gap.start()] if gap else stripped).casefold()
        if first not in self.chrome_words and first not in self.chrome_exact and first not in _FILLERS:
            return False  # the common case: the first word is no button
        tokens = [t.casefold() for t in _TOOL_SPLIT.split(_GLUED.sub(" ", text)) if t and not t.isdigit()]
        if len(tokens) < 2 or len(tokens) > 16:
            return False
        tools = 0
        for token in tokens:
            if token in self.chrome_words or token in self.chrome_exact:
                tools += 1
            elif token not in _FILLERS:
                return False
        return tools >= 2 or (tools >= 1 and len(tokens) <= 3)

    def breadcrumb(self, text: str) -> str | None:
        return self.breadcrumb_prefix.prefix(fold(text))

    def related(self, text: str) -> tuple[str, str] | None:
        """("previous" | "next", the phrase) when ``text`` is a previous/next link line: the phrase
        alone or followed by a separator (previous phrases first, each list in its order)."""
        m = self._related.match(fold(text))
        if m is None:
            return None
        phrase = m.group(0)
        return ("previous" if phrase in self.previous else "next"), phrase

    def footer(self, text: str, cells: int, *, cjk: bool = False) -> str | None:
        """The entry that makes a line the start of the page's footer, or None.

        Latin phrases count only on short lines (body text may start with "More" or "Related");
        Chinese ones (免责声明, 转载请注明) are specific enough to count on any line.
        """
        key = fold(text)
        if key in self.footer_exact:
            return f"footer.exact {text.strip()!r}"
        if cells > FOOTER_MAX_CELLS and not cjk:
            return None
        phrase = self.footer_prefix.prefix(key)
        return f"footer.prefix {phrase!r}" if phrase else None

    def caption(self, text: str) -> str | None:
        phrase = self.caption_contains.within(fold(text))
        return f"caption.contains {phrase!r}" if phrase else None


@lru_cache(maxsize=8)
def _related_pattern(previous: tuple[str, ...], following: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for the previous/next phrases, tried in their order, each alone on the line or
    before a separator."""
    phrases = "|".join(re.escape(p) for p in previous + following) or "(?!)"
    return re.compile(f"(?:{phrases})(?=$|[:：|丨 ])")


def _lists(data: dict[str, Any], source: str) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for table, value in data.items():
        if table not in _TABLES or not isinstance(value, dict):
            raise ConfigError(
                f"unknown lexicon table [{table}]; the tables are {', '.join(_TABLES)}", path=source
            )
        for key, phrases in value.items():
            if key not in _TABLES[table]:
                raise ConfigError(
                    f"unknown key {table}.{key}; [{table}] takes {', '.join(_TABLES[table])}", path=source
                )
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise ConfigError(f"{table}.{key} must be a list of strings", path=source)
            out[(table, key)] = [fold(p) for p in phrases if fold(p)]
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(read_text_limited(path, CONFIG_LIMIT, error=ConfigError, what="a lexicon"))
    except OSError as exc:
        raise ConfigError(f"cannot read the lexicon ({exc.strerror})", path=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon, extended by the files named in ``extra``."""
    builtin = resources.files("newsconv.readers.text").joinpath("lexicon.toml").read_text(encoding="utf-8")
    merged = _lists(tomllib.loads(builtin), "lexicon.toml")
    for name in extra:
        for key, phrases in _lists(_read_toml(Path(name)), name).items():
            merged.setdefault(key, []).extend(phrases)

    def get(table: str, key: str) -> list[str]:
        return merged.get((table, key), [])

    return Lexicon(
        chrome_exact=frozenset(get("chrome", "exact")),
        chrome_prefix=Phrases(get("chrome", "prefix")),
        chrome_contains=Phrases(get("chrome", "contains")),
        chrome_words=frozenset(get("chrome", "words")),
        channels=Phrases(get("chrome", "channels")),
        breadcrumb_prefix=Phrases(get("breadcrumb", "prefix")),
        previous=tuple(get("related", "previous")),
        next=tuple(get("related", "next")),
        footer_exact=frozenset(get("footer", "exact")),
        footer_prefix=Phrases(get("footer", "prefix")),
        caption_contains=Phrases(get("caption", "contains")),
    )
