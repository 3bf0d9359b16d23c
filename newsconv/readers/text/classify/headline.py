"""The headline's own evidence: credits under it, printed twice, its length; and what speaks
against it (a deck under a headline, a sentence, a row of menu items)."""

from __future__ import annotations

from newsconv.readers.text.classify.kinds import Choice, Kind
from newsconv.readers.text.classify.page import Page
from newsconv.readers.text.classify.shapes import (
    SENTENCE_PERIOD,
    is_title_shaped,
    length_evidence,
    topic_evidence,
    words,
)
from newsconv.readers.text.lines import display_len, is_mostly_cjk


def title_evidence(page: Page, i: int) -> list[tuple[str, float]] | None:
    """What speaks for and against line ``i`` (with the lines a hard wrap carried it onto)
    being the headline, or None when it cannot be."""
    if page.known[i] is not None or page.stops[i] or (i - 1) in page.continues:
        return None
    if i not in page.continues and not is_title_shaped(page.lines[i].text):
        return None  # the common case, decided without joining anything
    if page.unit_last(i) - i >= 2:
        return None  # three wrapped lines or more: a paragraph
    text = page.title_text(i)
    if not is_title_shaped(text):
        return None
    evidence: list[tuple[str, float]] = []
    if credits := credits_under(page, i):
        evidence.append(("credits under it", credits))
    if page.repeats[text] == 2:
        # printed twice: as the page heading and again (share text, <h1>); three times is a label
        evidence.append(("printed twice", 2.0))
    if page.prose[i]:
        evidence.append(("reads as prose", -1.5))
    evidence.append(("length", length_evidence(text)))
    tokens = text.split()
    if is_mostly_cjk(text) and len(tokens) >= 3 and all(display_len(t) <= 4 for t in tokens):
        evidence.append(("a row of menu items", -4.0))  # 首页 新闻 体育
    if not is_mostly_cjk(text) and SENTENCE_PERIOD.search(text):
        evidence.append(("ends with a full stop: a sentence (deck, caption)", -2.5))
    if under_headline(page, i):
        evidence.append(("right under a headline-like line: a deck", -2.0))
    return [(reason, value) for reason, value in evidence if value]


def title_score(page: Page, i: int) -> float | None:
    evidence = title_evidence(page, i)
    return None if evidence is None else sum(value for _, value in evidence)


def headline_rule(page: Page, title: int, choice: Choice) -> str:
    """What made line ``title`` the headline, for ``--explain``: its evidence, the names it
    shares with the body's opening, and the body under it."""
    evidence = list(title_evidence(page, title) or [])
    topic = topic_evidence(page.title_text(title), page.opening_terms(choice.start, choice.end))
    if topic:
        evidence.append(("names what the body is about", topic))
    reasons = ", ".join(f"{reason} {value:+.1f}" for reason, value in evidence)
    return f"headline: {reasons or 'title-shaped'}; body under it: lines {choice.start + 1}-{choice.end + 1}"


def credits_under(page: Page, i: int) -> float:
    """Credits right under a line mark it as the title; less so with other lines between."""
    text = page.lines[i].text
    between = 0.0  # what stands between the line and the credits under it
    for j in page.following(page.unit_last(i), 8):
        kind = page.kind(j)
        if kind is Kind.META:
            return max(4 - between, 0)
        if kind is not None:
            continue  # share buttons, photo credits
        other = page.lines[j].text
        if other == text:
            continue
        if page.prose[j]:
            between += 1.0  # a deck may stand between the title and the byline
        elif is_title_shaped(other):
            between += 1.0  # another title-like line stands closer to the credits
        else:
            between += 0.5
        if between >= 3:
            break
    return 0.0


def under_headline(page: Page, i: int) -> bool:
    """Whether a longer headline-like line stands just above line ``i`` with nothing but page
    furniture between: then ``i`` is the deck under that headline (a kicker above is shorter)."""
    for j in page.nonblank(i - 1, i - 4, -1)[:3]:
        decided = page.known[j]
        if decided is not None:
            if decided.kind in (Kind.META, Kind.BREADCRUMB) or page.stops[j]:
                return False
            continue
        above = page.lines[j].text
        if page.prose[j] or not is_title_shaped(above) or above == page.lines[i].text:
            return False
        size = display_len(above) >= 8 if is_mostly_cjk(above) else words(above) >= 4
        return size and not SENTENCE_PERIOD.search(above) and not in_link_run(page, j)
    return False


def in_link_run(page: Page, j: int) -> bool:
    """Whether line ``j`` follows another short headline-like line: one of a list of links."""
    for k in page.nonblank(j - 1, j - 2, -1):
        return page.known[k] is None and not page.prose[k] and is_title_shaped(page.lines[k].text)
    return False

# -- the body that follows a title
