#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description gives the furniture (top/head/tail HTML) and the body as a list of
blocks; the gold body is taken from the same blocks that are rendered as body.
Blocks: str -> paragraph; ('h', t) sub-heading; ('ul', [..]) / ('ol', [..]) list lines;
('table', [[cells]..]) rows (header row first); ('q', t) quoted passage; ('sig', t) right-aligned
署名/日期 line (body); ('img', alt, caption) photo (not body); ('x', html) non-body HTML inside
the article (editor lines, bylines on their own, 原标题 lines)."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
e = html.escape

def render_body(page):
    style = page.get("pstyle", "p")
    out, gold = [], []
    ind = "\u3000\u3000" if style == "indent" else ""
    for b in page["body"]:
        if isinstance(b, str):
            gold.append(b)
            if style == "br":
                out.append(f"{ind}{e(b)}<br><br>")
            elif style == "div":
                out.append(f"<div class=\"para\">{e(b)}</div>")
            else:
                out.append(f"<p>{ind}{e(b)}</p>")
            continue
        k = b[0]
        if k == "h":
            gold.append(b[1])
            out.append(page.get("htag", "<h3>{}</h3>").format(e(b[1])))
        elif k in ("ul", "ol"):
            gold.extend(b[1])
            out.append(f"<{k}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            for r in b[1]:
                gold.append(" ".join(r))
            rows = []
            for n, r in enumerate(b[1]):
                t = "th" if n == 0 else "td"
                rows.append("<tr>" + "".join(f"<{t}>{e(c)}</{t}>" for c in r) + "</tr>")
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
        elif k == "q":
            gold.append(b[1])
            out.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif k == "sig":
            gold.append(b[1])
            out.append(f"<p style=\"text-align:right\">{e(b[1])}</p>")
        elif k == "img":
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(b[1])}\" width=\"600\" height=\"1\"><p class=\"cap\">{e(b[2])}</p></div>" if b[2] else f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(b[1])}\"></div>")
        elif k == "x":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out), gold

def build(page):
    body_html, gold_body = render_body(page)
    wrap = page.get("wrap", ("<div class=\"content\">", "</div>"))
    doc = (f"<!DOCTYPE html>\n<html lang=\"{'en' if page['lang']=='en' else 'zh-CN'}\">\n<head>\n<meta charset=\"utf-8\">\n"
           f"<title>{e(page.get('doctitle', page['title']))}</title>\n<style>\n{page.get('css','')}\n</style>\n</head>\n<body>\n"
           f"{page['top']}\n{page['head']}\n{wrap[0]}\n{body_html}\n{wrap[1]}\n{page['tail']}\n</body>\n</html>\n")
    with open(os.path.join(ROOT, "html", page["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    gold = {"id": page["id"], "set": "zh-blind179", "lang": page["lang"], "kind": page["kind"],
            "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
            "body_paragraphs": gold_body}
    with open(os.path.join(ROOT, "gold", page["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")

def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    ps = []
    from pages_extra import EXTRA
    for m in (pages_gov, pages_media, pages_self, pages_epaper, pages_inst):
        ps.extend(m.PAGES)
    for pg in ps:
        if pg["id"] in EXTRA:
            pos, text = EXTRA[pg["id"]]
            pg["body"] = list(pg["body"])
            pg["body"].insert(len(pg["body"]) if pos is None else pos, text)
    return ps

if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ps = all_pages()
    for p in ps:
        build(p)
    print(f"built {len(ps)} pages")
