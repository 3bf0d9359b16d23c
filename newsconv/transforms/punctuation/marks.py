"""The rules that set one text's punctuation (GB/T 15834): which marks change, and into what.

Decided mark by mark from the characters around each, as ``edits`` (what to replace where), so
that the document transform can report every change and apply it inside emphasis and links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Mode = Literal["zh", "mixed"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f]")
# Full-width punctuation and forms: Chinese context as much as a Han character is.
_CJK_MARK = re.compile(r"[\u3000-\u303f\uff01-\uff60\ufe30-\ufe4f\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]")
_QUOTES = "\"'“”‘’"
_SPACES = " \t\u00a0"

# Spans never touched: URLs and bare www. addresses (without a closing sentence mark),
# e-mail addresses, code in backticks, and list numbers (``1.`` starting a text or after white
# space, as GB/T 9704's third heading level writes them, after a colon: ``附件：1.……``, or items
# run into one paragraph: ``…第二十二条规定；2.具有…``).
_PROTECTED = re.compile(
    r"(?:https?|ftp)://[!-~]*[A-Za-z0-9/#=_&%~+\-]"
    r"|www\.[!-~]*[A-Za-z0-9/#=_&%~+\-]"
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"  # from a run's start only
    r"|`[^`\n]*`"
    r"|(?:^|(?<=[\s：:；;。]))\d{1,3}\.(?!\d)"
)
# Runs replaced whole: ellipses (three to six dots, two or more 。, a lone …) and dashes
# (two or three hyphens, a lone —).
_ELLIPSES = re.compile(r"\.{3,6}|。{2,}")
_LONE_MARKS = re.compile(r"(?<!…)…(?!…)|-{2,3}|(?<!—)—(?!—)")
_SINGLE = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！"}
_FULL_WIDTH = frozenset("，。；：？！（）“”‘’……——")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``new``."""

    start: int
    end: int
    new: str


def is_chinese(ch: str | None) -> bool:
    """Whether a character makes Chinese context: Han or full-width punctuation."""
    return bool(ch) and bool(_HAN.match(ch) or _CJK_MARK.match(ch))  # type: ignore[arg-type]


def _is_han(ch: str | None) -> bool:
    return bool(ch) and bool(_HAN.match(ch))  # type: ignore[arg-type]


def _alnum(ch: str | None) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()  # type: ignore[union-attr]


class _Text:
    """One text being normalised: its protected characters and the edits decided so far."""

    def __init__(self, text: str, mode: Mode) -> None:
        self.text = text
        self.mode = mode
        self.protected = [False] * len(text)
        for m in _PROTECTED.finditer(text):
            for i in range(m.start(), m.end()):
                self.protected[i] = True
        self.edits: dict[int, Edit] = {}
        self.claimed = [False] * len(text)  # inside an edit already
        self.han_before = [0]  # Han characters in text[:i], so that any stretch is checked at once
        for ch in text:
            self.han_before.append(self.han_before[-1] + (1 if _HAN.match(ch) else 0))
        self.shown: dict[int, str] = {}  # what an edited position shows

    def char(self, i: int) -> str | None:
        return self.text[i] if 0 <= i < len(self.text) else None

    def after_edit(self, i: int) -> str:
        """The character at i as the edits so far leave it (the last character of a replacement)."""
        return self.shown.get(i, self.text[i])

    def left(self, i: int) -> str | None:
        """The nearest character left of i that is neither white space nor a quote."""
        j = i - 1
        while j >= 0 and (self.text[j] in _SPACES or self.text[j] in _QUOTES):
            j -= 1
        return self.after_edit(j) if j >= 0 else None

    def right(self, i: int) -> str | None:
        j = i + 1
        while j < len(self.text) and (self.text[j] in _SPACES or self.text[j] in _QUOTES):
            j += 1
        return self.after_edit(j) if j < len(self.text) else None

    def context(self, i: int, end: int | None = None) -> bool:
        """Whether the mark at [i, end) stands in Chinese context."""
        left, right = self.left(i), self.right((end or i + 1) - 1)
        if self.mode == "zh":
            return is_chinese(left) or is_chinese(right)
        return is_chinese(left) and (right is None or is_chinese(right))

    def has_han(self, start: int, end: int) -> bool:
        return self.han_before[end] > self.han_before[start]

    def free(self, start: int, end: int) -> bool:
        return not any(self.protected[start:end]) and not any(self.claimed[start:end])

    def put(self, start: int, end: int, new: str) -> None:
        self.edits[start] = Edit(start, end, new)
        for k in range(start, end):
            self.claimed[k] = True
            if new:
                self.shown[k] = new[-1]


def _ellipses(t: _Text) -> None:
    """``...`` (three to six dots) and ``。。。`` become ``……`` (before single dots are looked at)."""
    for m in _ELLIPSES.finditer(t.text):
        start, end = m.start(), m.end()
        if t.free(start, end) and (m.group().startswith("。") or t.context(start, end)):
            t.put(start, end, "……")


def _lone_marks(t: _Text) -> None:
    """A lone ``…`` or ``—`` (half the Chinese mark) and ``--`` become ``……`` and ``——``; a ``—``
    between two Han words stays (GB/T 15834's connecting dash: ``北京—上海特别旅客快车``)."""
    for m in _LONE_MARKS.finditer(t.text):
        start, end, run = m.start(), m.end(), m.group()
        if not t.free(start, end):
            continue
        if run.startswith("-"):
            if _alnum(t.char(end)) or not t.context(start, end):
                continue  # --help, x--y: an option or Latin text
            t.put(start, end, "——")
        elif run == "—":
            before, after = _is_han(t.char(start - 1)), _is_han(t.char(end))
            if before != after:
                t.put(start, end, "——")  # ``他说—“…”``: half a dash
            # (between two Han words it is the connecting dash, 一字线: ``北京—上海``, ``中国—东盟``)
        elif t.context(start, end):
            t.put(start, end, "……")


def _pair_quotes(t: _Text, quote: str, opening: str, closing: str) -> None:
    """Straight quotes in pairs, converted where the quoted text or its surroundings are Chinese."""
    text = t.text
    spots: list[int] = []
    for i, ch in enumerate(text):
        if ch != quote or not t.free(i, i + 1):
            continue
        if quote == "'" and _alnum(t.char(i - 1)) and _alnum(t.char(i + 1)):
            continue  # an apostrophe: don't, 90's
        spots.append(i)
    for a, b in zip(spots[::2], spots[1::2], strict=False):
        # Han only (not marks) decides, so that a second pass over the result decides the same
        outside = _is_han(t.char(a - 1)) or _is_han(t.char(b + 1))
        if t.has_han(a + 1, b) or (outside and t.mode == "zh" and text[a + 1 : b].strip() and not _alnum(t.char(a - 1))):
            t.put(a, a + 1, opening)
            t.put(b, b + 1, closing)


def _mixed_curly_quotes(t: _Text) -> None:
    """A straight quote closing a curly one (``“1+5"``) becomes the curly closing quote."""
    depth = 0
    for i, ch in enumerate(t.text):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(depth - 1, 0)
        elif ch == '"' and depth and t.free(i, i + 1):
            t.put(i, i + 1, "”")
            depth -= 1


def _parentheses(t: _Text) -> None:
    text = t.text
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in "(（" and not t.protected[i]:
            stack.append(i)
        elif ch in ")）" and stack and not t.protected[i]:
            a = stack.pop()
            pair = text[a] + ch
            if pair == "（）":
                continue
            if pair == "()":
                before, after = t.char(a - 1), t.char(i + 1)
                if before is not None and before in _SPACES:
                    before = t.left(a)
                if after is not None and after in _SPACES:
                    after = t.right(i)
                chinese = t.has_han(a + 1, i) or (
                    not _alnum(before) and (_is_han(before) or _is_han(after))
                )
                if not chinese:
                    continue
            if text[a] == "(" and t.free(a, a + 1):
                t.put(a, a + 1, "（")
            if ch == ")" and t.free(i, i + 1):
                t.put(i, i + 1, "）")


def _abbreviation(text: str, i: int) -> bool:
    """A dot closing a dotted abbreviation (U.S., e.g.)."""
    return i >= 2 and text[i - 1].isascii() and text[i - 1].isalpha() and text[i - 2] == "."


_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _sentence_has_han(text: str, i: int) -> bool:
    """Whether the sentence a full stop at i would close has Chinese in it."""
    start = i - 1
    while start >= 0 and (text[start] in "!?！？" or text[start] in _SPACES):
        start -= 1  # 好!! 吗?!
    while start >= 0 and not (_SENTENCE_END.match(text[start]) and not (text[start] == "." and _alnum(text[start + 1]))):
        start -= 1
    return bool(_HAN.search(text, start + 1, i))


def _singles(t: _Text, backwards: bool = False) -> None:
    text = t.text
    order = range(len(text) - 1, -1, -1) if backwards else range(len(text))
    for i in order:
        ch = text[i]
        full = _SINGLE.get(ch)
        if full is None or not t.free(i, i + 1):
            continue
        before, after = t.char(i - 1), t.char(i + 1)
        if _alnum(before) and _alnum(after):
            continue  # 1,000 3.5 10:30 a;b
        if ch == "." and (_alnum(after) or after == "." or _abbreviation(text, i)):
            continue  # U.S., x.cn
        if ch in ".?!" and not _sentence_has_han(text, i):
            continue  # the end of a Latin sentence
        if ch == ":" and after == "/":
            continue
        if ch in ".?!" and t.mode == "zh":
            # a sentence of Chinese ends here even when a number or a Latin word comes last
            left, right = t.left(i), t.right(i)
            if is_chinese(left) or right is None or is_chinese(right):
                t.put(i, i + 1, full)
        elif t.context(i):
            t.put(i, i + 1, full)


def _spaces(t: _Text) -> None:
    """The spaces pasted around a mark that became full width go with it."""
    text = t.text
    for start, edit in sorted(t.edits.items()):
        if edit.new not in _FULL_WIDTH and edit.new[:1] not in _FULL_WIDTH:
            continue
        a = start
        while a > 0 and text[a - 1] in _SPACES and not t.protected[a - 1]:
            a -= 1
        b = edit.end
        while b < len(text) and text[b] in _SPACES and not t.protected[b]:
            b += 1
        if a < start and t.free(a, start):
            t.put(a, start, "")
        if b > edit.end and t.free(edit.end, b):
            t.put(edit.end, b, "")


def edits(text: str, mode: Mode) -> list[Edit]:
    """The changes that set ``text``'s punctuation as GB/T 15834 asks, in order."""
    if not any(c in text for c in ",.;:?!()\"'-…—。") or not _HAN.search(text):
        return []  # nothing to set, or no Chinese at all
    t = _Text(text, mode)
    _ellipses(t)
    _mixed_curly_quotes(t)
    _pair_quotes(t, '"', "“", "”")
    _pair_quotes(t, "'", "‘", "’")
    _parentheses(t)
    for _ in range(6):  # a converted mark makes context for its neighbours: both ways, until settled
        before = len(t.edits)
        _singles(t)
        _singles(t, backwards=True)
        _lone_marks(t)
        if len(t.edits) == before:
            break
    _spaces(t)
    return sorted(t.edits.values(), key=lambda e: e.start)


def apply_edits(text: str, changes: list[Edit]) -> str:
    out, at = [], 0
    for edit in changes:
        out.append(text[at : edit.start])
        out.append(edit.new)
        at = edit.end
    out.append(text[at:])
    return "".join(out)


def normalise(text: str, mode: Mode = "zh") -> str:
    """``text`` with its punctuation set for print (see the module's rules)."""
    return apply_edits(text, edits(text, mode))


