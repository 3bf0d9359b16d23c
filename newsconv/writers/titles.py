"""Where a title that does not fit on one line breaks: whole words, balanced lines, and for
Chinese titles the shapes GB/T 9704-2012 allows. Shared by the PDF, DOCX and HTML writers.

GB/T 9704-2012 §7.3.1 (标题): a title is set in one or more centred lines; "回行时，要做到词意完整，
排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形" — where it wraps, every word stays whole,
the lines are symmetric and of reasonable lengths, and they form a trapezoid or a diamond.
newsconv reads that as:

- lines break only between words. Chinese words come from a word segmenter (rjieba, loaded only
  when a title needs more than one line); a Latin word, a number (``2.3%``, ``1+5``), a quoted
  or bracketed phrase (``“了不得”``, ``《…》``) that fits on a line is one unit; closing and pause
  marks stay with what precedes them and opening marks with what follows (clreq), and so do the
  particles 的 地 得 之 了 着 过 (a line never starts with one);
- as few lines as the width allows, as equal in length as the words permit ("长短适宜"), none
  shorter than 40 % of the longest;
- the shape: lengths that only grow or only shrink down the lines are a trapezoid (梯形), lengths
  that grow and then shrink a diamond (菱形). A line shorter than both its neighbours (an
  hourglass) is never chosen, and lines of one length (a rectangle, which the standard does not
  name) only where no trapezoid has lines less than 3.5 ems apart. Between two otherwise equal choices the shorter line goes on top (正梯形, the
  usual way a two-line title is set).

English and other titles without Chinese get balanced lines broken at spaces, with no shape rule.
Widths are in ems by default (a Chinese character is 1, Latin letters about half); a writer that
knows its font's metrics may pass its own measure.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsconv.profiles import Profile

Measure = Callable[[str], float]

def _is_han(ch: str) -> bool:
    # a range test, not a regular expression: this module is imported by every writer run
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"
# clreq: marks a line may not start with (they join the unit before) or end with (the unit after).
NO_START = frozenset("、，。．：；！？”’」』）】〕〗〙〛〉》…—·・％‰,.;:!?)]}%")
NO_END = frozenset("“‘「『（【〔〖〘〚〈《([{")
# Structural particles and aspect markers that belong to the word before them.
PARTICLES = frozenset(("的", "地", "得", "之", "了", "着", "过"))
# Quotations and titles of works kept whole when they fit on a line.
_PAIRS = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "（": "）", "(": ")", "〈": "〉", "【": "】",
          "[": "]"}
# Where a break reads naturally: after a pause or a stop, at a space, before 关于 (an official
# title's issuing body ends there: 全国人民代表大会常务委员会 / 关于批准……).
_PAUSE = frozenset("，。：；！？、,:;!?")
_NATURAL_BREAK = -0.03
# A space inside a Chinese headline parts its two halves (河道清淤工程全面完工 汛前排涝能力明显提升):
# a line that keeps such a space inside it while the halves would fit on lines of their own reads
# as a broken part, whatever its shape.
_INNER_SPACE = 0.25
_CJK_SPACE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff”’）》」』] [\u3400-\u9fff\uf900-\ufaff“‘（《「『]")
_BEFORE = {"关于": -0.05}
MIN_SHARE = 0.4  # no line shorter than this share of the longest, where any choice allows it
_MAX_EXTRA_LINES = 2
_EXHAUSTIVE_UNITS = 60  # more units than this (a very long title): balanced without trying every choice


def em_width(text: str) -> float:
    """Width in ems, as a CJK font with a Latin companion sets it, erring wide so that a line
    chosen here fits in Word whatever its Latin font: wide characters 1, capitals 0.72, digits and
    other Latin letters 0.56 (a bold sans's average), spaces 0.28, and a quarter em where Chinese
    meets a Latin letter or digit (the PDF's spacing, and Word's and LibreOffice's autospace)."""
    width = 0.0
    previous = ""
    for ch in text:
        if previous and (_is_han(previous) and ch.isascii() and ch.isalnum()
                         or previous.isascii() and previous.isalnum() and _is_han(ch)):
            width += 0.25
        previous = ch
        if unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’—…·":
            width += 1.0
        elif ch.isspace():
            width += 0.28
        elif ch.isupper():
            width += 0.72
        else:
            width += 0.56
    return width


def has_chinese(text: str) -> bool:
    return any(_is_han(ch) for ch in text)


@dataclass(frozen=True, slots=True)
class _Unit:
    text: str
    space: bool = False  # white space between words: a break here drops it


def _is_space(token: str) -> bool:
    return token.isspace()


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’—…·"


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str], list[str]]:
    # rjieba loads jieba's 350,000-word dictionary when imported (about 0.13 s): only here, and
    # only for a title that needs breaking.
    import rjieba

    return lambda text: rjieba.cut(text, True)


def load_segmenter() -> None:
    """Load the word segmenter now (a batch does, before its workers are forked)."""
    _segmenter()


def _tokens(text: str) -> list[str]:
    if has_chinese(text):
        return [t for t in _segmenter()(text) if t]
    return re.findall(r"\s+|\S+", text)


def _merge_numbers(tokens: list[str]) -> list[str]:
    """A number keeps the character that counts it: 2019年, 90后, 18人, 3000亿."""
    out: list[str] = []
    for token in tokens:
        if out and out[-1][-1:].isdigit() and len(token) == 1 and has_chinese(token) and token not in PARTICLES:
            out[-1] += token
        else:
            out.append(token)
    return out


def _merge_latin(tokens: list[str]) -> list[str]:
    """Runs of Latin letters, digits and their signs become one token (``2.3%``, ``1+5``, ``iPhone``)."""
    out: list[str] = []
    for token in tokens:
        latin = not _is_space(token) and not any(_is_wide(c) for c in token) and token not in NO_START | NO_END
        if latin and out and not _is_space(out[-1]) and not any(_is_wide(c) for c in out[-1]) \
                and out[-1][-1] not in NO_START:
            out[-1] += token
        else:
            out.append(token)
    return out


def _merge_quotes(tokens: list[str], capacity: float, measure: Measure) -> list[str]:
    """A quoted or bracketed phrase that fits on a line becomes one token."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        closing = _PAIRS.get(token[:1]) if len(token) == 1 or token[:1] in _PAIRS else None
        if closing is not None:
            depth, j, width = 0, i, 0.0
            while j < len(tokens):
                depth += tokens[j].count(token[0]) - tokens[j].count(closing)
                if depth <= 0 and (j > i or closing in token[1:]):
                    break
                width += measure(tokens[j])
                if width > capacity:  # the phrase cannot fit a line: stop looking for its end
                    j = len(tokens)
                    break
                j += 1
            if j < len(tokens):
                phrase = "".join(tokens[i : j + 1])
                if measure(phrase) <= capacity:
                    out.append(phrase)
                    i = j + 1
                    continue
        out.append(token)
        i += 1
    return out


def _attach(tokens: list[str]) -> list[_Unit]:
    """Marks and particles joined to their neighbours: the units a line may break between."""
    units: list[str] = []
    spaces: list[bool] = []
    pending = ""  # opening marks waiting for the token they open
    for token in tokens:
        if _is_space(token):
            if pending:
                pending += token
                continue
            units.append(token)
            spaces.append(True)
            continue
        if pending:
            token, pending = pending + token, ""
        if all(c in NO_END for c in token):
            pending = token
            continue
        joins_back = token[0] in NO_START or token in PARTICLES
        if joins_back and units and not spaces[-1]:
            units[-1] += token
        else:
            units.append(token)
            spaces.append(False)
    if pending:
        if units and not spaces[-1]:
            units[-1] += pending
        else:
            units.append(pending)
            spaces.append(False)
    return [_Unit(u, s) for u, s in zip(units, spaces, strict=True)]


def units(text: str, capacity: float, measure: Measure = em_width) -> list[_Unit]:
    tokens = _merge_quotes(_merge_numbers(_merge_latin(_tokens(text))), capacity, measure)
    return _attach(tokens)


def _shape_cost(lengths: Sequence[float], tolerance: float) -> float | None:
    """None for an hourglass; 0 for a trapezoid or diamond; a penalty for a rectangle."""
    n = len(lengths)
    if n < 2:
        return 0.0
    steps = []
    for a, b in zip(lengths, lengths[1:], strict=False):
        steps.append(0 if abs(a - b) <= tolerance else (1 if b > a else -1))
    if all(s == 0 for s in steps):
        return 1.0  # a rectangle: allowed only where nothing else is
    seen_fall = False
    for s in steps:
        if s < 0:
            seen_fall = True
        elif s > 0 and seen_fall:
            return None  # a fall then a rise: an hourglass
    return 0.0


@dataclass(frozen=True, slots=True)
class _Choice:
    cost: float
    lines: tuple[str, ...]


def _lines_for(us: list[_Unit], cuts: Sequence[int]) -> list[str]:
    bounds = [0, *cuts, len(us)]
    lines = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = us[a:b]
        while piece and piece[0].space:
            piece = piece[1:]
        while piece and piece[-1].space:
            piece = piece[:-1]
        lines.append("".join(u.text for u in piece))
    return lines


def _score(lines: list[str], capacity: float, measure: Measure, chinese: bool) -> float | None:
    widths = [measure(line) for line in lines]
    if any(w > capacity + 1e-6 or w == 0 for w in widths):
        return None
    longest = max(widths)
    mean = sum(widths) / len(widths)
    cost = sum((w - mean) ** 2 for w in widths) / max(capacity, 1e-6) ** 2
    if min(widths) < MIN_SHARE * longest:
        cost += 10.0
    if chinese:
        shape = _shape_cost(widths, tolerance=0.25 * measure("中"))
        if shape is None:
            cost += 5.0
        else:
            # a rectangle costs as much as lines 3.5 ems apart: a trapezoid that is not more lopsided wins
            cost += shape * 2 * (3.5 / max(capacity, 1e-6)) ** 2
        if len(widths) >= 2 and widths[0] > widths[1]:
            cost += 1e-4  # 正梯形 first: the shorter line on top
        cost += _INNER_SPACE * sum(1 for line in lines if _CJK_SPACE.search(line))
    return cost


def _cut_cost(us: list[_Unit], i: int) -> float:
    """What a break before unit i adds to a choice's cost (negative: a natural place)."""
    if i <= 0 or i >= len(us):
        return 0.0
    before, after = us[i - 1], us[i]
    cost = 0.0
    if before.space or after.space or before.text.rstrip("”’）》」』)]")[-1:] in _PAUSE:
        cost += _NATURAL_BREAK
    for word, bonus in _BEFORE.items():
        if after.text.startswith(word):
            cost += bonus
    return cost


def _best(us: list[_Unit], n: int, capacity: float, measure: Measure, chinese: bool) -> _Choice | None:
    """The cheapest way to set the units in n lines: every set of cuts whose lines fit and are not
    hopelessly short (under 40 % of the mean cannot be 40 % of the longest), scored whole."""
    widths = [0.0 if u.space else measure(u.text) for u in us]
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    total = prefix[-1]
    floor = MIN_SHARE * total / n
    cut_cost = [_cut_cost(us, i) for i in range(len(us) + 1)]
    best: _Choice | None = None
    cuts: list[int] = []

    def walk(start: int, left: int) -> None:
        nonlocal best
        if left == 1:
            if floor - 1e-6 <= prefix[-1] - prefix[start] <= capacity + 1e-6:
                lines = _lines_for(us, cuts)
                cost = _score(lines, capacity, measure, chinese)
                if cost is not None and chinese:
                    cost += sum(cut_cost[c] for c in cuts)
                if cost is not None and (best is None or cost < best.cost):
                    best = _Choice(cost, tuple(lines))
            return
        for end in range(start + 1, len(us)):
            width = prefix[end] - prefix[start]
            if width > capacity + 1e-6:
                break
            if width < floor - 1e-6 or total - prefix[end] > (left - 1) * capacity + 1e-6:
                continue
            cuts.append(end)
            walk(end, left - 1)
            cuts.pop()

    walk(0, n)
    return best


def _balanced_greedy(us: list[_Unit], n: int, capacity: float, measure: Measure) -> list[str] | None:
    """For very long titles: fill lines up to the total width divided by n, one after another."""
    total = measure("".join(u.text for u in us))
    target = total / n
    lines, current = [], ""
    for u in us:
        candidate = current + u.text
        if current and measure(candidate.strip()) > target + 0.5 * measure("中") and len(lines) < n - 1:
            lines.append(current.strip())
            current = "" if u.space else u.text
        else:
            current = candidate
    lines.append(current.strip())
    return lines if all(measure(line) <= capacity + 1e-6 for line in lines) else None


def _split_long_units(us: list[_Unit], capacity: float, measure: Measure) -> list[_Unit]:
    """A unit wider than a line (a long URL, a run of digits) is cut into pieces that fit."""
    out: list[_Unit] = []
    for u in us:
        if u.space or measure(u.text) <= capacity:
            out.append(u)
            continue
        piece = ""
        for ch in u.text:
            if piece and measure(piece + ch) > capacity:
                out.append(_Unit(piece))
                piece = ""
            piece += ch
        if piece:
            out.append(_Unit(piece))
    return out


def break_title(text: str, capacity: float, measure: Measure = em_width) -> list[str]:
    """The lines of a title set ``capacity`` wide (in the units ``measure`` returns: ems by default).

    A title that fits is one line, and no segmenter is loaded for it.
    """
    title = " ".join(text.split())
    measure = lru_cache(maxsize=4096)(measure)  # the search weighs the same lines in many choices
    if not title or measure(title) <= capacity + 1e-6 or capacity <= 0:
        return [title] if title else []
    chinese = has_chinese(title)
    us = _split_long_units(units(title, capacity, measure), capacity, measure)
    words = [u for u in us if not u.space]
    least = max(2, math.ceil(measure(title) / capacity - 1e-9))
    for n in range(least, min(least + _MAX_EXTRA_LINES, len(words)) + 1):
        if len(us) <= _EXHAUSTIVE_UNITS:
            choice = _best(us, n, capacity, measure, chinese)
            if choice is not None and choice.cost < 4.0:
                return list(choice.lines)
        else:
            lines = _balanced_greedy(us, n, capacity, measure)
            if lines is not None:
                return lines
    return _greedy(us, capacity, measure)


def _greedy(us: list[_Unit], capacity: float, measure: Measure) -> list[str]:
    """Fill each line as far as it goes (the last resort)."""
    lines, current = [], ""
    for u in us:
        if current and measure((current + u.text).strip()) > capacity:
            lines.append(current.strip())
            current = "" if u.space else u.text
        else:
            current += u.text
    if current.strip():
        lines.append(current.strip())
    return lines



def role_capacity(profile: Profile, role_name: str = "title") -> float:
    """How many ems a line of a role holds on the profile's page (its indents and letter spacing
    taken off)."""
    role = profile.role(role_name)
    width = profile.page.frame_width - (role.left_indent + role.first_line_indent) * role.size
    return width / (role.size + role.letter_spacing)


def title_lines(title: str, profile: Profile, role_name: str = "title", measure: Measure | None = None) -> list[str]:
    """The lines a title is set in on the profile's page: the same in PDF, DOCX and HTML.

    A writer that knows its font's widths passes ``measure`` (in ems): where a line chosen on the
    estimate would not fit in that font, the title is broken again on the real widths.
    """
    capacity = role_capacity(profile, role_name)
    lines = break_title(title, capacity)
    if measure is not None and any(measure(line) > capacity + 1e-6 for line in lines):
        lines = break_title(title, capacity, measure)
    return lines
