"""The body under a headline: where it opens after the header zone, where its running weight
ends it, boxes inside it stepped over; and the page's prose mass when no headline is found."""

from __future__ import annotations

import re

from newsconv.readers.text.bylines import trailing_byline
from newsconv.readers.text.classify.headline import alt_over_caption
from newsconv.readers.text.classify.kinds import Kind
from newsconv.readers.text.classify.local import WHOLE_CAPTION_RULE
from newsconv.readers.text.classify.page import COMMENT_STAMP_RULE, COMMENTS_RULE, Page, StartIndex
from newsconv.readers.text.classify.shapes import NUMBERED, editors_only
from newsconv.readers.text.dates import find_date
from newsconv.readers.text.lines import display_len, ends_sentence, is_mostly_cjk

_HEADER_WINDOW = 16  # non-blank lines after a title searched for the body's start
_HEADER_SCAN = 200  # lines after a title looked at, at most, for the body's start
_LEAD_IN = 120  # a body lighter than this before a footer barrier may be only a lead-in
_BOX_LINES = 8  # lines a box inside an article may take (a newsletter prompt, related links)
_CLOSING_LINES = 3  # short sentences taken in after the body
# What a post tells its readers under the text, an emoji before it at most: where and when to go.
_PRACTICAL = re.compile(r"^\W{0,2}(?:地址|开放时间|营业时间|门票|票价|联系电话|咨询电话|预约方式|交通指南)[:：]")


def starts_body(page: Page, i: int) -> bool:
    """A prose line (or a list) that opens the body: not a headline or deck over a byline, not
    a caption."""
    if page.known[i] is not None or not (page.prose[i] or i in page.listed):
        return False
    ahead = page.following(i, 2)
    if not ahead:
        return True
    following = page.known[ahead[0]]
    glued_to_next = ahead[0] == i + 1
    if _byline_after_lead(page, i, ahead):
        return True
    if following is not None and not page.stops[ahead[0]] and (
        (following.kind is Kind.META and not editors_only(page.lines[ahead[0]].text))
        or (following.kind is Kind.CAPTION and glued_to_next and not is_mostly_cjk(page.lines[i].text)
            and (following.rule != WHOLE_CAPTION_RULE or alt_over_caption(page, i)))
    ):
        # a deck over a byline (an editor's sign-off follows the text), or a caption over its photo credit or a
        # picture's alt text over its caption (not a first paragraph over a whole caption, its credit at its end)
        return False
    if any(page._dated_meta(j) for j in ahead) or byline_below(page, i):
        return False  # a headline or deck with its byline or date under it
    glued = i + 1 < len(page.lines) and not page.lines[i + 1].blank and i not in page.listed
    if page.blank_separated and glued and (following is not None or not page.prose[ahead[0]]):
        return False  # the page separates paragraphs by blank lines; this one is glued to chrome
    return True


def _byline_after_lead(page: Page, i: int, ahead: list[int]) -> bool:
    """Whether prose line ``i`` stands between the page's dated credit line and a byline of people
    alone, more prose under it: the story's first paragraph, its writers printed after it
    (``发布时间：… 来源：…`` / ``为进一步…，4月19日，…`` / ``通讯员　某某　某某`` / ``活动现场，…``)."""
    if len(ahead) != 2 or page.kind(ahead[0]) is not Kind.META:
        return False
    above = page.nonblank(i - 1, i - 3, -1)
    return (bool(above) and page._dated_meta(above[0]) and not page._dated_meta(ahead[0])
            and page.known[ahead[1]] is None and page.prose[ahead[1]] and find_date(page.lines[i].text) is not None)


def byline_below(page: Page, i: int) -> bool:
    """A credit line within the next three lines, with no prose between."""
    for j in page.following(i, 3):
        if page.kind(j) is Kind.META and not page.stops[j] and not editors_only(page.lines[j].text):
            return True  # (an editor's sign-off under the text is no byline)
        if page.known[j] is None and page.prose[j]:
            return False
    return False


def followed_by_prose(page: Page, i: int) -> bool:
    ahead = page.following(i, 1)
    return bool(ahead) and page.known[ahead[0]] is None and page.prose[ahead[0]]


def body_start(page: Page, after: int) -> int | None:
    """The first line after ``after`` that opens a body, skipping the header zone: at most
    ``_HEADER_WINDOW`` undecided lines and ``_HEADER_SCAN`` lines in all; past a footer barrier (a
    "Most popular" box, whose lines look like prose too) only prose followed by more prose opens it."""
    i = page.next_nb[after + 1] if after + 1 <= len(page.lines) else len(page.lines)
    if i >= len(page.lines):
        return None
    index = _start_index(page)
    j = index.opener[i]
    if index.barrier[i] < j:
        return _body_start_past_barrier(page, index, i)
    if j >= len(page.lines) or index.undecided[j] - index.undecided[i] > _HEADER_WINDOW:
        return None
    return j if index.nonblank[j + 1] - index.nonblank[i] <= _HEADER_SCAN else None


def _opens(page: Page, i: int) -> bool:
    """Whether line ``i`` may open a body: prose that reads as a body's start, or a numbered
    section heading over prose (第一章 总则, 一、总体要求)."""
    if starts_body(page, i):
        return True
    return page.known[i] is None and bool(NUMBERED.match(page.lines[i].text)) and followed_by_prose(page, i)


def _start_index(page: Page) -> StartIndex:
    if page.start_index is None:
        n = len(page.lines)
        opener, barrier = [n] * (n + 1), [n] * (n + 1)
        undecided, nonblank = [0] * (n + 1), [0] * (n + 1)
        opens = [False] * n
        for i in range(n):
            counted = not page.lines[i].blank and not page.stops[i]
            opens[i] = counted and _opens(page, i)
            undecided[i + 1] = undecided[i] + (counted and not opens[i] and page.known[i] is None)
            nonblank[i + 1] = nonblank[i] + (not page.lines[i].blank)
        for i in range(n - 1, -1, -1):
            opener[i] = i if opens[i] else opener[i + 1]
            barrier[i] = i if page.stops[i] else barrier[i + 1]
        page.start_index = StartIndex(opener, opens, barrier, undecided, nonblank)
    return page.start_index


def _body_start_past_barrier(page: Page, index: StartIndex, i: int) -> int | None:
    """``body_start`` line by line, for the rare walk that meets a footer barrier (a line the index
    says opens nothing is no start)."""
    undecided = scanned = 0
    boxed = False
    while i < len(page.lines) and scanned < _HEADER_SCAN:
        scanned += 1
        if page.stops[i]:
            boxed = True
        elif index.opens[i] and starts_body(page, i) and (not boxed or followed_by_prose(page, i)):
            return i
        elif (index.opens[i] and page.known[i] is None and NUMBERED.match(page.lines[i].text)
              and followed_by_prose(page, i)):
            return i
        elif page.known[i] is None:
            undecided += 1  # chrome and credits do not count: share rows can be long
            if undecided > _HEADER_WINDOW:
                return None
        i = page.next_nb[i + 1]
    return None


def body_from(page: Page, start: int) -> tuple[int, int, int, tuple[tuple[int, int], ...]]:
    """(start, last line, weight, boxes) of the body that starts at ``start``.

    The body ends where its running weight is greatest, never past a footer barrier. A barrier
    met before the body has weight (a "相关新闻" box under the lead-in) is stepped over: the
    body starts again after it, unless two paragraphs stand over the box (then it is crossed as a
    box inside the story). A barrier in mid-article (a newsletter or related box) is
    crossed when at least two paragraphs of prose follow the box; the box itself (``boxes``)
    is left out. The head of a comments section is never crossed.
    """
    end = page.best_end[start]
    weight = page.running[end + 1] - page.running[start]
    barrier = next_stop(page, end + 1)
    boxes: list[tuple[int, int]] = []
    if weight < _LEAD_IN and barrier is not None:
        again = body_start(page, barrier)
        if again is not None:
            later = page.best_end[again]
            later_weight = page.running[later + 1] - page.running[again]
            # (two paragraphs over the box are the story's own: the box is crossed as any box inside it)
            if later_weight > 2 * weight and (_paragraphs(page, start, end) < 2 or after_box(page, barrier) != again):
                start, end, weight = again, later, later_weight
                barrier = next_stop(page, end + 1)
    while (barrier is not None and page.stops[barrier] not in (COMMENTS_RULE, COMMENT_STAMP_RULE)  # comments end it
           and (resume := after_box(page, barrier)) is not None):
        later = page.best_end[resume]
        later_weight = page.running[later + 1] - page.running[resume]
        box_size = len(page.nonblank(end + 1, resume))
        needed = 60 if box_size <= 2 else max(200, weight // 2)
        if later_weight < needed:
            break  # what follows the box is too slight to be more of the article
        boxes.append((end + 1, resume - 1))
        end, weight = later, weight + later_weight
        barrier = next_stop(page, end + 1)
    return start, end, weight, tuple(boxes)


def _paragraphs(page: Page, start: int, end: int) -> int:
    """How many paragraphs of prose stand from ``start`` to ``end`` (a hard-wrapped one counts once)."""
    return sum(1 for i in page.nonblank(start, end + 1) if page.prose[i] and i - 1 not in page.continues)


def next_stop(page: Page, i: int) -> int | None:
    """The barrier right after a body's end, if the body ended at one."""
    j = page.next_nb[i] if i <= len(page.lines) else len(page.lines)
    for _ in range(3):
        if j >= len(page.lines):
            return None
        if page.stops[j]:
            return j
        j = page.next_nb[j + 1]
    return None


def after_box(page: Page, barrier: int) -> int | None:
    """Where the article resumes after a short box that opens at ``barrier``: the first of two
    prose paragraphs in a row within a few lines, or None."""
    for i in page.following(barrier, _BOX_LINES):
        if page.known[i] is None and page.prose[i] and not page.stops[i]:
            nxt = page.following(i, 1)
            if nxt and page.known[nxt[0]] is None and page.prose[nxt[0]] and not page.stops[nxt[0]]:
                return i
    return None


def prose_mass(page: Page) -> tuple[int, int, int] | None:
    """(start, end, weight) of the heaviest stretch of the page, barriers respected."""
    best, best_range = 0, None
    run, run_start = 0, 0
    for i, w in enumerate(page.weights):
        if page.stops[i]:
            run = 0
            continue
        if page.lines[i].blank:
            continue
        if run <= 0:
            run, run_start = w, i
        else:
            run += w
        if run > best:
            best, best_range = run, (run_start, i, run)
    return best_range


def _closes_text(text: str) -> bool:
    """Whether a short line right after the body ends the text it follows: a sentence, one closed by
    its byline (``会议还研究了其他事项。（记者 孙晓燕）``), a post's last words to its readers
    (``你们去过了吗？评论区聊聊~``), where and when to go (``📍地址：…``, ``⏰开放时间：…``)."""
    if ends_sentence(text) or _PRACTICAL.match(text):
        return True
    if text.endswith(("~", "～")) and any(mark in text for mark in "。？！"):
        return True
    return bool((closed := trailing_byline(text)) and ends_sentence(closed[0]))


def closing_sentences(page: Page, end: int) -> int:
    """Where the body ends once short sentences right after it are taken in (``特此通知。``, ``He
    was 82.``, one closed by its byline): too short to weigh as prose, they end the text they follow. Page furniture, a
    footer barrier or a line that is not a sentence stops it."""
    for _ in range(_CLOSING_LINES):
        ahead = page.following(end, 1)
        if not ahead or ahead[0] - end > 2:
            break  # more than one blank line between: not the same text
        j = ahead[0]
        text = page.lines[j].text
        if page.known[j] is not None or page.stops[j] or display_len(text) < 3:
            break
        if not _closes_text(text):
            break
        end = j
    return end
