"""HTML output read back through an HTML parser: structure, metadata, CSS, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsconv.model import Document, Heading, Link, Meta, Paragraph, Person, RelatedLink, Text, inline_text
from newsconv.profiles import load_profile
from newsconv.writers.html import write_html


class Tree(HTMLParser):
    """Start tags with attributes, and the text inside each element."""

    VOID = ("meta", "link", "br", "img", "hr", "input")

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[tuple[str, int]] = []  # (tag, element number)
        self.texts: dict[int, list[str]] = {}
        self.elements: list[tuple[str, int]] = []
        self.doctype = ""
        self.feed(markup)

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            number = len(self.elements)
            self.elements.append((tag, number))
            self.stack.append((tag, number))

    def handle_endtag(self, tag):
        if any(t == tag for t, _ in self.stack):
            while self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        for _, number in self.stack:
            self.texts.setdefault(number, []).append(data)

    def text_of(self, tag: str) -> list[str]:
        """The text of every element ``tag``, in document order."""
        return ["".join(self.texts.get(n, [])).strip() for t, n in self.elements if t == tag]

    def attrs(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def test_standalone_html5_structure(seed_outputs, seed_doc):
    tree = Tree(seed_outputs["html"].decode("utf-8"))
    assert tree.doctype.lower() == "doctype html"
    assert tree.attrs("html") == [{"lang": "zh"}]
    assert {"charset": "utf-8"} in tree.attrs("meta")
    assert tree.text_of("title") == [seed_doc.meta.title]
    assert tree.text_of("h1") == [seed_doc.meta.title]
    assert [t for t, _ in tree.tags].count("article") == 1
    assert [t for t, _ in tree.tags].count("header") == 1
    headings = [inline_text(b.content) for b in seed_doc.blocks if isinstance(b, Heading)]
    assert tree.text_of("h2") == headings
    paragraphs = [inline_text(b.content) for b in seed_doc.blocks if isinstance(b, Paragraph)]
    assert [p for p in tree.text_of("p") if p in paragraphs] == paragraphs
    assert {"name": "author", "content": "史航, 刘洋"} in tree.attrs("meta")


def test_metadata_line_and_related_links(seed_outputs):
    tree = Tree(seed_outputs["html"].decode("utf-8"))
    assert "作者：史航 刘洋" in tree.text_of("header")[0]
    footer = "".join(tree.text_of("footer"))
    assert "区政协主要领导调研督办全区重点提案办理情况" in footer


def test_print_css_from_the_profile(seed_outputs):
    css = "".join(Tree(seed_outputs["html"].decode("utf-8")).text_of("style"))
    assert re.search(r"@page \{ size: 210\.0mm 297\.0mm; margin: 25\.0mm 25\.0mm 25\.0mm 25\.0mm", css)
    assert "@media print" in css
    assert "text-indent: 2em" in css  # the body role's two-character indent
    assert '"宋体"' in css and '"Noto Serif SC"' in css


def _page_rules(css: str) -> dict[str, dict[str, str]]:
    """{page selector: {margin box or "": declarations as text}}, read with a CSS parser."""
    import tinycss2

    pages: dict[str, dict[str, str]] = {}
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "at-rule" or rule.lower_at_keyword != "page":
            continue
        boxes = pages.setdefault(tinycss2.serialize(rule.prelude).strip(), {})
        own = []
        for item in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True):
            if item.type == "at-rule":
                boxes[item.lower_at_keyword] = tinycss2.serialize(item.content).strip()
            elif item.type == "declaration":
                own.append(f"{item.lower_name}: {tinycss2.serialize(item.value).strip()}")
        boxes[""] = "; ".join(own)
    return pages


def test_print_css_places_page_numbers_as_the_profile_says(seed_doc):
    news = _page_rules("".join(Tree(write_html(seed_doc, load_profile("news"))).text_of("style")))
    assert 'content: "— " counter(page) " —"' in news[""]["bottom-center"]
    official = _page_rules("".join(Tree(write_html(seed_doc, load_profile("gbt9704"))).text_of("style")))
    assert official[""][""] == "size: 210.0mm 297.0mm; margin: 37.0mm 26.0mm 35.0mm 28.0mm"
    # odd (right-hand) pages number at the right, even pages at the left, one 四号 character in
    assert "padding: 0 14pt" in official[":right"]["bottom-right"]
    assert "padding: 0 14pt" in official[":left"]["bottom-left"]
    assert "bottom-center" not in official[""]


def test_print_css_running_header(seed_doc, tmp_path):
    custom = tmp_path / "desk.toml"
    custom.write_text('extends = "news"\nname = "desk"\n[running]\n'
                      'header = "内部资料 </style><script>x()</script>{title}"\n', encoding="utf-8")
    tree = Tree(write_html(seed_doc, load_profile(str(custom))))
    assert tree.text_of("script") == []  # the header text cannot close the style element
    pages = _page_rules("".join(tree.text_of("style")))
    assert pages[""]["top-center"].rstrip(";") == 'content: "内部资料 </style><script>x()</script>" string(title)'
    assert tree.attrs("h1") == [{}]


def test_date_is_a_time_element(english_outputs):
    tree = Tree(english_outputs["html"].decode("utf-8"))
    assert tree.attrs("time") == [{"datetime": "2024-05-06T10:30:00"}]
    assert tree.text_of("time") == ["6 May 2024, 10:30"]


def test_nothing_in_the_input_can_inject_markup():
    evil = '<script>alert("x")</script>'
    doc = Document(
        Meta(title=evil, authors=(Person('"><img src=x onerror=alert(1)>'),), language='zh"><script>',
             related=(RelatedLink(evil, "javascript:alert(1)", "next"),)),
        (
            Heading(1, (Text(evil),)),
            Paragraph((Text(evil + " & <b>bold</b>"),)),
            Paragraph((Link((Text("click"),), "javascript:alert(1)"), Link((Text("ok"),), "https://example.org/?a=1&b=2"))),
        ),
    )
    markup = write_html(doc, load_profile())
    tree = Tree(markup)
    tags = [t for t, _ in tree.tags]
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert tree.text_of("title") == [evil]
    assert tree.text_of("h1") == [evil]
    assert tree.text_of("h2") == [evil]
    assert evil + " & <b>bold</b>" in tree.text_of("p")
    hrefs = [a.get("href") for a in tree.attrs("a")]
    assert hrefs == ["https://example.org/?a=1&b=2"]  # the javascript: links are text only
    assert "javascript:" not in " ".join(str(a) for _, a in tree.tags)


def test_a_broken_opening_tag_does_not_hide_the_page():
    """An attribute left open in ``<html …>`` swallows the document in libxml2 but not in a
    browser: the page is read again without that tag."""
    from newsconv.readers import ReadOptions
    from newsconv.readers.html import read_html

    page = ('<!DOCTYPE html>\n<html xlogo.jpg" alt="Site &amp; News" width="145" /></a></td>\n'
            "<body><h1>River city opens a floating library</h1><p>By Jane Doe</p>"
            "<p>The city opened its first floating library on Tuesday, a converted barge with room for twelve "
            "thousand books, moored beside the old ferry pier.</p><p>Officials said it would open every day of "
            "the week and host reading hours for children on weekend mornings.</p></body></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "River city opens a floating library"
    assert doc.meta.writers == ("Jane Doe",)


def test_content_left_in_the_head_is_read():
    """An unknown element in ``<head>`` keeps libxml2's head open over the whole page, where a
    browser starts the body: the text is found all the same."""
    from newsconv.readers import ReadOptions
    from newsconv.readers.html import read_html

    page = ("<html><head><title>t</title><mbox><div><h1>River city opens a floating library</h1>"
            "<p>The city opened its first floating library on Tuesday, a converted barge with room for twelve "
            "thousand books, moored beside the old ferry pier.</p><p>Officials said it would open every day of "
            "the week and host reading hours for children on weekend mornings.</p></div></head></html>")
    doc = read_html(page.encode(), ReadOptions(source="page.html"))
    assert doc.meta.title == "River city opens a floating library"
    assert any(inline_text(b.content).startswith("The city opened") for b in doc.blocks if hasattr(b, "content"))
