"""HTML for a compiled issue (简报, 每日要闻): the masthead (red name, 第N期, office and date over
a red rule), the editor's note, a contents ``<nav>`` linking to each article, the articles as
``<section>`` elements with ids, and the 版记 between its rules."""

from __future__ import annotations

import html
from collections.abc import Callable

from newsconv.model import Block, Document
from newsconv.profiles import Profile
from newsconv.writers.issue import ArticleTexts, articles_in, issue_texts

Blocks = Callable[[tuple[Block, ...]], list[str]]


def esc(value: str) -> str:
    return html.escape(value, quote=True)


def stylesheet(profile: Profile, role_css: Callable[[str, object], str]) -> list[str]:
    roles = profile.roles
    layout = profile.bundle
    official = profile.official
    return [
        role_css(".masthead .name", roles["masthead"]),
        role_css(".masthead .number", roles["issue number"]),
        role_css(".masthead .line", roles["masthead line"]),
        ".masthead .line { display: flex; justify-content: space-between; }",
        f".masthead {{ border-bottom: {official.rule_width:g}pt solid {official.rule_color};"
        f" margin-bottom: {layout.masthead_after:g}pt; }}",
        role_css(".editor-note p", roles["editor note"]),
        role_css("nav.contents h2", roles["contents heading"]),
        role_css("nav.contents li", roles["contents"]),
        "nav.contents ol { list-style: none; padding: 0; }",
        role_css("section.article h2", roles["article title"]),
        role_css("section.article .article-meta", roles["article meta"]),
        f"section.article + section.article {{ border-top: {layout.rule_width:g}pt solid {layout.rule_color}; }}"
        if layout.rule_between and not layout.new_page else "",
        "section.article + section.article { break-before: page; }" if layout.new_page else "",
    ]


def article_section(article: ArticleTexts, children: tuple[Block, ...], blocks: Blocks) -> list[str]:
    parts = [f'<section class="article" id="{article.anchor}">', f"<h2>{esc(article.title)}</h2>"]
    if article.meta:
        parts.append(f'<p class="article-meta">{esc(article.meta)}</p>')
    parts.extend(blocks(children))
    parts.append("</section>")
    return parts


def issue_body(doc: Document, profile: Profile, blocks: Blocks) -> list[str]:
    texts = issue_texts(doc, profile)
    parts = ['<header class="masthead">', f'<h1 class="name">{esc(texts.name)}</h1>']
    if texts.number:
        parts.append(f'<p class="number">{esc(texts.number)}</p>')
    if texts.office or texts.date:
        date = f"<time>{esc(texts.date)}</time>" if texts.date else "<span></span>"
        parts.append(f'<p class="line"><span class="office">{esc(texts.office or "")}</span>{date}</p>')
    parts.append("</header>")
    if texts.editor_note:
        note = blocks(texts.editor_note)
        if note and note[0].startswith("<p>"):
            note[0] = f"<p><strong>{esc(profile.bundle.editor_label)}</strong>" + note[0][3:]
        parts += ['<div class="editor-note">', *note, "</div>"]
    if profile.bundle.contents and texts.articles:
        parts += ['<nav class="contents">', f"<h2>{esc(profile.bundle.contents_title)}</h2>", "<ol>"]
        parts += [f'<li><a href="#{a.anchor}">{esc(a.title)}</a></li>' for a in texts.articles]
        parts += ["</ol>", "</nav>"]
    for article, block in zip(texts.articles, articles_in(doc), strict=True):
        parts += article_section(article, block.blocks, blocks)
    if texts.has_record:
        parts.append('<footer class="official-record issue-record">')
        for group in texts.record:
            for row in group:
                if isinstance(row, tuple):
                    parts.append(f'<p class="printed"><span>{esc(row[0])}</span><span>{esc(row[1])}</span></p>')
                else:
                    parts.append(f"<p>{esc(row)}</p>")
        parts.append("</footer>")
    return parts
