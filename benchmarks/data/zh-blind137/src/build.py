#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page description gives the site furniture (top, crumb, info bar, after, side, foot) as HTML
strings and the article as a list of blocks; the gold body is taken from the same blocks that are
rendered as body, so the two cannot drift apart.

Blocks: ("p", text) paragraph, ("h", text) sub-heading, ("li", [items]) list, ("ol", [items]),
("table", [[cells], ...]) table (gold: one paragraph per row, cells joined by one space),
("q", text) quoted passage, ("img", alt, caption) photo (not body), ("x", html) a non-body line
(byline, editor, source), ("raw", html, [gold paragraphs]) free HTML whose gold is given.
"""
import html as H, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape


def img(alt):
    return f'<img alt="{e(alt)}" src="{GIF}" width="1" height="1">'


def render_blocks(p):
    out, gold = [], []
    ind = p.get("indent", "")
    pt = p.get("ptag", "p")
    for b in p["blocks"]:
        k = b[0]
        if k == "p":
            out.append(f"<{pt}>{ind}{e(b[1])}</{pt}>"); gold.append(b[1])
        elif k == "h":
            ht = p.get("htag", "h3")
            if ht == "strong":
                out.append(f"<{pt}><strong>{ind}{e(b[1])}</strong></{pt}>")
            else:
                out.append(f"<{ht}>{e(b[1])}</{ht}>")
            gold.append(b[1])
        elif k in ("li", "ol"):
            t = "ul" if k == "li" else "ol"
            out.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{t}>")
            gold.extend(b[1])
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                c = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in r) + "</tr>")
                gold.append(" ".join(r))
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
        elif k == "q":
            out.append(f"<blockquote><p>{e(b[1])}</p></blockquote>"); gold.append(b[1])
        elif k == "img":
            out.append(f'<p class="pic" style="text-align:center">{img(b[1])}</p>'
                       + (f'<p class="cap" style="text-align:center">{e(b[2])}</p>' if len(b) > 2 and b[2] else ""))
        elif k == "x":
            out.append(b[1])
        elif k == "raw":
            out.append(b[1]); gold.extend(b[2])
        else:
            raise ValueError(k)
    return "\n".join(out), gold


def render(p):
    body_html, gold_body = render_blocks(p)
    head = p.get("headline_html") or f"<h1>{e(p['title'])}</h1>"
    info = p.get("info", "")
    art = []
    if p.get("info_pos", "below") == "above":
        art += [info, head]
    else:
        art += [head, info]
    art += [p.get("pre", ""), f'<div class="{p.get("bodycls", "content")}">\n{body_html}\n</div>', p.get("post", "")]
    art += p.get("after", [])
    art_html = "\n".join(x for x in art if x)
    top = "\n".join(p.get("top", []))
    crumb = p.get("crumb", "")
    foot = "\n".join(p.get("foot", []))
    side = "\n".join(p.get("side", []))
    lay = p.get("layout", "div")
    if lay == "table":
        main = (f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>{crumb}</td></tr></table>\n'
                f'<table width="1000" align="center" cellpadding="0" cellspacing="0" class="mt"><tr>'
                + (f'<td width="240" valign="top" class="side">{side}</td>' if side else "")
                + f'<td valign="top" class="art">\n{art_html}\n</td></tr></table>')
    elif lay == "table-right":
        main = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2">{crumb}</td></tr><tr>'
                f'<td valign="top" class="art">\n{art_html}\n</td><td width="260" valign="top" class="side">{side}</td></tr></table>')
    else:
        main = (f'<div class="wrap">\n{crumb}\n<div class="main"><div class="article">\n{art_html}\n</div>'
                + (f'\n<aside class="side">{side}</aside>' if side else "") + "</div></div>")
    lang = p.get("lang", "zh")
    doc = (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(p.get("doctitle", p["title"]))}</title>\n<style>\n{BASE_CSS}\n{p.get("css", "")}\n</style>\n</head>\n'
           f'<body>\n{top}\n{main}\n<div class="foot">\n{foot}\n</div>\n</body>\n</html>\n')
    gold = {"id": p["id"], "set": "zh-blind137", "lang": lang, "kind": p["kind"], "title": p["title"],
            "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold_body}
    return doc, gold


BASE_CSS = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}ul{margin:0;padding-left:1.5em}.wrap{max-width:1100px;margin:0 auto}
.main{display:flex;gap:24px}.article{flex:1}.side{width:260px}h1{font-size:24px;text-align:center}
table.dt{border-collapse:collapse;margin:8px auto}table.dt td,table.dt th{border:1px solid #999;padding:2px 8px}
.foot{background:#eee;text-align:center;padding:12px;font-size:12px;margin-top:20px}"""


def main():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        try:
            mod = __import__(m)
        except ModuleNotFoundError:
            continue
        pages += mod.PAGES
    ids = set()
    for p in pages:
        assert p["id"] not in ids, p["id"]; ids.add(p["id"])
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages built")


if __name__ == "__main__":
    main()
