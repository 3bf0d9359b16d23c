"""Markdown output read back through a CommonMark parser (markdown-it-py) and a YAML parser."""

from __future__ import annotations

import datetime as dt

import yaml
from markdown_it import MarkdownIt

from newsconv.model import Document, Heading, Meta, Paragraph, Person, Role, Text, inline_text
from newsconv.writers.markdown import write_markdown


def split_front_matter(markdown: str) -> tuple[dict, str]:
    assert markdown.startswith("---\n")
    head, _, body = markdown[4:].partition("\n---\n")
    return yaml.safe_load(head), body


def blocks_of(body: str) -> list[tuple[str, str]]:
    """(tag, plain text) of every top-level block, as a CommonMark renderer sees them."""
    tokens = MarkdownIt("commonmark").parse(body)
    out = []
    for i, tok in enumerate(tokens):
        if tok.type in ("heading_open", "paragraph_open") and tok.level == 0:
            inline = tokens[i + 1]
            text = "".join(child.content for child in inline.children if child.type in ("text", "softbreak"))
            out.append((tok.tag, text))
        elif tok.level == 0 and tok.type in ("bullet_list_open", "ordered_list_open", "blockquote_open",
                                              "code_block", "html_block", "hr", "fence"):
            out.append((tok.type, ""))
    return out


def test_front_matter(seed_outputs, seed_doc):
    meta, _ = split_front_matter(seed_outputs["md"].decode("utf-8"))
    assert meta["title"] == seed_doc.meta.title
    assert meta["author"] == ["史航", "刘洋"]
    assert "authors" not in meta
    assert meta["section"] == ["首页", "走进大洼", "动态要闻"]
    assert meta["lang"] == "zh-CN"
    assert meta["related"][0] == {"title": "区政协主要领导调研督办全区重点提案办理情况", "kind": "previous"}


def test_body_blocks_match_the_model_exactly(seed_outputs, seed_doc):
    _, body = split_front_matter(seed_outputs["md"].decode("utf-8"))
    expected = [("h2" if isinstance(b, Heading) else "p", inline_text(b.content)) for b in seed_doc.blocks]
    assert blocks_of(body) == expected  # same count, same order, no spaces or breaks inserted


def test_no_line_breaks_inside_chinese_paragraphs(seed_outputs):
    _, body = split_front_matter(seed_outputs["md"].decode("utf-8"))
    for paragraph in body.strip().split("\n\n"):
        assert "\n" not in paragraph


def test_english_front_matter_and_headings(english_outputs):
    meta, body = split_front_matter(english_outputs["md"].decode("utf-8"))
    assert meta["author"] == ["Mary Okafor", "Tom Lindqvist"]
    assert meta["lang"] == "en"
    assert meta["date"] == "2024-05-06T10:30:00"
    assert [t for tag, t in blocks_of(body) if tag == "h2"] == ["What changed", "What comes next"]


def test_text_that_looks_like_markup_stays_text():
    tricky = [
        "1. 不是列表",
        "# 不是标题",
        "- 不是列表项",
        "> 不是引文",
        "*星号* and _underscores_ and `code`",
        "<script>alert(1)</script>",
        "[链接](javascript:alert(1))",
        "===",
        "    四个空格",
        "a & b &amp; c",
    ]
    doc = Document(
        Meta(title="---\ntitle: injected", authors=(Person("a: b", Role.AUTHOR),), published=dt.date(2024, 5, 6)),
        tuple(Paragraph((Text(t),)) for t in tricky),
    )
    meta, body = split_front_matter(write_markdown(doc))
    assert meta["title"] == "---\ntitle: injected"
    assert meta["author"] == ["a: b"]
    assert meta["date"] == "2024-05-06"
    assert blocks_of(body) == [("p", t.lstrip()) for t in tricky]


def test_pandoc_reads_the_byline_and_language(seed_outputs):
    """pandoc takes the front matter's `author` as the byline and `lang` without a warning."""
    import json
    import subprocess

    import pypandoc

    run = subprocess.run([pypandoc.get_pandoc_path(), "-f", "markdown", "-t", "json"],
                         input=seed_outputs["md"], capture_output=True, check=True)
    meta = json.loads(run.stdout)["meta"]
    authors = [pypandoc_text(item) for item in meta["author"]["c"]]
    assert authors == ["史航", "刘洋"]
    assert pypandoc_text(meta["lang"]) == "zh-CN"
    assert b"WARNING" not in run.stderr.upper(), run.stderr


def pypandoc_text(node: dict) -> str:
    """The plain text of a pandoc metadata value (MetaInlines or MetaString)."""
    if node["t"] == "MetaString":
        return node["c"]
    return "".join(i["c"] if i["t"] == "Str" else " " for i in node["c"])


def test_authors_key_is_still_read():
    from newsconv.readers import ReadOptions
    from newsconv.readers.markdown import read_markdown

    doc = read_markdown("---\ntitle: T\nauthors: [张三, 李四]\nlang: zh-CN\n---\n\n正文。\n", ReadOptions())
    assert doc.meta.writers == ("张三", "李四")
    assert doc.meta.language == "zh"
