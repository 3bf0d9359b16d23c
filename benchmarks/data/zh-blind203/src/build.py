#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page sources (pages_a/b/c)."""
import html as H, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
from pages_c import PAGES as C
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = A + B + C
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def body_html(blocks, pstyle=""):
    out, rows = [], []
    def flush():
        if rows:
            out.append('<table class="tb" border="1">' + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            rows.clear()
    li = []
    def flushli():
        if li:
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in li) + "</ul>"); li.clear()
    for b in blocks:
        t = b[0]
        if t != "tr": flush()
        if t != "li": flushli()
        if t == "p": out.append(f"<p{pstyle}>{e(b[1])}</p>")
        elif t == "h": out.append(f"<p{pstyle}><strong>{e(b[1])}</strong></p>")
        elif t == "h3": out.append(f"<h3>{e(b[1])}</h3>")
        elif t == "li": li.append(b[1])
        elif t == "tr": rows.append(b[1])
        elif t == "img": out.append(f'<p class="pic">{img(b[1])}</p>' + (f'<p class="cap">{e(b[2])}</p>' if len(b) > 2 else ""))
        elif t == "x": out.append(f"<p{pstyle}>{e(b[1])}</p>")  # non-body line printed in the body (byline, editor, source)
        elif t == "raw": out.append(b[1])
    flush(); flushli()
    return "\n".join(out)

def gold_body(blocks):
    g = []
    for b in blocks:
        if b[0] in ("p", "h", "h3", "li"): g.append(b[1])
        elif b[0] == "tr": g.append(" ".join(b[1]))
    return g

def links(items, sep=" | "):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)

def page(p):
    from templates import TEMPLATES
    return TEMPLATES[p["tpl"]](p)

def main():
    seen = set()
    for p in PAGES:
        assert p["id"] not in seen, p["id"]; seen.add(p["id"])
        doc = page(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind203", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p.get("gtitle", p["title"].replace("\n", "")), "authors": [a.replace("\u3000", "") for a in p["authors"]],
             "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print(f"built {len(PAGES)} pages")

if __name__ == "__main__":
    main()
