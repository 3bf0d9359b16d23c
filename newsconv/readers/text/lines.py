"""Input lines and the character classes the raw-text rules look at."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from newsconv.readers.text.patterns import runs_of

# Han ideographs (with extension A and compatibility ideographs) and kana.
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
_CJK = re.compile(f"[{CJK_CHARS}]")
_CJK_RUN = re.compile(runs_of(f"[{CJK_CHARS}]"))
_LATIN_WORD = re.compile(runs_of(r"[A-Za-z\u00c0-\u024f]"))

# White space a pasted page uses for indentation: ASCII, ideographic space, NBSP, tabs.
SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_SPACE_SET = frozenset(SPACES)

# Marks that end a sentence (the line is a complete sentence if it ends with one,
# optionally followed by a closing quote or bracket).
SENTENCE_END = "。！？!?….；;"
CLOSERS = "”’」』）)】》〕\"'"
_SENTENCE_END_RE = re.compile(rf"[{re.escape(SENTENCE_END)}][{re.escape(CLOSERS)}]*$")
_SENTENCE_END_CHARS = frozenset(SENTENCE_END)


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its 1-based number, the text as given and the text stripped."""

    no: int
    raw: str
    text: str
    indent: int  # leading white space, in half-width columns (U+3000 counts 2)
    # no text: a stored attribute, not a property (asked several hundred thousand times over a corpus)
    blank: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "blank", not self.text)


def _indent_width(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch not in SPACES:
            break
        width += 2 if ch == "\u3000" else (4 if ch == "\t" else 1)
    return width


def split_lines(text: str) -> list[Line]:
    """Lines of an already newline-normalised text."""
    return [Line(i, raw, raw.strip(SPACES), _indent_width(raw) if raw[:1] in _SPACE_SET else 0)
            for i, raw in enumerate(text.split("\n"), 1)]


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def count_matches(pattern: re.Pattern[str], text: str) -> int:
    """How often ``pattern`` matches, without a list of the matches (a 64 MB line of Chinese
    made 20 million one-character strings)."""
    return pattern.subn("", text)[1]


def count_chars(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` are of a class, given the pattern of a run of them
    (``[...]+``): the runs are taken out, one match a run rather than one a character."""
    return len(text) - len(runs.sub("", text))


def cjk_count(text: str) -> int:
    return count_chars(_CJK_RUN, text)


def latin_words(text: str) -> int:
    return count_matches(_LATIN_WORD, text)


_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def is_han_only(text: str) -> bool:
    """Han characters and nothing else: no mark, no space, no figure (``助餐点内景``)."""
    return _HAN_ONLY.match(text) is not None


@lru_cache(maxsize=1 << 17)
def is_mostly_cjk(text: str) -> bool:
    """True when Han characters outnumber Latin words (the text reads as Chinese)."""
    if text.isascii():
        return False  # no Han at all: the common case of English pages, decided without a scan
    han = cjk_count(text)
    # every Latin word takes a character that is not Han, so more Han than other characters settles it
    return han > 0 and (han * 2 > len(text) or han > latin_words(text))


# Runs of the characters East Asian Width calls Wide or Fullwidth (the ranges that matter for text).
_WIDE_RUNS = re.compile(runs_of(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
    "\U00020000-\U0003fffd]"
))


@lru_cache(maxsize=1 << 17)
def columns(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two, the rest one."""
    if text.isascii():
        return len(text)
    return len(text) + count_chars(_WIDE_RUNS, text)


@lru_cache(maxsize=1 << 17)
def display_len(text: str) -> int:
    """Length in full-width cells: CJK and full-width forms count 1, everything else ½."""
    return (columns(text) + 1) // 2


def ends_sentence(text: str) -> bool:
    if "\n" in text:
        return bool(_SENTENCE_END_RE.search(text))  # ($ matches before a final newline too)
    # the same test without a search through the text: closers stripped, a mark must end it
    # (no character is both a mark and a closer)
    return text.rstrip(CLOSERS)[-1:] in _SENTENCE_END_CHARS


_CURLY = "“”‘’"


def join_wrapped(first: str, second: str) -> str:
    """Join two hard-wrapped pieces of one paragraph.

    Chinese text is joined with no space; Latin text with one space; a word hyphenated at
    the line end ("news-" + "paper") is re-joined without the hyphen.
    """
    if not first:
        return second
    if not second:
        return first
    a, b = first[-1], second[0]
    if is_cjk(a) or is_cjk(b) or unicodedata.east_asian_width(a) in "WF" or unicodedata.east_asian_width(b) in "WF":
        return first + second
    if ((a in _CURLY and len(first) > 1 and is_cjk(first[-2]))
            or (b in _CURLY and len(second) > 1 and is_cjk(second[1]))):
        return first + second  # (``新增5条“渝快办”`` + ``24小时…``: quotation marks set in Chinese text)
    if a == "-" and len(first) > 1 and first[-2].isalpha() and b.islower():
        return first[:-1] + second
    return first + " " + second


@dataclass(frozen=True, slots=True)
class Wrap:
    """How a page was hard-wrapped: the measure (characters or columns) and the width."""

    measure: Callable[[str], int]
    width: int

    @property
    def slack(self) -> int:
        """How far from the width a wrapped line may end (characters, or terminal columns)."""
        return 2 if self.measure is len else 4

    def fills(self, raw: str) -> bool:
        """Whether a line reaches the wrap width (its paragraph may go on in the next line); a
        line far longer than the width was not wrapped at it, and ends where its writer ended it."""
        return self.width - self.slack <= self.measure(raw.rstrip()) <= self.width + self.slack

    def exceeds(self, raw: str) -> bool:
        """Whether a line runs past the wrap width: it was not wrapped at it."""
        return self.measure(raw.rstrip()) > self.width + self.slack

    def first_word_fits(self, raw: str, next_text: str) -> bool:
        """For word-wrapped Latin text: the next line's first word would have fit on this one."""
        word = next_text.split(" ", 1)[0]
        return self.measure(raw.rstrip()) + 1 + self.measure(word) <= self.width


# Commas and stops inside a line: running text has them, a list of links rarely does.
_INNER_PUNCT = re.compile(r"[，。；、：！？]|[,;:.!?] ")


def detect_wrap_among(raws: list[str], candidates: list[bool]) -> Wrap | None:
    """The wrap width of a page whose navigation outnumbers its article's lines: judged on the
    ``candidates`` (lines that may be article text) only, and stricter, since fewer lines speak.

    The width must be the most common greatest length among the candidates' long lines, lines at
    it must follow each other (a wrapped paragraph runs over several), and most must stop
    mid-sentence.
    """
    for measure in (len, columns):
        slack = 2 if measure is len else 4
        least = 16 if measure is len else 30
        sizes = [measure(r.rstrip()) if keep and len(r) >= least // 2 else 0
                 for r, keep in zip(raws, candidates, strict=True)]
        long_sizes = [size for size in sizes if size >= least]
        if len(long_sizes) < 5:
            continue
        counts = Counter(long_sizes)
        for width in sorted(counts, reverse=True):
            if width < (28 if measure is len else 50):
                break
            if sum(counts.get(size, 0) for size in range(width - slack, width + 1)) < max(3, len(long_sizes) // 6):
                continue
            at = [keep and width - slack <= size <= width for size, keep in zip(sizes, candidates, strict=True)]
            near = sum(at)
            pairs = sum(1 for i in range(len(at) - 1) if at[i] and sizes[i + 1])
            open_ended = sum(1 for i, flag in enumerate(at) if flag and not ends_sentence(raws[i].strip()))
            punctuated = sum(1 for i, flag in enumerate(at) if flag and _INNER_PUNCT.search(raws[i].strip()[:-1]))
            # a wrapped paragraph's last line is shorter and ends its last sentence
            ends = [i + 1 for i in range(len(at) - 1) if at[i] and not at[i + 1] and sizes[i + 1]]
            closed = sum(1 for i in ends if ends_sentence(raws[i].strip()))
            if (pairs >= 0.6 * near and open_ended >= 0.6 * near and punctuated >= 0.6 * near
                    and closed >= max(2, 0.4 * len(ends))):
                return Wrap(measure, width)
            break
    return None


_FULL_STOP_END = re.compile(r"。[”’」』\"')）]*$")


def detect_wrap_pairs(raws: list[str], candidates: list[bool]) -> Wrap | None:
    """The wrap width of a short wrapped Chinese article (one or two paragraphs): runs of two
    lines or more of the same length in a row, not ending a sentence, whose paragraph then ends
    with a full stop. Natural lines of a page are almost never equally long twice in a row."""
    for measure in (len, columns):
        least = 28 if measure is len else 50
        sizes = [measure(r.rstrip()) if keep and len(r) >= least // 2 and is_mostly_cjk(r) else 0
                 for r, keep in zip(raws, candidates, strict=True)]
        widths: Counter[int] = Counter()
        i = 0
        while i < len(sizes) - 1:
            j = i
            while (j + 1 < len(sizes) and sizes[j] >= least and abs(sizes[j + 1] - sizes[i]) <= 1
                   and not ends_sentence(raws[j].strip())):
                j += 1
            if j > i and j + 1 < len(sizes) and 0 < sizes[j + 1] <= sizes[i] + 1:
                last = raws[j + 1].strip() if sizes[j + 1] < sizes[i] - 1 else raws[j].strip()
                if _FULL_STOP_END.search(last) or _FULL_STOP_END.search(raws[j + 1].strip()):
                    widths[max(sizes[i : j + 1])] += j - i
            i = j + 1
        if widths:
            width, pairs = widths.most_common(1)[0]
            if pairs >= 2:
                return Wrap(measure, width)
    return None


def detect_wrap(raws: list[str]) -> Wrap | None:
    """The width a page was hard-wrapped at, or None when its lines were not wrapped.

    Wrapped text has many lines of (nearly) the same greatest length, counted in characters
    (most editors) or in terminal columns; the measure that clusters better wins. Most of those
    lines stop mid-sentence: a few lines of a short page that happen to be as long as each other
    and end their sentences were not wrapped.
    """
    best: tuple[float, Wrap] | None = None
    lines = [r.rstrip() for r in raws if r.strip()]
    for measure in (len, columns):
        sizes = [measure(r) for r in lines]
        if len(sizes) < 4:
            return None
        counts = Counter(sizes)
        slack = 2 if measure is len else 4
        for width in sorted(counts, reverse=True):
            if width < (28 if measure is len else 50):
                break  # nobody wraps articles narrower than this
            near = sum(counts.get(size, 0) for size in range(width - slack, width + 1))
            # (paragraphs far longer than the width, as many as the lines at it: not wrapped there)
            if near >= max(3, len(sizes) // 4) and sum(1 for size in sizes if size > width * 3 // 2) < near:
                at = [r for r, size in zip(lines, sizes, strict=True) if width - slack <= size <= width]
                share = near / len(sizes)
                # (and wrapped prose has its commas and stops inside the lines: a page's menus, a
                # table's rows and a headline as long as each other have few)
                if (sum(not ends_sentence(r.strip()) for r in at) >= near / 2
                        and sum(1 for r in at if _INNER_PUNCT.search(r.strip()[:-1])) >= 0.4 * near
                        and (best is None or share > best[0])):
                    best = (share, Wrap(measure, width))
                break
    return best[1] if best else None
