"""The Markdown, HTML and DOCX readers, and every format read back after being written."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from newsconv.convert import input_format, parse, render
from newsconv.errors import InputError
from newsconv.model import (
    Document,
    Emph,
    Figure,
    Heading,
    Link,
    ListBlock,
    Meta,
    Paragraph,
    Person,
    Quote,
    RelatedLink,
    Role,
    Rule,
    Strong,
    Text,
    block_texts,
)
from newsconv.profiles import load_profile
from newsconv.readers import ReadOptions
from newsconv.readers.html import inner_text, read_html
from newsconv.readers.markdown import read_markdown

from .conftest import ENGLISH, SEED

OPTS = ReadOptions(source="test")


# ---------------------------------------------------------------------------- Markdown


def test_markdown_front_matter_and_body():
    text = """---
title: 区政府召开防汛工作会议
authors: [张三, 李四]
editors: 王五
date: 2024-05-06 10:30
source: 大洼区融媒体中心
section: 首页 > 动态要闻
lang: zh
---

## 一、总体要求

会议强调，要**压实责任**，详见[通知](https://example.gov.cn/n)。
这一行接着上一行。

> 宁可十防九空。

1. 排查隐患
2. 储备物资

- 值班值守

![会议现场](photo.jpg)

* * *
"""
    doc = read_markdown(text.encode("gb18030"), OPTS)  # legacy encodings too
    meta = doc.meta
    assert meta.title == "区政府召开防汛工作会议"
    assert meta.authors == (Person("张三", Role.AUTHOR), Person("李四", Role.AUTHOR), Person("王五", Role.EDITOR))
    assert meta.published == dt.datetime(2024, 5, 6, 10, 30)
    assert meta.section == ("首页", "动态要闻") and meta.source == "大洼区融媒体中心" and meta.language == "zh"
    assert doc.blocks == (
        Heading(1, (Text("一、总体要求"),)),
        Paragraph((Text("会议强调，要"), Strong((Text("压实责任"),)), Text("，详见"),
                   Link((Text("通知"),), "https://example.gov.cn/n"), Text("。这一行接着上一行。"))),
        Quote((Paragraph((Text("宁可十防九空。"),)),)),
        ListBlock(((Paragraph((Text("排查隐患"),)),), (Paragraph((Text("储备物资"),)),)), ordered=True, start=1),
        ListBlock(((Paragraph((Text("值班值守"),)),),), ordered=False, start=1),
        Figure((Text("会议现场"),), "photo.jpg"),
        Rule(),
    )


def test_markdown_first_heading_is_the_title_and_levels_follow():
    doc = read_markdown("# The Title\n\nIntro *text* here,\nwrapped.\n\n### Deeper\n\nMore.\n", OPTS)
    assert doc.meta.title == "The Title" and doc.meta.language == "en"
    assert doc.blocks[0] == Paragraph((Text("Intro "), Emph((Text("text"),)), Text(" here, wrapped.")))
    assert doc.blocks[1] == Heading(1, (Text("Deeper"),))


def test_markdown_bad_front_matter_is_a_clear_error():
    with pytest.raises(InputError, match=r"test: the front matter .* not valid YAML \(line 3\)"):
        read_markdown("---\ntitle: ok\nauthors: [unclosed\n---\n\nbody\n", OPTS)


# ---------------------------------------------------------------------------- HTML


def _tree(html: str):
    import lxml.html

    return lxml.html.document_fromstring(html)


def test_inner_text_renders_what_a_browser_copies():
    html = """<html><head><title>Tab title</title><style>p{}</style></head><body>
    <nav>Home | News</nav><script>var x = 1;</script>
    <h1>Headline</h1><p>First   paragraph<br>second line</p>
    <div style="display:none">hidden</div><p hidden>also hidden</p><noscript>no script</noscript>
    <table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
    <p>　　中文段落<a href="/x">链接</a>。</p></body></html>"""
    assert inner_text(_tree(html)) == (
        "Home | News\nHeadline\n\nFirst paragraph\nsecond line\n\na\tb\nc\td\n\n　　中文段落链接。"
    )


def test_inner_text_lays_out_what_the_page_s_own_style_sheet_says():
    html = """<html><head><style>@charset "utf-8";
    /* a card laid out as a flex box: each item on a line of its own, as a browser copies it */
    .info{display:flex;gap:14px} .nav li{display:inline} .card > span{color:#999}
    .gone{display:none} @media (max-width: 600px){ .info{display:block} .wide{display:none} }
    a:hover{display:block} .missing .info{display:none}
    </style></head><body>
    <ul class="nav"><li>首页</li><li>新闻</li></ul>
    <div class="info"><span>By Ma Lin and Zhang Wei</span><span>March 18, 2025</span></div>
    <div class="card"><span>某某老林</span><span>本地生活博主</span></div>
    <p class="gone">hidden by the sheet</p><p class="wide">shown: the narrow screen's rule is left out</p>
    </body></html>"""
    assert inner_text(_tree(html)) == (
        "首页新闻\nBy Ma Lin and Zhang Wei\nMarch 18, 2025\n某某老林本地生活博主\n\n"
        "shown: the narrow screen's rule is left out"
    )


def test_stray_end_tags_do_not_end_the_page():
    html = "<html><body><div>header</div></html><div><p>正文在这里。</p></div></body></html>"
    assert "正文在这里。" in inner_text(__import__("newsconv.readers.html", fromlist=["_tree"])._tree(html, None))


def test_declared_charset_is_used_when_the_bytes_are_in_it_and_detected_when_not():
    page = '<html><head><meta charset="gbk"><title>t</title></head><body><p>{}</p></body></html>'
    body = "田家街道党工委立足实际，开拓创新，深入开展学习教育。" * 3
    as_declared = page.format(body).encode("gb18030")
    assert body in inner_text(_tree(__import__("newsconv.readers.html", fromlist=["decode_html"]).decode_html(
        as_declared, ReadOptions())))
    mislabelled = page.format(body).encode("utf-8")  # says gbk, is UTF-8
    assert body in read_html(mislabelled, OPTS).blocks[0].content[0].text


def test_saved_page_is_read_with_the_raw_text_reader_and_page_metadata():
    html = """<!doctype html><html lang="en"><head>
    <meta property="og:title" content="Harbour Library reopens">
    <meta property="article:published_time" content="2024-05-06T10:30:00+01:00">
    <link rel="canonical" href="https://example.com/library"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harbour Library reopens</h1><p class="byline">By Mary Okafor</p>
    <p>The Harbour Library reopened on Monday after a two-year restoration that repaired its roof.</p>
    <p>More than 600 people queued outside before the doors opened at nine in the morning.</p>
    <p>The council says opening hours will be longer than before the closure, from eight on weekdays.</p>
    </article><footer>© 2024 Example News. All rights reserved.</footer></body></html>"""
    doc = read_html(html.encode(), OPTS)
    assert doc.meta.title == "Harbour Library reopens" and doc.meta.writers == ("Mary Okafor",)
    assert doc.meta.published == dt.datetime(2024, 5, 6, 10, 30)  # from the page's article tags
    assert doc.meta.url == "https://example.com/library"
    assert [t[:20] for t in block_texts(doc.blocks)] == [
        "The Harbour Library ", "More than 600 people", "The council says ope"]


MARKUP_HEADLINE = """<!doctype html><html lang="en"><head><meta charset="iso-8859-1">
<title>BAY NEWS | World | Leaders call for calm at the summit</title></head><body>
<div>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</div><div>E-mail this to a friend</div>
<h2>Leaders call for calm at the summit</h2>
<div>Mahmoud Ahmadinejad and King Abdullah of Saudi Arabia</div>
<div>Ahmadinejad is the first Iranian leader to attend the Gulf summit</div>
<p>Gulf leaders have ended their summit in Qatar calling for peace with Iran and for the region’s disputes to be
settled by talks.</p>
<p>The Gulf council’s final statement said the six states would work with Iran’s president on trade and
security in the Gulf.</p>
<p>Iran’s president is the first to attend the Gulf summit since the council was founded, and leaders said peace
was the aim.</p></body></html>"""


def test_the_line_a_saved_page_names_in_its_title_is_the_headline():
    # the caption under the headline names the body better; the page's <title> settles it
    from newsconv.readers.html import explain_html

    data = MARKUP_HEADLINE.encode("utf-8")
    doc = read_html(data, OPTS)
    assert doc.meta.title == "Leaders call for calm at the summit"
    texts = list(block_texts(doc.blocks))
    assert len(texts) == 3 and texts[0].startswith("Gulf leaders have ended")
    rules = {d.line.text: d.rule for d in explain_html(data, OPTS)}
    assert "the page's markup names it the headline" in rules["Leaders call for calm at the summit"]
    # the same text pasted has no markup: the e-mail button over the headline settles it there; without
    # the button the caption wins in the pasted text, and the markup still settles it in the saved page
    assert read_text_of(MARKUP_HEADLINE).meta.title == "Leaders call for calm at the summit"
    bare = MARKUP_HEADLINE.replace("<div>E-mail this to a friend</div>", "")
    assert read_text_of(bare).meta.title != "Leaders call for calm at the summit"
    assert read_html(bare.encode("utf-8"), OPTS).meta.title == "Leaders call for calm at the summit"


def read_text_of(html: str):
    from newsconv.readers.html import _visible_text
    from newsconv.readers.text import read_text

    _, text, _ = _visible_text(_tree(html), html, OPTS)
    return read_text(text, OPTS)


def test_utf8_saved_under_a_latin1_declaration_is_read_as_utf8():
    doc = read_html(MARKUP_HEADLINE.encode("utf-8"), OPTS)
    texts = list(block_texts(doc.blocks))
    assert "the region’s disputes" in texts[0] and "\u00e2" not in "".join(texts)
    latin = MARKUP_HEADLINE.replace("’", "'").replace("Qatar", "Qatar's cafés").encode("iso-8859-1")
    assert "Qatar's cafés" in next(iter(block_texts(read_html(latin, OPTS).blocks)))  # really Latin-1


def test_input_format_from_suffix_and_content():
    assert input_format("a.md", b"") == "md" and input_format("a.htm", b"") == "html"
    assert input_format(None, b"<!DOCTYPE html><html>") == "html"
    assert input_format(None, b'{"newsconv": 1}') == "json"
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    assert input_format(None, buffer.getvalue()) == "docx"
    assert input_format(None, "正文".encode()) == "text"


# ---------------------------------------------------------------------------- DOCX


def _hyperlink(paragraph, url: str, text: str) -> None:
    rid = paragraph.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                                   is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def test_docx_from_word_styles():
    source = docx.Document()
    source.core_properties.author = "Mary Okafor; Tom Lindqvist"
    source.add_paragraph("Harbour Library reopens", style="Title")
    source.add_heading("What changed", level=1)
    body = source.add_paragraph("The roof was ")
    body.add_run("repaired").bold = True
    body.add_run(" and ")
    body.add_run("rewired").italic = True
    body.add_run(". See ")
    _hyperlink(body, "https://example.com/plan", "the plan")
    body.add_run(".")
    source.add_paragraph("first step", style="List Number")
    source.add_paragraph("second step", style="List Number")
    source.add_paragraph("a point", style="List Bullet")
    source.add_paragraph("We waited a long time.", style="Quote")
    source.add_paragraph("The reading room in 1911", style="Caption")
    buffer = io.BytesIO()
    source.save(buffer)
    doc = parse(buffer.getvalue(), "docx", OPTS)
    assert doc.meta.title == "Harbour Library reopens"
    assert doc.meta.writers == ("Mary Okafor", "Tom Lindqvist")
    assert doc.meta.published is None  # a Word file's creation date is not the article's
    assert doc.blocks == (
        Heading(1, (Text("What changed"),)),
        Paragraph((Text("The roof was "), Strong((Text("repaired"),)), Text(" and "), Emph((Text("rewired"),)),
                   Text(". See "), Link((Text("the plan"),), "https://example.com/plan"), Text("."))),
        ListBlock(((Paragraph((Text("first step"),)),), (Paragraph((Text("second step"),)),)), ordered=True, start=1),
        ListBlock(((Paragraph((Text("a point"),)),),), ordered=False, start=1),
        Quote((Paragraph((Text("We waited a long time."),)),)),
        Figure((Text("The reading room in 1911"),), None),
    )


def test_docx_that_opens_with_its_headline_as_heading_1():
    source = docx.Document()
    source.add_heading("区政府召开防汛工作会议", level=1)
    source.add_paragraph("会议强调，要压实责任。")
    buffer = io.BytesIO()
    source.save(buffer)
    doc = parse(buffer.getvalue(), "docx", OPTS)
    assert doc.meta.title == "区政府召开防汛工作会议" and doc.meta.language == "zh"
    assert doc.blocks == (Paragraph((Text("会议强调，要压实责任。"),)),)


@pytest.mark.parametrize("data", [b"PK\x03\x04broken", b"plain text"])
def test_unreadable_docx(data):
    with pytest.raises(InputError, match="not a readable .docx"):
        parse(data, "docx", OPTS)


# ---------------------------------------------------------------------------- round trips


def _rich() -> Document:
    meta = Meta(
        title="区政府召开防汛工作会议", subtitle="部署今年汛期工作",
        authors=(Person("张三"), Person("李四")), source="大洼区融媒体中心",
        section=("首页", "动态要闻"), published=dt.datetime(2024, 5, 6, 10, 30), language="zh",
        url="https://example.gov.cn/n/1", related=(RelatedLink("上一条新闻", None, "previous"),),
    )
    blocks = (
        Heading(1, (Text("一、总体要求"),)),
        Paragraph((Text("会议强调，要"), Strong((Text("压实责任"),)), Text("，详见"),
                   Link((Text("通知"),), "https://example.gov.cn/notice"), Text("。"))),
        Heading(2, (Text("（一）明确分工"),)),
        Quote((Paragraph((Text("宁可十防九空，不可失防万一。"),)),)),
        ListBlock(((Paragraph((Text("排查隐患"),)),), (Paragraph((Text("储备物资"),)),)), ordered=True, start=1),
        Paragraph((Text("Latin text with *stars* and [brackets] stays as written."),)),
    )
    return Document(meta, blocks)


def _essentials(doc: Document) -> tuple:
    m = doc.meta
    return (m.title, m.writers, m.published, m.source, m.section, m.language,
            [(type(b).__name__, t) for b, t in zip(doc.blocks, block_texts(doc.blocks), strict=False)])


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "json"])
@pytest.mark.parametrize("source", ["rich", "seed", "english"])
def test_every_format_to_json_and_back_keeps_the_article(fmt, source):
    """format → read → JSON → read → format → read: titles, headings, paragraphs, metadata kept."""
    if source == "rich":
        original = _rich()
    else:
        original = parse((SEED if source == "seed" else ENGLISH).read_bytes(), "text", OPTS)
    profile = load_profile("news")
    first = parse(render(original, fmt, profile), fmt, OPTS)
    via_json = parse(render(first, "json", profile), "json", OPTS)
    again = parse(render(via_json, fmt, profile), fmt, OPTS)
    assert _essentials(first) == _essentials(original)
    assert _essentials(again) == _essentials(original)
    assert via_json == first
