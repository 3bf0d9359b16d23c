"""Line classification: what each input line of a pasted page is, and which rule decided it.

The page is read in passes, each explainable per line:

1. lexicon: chrome, breadcrumb, previous/next lines, wherever they stand;
2. body: the stretch of the page densest in prose (long lines with sentence punctuation),
   found as a maximum-sum segment, so short headings inside it stay in it;
3. title: the title-shaped line closest above the body; lines between it and the body are
   read as credits (source, date, authors) or dropped;
4. inside the body: paragraphs, sub-headings, credit lines; after it: footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from newsconv.readers.text.bylines import parse_credits
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lexicon import Lexicon
from newsconv.readers.text.lines import Line, display_len, ends_sentence, is_mostly_cjk


class Kind(StrEnum):
    BLANK = "blank"
    CHROME = "chrome"
    BREADCRUMB = "breadcrumb"
    RELATED = "related"
    TITLE = "title"
    META = "meta"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CONTINUATION = "continuation"
    FOOTER = "footer"


# Kinds whose lines end up in the document's body.
BODY_KINDS = frozenset({Kind.HEADING, Kind.PARAGRAPH, Kind.CONTINUATION})


@dataclass(slots=True)
class Decision:
    """What one line became, and the rule that said so."""

    line: Line
    kind: Kind
    rule: str


_SENTENCE_PUNCT = re.compile(r"[，。；：！？、,.;:!?]")

# A prose line counts this much per full-width cell in the body search; any other line costs.
_NON_PROSE_COST = 12
_CHROME_COST = 30
_TITLE_LOOKBACK = 12  # non-blank lines above the body searched for the title


def is_prose(text: str) -> bool:
    """A line that reads as running text: long enough and punctuated like sentences."""
    size = display_len(text)
    if size < 16:
        return False
    return bool(_SENTENCE_PUNCT.search(text)) and (size >= 28 or ends_sentence(text))


def is_title_shaped(text: str) -> bool:
    size = display_len(text)
    if not 4 <= size <= (60 if is_mostly_cjk(text) else 160):
        return False
    if text[-1] in "，、；：。,;:":
        return False
    return find_date(text) is None or size > 20


def _lexicon_pass(lines: list[Line], lexicon: Lexicon) -> list[Decision | None]:
    out: list[Decision | None] = []
    for line in lines:
        if line.blank:
            out.append(Decision(line, Kind.BLANK, "blank line"))
        elif phrase := lexicon.breadcrumb(line.text):
            out.append(Decision(line, Kind.BREADCRUMB, f"breadcrumb.prefix {phrase!r}"))
        elif related := lexicon.related(line.text):
            out.append(Decision(line, Kind.RELATED, f"related.{related[0]} {related[1]!r}"))
        elif rule := lexicon.chrome(line.text):
            out.append(Decision(line, Kind.CHROME, rule))
        elif is_credit_line(line.text):
            out.append(Decision(line, Kind.META, "credit line (source, date or people, nothing else)"))
        else:
            out.append(None)
    return out


def is_credit_line(text: str) -> bool:
    """A short line that only names a source, a date or people (``来源：新华网 2024-05-06``)."""
    if display_len(text) > 60:
        return False
    credits = parse_credits(text)
    if credits is None:
        return False
    rest = credits.unlabelled
    return not rest or (credits.date is not None and display_len(rest) <= 12)


def _find_body(lines: list[Line], known: list[Decision | None]) -> tuple[int, int] | None:
    """Index range [start, end] of the densest prose stretch (Kadane over line weights)."""
    best, best_range = 0, None
    run, run_start = 0, 0
    for i, line in enumerate(lines):
        decided = known[i]
        if decided is not None and decided.kind is Kind.BLANK:
            continue
        if decided is not None:
            weight = -_NON_PROSE_COST if decided.kind is Kind.META else -_CHROME_COST
        elif is_prose(line.text):
            weight = display_len(line.text)
        else:
            weight = -_NON_PROSE_COST
        if run <= 0:
            run, run_start = weight, i
        else:
            run += weight
        if run > best:
            best, best_range = run, (run_start, i)
    return best_range


def classify(lines: list[Line], lexicon: Lexicon) -> list[Decision]:
    """One decision per line."""
    known = _lexicon_pass(lines, lexicon)
    body = _find_body(lines, known)
    if body is None:
        return _no_body(lines, known)
    start, end = body
    title_at = _find_title(lines, known, start)
    if title_at is None and is_title_shaped(lines[start].text) and not is_prose(lines[start].text):
        title_at, start = start, start + 1
    decisions: list[Decision] = []
    for i, line in enumerate(lines):
        decided = known[i]
        if decided is not None:
            decisions.append(decided)
        elif i == title_at:
            decisions.append(Decision(line, Kind.TITLE, "title-shaped line closest above the body"))
        elif i < start:
            decisions.append(_before_body(line, title_at, i))
        elif i <= end:
            decisions.append(Decision(line, Kind.PARAGRAPH, "inside the body"))
        else:
            decisions.append(_after_body(line))
    _stop_at_footer(decisions, lexicon, start, end)
    return decisions


def _no_body(lines: list[Line], known: list[Decision | None]) -> list[Decision]:
    """A page with no prose at all: the first title-shaped line is the title, the rest paragraphs."""
    decisions: list[Decision] = []
    titled = False
    for i, line in enumerate(lines):
        decided = known[i]
        if decided is not None:
            decisions.append(decided)
        elif not titled and is_title_shaped(line.text):
            titled = True
            decisions.append(Decision(line, Kind.TITLE, "first title-shaped line (no prose found)"))
        else:
            decisions.append(Decision(line, Kind.PARAGRAPH, "no prose found: kept as text"))
    return decisions


def _find_title(lines: list[Line], known: list[Decision | None], start: int) -> int | None:
    seen = 0
    for i in range(start - 1, -1, -1):
        if known[i] is not None:
            continue
        text = lines[i].text
        seen += 1
        if seen > _TITLE_LOOKBACK:
            break
        credits = parse_credits(text)
        if credits is not None and not credits.unlabelled:
            continue  # a credit or date line between title and body
        if is_title_shaped(text) and not is_prose(text):
            return i
    return None


def _before_body(line: Line, title_at: int | None, i: int) -> Decision:
    if title_at is not None and i > title_at:
        credits = parse_credits(line.text)
        if credits is not None:
            return Decision(line, Kind.META, "credit line between title and body")
        return Decision(line, Kind.CHROME, "between title and body, not a credit line")
    return Decision(line, Kind.CHROME, "above the title")


def _after_body(line: Line) -> Decision:
    credits = parse_credits(line.text)
    if credits is not None and credits.people and not credits.unlabelled:
        return Decision(line, Kind.META, "credit line after the body")
    return Decision(line, Kind.FOOTER, "after the body")


def _stop_at_footer(decisions: list[Decision], lexicon: Lexicon, start: int, end: int) -> None:
    """Inside the body, a footer phrase ends the article: it and what follows are footer."""
    for i in range(start, end + 1):
        d = decisions[i]
        if d.kind not in BODY_KINDS:
            continue
        rule = lexicon.footer(d.line.text)
        if rule is None:
            continue
        for later in decisions[i : end + 1]:
            if later.kind in BODY_KINDS:
                later.kind, later.rule = Kind.FOOTER, f"after footer line {d.line.no} ({rule})"
        break
