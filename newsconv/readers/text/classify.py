"""Line classification: what each input line of a pasted page is, and which rule decided it.

A pasted page reads top to bottom as: site chrome, the title, a header zone (credits, date,
deck, photo captions), the body, then the footer (editor credits, tags, related links,
comments). The page is read in passes, each explainable per line:

1. local rules: the chrome lexicon, breadcrumbs, previous/next links, credit lines (source,
   date, people and nothing else), photo captions, counters; then names printed on their own
   line beside a date, which are bylines;
2. line weights: prose lines count by their length, other lines cost a little, and footer
   phrases (related, comments, editor credits) are barriers the body never crosses;
3. title and body together: every title-shaped line is scored for looking like a headline
   (credit lines right under it, printed twice, long enough), and for the body that follows
   it: the header zone is skipped up to the first prose that reads as a body's start, and the
   body runs as far as its running weight keeps growing. The best sum wins, so a short article
   under its headline beats a longer comment thread elsewhere on the page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from newsconv.readers.text.bylines import is_name, parse_credits
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lexicon import Lexicon
from newsconv.readers.text.lines import Line, detect_wrap, display_len, ends_sentence, is_mostly_cjk


class Kind(StrEnum):
    BLANK = "blank"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    RELATED = "related"
    TITLE = "title"
    SUBTITLE = "subtitle"
    META = "meta"
    CAPTION = "caption"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CONTINUATION = "continuation"
    LIST_ITEM = "list item"
    FOOTER = "footer"


# Kinds whose lines end up in the document's body.
BODY_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.CONTINUATION, Kind.LIST_ITEM})


@dataclass(slots=True)
class Decision:
    """What one line became, and the rule that said so."""

    line: Line
    kind: Kind
    rule: str


_CJK_PUNCT = re.compile(r"[，。；！？、,;!?]")
# Words of alphabetic scripts (Latin, Cyrillic, Greek, Hangul...); Han and kana count per character.
_WORDS = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(?:['’][A-Za-z]+)?")
_ORIGINAL_TITLE = re.compile(r"^(?:原标题|原題|原文标题)\s*[:：]")
_BREADCRUMB_SHAPE = re.compile(r"^[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}\s*[>›»]?$")
_PHOTO_CREDIT = re.compile(r"^[(（][^()（）]{2,60}(?:/|Press|Photo|Getty|Reuters|AFP|AP|图|摄)[^()（）]*[)）]$")
_SECTION_NUMBER = re.compile(r"^\d{1,2}$")
_BULLET = re.compile(r"^[·•●▪■◆◇○►▶\-–—*]\s*")
_STOPWORDS = frozenset(
    "the a an of to in and or is are was were be been for on at by with from that this it as has have had "
    "not but he she they we you his her their its our which who will would said says".split()
)
# A Chinese title wrapped onto two lines: its first line ends with a word that cannot end one.
_OPEN_ENDING = tuple("及和与的对在为之并或以将把被向从关于")

_NON_PROSE_COST = 12
_CHROME_COST = 20
_HEADER_WINDOW = 16  # non-blank lines after a title searched for the body's start
_CANDIDATES = 40  # title candidates whose bodies are measured (the best by their own evidence)


def words(text: str) -> int:
    return len(_WORDS.findall(text))


def is_prose(text: str) -> bool:
    """A line that reads as running text: long enough and punctuated (or worded) like sentences."""
    if is_mostly_cjk(text):
        size = display_len(text)
        if size < 16:
            return False
        marks = len(_CJK_PUNCT.findall(text))
        return ends_sentence(text) or (marks >= 2 and size >= 26) or (marks >= 1 and size >= 48)
    n = words(text)
    if n >= 16:
        return True
    return n >= 7 and (ends_sentence(text) or text.rstrip()[-1:] in "\"”’)")


def is_title_shaped(text: str) -> bool:
    if is_mostly_cjk(text):
        if not 5 <= display_len(text) <= 64:
            return False
    elif not 2 <= words(text) <= 30 or len(text) > 220:
        return False
    if text[-1] in "，、；：。,;:" or _ORIGINAL_TITLE.match(text) or _BULLET.match(text):
        return False
    return text.count("|") < 2  # "20190926|国贸|增长率" is a row of tags


def _is_counter(text: str) -> bool:
    """``1032人参与308评论``, ``阅读 539``, ``2819``: short lines that are mostly numbers."""
    digits = sum(c.isdigit() for c in text)
    return display_len(text) <= 14 and digits >= max(1, len(text) // 3) and not ends_sentence(text)


def _weight(text: str, prose: bool) -> int:
    if prose:
        if is_mostly_cjk(text):
            return display_len(text)
        n = words(text)
        stop = sum(1 for w in _WORDS.findall(text.lower()) if w in _STOPWORDS)
        return n * 3 if stop >= n // 8 else n  # running English has function words; lists of names do not
    return -_NON_PROSE_COST


_DATE_NOISE = re.compile(
    r"(?i)\b(?:updated|published|posted|last updated|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst|cet|cest|ist|jst|\d+\s*min(?:ute)?s?\s*read|read)\b"
    r"|[0-2]?\d[:：][0-5]\d(?:[:：][0-5]\d)?|星期[一二三四五六日天]|周[一二三四五六日]|[|•·—–\-,，()（）\[\]【】/]"
)


def _residue(text: str) -> str:
    """What is left of a date line once times, weekdays, zones and "Updated" are taken out."""
    return " ".join(_DATE_NOISE.sub(" ", text).split())


def is_credit_line(text: str) -> bool:
    """A short line that only names a source, a date or people (``来源：新华网 2024-05-06``)."""
    if display_len(text) > 70:
        return False
    credits = parse_credits(text)
    if credits is None:
        return False
    rest = _residue(credits.unlabelled)
    if not rest:
        return True
    date = credits.date
    if date is None or (date.year is None and date.time is None):
        return False
    # what is left beside a date must be short and not a sentence (a source name, "Reuters")
    return display_len(rest) <= 12 and not is_prose(rest)


def _is_name_line(text: str, *, account: bool = False) -> bool:
    """A person's name alone on a line (``Dallas Robinson``, ``段彦超``); with ``account``, also a
    self-media account name (``加拿大必读``, ``IT之家``)."""
    if is_name(text):
        return True
    if not account or display_len(text) > 10 or any(c.isdigit() for c in text):
        return False
    return bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z_·]{2,10}", text)) and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 2


# ---------------------------------------------------------------------------- pass 1


def _local(line: Line, lexicon: Lexicon) -> Decision | None:
    text = line.text
    if line.blank:
        return Decision(line, Kind.BLANK, "blank line")
    if phrase := lexicon.breadcrumb(text):
        return Decision(line, Kind.BREADCRUMB, f"breadcrumb.prefix {phrase!r}")
    if related := lexicon.related(text):
        return Decision(line, Kind.RELATED, f"related.{related[0]} {related[1]!r}")
    if rule := lexicon.chrome(text):
        return Decision(line, Kind.CHROME, rule)
    if _ORIGINAL_TITLE.match(text):
        return Decision(line, Kind.META, "original title (原标题)")
    if is_credit_line(text):
        return Decision(line, Kind.META, "credit line: source, date or people, nothing else")
    if display_len(text) <= 40:
        if rule := lexicon.caption(text):
            return Decision(line, Kind.CAPTION, f"short line with a photo credit ({rule})")
        if _PHOTO_CREDIT.match(text):
            return Decision(line, Kind.CAPTION, "a photo credit in parentheses")
        if _BREADCRUMB_SHAPE.match(text):
            return Decision(line, Kind.BREADCRUMB, "section names joined by '>'")
    if _is_counter(text):
        return Decision(line, Kind.CHROME, "counter: a short line of numbers")
    if _FOLLOW.match(text) or _FOLLOW_ZH.match(text):
        return Decision(line, Kind.CHROME, "a follow-us prompt")
    return None


_FOLLOW_ZH = re.compile(r"^(?:关注|订阅)\S{2,10}$")
_FOLLOW = re.compile(r"^(?:Follow|Like)\s.{1,40}\s(?:on|via)\s(?:Twitter|Facebook|Instagram|YouTube|LinkedIn)\b",
                     re.IGNORECASE)


# ---------------------------------------------------------------------------- the page


@dataclass(frozen=True, slots=True)
class Choice:
    """A title (or none), the body's first and last line, and what made the choice."""

    title: int | None
    start: int
    end: int
    score: float


class Page:
    """The lines of one page and what the passes decided about them."""

    def __init__(self, lines: list[Line], lexicon: Lexicon) -> None:
        self.lines = lines
        self.lexicon = lexicon
        self.known: list[Decision | None] = [_local(line, lexicon) for line in lines]
        self.repeats = Counter(line.text for line in lines if not line.blank)
        self._repeated_labels()
        self.prose = self._prose_flags()
        self.weights = [self._weight_of(i) for i in range(len(lines))]
        self.stops = [self._is_stop(i) for i in range(len(lines))]
        # pages that leave a blank line after each paragraph mark the body that way
        long_lines = [i for i in range(len(lines)) if self.prose[i]]
        blank_after = sum(1 for i in long_lines if i + 1 < len(lines) and lines[i + 1].blank)
        self.blank_separated = bool(long_lines) and blank_after >= 0.6 * len(long_lines)

    def _repeated_labels(self) -> None:
        """A short line printed three times or more is a button or a label, not article text."""
        for i, line in enumerate(self.lines):
            text = line.text
            if (self.known[i] is None and self.repeats[text] >= 3 and display_len(text) <= 24
                    and not is_prose(text) and not ends_sentence(text)):
                self.known[i] = Decision(line, Kind.CHROME, f"short line printed {self.repeats[text]} times on the page")

    def header_bylines(self, title: int, start: int) -> None:
        """Around the title, a name alone on a line beside a dated credit line is a byline, and so
        is a name after a line that says only "By". A self-media account name counts only between
        the title and the date (``标题`` / ``加拿大必读`` / ``发布时间：…``)."""
        zone = self.nonblank(title - 1, title - 5, -1)[::-1] + self.nonblank(title + 1, start)
        for n, i in enumerate(zone):
            if self.known[i] is not None:
                continue
            text = self.lines[i].text
            person = _is_name_line(text)
            account = i > title and _is_name_line(text, account=True)
            if not (person or account):
                continue
            after = zone[n + 1 : n + 3]
            dated_after = any(self._dated_meta(j) for j in after)
            dated = dated_after or any(self._dated_meta(j) for j in zone[max(0, n - 2) : n])
            after_by = n > 0 and self.lines[zone[n - 1]].text.lower().rstrip(":：") in ("by", "作者", "文", "por")
            if (person and (dated or after_by)) or (account and dated_after):
                self.known[i] = Decision(self.lines[i], Kind.META, "name on its own line beside the date: a byline")

    def _dated_meta(self, j: int) -> bool:
        decided = self.known[j]
        return decided is not None and decided.kind is Kind.META and find_date(self.lines[j].text) is not None

    def _prose_flags(self) -> list[bool]:
        """Which lines read as running text, judging a hard-wrapped paragraph as a whole.

        A page wrapped at a fixed width (many lines of the same greatest length) breaks
        sentences across lines; each line then belongs to the paragraph its first line starts.
        """
        texts = [line.text for line in self.lines]
        flags = [is_prose(t) for t in texts]
        self.continues: set[int] = set()  # lines whose paragraph goes on in the next line
        wrap = detect_wrap([line.raw for line in self.lines])
        if wrap is None:
            return flags
        i = 0
        while i < len(texts):
            j = i
            while j + 1 < len(texts) and wrap.fills(self.lines[j].raw) and texts[j + 1] and not (
                self.lines[j + 1].indent >= 2 and self.lines[i].indent >= 2
            ):
                j += 1
            if j > i:
                self.continues.update(range(i, j))
                joined = is_prose("".join(texts[i : j + 1]))
                for k in range(i, j + 1):
                    flags[k] = flags[k] or joined
            i = j + 1
        return flags

    def _weight_of(self, i: int) -> int:
        decided = self.known[i]
        if decided is None:
            return _weight(self.lines[i].text, self.prose[i])
        if decided.kind is Kind.BLANK:
            return 0
        return -_NON_PROSE_COST if decided.kind in (Kind.META, Kind.CAPTION) else -_CHROME_COST

    def _is_stop(self, i: int) -> str | None:
        text = self.lines[i].text
        if not text:
            return None
        return self.lexicon.footer(text, display_len(text))

    def kind(self, i: int) -> Kind | None:
        decided = self.known[i]
        return decided.kind if decided else None

    def nonblank(self, start: int, stop: int, step: int = 1) -> list[int]:
        if step > 0:
            indices = range(max(start, 0), min(stop, len(self.lines)))
        else:
            indices = range(min(start, len(self.lines) - 1), max(stop, -1), -1)
        return [i for i in indices if not self.lines[i].blank]

    # -- the title's own evidence

    def title_score(self, i: int) -> float | None:
        text = self.lines[i].text
        if self.known[i] is not None or self.stops[i] or i in self.continues or not is_title_shaped(text):
            return None
        score = 0.0
        between = 0.0  # what stands between the line and the credits under it
        for step, j in enumerate(self.nonblank(i + 1, len(self.lines))[:6]):
            kind = self.kind(j)
            if kind is Kind.META:
                score += max(4 - 0.4 * step - between, 0)  # credits right under a line mark it as the title
                break
            if kind is not None:
                continue  # share buttons, photo credits
            other = self.lines[j].text
            if other == text:
                continue
            if self.prose[j]:
                between += 1.0  # a deck may stand between the title and the byline
            elif is_title_shaped(other):
                between += 1.0  # another title-like line stands closer to the credits
            else:
                between += 0.5
            if between >= 3:
                break
        if self.repeats[text] >= 2:
            score += 2
        if self.prose[i]:
            score -= 1.5
        size = display_len(text) if is_mostly_cjk(text) else words(text) * 2
        if size >= 10:
            score += 1.5  # headlines are rarely as short as section names ("Business", "新闻中心")
        elif size <= 5:
            score -= 1.5
        tokens = text.split()
        if is_mostly_cjk(text) and len(tokens) >= 3 and all(display_len(t) <= 4 for t in tokens):
            score -= 4  # a row of menu items: 首页 新闻 体育
        return score

    # -- the body that follows a title

    def _starts_body(self, i: int) -> bool:
        """A prose line that opens the body, not a lone deck or caption glued to a credit."""
        if self.known[i] is not None or not self.prose[i]:
            return False
        nxt = self.nonblank(i + 1, len(self.lines))[:1]
        if not nxt:
            return True
        following = self.known[nxt[0]]
        if following is not None and following.kind in (Kind.META, Kind.CAPTION) and not self.stops[nxt[0]]:
            return False  # a deck over a byline, or a caption over its photo credit
        glued = i + 1 < len(self.lines) and not self.lines[i + 1].blank
        if self.blank_separated and glued and (following is not None or not self.prose[nxt[0]]):
            return False  # the page separates paragraphs by blank lines; this one is glued to chrome
        return True

    def body_start(self, title: int) -> int | None:
        undecided = 0
        boxed = False  # past a "Most popular" box: its lines look like prose too
        for i in self.nonblank(title + 1, len(self.lines)):
            if self.stops[i]:
                boxed = True
                continue
            if self._starts_body(i) and (not boxed or self._followed_by_prose(i)):
                return i
            if self.known[i] is None:
                undecided += 1  # chrome and credits do not count: share rows can be long
                if undecided > _HEADER_WINDOW:
                    return None
        return None

    def _followed_by_prose(self, i: int) -> bool:
        nxt = self.nonblank(i + 1, len(self.lines))[:1]
        return bool(nxt) and self.known[nxt[0]] is None and self.prose[nxt[0]]

    def body_end(self, start: int) -> tuple[int, int]:
        """(last line, total weight) of the body that starts at ``start``."""
        best, best_end, run = None, start, 0
        for i in range(start, len(self.lines)):
            if self.stops[i] and i > start:
                break
            run += self.weights[i]
            if best is None or run > best:
                best, best_end = run, i
        return best_end, best or 0

    def prose_mass(self) -> tuple[int, int, int] | None:
        """(start, end, weight) of the heaviest stretch of the page, barriers respected."""
        best, best_range = 0, None
        run, run_start = 0, 0
        for i, w in enumerate(self.weights):
            if self.stops[i]:
                run = 0
                continue
            if self.lines[i].blank:
                continue
            if run <= 0:
                run, run_start = w, i
            else:
                run += w
            if run > best:
                best, best_range = run, (run_start, i, run)
        return best_range

    def choose(self) -> Choice | None:
        """The title and body that together read most like an article."""
        scored = [(s, i) for i in range(len(self.lines)) if (s := self.title_score(i)) is not None]
        scored.sort(key=lambda si: (-si[0], -si[1]))
        best: Choice | None = None
        for evidence, title in scored[:_CANDIDATES]:
            start = self.body_start(title)
            if start is None:
                continue
            end, weight = self.body_end(start)
            if weight <= 0:
                continue
            total = evidence + 2.5 * math.log2(1 + weight / 60)
            if best is None or total > best.score or (total == best.score and title > (best.title or -1)):
                best = Choice(title, start, end, total)
        mass = self.prose_mass()
        if mass is None:
            return best
        if best is None or mass[2] > 8 * self.body_end(best.start)[1]:
            return Choice(None, mass[0], mass[1], 0.0)  # no headline leads to the page's real text
        return best


def classify(lines: list[Line], lexicon: Lexicon) -> list[Decision]:
    """One decision per line."""
    page = Page(lines, lexicon)
    choice = page.choose()
    if choice is None:
        return _no_body(page)
    title, start, end = choice.title, choice.start, choice.end
    if title is not None:
        page.header_bylines(title, start)
    title_text = lines[title].text if title is not None else None
    decisions: list[Decision] = []
    for i, line in enumerate(lines):
        decided = page.known[i]
        if i == title:
            decisions.append(Decision(line, Kind.TITLE, "headline: title-shaped, credits or body right under it"))
        elif decided is not None and start <= i <= end and _SECTION_NUMBER.match(line.text):
            decisions.append(Decision(line, Kind.PARAGRAPH, "section number inside the body"))
        elif decided is not None:
            decisions.append(decided)
        elif title_text is not None and line.text == title_text:
            decisions.append(Decision(line, Kind.CHROME, "repeats the title"))
        elif i < start:
            decisions.append(_before_body(line, title, i))
        elif i <= end:
            decisions.append(Decision(line, Kind.PARAGRAPH, "inside the body"))
        else:
            decisions.append(Decision(line, Kind.FOOTER, "after the body"))
    if title is not None:
        _join_wrapped_title(decisions, title)
    for i in range(end + 1, len(decisions)):
        if page.stops[i]:
            decisions[i].rule = f"footer begins: {page.stops[i]}"
            break
    return decisions


def _join_wrapped_title(decisions: list[Decision], title: int) -> None:
    """A Chinese title printed on two lines (``关于批准……及`` / ``调整……的决议``) is one title."""
    for first, second in ((title - 1, title), (title, title + 1)):
        if first < 0 or second >= len(decisions):
            continue
        a, b = decisions[first], decisions[second]
        if a.line.text.endswith(_OPEN_ENDING) and is_mostly_cjk(a.line.text) and is_mostly_cjk(b.line.text):
            if b.kind in (Kind.TITLE, Kind.CHROME, Kind.SUBTITLE) and a.kind in (Kind.TITLE, Kind.CHROME):
                a.kind, a.rule = Kind.TITLE, "headline printed on two lines"
                b.kind, b.rule = Kind.TITLE, "headline printed on two lines (continued)"
                return


def _before_body(line: Line, title: int | None, i: int) -> Decision:
    if title is not None and i > title:
        if is_prose(line.text):
            return Decision(line, Kind.SUBTITLE, "prose between the title and the body: a deck or summary")
        return Decision(line, Kind.CHROME, "between the title and the body")
    return Decision(line, Kind.CHROME, "above the title")


def _no_body(page: Page) -> list[Decision]:
    """A page with no prose at all: the first title-shaped line is the title, the rest paragraphs."""
    decisions: list[Decision] = []
    titled = False
    for line, decided in zip(page.lines, page.known):
        if decided is not None:
            decisions.append(decided)
        elif not titled and is_title_shaped(line.text):
            titled = True
            decisions.append(Decision(line, Kind.TITLE, "first title-shaped line (no prose found)"))
        else:
            decisions.append(Decision(line, Kind.PARAGRAPH, "no prose found: kept as text"))
    return decisions
