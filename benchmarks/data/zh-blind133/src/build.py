#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in src/pages_*.py.

Each page is a dict: id, kind, lang, title, authors, publish_time, css, page (HTML skeleton with
{BODY} where the article body goes) and body (a list of blocks). The gold body comes from the
same blocks that are rendered as body, so the two cannot disagree.
Blocks: P(text) paragraph, H(text) sub-heading, UL/OL(items) list, TABLE(rows) table,
IMG(alt, caption) photo (not body), X(html) furniture inside the body area (not body).
"""
import html as H_, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = "zh-blind133"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def e(s): return H_.escape(s, quote=False)

def P(t, cls=None, indent=False, tag="p", style=None):
    return {"t": "p", "text": t, "cls": cls, "indent": indent, "tag": tag, "style": style}
def H(t, tag="h3", cls=None): return {"t": "h", "text": t, "tag": tag, "cls": cls}
def UL(items, ordered=False, cls=None): return {"t": "list", "items": items, "ordered": ordered, "cls": cls}
def OL(items, cls=None): return UL(items, True, cls)
def TABLE(rows, cls=None, head=True): return {"t": "table", "rows": rows, "cls": cls, "head": head}
def IMG(alt, caption=None, gif=False): return {"t": "img", "alt": alt, "caption": caption, "gif": gif}
def X(html): return {"t": "x", "html": html}

def render(blocks):
    out = []
    for b in blocks:
        t = b["t"]
        if t == "p":
            a = f' class="{b["cls"]}"' if b["cls"] else ""
            if b["style"]: a += f' style="{b["style"]}"'
            txt = ("\u3000\u3000" if b["indent"] else "") + e(b["text"])
            out.append(f'<{b["tag"]}{a}>{txt}</{b["tag"]}>')
        elif t == "h":
            a = f' class="{b["cls"]}"' if b["cls"] else ""
            if b["tag"] == "strong":
                out.append(f'<p{a}><strong>{e(b["text"])}</strong></p>')
            else:
                out.append(f'<{b["tag"]}{a}>{e(b["text"])}</{b["tag"]}>')
        elif t == "list":
            tg = "ol" if b["ordered"] else "ul"
            a = f' class="{b["cls"]}"' if b["cls"] else ""
            out.append(f"<{tg}{a}>" + "".join(f"<li>{e(i)}</li>" for i in b["items"]) + f"</{tg}>")
        elif t == "table":
            a = f' class="{b["cls"]}"' if b["cls"] else ' border="1" cellspacing="0" cellpadding="4"'
            rows = []
            for i, r in enumerate(b["rows"]):
                c = "th" if (i == 0 and b["head"]) else "td"
                rows.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in r) + "</tr>")
            out.append(f"<table{a}>" + "".join(rows) + "</table>")
        elif t == "img":
            src = f' src="{GIF}"' if b["gif"] else ""
            cap = f'<p class="pic-cap">{e(b["caption"])}</p>' if b["caption"] else ""
            out.append(f'<div class="pic"><img{src} alt="{H_.escape(b["alt"])}">{cap}</div>')
        elif t == "x":
            out.append(b["html"])
    return "\n".join(out)

def gold_body(blocks):
    g = []
    for b in blocks:
        if b["t"] in ("p", "h"): g.append(b["text"])
        elif b["t"] == "list": g.extend(b["items"])
        elif b["t"] == "table": g.extend(" ".join(c for c in r if c.strip()) for r in b["rows"])
    return g

def build(p):
    body = render(p["body"])
    page = p["page"].replace("{BODY}", body)
    doc = (f'<!DOCTYPE html>\n<html lang="{ "en" if p["lang"]=="en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(p.get("doctitle", p["title"]))}</title>\n<style>\n{p.get("css","")}\n</style>\n</head>\n'
           f'<body>\n{page}\n</body>\n</html>\n')
    assert "<script" not in doc and "src=\"http" not in doc
    with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f: f.write(doc)
    gold = {"id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"], "title": p["title"],
            "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold_body(p["body"])}
    with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

def all_pages():
    sys.path.insert(0, HERE)
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        try: mod = __import__(m)
        except ModuleNotFoundError: continue
        pages.extend(mod.PAGES)
    return pages

if __name__ == "__main__":
    ps = all_pages()
    for p in ps: build(p)
    print(len(ps), "pages built")
