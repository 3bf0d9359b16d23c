#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict; its body is a small line language (see parse_body) so that the gold
body paragraphs come from the same blocks that are rendered as the article body."""
import html, json, pathlib, re, importlib, sys
root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def parse_body(text):
    """Lines: '## ' sub-heading, '- ' list line, '| a | b' table row, '! alt | caption' picture,
    '~ ' a non-body line inside the article (own-line byline, editor, source), '> ' quote,
    '= ' right-aligned line (署名, 成文日期), '# ' centred 文号 line (not body), else a paragraph."""
    blocks = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        for tag, k in (("## ", "h"), ("- ", "li"), ("| ", "tr"), ("! ", "img"), ("~ ", "x"),
                       ("> ", "q"), ("= ", "r"), ("# ", "wh")):
            if line.startswith(tag):
                blocks.append((k, line[len(tag):]))
                break
        else:
            blocks.append(("p", line))
    return blocks

def gold_paras(blocks):
    out = []
    for k, t in blocks:
        if k in ("p", "h", "li", "q", "r"):
            out.append(t)
        elif k == "tr":
            out.append(" ".join(c.strip() for c in t.strip("| ").split(" | ")))
    return out

def render_body(blocks, pg):
    st = pg.get("pstyle", "p")
    ind = "\u3000\u3000" if st == "indent" else ""
    out, i = [], 0
    while i < len(blocks):
        k, t = blocks[i]
        if k == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                cells = [c.strip() for c in blocks[i][1].strip("| ").split(" | ")]
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
            continue
        if k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{E(blocks[i][1])}</li>")
                i += 1
            out.append('<ul class="ls">' + "".join(items) + "</ul>")
            continue
        if k == "h":
            out.append(pg.get("htag", "<p><strong>{}</strong></p>").format(E(t)))
        elif k == "img":
            alt, _, cap = t.partition(" | ")
            src = f' src="{GIF}"' if pg.get("gif") else ""
            out.append(f'<p class="pic" style="text-align:center"><img alt="{E(alt)}"{src} width="600" height="400"></p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center">{E(cap)}</p>')
        elif k == "x":
            out.append(f'<p class="nb">{E(t)}</p>')
        elif k == "q":
            out.append(f"<blockquote><p>{E(t)}</p></blockquote>")
        elif k == "r":
            out.append(f'<p style="text-align:right">{E(t)}</p>')
        elif k == "wh":
            out.append(f'<p style="text-align:center">{E(t)}</p>')
        else:
            if st == "br":
                out.append(ind + E(t) + "<br><br>")
            else:
                out.append(f"<p>{ind}{E(t)}</p>")
        i += 1
    return "\n".join(out)

def title_html(pg):
    t = pg["title"]
    lines = t if isinstance(t, list) else [t]
    return "<br>".join(E(x) for x in lines)

def title_gold(pg):
    t = pg["title"]
    if isinstance(t, list):
        return (" " if pg.get("lang") == "en" else "").join(t)
    return t

CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;font-size:14px;color:#333}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}ul{list-style:none;padding:0}
.nav li,.nav a{display:inline-block;margin:0 10px}.foot{background:#eee;text-align:center;padding:12px;font-size:12px}
h1{font-size:26px;text-align:center}.dt td,.dt th{padding:4px 8px}.cap{color:#666;font-size:13px}
.share a{margin-right:8px}.info span{margin-right:14px}"""

def build_page(pg):
    p = pg["id"]
    blocks = parse_body(pg["body"])
    art = render_body(blocks, pg)
    t = title_html(pg)
    head = ""
    if pg.get("pre"):
        head += f'<p class="yt">{E(pg["pre"])}</p>\n'
    head += pg.get("h1", "<h1>{}</h1>").format(t) + "\n"
    if pg.get("sub"):
        head += f'<p class="ft">{E(pg["sub"])}</p>\n'
    info = pg.get("info", "")
    pos = pg.get("info_pos", "below")
    if pos == "above":
        head = info + "\n" + head
    elif pos == "below":
        head = head + info + "\n"
    tail = pg.get("tail", "")
    if pos == "bottom":
        tail = info + "\n" + tail
    main = pg["frame"].format(HEAD=head, BODY=art, TAIL=tail)
    lang = "en" if pg.get("lang") == "en" else "zh-CN"
    doc = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{E(pg.get("doctitle", title_gold(pg)))}</title>
<style>{CSS}
{pg.get("css", "")}</style></head>
<body>
{pg.get("top", "")}
{main}
{pg.get("bottom", "")}
</body></html>
"""
    gold = {"id": p, "set": "zh-blind169", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
            "title": title_gold(pg), "authors": pg["authors"], "publish_time": pg["time"],
            "body_paragraphs": gold_paras(blocks)}
    return doc, gold

def all_pages():
    pages = []
    for m in ("pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"):
        try:
            pages += importlib.import_module(m).PAGES
        except ModuleNotFoundError as e:
            print("skip", m, e)
    return pages

if __name__ == "__main__":
    (root / "html").mkdir(exist_ok=True); (root / "gold").mkdir(exist_ok=True)
    for pg in all_pages():
        doc, gold = build_page(pg)
        assert "<script" not in doc
        (root / "html" / f"{pg['id']}.html").write_text(doc, encoding="utf-8")
        (root / "gold" / f"{pg['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("built", len(all_pages()))
