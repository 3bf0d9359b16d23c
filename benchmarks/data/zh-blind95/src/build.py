#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict (see lib.page). Its body blocks are rendered as the
article body and are also the source of gold body_paragraphs, so the two cannot drift.
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: E402

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
KINDS = {"gov": "government", "media": "media", "self": "self-media", "epaper": "e-paper", "inst": "institution"}


def esc(s):
    return H.escape(s, quote=False)


def render_block(b, style):
    """Return (html, [gold paragraphs]) for one body block."""
    kind = b[0]
    if kind == "p":
        t = b[1]
        if style == "indent":
            return f"<p>\u3000\u3000{esc(t)}</p>", [t]
        if style == "br":
            return f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}<br><br>", [t]
        if style == "div":
            return f"<div class=\"para\">{esc(t)}</div>", [t]
        if style == "pstyle":
            return f"<p style=\"text-indent:2em;line-height:2em;\"><span style=\"font-size:16px;font-family:仿宋_GB2312;\">{esc(t)}</span></p>", [t]
        return f"<p>{esc(t)}</p>", [t]
    if kind == "h":  # sub-heading
        t = b[1]
        if style == "br":
            return f"<b>{esc(t)}</b><br><br>", [t]
        if style == "pstyle":
            return f"<p style=\"text-indent:2em;\"><strong><span style=\"font-family:黑体;\">{esc(t)}</span></strong></p>", [t]
        return f"<h3 class=\"sub\">{esc(t)}</h3>", [t]
    if kind == "strongp":  # bold lead-in inside a paragraph
        lead, rest = b[1], b[2]
        return f"<p><strong>{esc(lead)}</strong>{esc(rest)}</p>", [lead + rest]
    if kind == "ul" or kind == "ol":
        items = b[1]
        tag = kind
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>", list(items)
    if kind == "table":
        rows = b[1]
        out = ["<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"]
        for i, r in enumerate(rows):
            cell = "th" if i == 0 else "td"
            out.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in r) + "</tr>")
        out.append("</table>")
        return "".join(out), [" ".join(r) for r in rows]
    if kind == "img":  # alt text and caption: not body
        alt, cap = b[1], (b[2] if len(b) > 2 else None)
        s = f"<div class=\"pic\"><img alt=\"{H.escape(alt)}\" src=\"{GIF}\" width=\"1\" height=\"1\">"
        if cap:
            s += f"<p class=\"caption\">{esc(cap)}</p>"
        return s + "</div>", []
    if kind == "quote":
        return f"<blockquote>{esc(b[1])}</blockquote>", [b[1]]
    if kind == "right":  # 署名 / 成文日期 of official documents, right-aligned
        return f"<p style=\"text-align:right\">{esc(b[1])}</p>", [b[1]]
    if kind == "raw":  # furniture inside the article box, not body
        return b[1], []
    raise ValueError(kind)


def render_body(blocks, style):
    parts, gold = [], []
    for b in blocks:
        h, g = render_block(b, style)
        parts.append(h)
        gold.extend(g)
    return "\n".join(parts), gold


def render(p):
    body_html, gold_body = render_body(p["body"], p.get("style", "p"))
    doc = p["html"].replace("{BODY}", body_html)
    assert "{BODY}" not in doc
    lang = "en" if p["lang"] == "en" else "zh-CN"
    head = (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(p['doctitle'])}</title>\n<style>\n{p['css'].strip()}\n</style>\n</head>\n")
    return head + "<body>\n" + doc.strip() + "\n</body>\n</html>\n", gold_body


def all_pages():
    ps = []
    for mod in (pages_gov, pages_media, pages_self, pages_epaper, pages_inst):
        ps.extend(mod.PAGES)
    return ps


def main():
    ps = all_pages()
    ids = [p["id"] for p in ps]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in ps:
        doc, body = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        gold = {"id": p["id"], "set": "zh-blind95", "lang": p["lang"], "kind": KINDS[p["kind"]],
                "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
                "body_paragraphs": body}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(ps)} pages")


if __name__ == "__main__":
    main()
