"""HTML writer: one standalone HTML5 file with embedded screen and print CSS from the profile.

Every piece of text and every attribute is escaped, and only http(s), mailto and relative
links are written as links, so nothing in an input can inject markup or script.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import assert_never

from newsconv import __version__
from newsconv.model import (
    Article,
    Block,
    Document,
    Emph,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
    format_published,
)
from newsconv.profiles import Profile, RoleStyle, load_profile
from newsconv.transforms.links import safe_url
from newsconv.writers import WriteOptions
from newsconv.writers.common import format_date, is_chinese, meta_line
from newsconv.writers.titles import title_lines

# Names a browser may know a Word font by, per platform; the bundled Noto faces come last.
FONT_ALIASES: dict[str, tuple[str, ...]] = {
    "宋体": ("SimSun", "Songti SC", "STSong", "Noto Serif SC", "Noto Serif CJK SC"),
    "仿宋": ("FangSong", "STFangsong", "Noto Serif SC", "Noto Serif CJK SC"),
    "仿宋_GB2312": ("FangSong_GB2312", "FangSong", "STFangsong", "Noto Serif SC"),
    "楷体": ("KaiTi", "STKaiti", "Kaiti SC", "Noto Serif SC"),
    "楷体_GB2312": ("KaiTi_GB2312", "KaiTi", "STKaiti", "Noto Serif SC"),
    "黑体": ("SimHei", "Heiti SC", "PingFang SC", "Noto Sans SC", "Noto Sans CJK SC"),
    "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "SimSun", "Songti SC", "Noto Serif SC"),
}
_SERIF_HINTS = ("宋", "仿宋", "楷", "Times", "Serif", "Georgia", "Garamond", "Ming")


def esc(value: str) -> str:
    return html.escape(value, quote=True)


def font_stack(role: RoleStyle) -> str:
    names: list[str] = [role.latin, role.east_asian]
    names.extend(FONT_ALIASES.get(role.east_asian, ()))
    serif = any(h in role.east_asian or h in role.latin for h in _SERIF_HINTS)
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return ", ".join(_css_string(n) for n in seen) + (", serif" if serif else ", sans-serif")


_CSS_UNSAFE = re.compile(r'[\x00-\x1f\x7f"\\<>&]')


def _css_string(text: str) -> str:
    """A CSS string literal, safe inside a <style> element: quotes, backslashes, angle brackets,
    ampersands and control characters as CSS escapes, so no value can end the string or the
    element (``</style><script>`` stays text)."""
    return '"' + _CSS_UNSAFE.sub(lambda m: f"\\{ord(m.group(0)):x} ", text) + '"'


def _role_css(selector: str, role: RoleStyle) -> str:
    rules = [
        f"font-family: {font_stack(role)}",
        f"font-size: {role.size:g}pt",
        f"font-weight: {'bold' if role.bold else 'normal'}",
        f"font-style: {'italic' if role.italic else 'normal'}",
        f"line-height: {role.line_spacing:g}pt" if role.line_exact else f"line-height: {role.line_spacing:g}",
        f"text-align: {role.align}",
        f"color: {role.color}",
        f"margin: {role.space_before:g}pt 0 {role.space_after:g}pt {role.left_indent:g}em",
    ]
    if role.first_line_indent:
        rules.append(f"text-indent: {role.first_line_indent:g}em")
    if role.letter_spacing:
        rules.append(f"letter-spacing: {role.letter_spacing:g}pt")
    if role.keep_with_next:
        rules.append("break-after: avoid")
    return f"{selector} {{ {'; '.join(rules)}; }}"


def stylesheet(profile: Profile) -> str:
    """CSS for screen and print, from the profile: the same looks as the DOCX and PDF."""
    page = profile.page
    pt = lambda v: f"{v / 72 * 25.4:.1f}mm"
    number = profile.page_numbers
    page_rules = [
        f"size: {pt(page.width)} {pt(page.height)}",
        f"margin: {pt(page.margin_top)} {pt(page.margin_right)} {pt(page.margin_bottom)} {pt(page.margin_left)}",
    ]
    boxes: dict[str, list[str]] = {"": [], ":left": [], ":right": []}  # margin boxes per page side
    if number.format:
        before, _, after = number.format.partition("{page}")
        content = " ".join(p for p in (_css_string(before) if before else "", "counter(page)",
                                       _css_string(after) if after else "") if p)
        size = profile.roles["page number"].size
        inset = f"padding: 0 {number.inset * size:g}pt; " if number.inset else ""
        placed = f"content: {content}; {inset}vertical-align: top; padding-top: {number.distance:g}pt; " \
                 f"font: {size:g}pt {font_stack(profile.roles['page number'])}"
        if number.align == "outside":
            boxes[":right"].append(f"@bottom-right {{ {placed}; }}")
            boxes[":left"].append(f"@bottom-left {{ {placed}; }}")
        else:
            boxes[""].append(f"@bottom-{'center' if number.align == 'center' else number.align} {{ {placed}; }}")
    for which, box in (("header", "@top-center"), ("footer", "@bottom-center")):
        text = profile.running.text(which, "\uffff")
        if text:
            before, _, after = text.partition("\uffff")
            parts = [_css_string(before) if before else ""]
            if "{title}" in getattr(profile.running, which):
                parts.append("string(title)")
            parts.append(_css_string(after) if after else "")
            boxes[""].append(f"{box} {{ content: {' '.join(p for p in parts if p)}; }}")
    roles = profile.roles
    css = [
        "html { color: #000; background: #fff; }",
        "body { margin: 0; }",
        f"article {{ max-width: {pt(page.frame_width)}; margin: 2em auto; padding: 0 1em; }}",
        _role_css("article p, article li", roles["body"]),
        "article li { text-indent: 0; }",
        _role_css("header h1", roles["title"]),
        "header h1 { text-wrap: balance; }",  # narrower than the page (a phone): balanced there too
        _role_css("header .subtitle", roles["subtitle"]),
        _role_css("header .meta", roles["meta"]),
        _role_css("header .section", roles["meta"]),
        "header .section { text-align: left; }",
        *(_role_css(f"article h{level + 1}", roles[f"heading {level}"]) for level in range(1, 5)),
        _role_css("blockquote, blockquote p", roles["quote"]),
        "blockquote { margin-right: 0; }",
        _role_css("figcaption", roles["caption"]),
        "figure { margin: 1em 0; } figure img { max-width: 100%; }",
        _role_css("article table", roles["body"]),
        "article table { border-collapse: collapse; width: 100%; text-indent: 0; }",
        "article th, article td { border: 0.5pt solid #000; padding: 0.1em 0.3em; vertical-align: top; text-align: left; }",
        _role_css("article table caption", roles["caption"]),
        "footer.related { margin-top: 2em; border-top: 1px solid #999; }",
        "footer.related ul { list-style: none; padding: 0; }",
        "footer.related li { text-indent: 0; text-align: left; }",
        "a { color: inherit; }",
        "@media print { article { max-width: none; margin: 0; padding: 0; }"
        " a { text-decoration: none; } footer.related { display: none; } }",
        "header h1 { string-set: title content(); }",
        *_official_css(profile),
        *_issue_css(profile),
        f"@page {{ {'; '.join(page_rules)}; {' '.join(boxes[''])} }}",
        *(f"@page {side} {{ {' '.join(rules)} }}" for side, rules in boxes.items() if side and rules),
    ]
    return "\n".join(css)


def _official_css(profile: Profile) -> list[str]:
    from newsconv.writers.html_parts import stylesheet as official_stylesheet

    return official_stylesheet(profile, _role_css, font_stack)  # type: ignore[arg-type]


def _issue_css(profile: Profile) -> list[str]:
    from newsconv.writers.html_issue import stylesheet as issue_stylesheet

    return [rule for rule in issue_stylesheet(profile, _role_css) if rule]  # type: ignore[arg-type]


def _inlines(content: tuple[Inline, ...]) -> str:
    out: list[str] = []
    for node in content:
        match node:
            case Text(value):
                out.append(esc(value))
            case Emph(children):
                out.append(f"<em>{_inlines(children)}</em>")
            case Strong(children):
                out.append(f"<strong>{_inlines(children)}</strong>")
            case Link(children, url):
                target = safe_url(url)
                inner = _inlines(children)
                out.append(f'<a href="{esc(target)}">{inner}</a>' if target else inner)
            case LineBreak():
                out.append("<br>")
            case _:
                assert_never(node)
    return "".join(out)


def _blocks(blocks: Iterable[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        match block:
            case Heading(level, content):
                tag = f"h{min(level + 1, 6)}"
                out.append(f"<{tag}>{_inlines(content)}</{tag}>")
            case Paragraph(content):
                out.append(f"<p>{_inlines(content)}</p>")
            case Quote(children):
                out.append("<blockquote>\n" + "\n".join(_blocks(children)) + "\n</blockquote>")
            case ListBlock(items, ordered, start):
                tag = "ol" if ordered else "ul"
                attrs = f' start="{start}"' if ordered and start != 1 else ""
                lis = ["<li>" + "\n".join(_blocks(item)) + "</li>" for item in items]
                out.append(f"<{tag}{attrs}>\n" + "\n".join(lis) + f"\n</{tag}>")
            case Figure(caption, src):
                image = ""
                if src and (target := safe_url(src)):
                    image = f'<img src="{esc(target)}" alt="">'
                cap = f"<figcaption>{_inlines(caption)}</figcaption>" if caption else ""
                out.append(f"<figure>{image}{cap}</figure>")
            case Table(rows, header, caption):
                out.append(_table(rows, header, caption))
            case Rule():
                out.append("<hr>")
            case Article(meta, children):
                from newsconv.writers.html_issue import article_section
                from newsconv.writers.issue import ArticleTexts

                out.extend(article_section(ArticleTexts(0, meta.title or "", meta_line(meta)), children, _blocks))
            case _:
                assert_never(block)
    return out


def _table(rows: tuple[tuple[tuple[Inline, ...], ...], ...], header: int, caption: tuple[Inline, ...]) -> str:
    parts = ["<table>"]
    if caption:
        parts.append(f"<caption>{_inlines(caption)}</caption>")
    for name, section, cell in (("thead", rows[:header], "th"), ("tbody", rows[header:], "td")):
        if section:
            parts.append(f"<{name}>")
            parts += ["<tr>" + "".join(f"<{cell}>{_inlines(c)}</{cell}>" for c in row) + "</tr>" for row in section]
            parts.append(f"</{name}>")
    parts.append("</table>")
    return "\n".join(parts)


def _title_markup(title: str, lines: list[str]) -> str:
    """The title with <br> where its lines break; a space it breaks at stays before the <br>, so the
    text of the heading is the title exactly."""
    out, at = [], 0
    for line in lines:
        start = title.find(line, at)
        if start < 0:
            return esc(title)
        if out:
            out.append(esc(title[at:start]) + "<br>")
        out.append(esc(line))
        at = start + len(line)
    return "".join(out) + esc(title[at:])


def _official_header(doc: Document, profile: Profile, reserve: bool) -> list[str]:
    """An official document's 版头 and title (no meta line: its date is the 成文日期)."""
    from newsconv.writers.html_parts import after_title, header, official_parts

    meta = doc.meta
    texts = official_parts(doc)
    assert texts is not None and meta.official is not None
    parts = ["<header>", *header(texts, meta.official, reserve)]
    if meta.title:
        parts.append(f"<h1>{_title_markup(meta.title, title_lines(meta.title, profile))}</h1>")
    if meta.subtitle:
        parts.append(f'<p class="subtitle">{esc(meta.subtitle)}</p>')
    parts.append("</header>")
    return parts + after_title(texts)


def _official_tail(doc: Document, profile: Profile) -> list[str]:
    from newsconv.writers.html_parts import after_body, official_parts

    texts = official_parts(doc)
    assert texts is not None
    return after_body(doc, texts, profile, _blocks,
                      lambda title: _title_markup(title, title_lines(title, profile)))


def _header(doc: Document, profile: Profile) -> list[str]:
    meta = doc.meta
    parts = ["<header>"]
    if meta.section:
        crumbs = " › ".join(esc(s) for s in meta.section)
        parts.append(f'<nav class="section" aria-label="section">{crumbs}</nav>')
    if meta.title:
        parts.append(f"<h1>{_title_markup(meta.title, title_lines(meta.title, profile))}</h1>")
    if meta.subtitle:
        parts.append(f'<p class="subtitle">{esc(meta.subtitle)}</p>')
    line = meta_line(meta, date_style=profile.date_style)
    if line:
        if meta.published:
            shown = format_date(meta.published, chinese=is_chinese(meta), style=profile.date_style)
            stamp = f'<time datetime="{esc(format_published(meta.published) or "")}">{esc(shown)}</time>'
            body = esc(line).replace(esc(shown), stamp, 1)
        else:
            body = esc(line)
        parts.append(f'<p class="meta">{body}</p>')
    parts.append("</header>")
    return parts


def _issue(doc: Document, profile: Profile) -> list[str]:
    from newsconv.writers.html_issue import issue_body

    return issue_body(doc, profile, _blocks)


def _related(doc: Document) -> list[str]:
    if not doc.meta.related:
        return []
    chinese = is_chinese(doc.meta)
    labels = {"previous": "上一篇：" if chinese else "Previous: ", "next": "下一篇：" if chinese else "Next: ",
              "related": "相关：" if chinese else "Related: "}
    items = []
    for link in doc.meta.related:
        target = safe_url(link.url) if link.url else None
        title = f'<a href="{esc(target)}">{esc(link.title)}</a>' if target else esc(link.title)
        items.append(f"<li>{esc(labels[link.kind])}{title}</li>")
    return ['<footer class="related">', "<ul>", *items, "</ul>", "</footer>"]


def _head_meta(doc: Document) -> list[str]:
    meta = doc.meta
    tags = [f'<meta name="generator" content="newsconv {esc(__version__)}">']
    if meta.writers:
        tags.append(f'<meta name="author" content="{esc(", ".join(meta.writers))}">')
    if meta.published:
        tags.append(f'<meta name="dcterms.date" content="{esc(format_published(meta.published) or "")}">')
    if meta.source:
        tags.append(f'<meta name="dcterms.source" content="{esc(meta.source)}">')
    if meta.section:
        tags.append(f'<meta name="keywords" content="{esc(", ".join(meta.section))}">')
    if meta.url and (target := safe_url(meta.url)):
        tags.append(f'<link rel="canonical" href="{esc(target)}">')
    return tags


def write_html(doc: Document, profile: Profile | None = None, options: WriteOptions | None = None) -> str:
    profile = profile or load_profile()
    meta = doc.meta
    official = meta.official is not None
    reserve = options is not None and options.letterhead == "reserve"
    lang = esc(meta.language or "und")
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(meta.title or '')}</title>",
        *_head_meta(doc),
        "<style>",
        stylesheet(profile),
        "</style>",
        "</head>",
        "<body>",
        "<article>",
        *(_issue(doc, profile) if meta.issue is not None else
          (*(_official_header(doc, profile, reserve) if official else _header(doc, profile)), *_blocks(doc.blocks))),
        *(_official_tail(doc, profile) if official else ()),
        *_related(doc),
        "</article>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"
