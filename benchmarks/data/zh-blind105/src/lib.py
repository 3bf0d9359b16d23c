"""Shared helpers: a page is one description (metadata + body blocks + a page-specific shell).

Body blocks (the gold body is taken from the same blocks that are rendered):
  ("p", text)            prose paragraph                      -> body
  ("h", text)            sub-heading                          -> body
  ("li", text)           list line                            -> body
  ("q", text)            quoted passage / 主送 / 署名 / 日期   -> body
  ("table", rows)        table; every row -> one paragraph (cells joined by one space)
  ("img", alt)           picture (alt text only)               -> not body
  ("cap", text)          photo caption                        -> not body
  ("x", text)            byline / editor / source / 原标题 line -> not body
  ("raw", html)          other non-body furniture inside the article
Text may carry inline HTML (<strong>, <span>, <a>); the gold strips tags.
"""
import html as _html
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_KINDS = {"p", "h", "li", "q", "table"}

DEFAULT = {
    "p": "<p>{}</p>",
    "h": "<h3>{}</h3>",
    "li": "<li>{}</li>",
    "q": "<p class=\"q\">{}</p>",
    "img": "<p class=\"pic\"><img alt=\"{}\" src=\"" + GIF + "\"></p>",
    "cap": "<p class=\"cap\">{}</p>",
    "x": "<p class=\"x\">{}</p>",
    "ul_open": "<ul class=\"lst\">", "ul_close": "</ul>",
    "table_open": "<table class=\"tb\" border=\"1\" cellspacing=\"0\">",
}


def strip_tags(s):
    return _html.unescape(re.sub(r"<[^>]+>", "", s)).strip()


def render(blocks, **style):
    st = dict(DEFAULT, **style)
    out, in_list = [], False
    for b in blocks:
        k = b[0]
        if k != "li" and in_list:
            out.append(st["ul_close"])
            in_list = False
        if k == "li" and not in_list:
            out.append(st["ul_open"])
            in_list = True
        if k == "table":
            rows = b[1]
            t = [st["table_open"]]
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and st.get("th", True) else "td"
                t.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == "raw":
            out.append(b[1])
        else:
            out.append(st[k].format(b[1]))
    if in_list:
        out.append(st["ul_close"])
    return "\n".join(out)


def gold_body(blocks):
    paras = []
    for b in blocks:
        if b[0] == "table":
            for r in b[1]:
                paras.append(" ".join(strip_tags(c) for c in r))
        elif b[0] in BODY_KINDS:
            paras.append(strip_tags(b[1]).replace("\u3000", "").strip())
    return paras


def page(title_html, css, body, lang="zh-CN", head_title=None):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{head_title or strip_tags(title_html)}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n"
            f"<body>\n{body.strip()}\n</body>\n</html>\n")


def write(spec):
    pid = spec["id"]
    with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8") as f:
        f.write(spec["html"])
    gold = {"id": pid, "set": "zh-blind105", "lang": spec.get("lang", "zh"), "kind": spec["kind"],
            "title": spec["title"], "authors": spec["authors"], "publish_time": spec["publish_time"],
            "body_paragraphs": gold_body(spec["blocks"])}
    with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold
