"""Rendering helpers: a page description -> (html, gold)."""
import html as H
import re

SET = "zh-blind103"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def strip_tags(s):
    s = re.sub(r"<br\s*/?>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = H.unescape(s)
    return re.sub(r"\s+", " ", s).strip(" \u3000\t\n")


def img(alt, cap=None, src=True, cls="pic"):
    a = f'<img alt="{H.escape(alt)}"' + (f' src="{GIF}" width="1" height="1"' if src else "") + ">"
    c = f'<p class="cap">{cap}</p>' if cap else ""
    return f'<div class="{cls}">{a}{c}</div>'


def render_body(blocks, style="p", h="h3"):
    """blocks: str (paragraph) | ("h", t) | ("ul"|"ol", [..]) | ("tb", rows) | ("q", t)
    | ("img", alt, cap) | ("x", html) (not body). Returns (html, gold paragraphs)."""
    out, gold = [], []
    for b in blocks:
        if isinstance(b, str):
            gold.append(strip_tags(b))
            if style == "p":
                out.append(f"<p>{b}</p>")
            elif style == "indent":
                out.append(f"<p>\u3000\u3000{b}</p>")
            elif style == "nbsp":
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{b}</p>")
            elif style == "br":
                out.append(f"\u3000\u3000{b}<br><br>")
            elif style == "div":
                out.append(f"<div class=\"para\">{b}</div>")
            elif style == "sec":
                out.append(f"<section><span>{b}</span></section>")
            continue
        t = b[0]
        if t == "h":
            gold.append(strip_tags(b[1]))
            if h == "strong":
                out.append(f"<p><strong>{b[1]}</strong></p>")
            elif h == "br":
                out.append(f"<b>{b[1]}</b><br><br>")
            else:
                out.append(f"<{h}>{b[1]}</{h}>")
        elif t in ("ul", "ol"):
            gold.extend(strip_tags(x) for x in b[1])
            out.append(f"<{t}>" + "".join(f"<li>{x}</li>" for x in b[1]) + f"</{t}>")
        elif t == "tb":
            rows = b[1]
            gold.extend(" ".join(strip_tags(c) for c in r) for r in rows)
            trs = []
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                trs.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(trs) + "</table>")
        elif t == "q":
            gold.append(strip_tags(b[1]))
            out.append(f"<blockquote>{b[1]}</blockquote>")
        elif t == "img":
            out.append(img(b[1], b[2] if len(b) > 2 else None))
        elif t == "x":
            out.append(b[1])
        elif t == "right":  # 署名 / 成文日期 lines: body, right aligned
            gold.append(strip_tags(b[1]))
            out.append(f'<p style="text-align:right">{b[1]}</p>')
        else:
            raise ValueError(t)
    return "\n".join(out), gold


def ul(items, cls="list", head=None, tag="ul"):
    hd = f'<div class="hd">{head}</div>' if head else ""
    lis = "".join(f'<li><a href="#">{x}</a></li>' if isinstance(x, str)
                  else f'<li><a href="#">{x[0]}</a><span>{x[1]}</span></li>' for x in items)
    return f'<div class="{cls}">{hd}<{tag}>{lis}</{tag}></div>'


def nav(items, cls="nav", sep=""):
    return f'<div class="{cls}">' + sep.join(f'<a href="#">{x}</a>' for x in items) + "</div>"


def doc(title_tag, css, body_html, lang="zh-CN"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{H.escape(title_tag)}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n'
            f'{body_html}\n</body>\n</html>\n')


PAGES = []


def page(id, kind, title, authors, publish_time, blocks, build, lang="zh", style="p", h="h3",
         features="", site=""):
    body_html, gold = render_body(blocks, style, h)
    html = build(body_html)
    PAGES.append({"id": id, "kind": kind, "lang": lang, "title": title, "authors": authors,
                  "publish_time": publish_time, "body_paragraphs": gold, "html": html,
                  "features": features, "site": site})
