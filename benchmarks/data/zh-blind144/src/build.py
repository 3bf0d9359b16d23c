#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict; its body is a list of blocks, and the same blocks are rendered into the
page and written to the gold, so the gold body is exactly what is shown as body.
Block kinds: p (paragraph), h (sub-heading), li (list line), quote, table (rows of cells),
img (alt, caption: not body), note (non-body line inside the article, e.g. 原标题/byline/editor).
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def body_html(blocks, style):
    out = []
    ind = style.get("indent", "")
    ptag = style.get("ptag", "p")
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(f"<{ptag}>{ind}{e(b[1])}</{ptag}>")
        elif k == "h":
            out.append(style.get("h", "<p><strong>{}</strong></p>").format(e(b[1])))
        elif k == "li":
            out.append(f"<p class=\"li\">{ind}{e(b[1])}</p>")
        elif k == "quote":
            out.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f"<table class=\"bt\" border=\"1\" cellspacing=\"0\">{rows}</table>")
        elif k == "img":
            cap = f"<p class=\"cap\">{e(b[2])}</p>" if len(b) > 2 and b[2] else ""
            out.append(f"<p class=\"pic\"><img src=\"{GIF}\" alt=\"{e(b[1])}\" width=\"600\" height=\"360\"></p>{cap}")
        elif k == "note":
            out.append(f"<p class=\"note\">{e(b[1])}</p>")
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)

def gold_body(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h", "li", "quote"):
            out.append(b[1])
        elif b[0] == "table":
            out.extend(" ".join(r) for r in b[1])
        elif b[0] == "rawp":
            pass
    for b in blocks:
        if b[0] == "raw" and len(b) > 2:
            pass
    return out

def render(pg):
    style = pg.get("style", {})
    art = body_html(pg["blocks"], style)
    page = pg["tpl"].replace("{{BODY}}", art)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % ("en" if pg.get("lang") == "en" else "zh-CN", e(pg["doctitle"]), pg.get("css", ""), page))

def main():
    import pages_a, pages_b, pages_c, pages_d
    pages = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES + pages_d.PAGES
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        h = render(pg)
        assert "<script" not in h and "http" not in h.replace("http-equiv", ""), pg["id"]
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(h)
        body = pg.get("gold_body") or gold_body(pg["blocks"])
        g = {"id": pg["id"], "set": "zh-blind144", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
             "title": pg["title"], "authors": pg["authors"], "publish_time": pg["publish_time"],
             "body_paragraphs": body}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    main()
