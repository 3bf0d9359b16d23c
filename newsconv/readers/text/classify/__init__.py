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

The passes live in modules by concern: ``kinds`` (what a line can become), ``shapes`` (what one
line looks like), ``local`` (pass 1), ``page`` (what is known of every line before the article
is chosen), ``headline`` and ``body`` (pass 3), ``document`` (an official document's parts).
"""

from __future__ import annotations

import math
import re

from newsconv.readers.text.classify.body import body_from, body_start, closing_sentences, next_stop, prose_mass
from newsconv.readers.text.classify.document import (
    document_head,
    document_tail,
    head_part,
    mark_part,
    numbered_sections,
)
from newsconv.readers.text.classify.headline import (
    body_evidence,
    headline_rule,
    listed_above,
    may_be_headline,
    title_score,
)
from newsconv.readers.text.classify.kinds import BODY_KINDS, Choice, Decision, Kind
from newsconv.readers.text.classify.page import Page
from newsconv.readers.text.classify.shapes import (
    ACCOUNT_DATED_RULE,
    ACCOUNT_RULES,
    editors_only,
    english_line_over_byline,
    english_title_goes_on,
    is_credit_line,
    is_prose,
    is_record_field,
    is_title_shaped,
    may_join,
    names_a_document,
    title_goes_on,
    topic_terms,
    words,
)
from newsconv.readers.text.classify.tables import PastedTable
from newsconv.readers.text.lexicon import Lexicon
from newsconv.readers.text.lines import Line, Wrap, display_len, ends_sentence, is_mostly_cjk
from newsconv.readers.text.official import closing_kind, is_document_head, speaker

__all__ = ["ACCOUNT_DATED_RULE", "ACCOUNT_RULES", "BODY_KINDS", "Decision", "Kind", "classify", "is_credit_line", "is_prose",
           "is_title_shaped", "topic_terms", "words"]

_SECTION_NUMBER = re.compile(r"^\d{1,2}$")
# What a document's title may print on a line of its own under it: the years a plan covers, its
# year's revision, a draft's or trial's kind.
_TITLE_NOTE = re.compile(r"^[（(](?:(?:19|20)\d\d\s*[—–\-－~～至]{1,2}\s*(?:19|20)\d\d年?|(?:19|20)\d\d年?(?:修订|修正)?版?"
                         r"|试行|暂行|征求意见稿|修订稿|送审稿|草案)[)）]$")
# A Chinese title wrapped onto two lines: its first line ends with a word that cannot end one.
_OPEN_ENDING = tuple("及和与的对在为之并或以将把被向从关于")
_CANDIDATES = 400  # headline candidates measured at most (all of them on any real page)
_NOTICE_REACH = 40  # lines a notice may stand above the document it issues
_PAST_FOOTER = 2.5  # how much a headline candidate loses for standing past the lead article's footer


def choose(page: Page) -> Choice | None:
    """The title and body that together read most like an article.

    Each headline candidate scores its own evidence plus the (log) weight of the body under
    it. A candidate that stands past a footer barrier below the best-evidenced headline is
    marked down: the article comes before its comments and related lists.
    """
    known, stops = page.known, page.stops  # lines decided already, or footer barriers, are no headlines
    candidates = [i for i in range(len(page.lines)) if known[i] is None and not stops[i] and may_be_headline(page, i)]
    page.headline_lines = frozenset(candidates)  # (title_evidence asks again of each: answered once)
    if len(candidates) > _CANDIDATES:  # a huge input: measure the bodies of the likeliest headlines only
        candidates = sorted(sorted(candidates, key=lambda i: -title_score(page, i))[:_CANDIDATES])
    found: list[tuple[float, Choice]] = []
    for title in candidates:
        start = body_start(page, page.unit_last(title))
        if start is None:
            continue
        start, end, weight, boxes = body_from(page, start)
        if weight > 0:  # (a headline's own evidence is weighed only over a body: half the candidates have none)
            evidence = title_score(page, title) + sum(value for _, value in body_evidence(page, title, start, end))
            found.append((evidence, Choice(title, start, end, evidence + 2.5 * math.log2(1 + weight / 60), boxes)))
    if found and (lead_line := page.post_lead()) is not None and not any(
            choice.title <= lead_line for _, choice in found if choice.title is not None):
        start, end, weight, boxes = body_from(page, lead_line)  # (a microblog post with no headline over its text)
        if weight > 0:
            return Choice(None, start, end, 0.0, boxes)
    if not found:
        if page.headline_over_its_lead():  # (taken for a picture's alt text and caption)
            return choose(page)
        mass = prose_mass(page)
        return Choice(None, mass[0], mass[1], 0.0) if mass else None  # no headline: the page's real text
    lead = max(found, key=lambda ec: (ec[0], ec[1].score))[1]
    barrier = next_stop(page, lead.end + 1)
    best: Choice | None = None
    for _, choice in found:
        score = choice.score
        if barrier is not None and choice.title is not None and choice.title > barrier:
            score -= _PAST_FOOTER
        if best is None or score > best.score or (score == best.score and (choice.title or -1) > (best.title or -1)):
            best = Choice(choice.title, choice.start, choice.end, score, choice.boxes)
    return _issuing_notice(page, best, [choice for _, choice in found])


_ISSUES = re.compile(r"(?:印发|转发|发布|颁布)")


def _issuing_notice(page: Page, best: Choice | None, found: list[Choice]) -> Choice | None:
    """A notice that issues a document (``关于印发沁源县…考核办法的通知``) above the document it
    issues is the headline of both: the notice's text, issuer and date, then the document."""
    if best is None or best.title is None:
        return best
    if (below := _issued_below(page, best)) is not None:
        return below
    if (decree := _decree_above(page, best)) is not None:
        return decree
    issued = page.title_text(best.title).strip("《》 ")
    if not is_mostly_cjk(issued) or display_len(issued) < 6:
        return best
    for choice in found:
        if choice.title is None or not best.title - _NOTICE_REACH <= choice.title < best.title:
            continue
        text = _notice_text(page, choice.title)
        if _ISSUES.search(text) and issued in text.replace("《", "").replace("》", "") and text.endswith(("通知", "决定")):
            start = next((i for i in page.nonblank(page.unit_last(choice.title) + 1, best.title)
                          if page.prose[i] or is_document_head(page.lines[i].text)), choice.start)
            for i in page.nonblank(start, best.title):
                line = page.lines[i].text
                part = head_part(line) if i < choice.start else None
                if part is None and (closing := closing_kind(line)) in ("issuer", "date"):
                    part = closing
                if part is not None:
                    mark_part(page, i, part)
            return Choice(choice.title, min(start, choice.start), max(best.end, choice.end), best.score, best.boxes)
    return best


# A government's decree, which publishes a 规章 (``某某自治州人民政府令`` / ``第12号``), and the sentence
# that says it does (``《……办法》已经……审议通过，现予公布，自……起施行。``).
_DECREE = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:政府|委员会|办公厅|部|局)令$")
_PUBLISHES = re.compile(r"现予公布|予以公布|现予发布")


def _decree_above(page: Page, best: Choice) -> Choice | None:
    """A decree over the 规章 it publishes, both on the page: the decree's name is the headline, and
    its text, signer and date open the body, the 规章 after them."""
    assert best.title is not None
    issued = page.title_text(best.title).strip("《》 ")
    for i in page.nonblank(best.title - 1, best.title - _NOTICE_REACH, -1):
        if not _DECREE.match(page.lines[i].text):
            continue
        between = page.nonblank(i + 1, best.title)
        text = next((k for k in between if f"《{issued}》" in page.lines[k].text
                     and _PUBLISHES.search(page.lines[k].text)), None)
        if text is None:
            return None
        for k in page.nonblank(text + 1, best.title):
            line = page.lines[k].text
            if (part := closing_kind(line)) == "date":
                mark_part(page, k, part)
            elif speaker(line) is not None:
                mark_part(page, k, "issuer")  # ``州长　某某``: who signed it
        return Choice(i, text, best.end, best.score, best.boxes)
    return None


def _notice_text(page: Page, i: int) -> str:
    """The title line ``i`` is part of, as far as a notice's title goes: with the line under it
    when it does not end as a notice does, with the line over it when the issuing word is there
    (a notice's title broken over two lines)."""
    text = page.title_text(i)
    last = page.unit_last(i)
    if not text.endswith(("通知", "决定")) and last + 1 < len(page.lines) and page.known[last + 1] is None:
        text += page.lines[last + 1].text
    elif not _ISSUES.search(text) and i > 0 and page.known[i - 1] is None and not page.lines[i - 1].blank:
        text = page.lines[i - 1].text + text
    return text


def _issued_below(page: Page, best: Choice) -> Choice | None:
    """The notice chosen as the headline, and the document it issues printed under its text before
    the body found (``关于印发…管理办法的通知`` / its number / addressees / text / date / (此件主动公开)
    / ``…管理办法`` / 第一章…): the body starts with the notice's text."""
    assert best.title is not None
    notice = _notice_text(page, best.title).replace("《", "").replace("》", "")
    if not (_ISSUES.search(notice) and notice.endswith(("通知", "决定"))):
        return None
    between = page.nonblank(page.unit_last(best.title) + 1, best.start)
    if not any(display_len(t := page.lines[i].text.strip("《》 ")) >= 6 and t in notice and not page.prose[i]
               for i in between):
        return None
    start = next((i for i in between if page.prose[i] or is_document_head(page.lines[i].text)), None)
    if start is None:
        return None
    for i in page.nonblank(start, best.start):
        line = page.lines[i].text
        part = head_part(line) if page.known[i] is None or not page.prose[i] else None
        if part is None and (closing := closing_kind(line)) in ("issuer", "date", "note"):
            part = closing
        if part is not None:
            mark_part(page, i, part)
    return Choice(best.title, start, best.end, best.score, best.boxes)



def classify(lines: list[Line], lexicon: Lexicon,
             headlines: frozenset[str] = frozenset()) -> tuple[list[Decision], Wrap | None]:
    """One decision per line, and how the page was hard-wrapped (None when it was not);
    ``headlines`` are lines (white space folded) the page's markup names as its headline.

    A paste that leaves one blank line after every line (as some browsers and editors copy every
    block) says nothing with those blank lines: the page is read without them, so that a headline
    and its deck, a title broken in two and a table's rows stand together as on the page."""
    spacing = _spacing_blanks(lines)
    if not spacing:
        return _classify(lines, lexicon, headlines)
    decisions, wrap = _classify([line for i, line in enumerate(lines) if i not in spacing], lexicon, headlines)
    read = iter(decisions)
    return [Decision(line, Kind.BLANK, "blank line (the paste leaves one after every line)") if i in spacing
            else next(read) for i, line in enumerate(lines)], wrap


def _spacing_blanks(lines: list[Line]) -> frozenset[int]:
    """The single blank lines of a page that leaves one after nine lines of text in ten or more
    (ten lines of text at least); empty for any other page."""
    text = [i for i, line in enumerate(lines) if not line.blank]
    if len(text) < 10:
        return frozenset()
    single = [i + 1 for i in text
              if i + 1 < len(lines) and lines[i + 1].blank and (i + 2 >= len(lines) or not lines[i + 2].blank)]
    return frozenset(single) if len(single) >= 0.9 * len(text) else frozenset()


def _classify(lines: list[Line], lexicon: Lexicon, headlines: frozenset[str]) -> tuple[list[Decision], Wrap | None]:
    page = Page(lines, lexicon, headlines)
    lines = page.lines  # table rows without their button cells
    choice = choose(page)
    if choice is None:
        return _no_body(page), page.wrap
    title, start, end = choice.title, choice.start, choice.end
    start, end = numbered_sections(page, title, start, closing_sentences(page, end))
    start = document_head(page, title, start)
    end = document_tail(page, start, end)
    if title is not None:
        page.header_bylines(title, start)
    title_text = lines[title].text if title is not None else None
    quoted = _pull_quotes(page, start, end)
    decisions: list[Decision] = []
    for i, line in enumerate(lines):
        decided = page.known[i]
        if i == title:
            decisions.append(Decision(line, Kind.TITLE, headline_rule(page, title, choice)))
        elif title is not None and title < i <= page.unit_last(title):
            decisions.append(Decision(line, Kind.TITLE, "headline wrapped onto the next line"))
        elif decided is not None and decided.table is not None:
            if _inside(decided.table, choice, start, end):
                decisions.append(decided)
            else:
                kind = Kind.FOOTER if i > end else Kind.CHROME
                decisions.append(Decision(line, kind, "a row of a table outside the article's text"))
        elif decided is not None and start <= i <= end and _SECTION_NUMBER.match(line.text):
            decisions.append(Decision(line, Kind.PARAGRAPH, "section number inside the body"))
        elif decided is not None:
            decisions.append(decided)
        elif title_text is not None and line.text == title_text:
            decisions.append(Decision(line, Kind.CHROME, "repeats the title"))
        elif i < start:
            decisions.append(_before_body(line, title, i))
        elif i in quoted:
            decisions.append(Decision(line, Kind.CHROME, "a pull quote: a sentence of the text printed again"))
        elif choice.boxes and any(a <= i <= b for a, b in choice.boxes):
            decisions.append(Decision(line, Kind.CHROME, "a box inside the article (newsletter, related links)"))
        elif i <= end and page.listed.get(i) == "marker":
            decisions.append(Decision(line, Kind.LIST_ITEM, "one of three or more lines opening with a list marker"))
        elif i <= end:
            decisions.append(Decision(line, Kind.PARAGRAPH, "inside the body"))
        else:
            decisions.append(Decision(line, Kind.FOOTER, "after the body"))
    if title is not None:
        _join_wrapped_title(page, decisions, title)
    for i in range(end + 1, len(decisions)):
        if page.stops[i]:
            decisions[i].rule = f"footer begins: {page.stops[i]}"
            break
    return decisions, page.wrap



def _pull_quotes(page: Page, start: int, end: int) -> frozenset[int]:
    """Lines of the body that print again, alone, a sentence another paragraph of it holds (the
    page's pull quote, set large beside the text), quotation marks aside."""
    body = [i for i in page.nonblank(start, end + 1) if page.known[i] is None and page.prose[i]]
    if len(body) < 3:
        return frozenset()
    quotes = {i: q for i in body if 30 <= len(page.lines[i].text) <= 400
              and len(_SENTENCE_END.findall(q := _QUOTES.sub("", page.lines[i].text).rstrip(".,;!?。，；！？ "))) <= 1}
    if not quotes:  # (``…island.”`` printed ``…island,” he said``: the marks after it aside)
        return frozenset()
    texts = {k: _QUOTES.sub("", page.lines[k].text) for k in body}
    joined = "\n".join(texts.values())  # (a quote found twice in it is found beside itself: then looked at closely)
    found = frozenset(i for i, quote in quotes.items() if len(quote) >= 30 and joined.count(quote) >= 2
                      and any(k != i and len(text) > len(texts[i]) and quote in text for k, text in texts.items()))
    return found if len(found) <= 2 else frozenset()  # (more: the page prints its text twice, no pull quotes)


_QUOTES = re.compile(r"[“”\"'‘’「」]")
_SENTENCE_END = re.compile(r"[。！？]|[.!?](?=\s)")


def _inside(table: PastedTable, choice: Choice, start: int, end: int) -> bool:
    """Whether a whole table stands inside the article's body (and in no box within it)."""
    return start <= table.start and table.end <= end and not any(
        a <= table.end and table.start <= b for a, b in choice.boxes
    )


def _join_wrapped_title(page: Page, decisions: list[Decision], title: int) -> None:
    """A Chinese title printed on two or three lines is one title: ``全国人大常委会`` /
    ``关于批准……及`` / ``调整……的决议``. Lines join when the upper one ends on a word that cannot
    end a title, or the lower one opens the matter with 关于."""
    text = page.title_text(title)
    named = bool(page.markup_headlines) and " ".join(text.split()) in page.markup_headlines
    listed = title in page.continues and text in page.repeats  # (a list of titles prints it whole)
    # (the page's list of titles above prints the headline's line as a whole title: the line over it is its 引题)
    whole = is_mostly_cjk(text) and listed_above(page, title, text)
    top = title
    while (top - 1 >= 0 and title - top < 2 and not listed and not whole and _joins(decisions[top - 1], decisions[top])
           and not (named and decisions[top - 1].line.text.endswith(("——", "—")))  # (a 引题 over the markup's headline)
           and not _listed_with(decisions, top - 1, decisions[title].line.text)
           and page.list_lets_join(top - 1, decisions[top - 1].line.text, decisions[top].line.text)):
        # (``热点排行`` / a story / ``某某风景区``: the list's last item is no first half of the headline)
        top -= 1
    bottom = title
    while (bottom + 1 < len(decisions) and bottom - top < 2
           and (_joins(decisions[bottom], decisions[bottom + 1]) or _goes_on_over_byline(decisions, bottom))
           and not _doubled(decisions, bottom + 1)
           and not page.printed_alone(decisions[bottom].line.text, decisions[bottom + 1].line.text)):
        bottom += 1
    for i in range(top, bottom + 1):
        if i != title:
            decisions[i].kind, decisions[i].rule = Kind.TITLE, "headline printed on several lines"


def _listed_with(decisions: list[Decision], i: int, headline: str) -> bool:
    """Whether line ``i`` stands in a list of titles that prints the headline right over it
    (``本版标题导航`` / the headline / ``i`` / the headline itself): an item of the list, no first
    half of the headline."""
    above = [k for k in range(i - 1, max(i - 4, -1), -1) if decisions[k].kind is not Kind.BLANK][:2]
    return any(decisions[k].line.text == headline for k in above)


def _goes_on_over_byline(decisions: list[Decision], i: int) -> bool:
    """Whether the English headline on line ``i`` goes on with the next line, the byline under that."""
    return (i + 2 < len(decisions) and decisions[i + 1].kind in (Kind.CHROME, Kind.SUBTITLE)
            and english_line_over_byline(decisions[i].line.text, decisions[i + 1].line.text, decisions[i + 2].line.text))


def _doubled(decisions: list[Decision], i: int) -> bool:
    """Whether line ``i`` is printed again right under it: an avatar's alt text over the account's
    name (``某某财经笔记`` / ``某某财经笔记``), no piece of a headline."""
    return i + 1 < len(decisions) and decisions[i + 1].line.text == decisions[i].line.text


def _joins(upper: Decision, lower: Decision) -> bool:
    a, b = upper.line.text, lower.line.text
    if upper.kind not in (Kind.TITLE, Kind.CHROME) or lower.kind not in (Kind.TITLE, Kind.CHROME, Kind.SUBTITLE):
        return False
    if upper.kind is Kind.CHROME and upper.rule.startswith(("chrome.", "a prompt to download", "navigation")):
        return False  # (``搜索你想要的``, a search box's prompt the lexicon knows, ``某某 打开APP``, over the headline)
    if english_title_goes_on(a, b):
        return True  # ``Xiamen ferry routes add evening sailings`` / ``as summer tourist numbers peak``
    if _TITLE_NOTE.match(b) and is_mostly_cjk(a) and not ends_sentence(a) and display_len(a) >= 6:
        return True  # ``某某县县域商业体系建设规划`` / ``（2025—2030年）``: the plan's years or the draft's kind
    if not may_join(a, b) or display_len(a + b) > 80 or is_record_field(a):
        return False  # (a labelled field, "发布机构：…", ``公开方式 主动公开 文号 …``, is no piece of a headline)
    if title_goes_on(a, b):
        return True
    # (a line above ``关于…`` that is a document's whole title itself is one of a list of them)
    return ":" not in a and "：" not in a and (
        a.endswith(_OPEN_ENDING) or (b.startswith("关于") and "关于" not in a and not names_a_document(a)
                                     and closing_kind(a) == "issuer"  # (``微信公众平台`` over ``关于孩子的…``: no issuer)
                                     and not a.endswith(_GUIDE_ENDS)  # (``…“跨省通办”服务指南``: a title too)
                                     and not a.startswith("首页")))  # (``首页村务公开…`` over ``关于…``: a menu)


# How a guide's or a list's whole title ends (``某某登记服务指南``, ``办事须知``): no issuer over ``关于…``.
_GUIDE_ENDS = ("指南", "须知", "清单", "名录", "一览表", "流程", "问答")


def _before_body(line: Line, title: int | None, i: int) -> Decision:
    if title is not None and i > title:
        if is_prose(line.text):
            return Decision(line, Kind.SUBTITLE, "prose between the title and the body: a deck or summary")
        return Decision(line, Kind.CHROME, "between the title and the body")
    return Decision(line, Kind.CHROME, "above the title")


def _no_body(page: Page) -> list[Decision]:
    """A page with no prose at all: the first title-shaped line is the title, the rest paragraphs
    (up to an editor's sign-off)."""
    decisions: list[Decision] = []
    titled = signed = False
    for line, decided in zip(page.lines, page.known):
        if signed and decided is None:
            decisions.append(Decision(line, Kind.FOOTER, "after the editor's sign-off (no prose found)"))
        elif decided is not None:
            # (an editor's sign-off ends the text: what follows is the page's, ``图解推荐`` and its list)
            signed = signed or (titled and decided.kind is Kind.META and editors_only(line.text))
            decisions.append(decided)
        elif not titled and is_title_shaped(line.text):
            titled = True
            decisions.append(Decision(line, Kind.TITLE, "first title-shaped line (no prose found)"))
        else:
            decisions.append(Decision(line, Kind.PARAGRAPH, "no prose found: kept as text"))
    return decisions
