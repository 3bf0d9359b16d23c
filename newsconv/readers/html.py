"""HTML reader: pages saved from a browser, and newsconv's own HTML.

A saved page is turned into the text a browser would copy from it (its ``innerText``: the
body's visible text, a line per block, a blank line around paragraphs, table cells apart),
which is exactly what the raw-text reader was built for; the page's own metadata (Open Graph
and article tags, ``<time>``) then fills in what the text does not say. newsconv's own HTML
(``<meta name="generator" content="newsconv …">``) is read back structurally instead.

lxml parses (it is python-docx's own parser too); nothing here fetches anything.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from newsconv.errors import InputError
from newsconv.model import (
    WRITER_ROLES,
    Attachment,
    Block,
    Document,
    Emph,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Meta,
    Official,
    Paragraph,
    Person,
    Quote,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Table,
    Text,
    inline_text,
    language_tag,
    merge_text,
    parse_published,
)
from newsconv.readers import ReadOptions
from newsconv.readers.decode import decode

_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def _declared_codec(data: bytes) -> str | None:
    """The text codec a page's ``<meta charset>`` names, as the HTML standard reads it: a
    declared UTF-16 or UTF-32 means UTF-8 (the bytes of the declaration itself were ASCII),
    x-user-defined means windows-1252, and a name that is no text encoding is ignored."""
    declared = _CHARSET.search(data[:4096])
    if not declared:
        return None
    name = declared.group(1).decode("ascii", "replace").lower()
    name = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "x-user-defined": "windows-1252"}.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # rot13, zlib, "undefined" and other codecs that are not charsets
    return "utf-8" if info.name.startswith(("utf-16", "utf-32")) else info.name


def _single_byte(codec: str) -> bool:
    """A one-byte Latin charset: any bytes decode in it, so valid UTF-8 with multi-byte characters
    in it is far likelier UTF-8 mislabelled (a page re-saved as UTF-8 keeps its old declaration)."""
    return codec.startswith(("iso8859", "latin", "cp125", "windows-125", "ascii", "mac-roman"))


def decode_html(data: bytes | str, opts: ReadOptions) -> str:
    """The page's text: ``--encoding``, else a byte-order mark, else the charset the page
    declares when the bytes really are in it, else newsconv's detection (pages often declare
    one charset and use another)."""
    if isinstance(data, str):
        return data
    if opts.encoding is None and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = _declared_codec(data)
        if codec is not None and _single_byte(codec) and not data.isascii():
            try:
                return data.decode("utf-8")  # UTF-8 saved under an old Latin declaration ("Kosovoâs")
            except UnicodeDecodeError:
                pass
        if codec is not None:
            try:
                return data.decode(codec)
            except (UnicodeError, ValueError):
                pass  # declared wrongly: detect instead
    return decode(data, encoding=opts.encoding, source=opts.source)


def _tree(text: str, source: str | None) -> Any:
    import lxml.html
    from lxml.etree import ParserError

    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an encoding declaration
    # a stray </body> or </html> (pages pasted together from fragments) ends libxml2's parse,
    # while browsers go on reading what follows into the body: drop them, as browsers do
    text = _END_TAGS.sub("", text)
    try:
        return lxml.html.document_fromstring(text)
    except (ParserError, ValueError) as exc:
        raise InputError(f"not readable as HTML ({exc}); check that this is a saved web page", path=source) from None


_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def page_text(data: bytes | str, opts: ReadOptions) -> str:
    """The page's decoded text without the characters no XML tree may hold (lxml refuses them;
    a browser drops them or shows a box)."""
    return _NOT_IN_XML.sub("", decode_html(data, opts).replace("\x0c", " "))


def read_html(data: bytes | str, opts: ReadOptions) -> Document:
    text = page_text(data, opts)
    if not text.strip():
        raise InputError("is empty (no text, or only white space); nothing to convert", path=opts.source)
    root = _tree(text, opts.source)
    generator = root.xpath("string(//meta[@name='generator']/@content)")
    if generator.startswith("newsconv"):
        return _read_own(root, opts)
    return _read_page(root, opts, text)


# ---------------------------------------------------------------------------- pages from the web

# Elements a browser does not render as text.
_SKIP = frozenset({
    "head", "title", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "video", "audio", "map", "input", "textarea", "select", "option", "datalist", "meta", "link", "base",
})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "frameset", "noframes",
})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CSS_SPACE = re.compile(r"[ \t\n\r\f]+")


def _hidden(element: Any) -> bool:
    if element.get("hidden") is not None or (element.get("aria-hidden") == "true" and element.tag in ("span", "i")):
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def inner_text(root: Any) -> str:
    """The text a browser's select-all and copy gives for a page (after the HTML standard's
    ``innerText``): rendered text only, one line per block, a blank line around paragraphs,
    table cells separated by tabs, white space collapsed except in ``<pre>``."""
    return rendered_text(root)[0]


# Displays that lay an element out as a block (a line of its own in the copied text), and those that
# make its children blocks: a flex or grid container's items are blockified.
_BLOCK_DISPLAYS = frozenset({"block", "flex", "grid", "list-item", "table", "flow-root"})
_INLINE_DISPLAYS = frozenset({"inline", "inline-block", "inline-flex", "inline-grid", "inline-table", "contents"})
_CONTAINER_DISPLAYS = frozenset({"flex", "grid", "inline-flex", "inline-grid"})
_STYLE_RULES = 3000  # display rules read from a page's style sheets at most


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_BRACE = re.compile(r"[{}]")
_DISPLAY_DECLARATION = re.compile(r"(?:^|;)\s*display\s*:\s*([a-z-]+)", re.IGNORECASE)
_AT_STATEMENTS = re.compile(r"^(?:\s*@[^{};]*;)+")
_CLASS_OR_ID = re.compile(r"([.#])(-?[_a-zA-Z][\w-]*)")


def _display_rules(css: str) -> list[tuple[str, str]]:
    """The selector lists and ``display`` values of a style sheet's rules that set one, in the
    sheet's order; rules inside an at-rule (``@media``, ``@supports``) are left out."""
    rules: list[tuple[str, str]] = []
    depth, start, opened = 0, 0, 0
    for brace in _CSS_BRACE.finditer(css):
        if brace.group() == "{":
            if depth == 0:
                opened = brace.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                # (after the at-rule statements before it: ``@charset "utf-8"; .info``, ``@import url(a.css); .info``;
                # a stray ``;`` before a selector spoils the rule, as in a browser)
                prelude, body = _AT_STATEMENTS.sub("", css[start:opened]).strip(), css[opened + 1 : brace.start()]
                if not prelude.startswith("@") and "display" in body and (values := _DISPLAY_DECLARATION.findall(body)):
                    rules.append((prelude, values[-1].lower()))
                start = brace.end()
    return rules


def style_displays(root: Any) -> dict[Any, str]:
    """The ``display`` the page's own style sheets (its ``<style>`` elements) give its elements:
    rules in the order of their selectors' specificity, then of the sheet; a rule inside an at-rule
    (``@media``) and a selector cssselect cannot turn into XPath (``:hover``, ``::before``) are left
    out, and so is one naming a class or an id no element of the page has. Saved pages lay their info
    bars and post cards out with flex boxes: a browser copies each item on a line of its own, and so
    must the reader."""
    sheets = [style.text for style in root.iter("style") if style.text and "display" in style.text]
    if not sheets:
        return {}
    from cssselect import HTMLTranslator, SelectorError, parse
    from lxml.etree import XPathError

    names = {"#": set(root.xpath("//@id")), ".": {c for v in root.xpath("//@class") for c in v.split()}}
    translator = HTMLTranslator()
    found: list[tuple[tuple[int, int, int], int, str, str]] = []
    for prelude, display in _display_rules(_CSS_COMMENT.sub("", "\n".join(sheets))):
        for text in prelude.split(","):
            if ":not(" not in text and any(name not in names[mark] for mark, name in _CLASS_OR_ID.findall(text)):
                continue  # (the page has no such element: the common case on a site-wide sheet)
            try:
                for selector in parse(text):
                    if selector.pseudo_element is None:
                        xpath = translator.selector_to_xpath(selector)
                        found.append((selector.specificity(), len(found), display, xpath))
            except SelectorError:
                continue  # (``a:hover``, ``*:nth-of-type()``: what cssselect cannot express)
        if len(found) >= _STYLE_RULES:
            break
    displays: dict[Any, str] = {}
    for _, _, display, xpath in sorted(found):
        try:
            elements = root.xpath(xpath)
        except XPathError:
            continue  # (an XPath lxml cannot run sets nothing)
        for element in elements:
            displays[element] = display
    return displays


def rendered_text(root: Any) -> tuple[str, list[float]]:
    """``inner_text``, and for each of its lines the share of its characters inside links."""
    body = root.find("body")
    items: list[tuple[str, bool] | int] = []
    displays = style_displays(root)

    def walk(element: Any, pre: bool, link: bool, blockified: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP or not tag or _hidden(element):
            return
        display = displays.get(element)
        if display == "none":
            return
        pre = pre or tag in ("pre", "textarea", "listing", "plaintext")
        link = link or (tag == "a" and element.get("href") is not None)
        if tag == "br":
            items.append(("\n", link))
            return
        if tag in ("td", "th") and element.getprevious() is not None:
            items.append(("\t", link))
        gap = 2 if tag == "p" else 1 if tag in _BLOCK else 0
        if display in _BLOCK_DISPLAYS or blockified:
            gap = gap or 1
        elif display in _INLINE_DISPLAYS:
            gap = 0
        if gap:
            items.append(gap)
        if element.text:
            items.append((element.text if pre else _CSS_SPACE.sub(" ", element.text), link))
        container = display in _CONTAINER_DISPLAYS
        for child in element:
            walk(child, pre, link, container)
            if child.tail:
                items.append((child.tail if pre else _CSS_SPACE.sub(" ", child.tail), link))
        if gap:
            items.append(gap)
        elif tag == "tr":
            items.append(1)

    walk(body if body is not None else root, False, False)
    out: list[tuple[str, bool]] = []
    pending = 0
    for item in items:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        text, link = item
        if (pending or not out) and not text.strip(" "):
            continue  # collapsible white space at a line break, or before any text
        if not out:
            text = text.lstrip(" ")
            if not text:
                continue
        if pending and out:
            while out and out[-1][0].endswith(" "):  # a space before a line break is not rendered
                out[-1] = (out[-1][0].rstrip(" "), out[-1][1])
            out.append(("\n" * pending, False))
            text = text.lstrip(" ")
        elif out and out[-1][0].endswith((" ", "\n")) and text.startswith(" "):
            text = text.lstrip(" ")
        pending = 0
        if text:
            out.append((text, link))
    full = "".join(t for t, _ in out)
    flags = [link for text, link in out for _ in text]
    stripped = full.strip("\n ")
    begin = len(full) - len(full.lstrip("\n "))
    shares: list[float] = []
    position = begin
    for line in stripped.split("\n"):
        marks = [flag for char, flag in zip(line, flags[position:position + len(line)], strict=True)
                 if not char.isspace()]
        shares.append(sum(marks) / len(marks) if marks else 0.0)
        position += len(line) + 1
    return stripped, shares


def _meta(root: Any, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            value = root.xpath(f"string(//meta[@{attr}='{name}']/@content)").strip()
            if value:
                return value
    return ""


def page_hints(root: Any) -> dict[str, str]:
    """What a page says of itself in its markup: headline, date, author, site, language, url."""
    time_value = root.xpath("string((//article//time[@datetime] | //time[@datetime])[1]/@datetime)").strip()
    return {
        "title": _meta(root, "og:title", "twitter:title", "headline"),
        "date": _meta(root, "article:published_time", "datePublished", "pubdate", "publishdate", "PubDate",
                      "og:article:published_time", "publish-date", "dcterms.date", "DC.date.issued") or time_value,
        "author": _meta(root, "author", "article:author", "byline", "dc.creator", "DC.creator"),
        "site": _meta(root, "og:site_name", "application-name"),
        "lang": (root.get("lang") or _meta(root, "og:locale")).split("-")[0].split("_")[0].lower(),
        "url": root.xpath("string(//link[@rel='canonical']/@href)").strip() or _meta(root, "og:url"),
    }


_FOLD = re.compile(r"\s+")


def main_content(html: str) -> str:
    """The text of the page's main content as readability finds it (a line per block), or ""."""
    import logging

    from readability import Document as Readability

    # readability logs every page it gives up on, traceback and all; that is not the clerk's news
    logging.getLogger("readability.readability").addHandler(logging.NullHandler())
    logging.getLogger("readability.readability").propagate = False
    try:
        summary = Readability(html).summary(html_partial=True)
    except Exception:  # noqa: BLE001 - readability gives up on odd pages; the text reader still reads them
        return ""
    return inner_text(_tree(summary, None))


_RESUMED_PROSE = 600  # characters of main content after a box inside the article that resume it


class MainContentHint:
    """What readability says is the article, applied to the raw-text reader's line decisions:
    where the two mostly agree, lines inside the main content that the reader took for page
    furniture (short list items, link-like lines) go back to the body, and body lines outside it
    (a box of teasers the text looked like prose) leave it."""

    def __init__(self, main_text: str, link_share: list[float] | None = None) -> None:
        self.link_share = link_share or []
        self.lines = {_FOLD.sub(" ", line).strip() for line in main_text.splitlines()}
        self.lines.discard("")
        self.flat = "\n".join(sorted(self.lines))
        self.size = sum(len(line) for line in self.lines)

    def inside(self, text: str) -> bool:
        folded = _FOLD.sub(" ", text).strip()
        return folded in self.lines or (len(folded) >= 12 and folded in self.flat)

    def __call__(self, decisions: list[Any]) -> None:
        from newsconv.readers.text.classify import BODY_KINDS, Kind

        if self.size < 200:
            return
        inside = [self.inside(d.line.text) if d.line.text else False for d in decisions]
        body = sum(len(d.line.text) for d in decisions if d.kind in BODY_KINDS)
        agreed = sum(len(d.line.text) for d, flag in zip(decisions, inside, strict=True)
                     if flag and d.kind in BODY_KINDS)
        if body == 0 or agreed < 0.6 * min(body, self.size):
            return  # the reader and readability disagree about where the article is: trust the text
        titled = False
        attached = False  # the main content runs on, unbroken, from the body the reader found
        run: list[Any] = []  # lines the reader put after the article's end that the main content holds
        run_attached = False  # whether that run follows the body without a break
        for d, flag in zip(decisions, inside, strict=True):
            if d.kind is Kind.TITLE:
                titled = True
            if not d.line.text:
                continue
            linked = self._linked(d.line.no)
            if flag and titled and d.kind is Kind.FOOTER and d.rule == "after the body":
                if not run:
                    run_attached = attached
                run.append(d)
                continue
            self._restore(run, run_attached)
            run = []
            if not flag and linked and d.kind in BODY_KINDS and d.kind is not Kind.CONTINUATION:
                d.kind, d.rule = Kind.CHROME, f"a link outside the page's main content (HTML); text said: {d.kind.value}"
            if d.kind in BODY_KINDS:
                attached = flag
            elif (not flag or d.kind in (Kind.FOOTER, Kind.RELATED, Kind.META)
                  or d.rule.startswith("footer begins")):
                # (a footer's or a list's label, ``相关新闻``, ``责任编辑：``, a sign-off ``编辑｜… 审核｜…``:
                # the article ended)
                attached = False
        self._restore(run, run_attached)

    @staticmethod
    def _restore(run: list[Any], attached: bool) -> None:
        """Give back to the body a run of lines the text reader thought came after the article,
        when the main content carries on through them: four lines or more (a list the article
        goes on with; one or two lines there are a sign-off or a promotion). After a break (a box
        of related links set inside the article), only a run with the prose of a few paragraphs:
        the main content resumes there."""
        from newsconv.readers.text.classify import Kind

        if len(run) < 4 or (not attached and sum(len(d.line.text) for d in run) < _RESUMED_PROSE):
            return
        if _RELATED_LABEL.match(run[0].line.text.strip()):
            return  # (``相关链接：`` and its list: other stories, though the main content holds them)
        for d in run:
            d.kind, d.rule = Kind.PARAGRAPH, "inside the page's main content (HTML); text said: after the body"

    def _linked(self, number: int) -> bool:
        """Whether line ``number`` (1-based) is mostly link text."""
        return 0 < number <= len(self.link_share) and self.link_share[number - 1] >= 0.5


# A label over a list of other stories: ``相关链接：``, ``相关新闻``, ``更多阅读``.
_RELATED_LABEL = re.compile(r"^(?:相关|更多|延伸|推荐)[\u4e00-\u9fff]{0,6}[:：]?$")


def _title_hint(root: Any, og_title: str) -> str | None:
    """The page's headline as its markup gives it: the <h1> that the Open Graph title repeats,
    else the Open Graph title (used only where it is also a line of the page's text)."""
    headings = [" ".join(h.text_content().split()) for h in root.iter("h1") if not _hidden(h)]
    headings = [h for h in headings if len(h) >= 4]
    og = " ".join(og_title.split())
    for heading in headings:
        if og and (heading == og or og.startswith(heading)):
            return heading
    return og or None  # a lone <h1> is as often the site's name as the headline


# What pages put between a headline and the site's name in <title>: "Headline | Site",
# "Site - Section - Headline", "标题_新浪新闻", "标题--某某网".
_TITLE_SEPARATORS = frozenset("|｜_-–—:：»«·•~/\\()（）[]【】")


def _between_separators(line: str, title: str) -> bool:
    """Whether ``line`` stands in ``title`` as a whole part of it: at an end or between separators."""
    start = title.find(line)
    while start != -1:
        before, after = title[:start].rstrip(), title[start + len(line) :].lstrip()
        if (not before or before[-1] in _TITLE_SEPARATORS) and (not after or after[0] in _TITLE_SEPARATORS):
            return True
        start = title.find(line, start + 1)
    return False


def _size(text: str) -> int:
    """Words of a Latin line, characters of a Chinese one (how much of a headline it is)."""
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return han if han * 2 >= len(text) else len(text.split())


def _is_deck(line: str) -> bool:
    """Whether ``line`` is a 副题 (``——…见闻``), which a <title> or an <h1> may run on after the
    headline: no line of the headline (the pages' own readers keep it out 199 times in 200)."""
    return line.startswith(("—", "--", "－"))


def _broken_headlines(lines: list[str], titles: list[str], h1s: frozenset[str] = frozenset()) -> list[str]:
    """Headlines the page prints on two lines (``<h1>…观摩会<br>推动…延伸</h1>``) that its
    <title> holds joined: the two lines joined as the text reader joins a wrapped line; not where
    an <h1> holds one of the two lines and not the other (``<span>【某某新闻联播】</span><h1>…</h1>``: a label
    beside it; two <h1>s, one a line, are one headline set in two)."""
    from newsconv.readers.text.lines import join_wrapped

    found = []
    for upper, lower in pairwise(lines):
        if (len(upper) >= 4 and len(lower) >= 2 and any(upper in title for title in titles)
                and not _is_deck(lower) and (upper in h1s) == (lower in h1s)):
            joined = join_wrapped(upper, lower)
            spaced = f"{upper} {lower}"  # (the <title> may hold the two lines a space apart, and end on them
            # after the page's name: ``某某晚报 2023年03月09日 A05：城事 春季流感进入高发期 专家支招科学防护``)
            if any(_between_separators(joined, title) or _between_separators(spaced, title)
                   or title.endswith((f" {spaced}", f" {joined}")) for title in titles):
                found.append(joined)
    for upper, middle, lower in zip(lines, lines[1:], lines[2:]):
        # (a document's title on three lines: ``某某厅<br>关于同意某某区2025年度<br>第三批次…的批复``)
        if (len(upper) >= 4 and len(lower) >= 2 and any(upper in title for title in titles)
                and not _is_deck(lower)):
            joined = join_wrapped(join_wrapped(upper, middle), lower)
            if any(_between_separators(joined, title) for title in titles):
                found.append(joined)
    return found


def markup_headlines(root: Any, text: str) -> frozenset[str]:
    """The lines of a page's text that its markup names as the headline (white space folded): the
    longest line that its <title>, og:title, twitter:title or itemprop=headline holds whole (the
    title minus the site's name and section), and a visible <h1> those confirm."""
    titles = [" ".join(t.split()) for t in (
        root.xpath("string(//title)"), _meta(root, "og:title"), _meta(root, "twitter:title"), _meta(root, "title"),
        _meta(root, "headline"), root.xpath("string((//*[@itemprop='headline'])[1])"),
    ) if t.strip()]
    h1s = [(h1, " ".join(h1.text_content().split())) for h1 in root.iter("h1")]
    lone = None if h1s else _lone_h2(root)
    if not titles:
        return frozenset({lone} if lone else ())
    site = " ".join(_meta(root, "og:site_name", "application-name").split()).casefold()
    folded = [" ".join(line.split()) for line in text.splitlines()]
    lines = set(folded)
    named = [line for line in lines if len(line) >= 4 and line.casefold() != site
             and any(_between_separators(line, title) for title in titles)]
    named.extend(_broken_headlines(folded, titles, frozenset(heading for h1, heading in h1s if not _hidden(h1))))
    best = max((_size(line) for line in named), default=0)
    chosen = {line for line in named if _size(line) == best and best >= 2}
    for h1, heading in h1s:
        if heading in lines and len(heading) >= 4 and any(heading in title for title in titles) and not _hidden(h1):
            chosen.add(heading)
    if lone and not chosen:
        chosen.add(lone)
    return frozenset(chosen)


def _lone_h2(root: Any) -> str | None:
    """The text of a page's one <h2> (asked of a page with no <h1>) when it holds a headline's length
    of text outside any link (an e-paper's 主题 between its 引题 and 副题, set as <p>s round it)."""
    h2s = [h2 for h2 in root.iter("h2") if not _hidden(h2)]
    if len(h2s) != 1 or h2s[0].find(".//a") is not None:
        return None
    heading = "".join(h2s[0].text_content().split())
    return heading if len(heading) >= 8 else None


def _headline(doc: Document, hint: str | None, text: str) -> Document:
    """The headline the markup names, where the text reader took another line for it (and not
    the same headline set differently); a body paragraph that is the headline leaves the body."""
    if not hint or " ".join((doc.meta.title or "").split()) == hint:
        return doc
    if hint not in {" ".join(line.split()) for line in text.splitlines()}:
        return doc
    blocks = list(doc.blocks)
    for n, block in enumerate(blocks):
        if isinstance(block, Paragraph | Heading) and " ".join(inline_text(block.content).split()) == hint:
            del blocks[n]
            break
    return replace(doc, meta=replace(doc.meta, title=hint), blocks=tuple(blocks))


def _authors_with_hint(people: tuple[Person, ...], hint: str) -> tuple[Person, ...] | None:
    """The writers the text found, checked against the page's ``author`` markup: when the markup
    names some of them, the others (a section name or an event taken for a name) are dropped;
    when the text found none, a person the markup names in Latin letters is the author. None: no
    change."""
    from newsconv.readers.text.bylines import is_name, split_names

    named = [n for n in split_names(hint) if is_name(n)] if hint and len(hint) <= 120 else []
    if not named:
        return None
    folded = {"".join(n.split()).casefold() for n in named}
    writers = [p for p in people if p.role in WRITER_ROLES]
    if not writers:
        # Chinese pages (government ones above all) put the web editor in that markup, not the writer
        latin = [n for n in named if n.isascii()]
        return people + tuple(Person(n, Role.AUTHOR) for n in latin) if latin else None
    kept = [p for p in writers if "".join(p.name.split()).casefold() in folded]
    if not kept or len(kept) == len(writers):
        return None
    return tuple(p for p in people if p.role not in WRITER_ROLES or p in kept)


def _visible_text(root: Any, html: str, opts: ReadOptions) -> tuple[Any, str, list[float]]:
    """The page's tree and rendered text; a page whose opening tag is broken (an attribute left
    open swallows the document in libxml2, not in a browser) is parsed again without it."""
    text, link_share = rendered_text(root)
    if not text.strip():
        repaired = _OPEN_HTML.sub("<html>", html, count=1)
        if repaired != html:
            root = _tree(repaired, opts.source)
            text, link_share = rendered_text(root)
    if not text.strip() and _body_from_head(root):
        text, link_share = rendered_text(root)
    if not text.strip():
        raise InputError("has no visible text; is this the saved article page?", path=opts.source)
    return root, text, link_share


_HEAD_ONLY = frozenset({"title", "meta", "link", "script", "style", "base", "noscript", "template"})


def _body_from_head(root: Any) -> bool:
    """Content libxml2 left in ``<head>`` (an unknown element there keeps it open; a browser
    closes the head and starts the body): moved into the body. Whether anything moved."""
    head, body = root.find("head"), root.find("body")
    if head is None:
        return False
    if body is None:
        body = root.makeelement("body")
        root.append(body)
    moved = [child for child in head if isinstance(child.tag, str) and child.tag not in _HEAD_ONLY]
    for n, child in enumerate(moved):
        body.insert(n, child)
    return bool(moved)


_OPEN_HTML = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


def _read_page(root: Any, opts: ReadOptions, html: str) -> Document:
    from newsconv.readers.text import read_text

    root, text, link_share = _visible_text(root, html, opts)
    hints = page_hints(root)
    doc = read_text(text, opts, MainContentHint(main_content(html), link_share),
                    headlines=markup_headlines(root, text))
    doc = _headline(doc, _title_hint(root, hints["title"]), text)
    meta = doc.meta
    changes: dict[str, Any] = {}
    if meta.published is None and hints["date"]:
        published = parse_published(hints["date"])
        if published is not None:
            changes["published"] = published
    if meta.url is None and hints["url"].startswith(("http://", "https://")):
        changes["url"] = hints["url"]
    if (authors := _authors_with_hint(meta.authors, hints["author"])) is not None:
        changes["authors"] = authors
    return replace(doc, meta=replace(meta, **changes)) if changes else doc


# ---------------------------------------------------------------------------- newsconv's own HTML


def _inlines(element: Any) -> tuple[Inline, ...]:
    out: list[Inline] = [Text(element.text or "")]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "em":
            out.append(Emph(_inlines(child)))
        elif tag == "strong":
            out.append(Strong(_inlines(child)))
        elif tag == "a" and child.get("href"):
            out.append(Link(_inlines(child), child.get("href")))
        elif tag == "br":
            out.append(LineBreak())
        elif tag:  # <time>, and anything else: its text
            out.append(Text(child.text_content()))
        out.append(Text(child.tail or ""))
    return merge_text(out)


def _blocks(element: Any) -> tuple[Block, ...]:
    out: list[Block] = []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if re.fullmatch(r"h[2-6]", tag):
            out.append(Heading(int(tag[1]) - 1, _inlines(child)))
        elif tag == "p":
            out.append(Paragraph(_inlines(child)))
        elif tag == "blockquote":
            out.append(Quote(_blocks(child)))
        elif tag in ("ul", "ol"):
            items = []
            for li in child.findall("li"):
                inner = _blocks(li)
                items.append(inner if inner else (Paragraph(_inlines(li)),))
            start = int(child.get("start", "1")) if (child.get("start") or "1").isdigit() else 1
            out.append(ListBlock(tuple(items), ordered=tag == "ol", start=start))
        elif tag == "figure":
            img = child.find(".//img")
            caption = child.find(".//figcaption")
            out.append(Figure(_inlines(caption) if caption is not None else (),
                              img.get("src") if img is not None else None))
        elif tag == "hr":
            out.append(Rule())
        elif tag == "table":
            out.append(_own_table(child))
    return tuple(out)


def _own_table(element: Any) -> Table:
    caption = element.find("caption")
    head = element.findall("thead/tr")
    body = element.findall("tbody/tr") or element.findall("tr")
    rows = tuple(tuple(_inlines(cell) for cell in tr if cell.tag in ("th", "td")) for tr in [*head, *body])
    return Table(rows, len(head), _inlines(caption) if caption is not None else ())


def _read_own(root: Any, opts: ReadOptions) -> Document:
    header = root.find(".//article/header")
    h1 = header.find("h1") if header is not None else None
    title = h1.text_content() if h1 is not None else None  # the title's chosen line breaks (<br>) add nothing
    subtitle_el = root.find(".//header/p[@class='subtitle']")
    section = [a.strip() for a in root.xpath("string(//nav[@class='section'])").split("›") if a.strip()]
    authors = tuple(Person(n.strip(), Role.AUTHOR) for n in _meta(root, "author").split(",") if n.strip())
    related = []
    kinds = {"上一篇：": "previous", "下一篇：": "next", "相关：": "related", "Previous: ": "previous",
             "Next: ": "next", "Related: ": "related"}
    for li in root.xpath("//footer[@class='related']//li"):
        whole = li.text_content()
        label = next((k for k in kinds if whole.startswith(k)), "")
        a = li.find("a")
        link_title = a.text_content() if a is not None else whole[len(label):]
        related.append(RelatedLink(link_title, a.get("href") if a is not None else None,
                                   kinds.get(label, "related")))  # type: ignore[arg-type]
    article = root.find(".//article")
    official = _own_official(root)
    body = [child for child in article if child.tag != "header"] if article is not None else []
    container = article.makeelement("div") if article is not None else None
    if container is not None:
        for child in body:
            container.append(child)
    meta = Meta(
        title=title or None,
        subtitle=subtitle_el.text_content() if subtitle_el is not None else None,
        authors=authors,
        source=_meta(root, "dcterms.source") or None,
        section=tuple(section),
        published=parse_published(_meta(root, "dcterms.date")) if _meta(root, "dcterms.date") else None,
        language=language_tag(root.get("lang")) if root.get("lang") != "und" else None,
        url=root.xpath("string(//link[@rel='canonical']/@href)").strip() or None,
        related=tuple(related),
        official=official,
    )
    return Document(meta, _blocks(container) if container is not None else ())


def _own_official(root: Any) -> Official | None:
    """An official document's parts from the ``official-…`` elements newsconv's HTML writer makes."""
    def text(path: str) -> str | None:
        found = root.xpath(f"string({path})").strip()
        return found or None

    def day(path: str) -> dt.date | None:
        value = text(path)
        found = parse_published(value) if value else None
        return found.date() if isinstance(found, dt.datetime) else found

    if not root.xpath("//*[starts-with(@class, 'official-')]"):
        return None
    names = [re.sub(r"^(?:附件：)?(?:\d{1,2}\.)?", "", p.text_content().strip())
             for p in root.xpath("//div[@class='official-attachments']/p")]
    pages = {}
    for section in root.xpath("//section[@class='official-attachment']"):
        title = section.xpath("string(h2[@class='attachment-title'])").strip()
        holder = section.makeelement("div")
        for child in section:
            if child.get("class") not in ("label", "attachment-title"):
                holder.append(child)
        pages[title] = _blocks(holder)
    attachments = tuple(Attachment(name, pages.pop(name, ())) for name in names)
    attachments += tuple(Attachment(name, blocks) for name, blocks in pages.items())
    cc = text("//footer[@class='official-record']/p[@class='cc']")
    mark = root.xpath("//div[@class='official-mark'][@data-given='true']")
    return Official(
        copy_number=text("//div[@class='official-head']/p[@class='copy-number']"),
        secrecy=text("//div[@class='official-head']/p[@class='secrecy']"),
        urgency=text("//div[@class='official-head']/p[@class='urgency']"),
        issuer_mark=mark[0].text_content().strip() if mark else None,
        doc_number=text("//div[starts-with(@class, 'official-number')]/span[@class='doc-number']"),
        signer=text("//span[@class='signer-name']"),
        recipients=(text("//div[@class='official-recipients']") or "").rstrip("：") or None,
        attachments=attachments,
        issuer=text("//div[starts-with(@class, 'official-signature')]/p[@class='issuer']"),
        date=day("//div[starts-with(@class, 'official-signature')]/p[@class='date']/time/@datetime"),
        sealed=not root.xpath("//div[@class='official-signature unsealed']"),
        note=text("//div[@class='official-note']"),
        cc=cc.removeprefix("抄送：").rstrip("。") if cc else None,
        printed_by=text("//footer[@class='official-record']//span[@class='by']"),
        printed_date=day("//footer[@class='official-record']//time/@datetime"),
    )


def explain_html(data: bytes | str, opts: ReadOptions) -> list[Any]:
    """The raw-text reader's decision for every line of a saved page's text, the main-content
    hint applied (``newsconv parse --explain page.html``)."""
    from newsconv.readers.text import explain

    html = page_text(data, opts)
    root, text, link_share = _visible_text(_tree(html, opts.source), html, opts)
    return explain(text, opts, MainContentHint(main_content(html), link_share),
                   headlines=markup_headlines(root, text))
