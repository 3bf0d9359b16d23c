"""Build html/<id>.html and gold/<id>.json for zh-blind189 from pages*.py (one source of truth)."""
import json, os, html as H

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def img(alt, w=1, h=1, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f'<img src="{GIF}" alt="{e(alt)}" width="{w}" height="{h}"{c}>'

def gold_paras(body):
    out = []
    for b in body:
        t = b[0]
        if t in ("p", "h", "li", "q", "pr"):
            out.append(b[1])
        elif t == "table":
            out.extend(" ".join(r) for r in b[1])
    return out

def render_body(body, hstyle="h3"):
    out, inlist = [], False
    for b in body:
        t = b[0]
        if t != "li" and inlist:
            out.append("</ul>"); inlist = False
        if t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "pr":  # right aligned (署名/成文日期)
            out.append(f'<p style="text-align:right">{e(b[1])}</p>')
        elif t == "h":
            if hstyle == "strong":
                out.append(f"<p><strong>{e(b[1])}</strong></p>")
            else:
                out.append(f"<{hstyle}>{e(b[1])}</{hstyle}>")
        elif t == "li":
            if not inlist:
                out.append('<ul class="lst">'); inlist = True
            out.append(f"<li>{e(b[1])}</li>")
        elif t == "q":
            out.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif t == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="dt" border="1" cellspacing="0" cellpadding="4">{rows}</table>')
        elif t == "img":
            out.append(f'<p class="pic" style="text-align:center">{img(b[1], 600, 360)}</p><p class="cap" style="text-align:center;color:#666;font-size:13px">{e(b[2])}</p>')
        elif t == "x":  # non-body line (byline, editor, 文号 ...)
            cls = b[2] if len(b) > 2 else "x"
            out.append(f'<p class="{cls}">{e(b[1])}</p>')
        elif t == "html":
            out.append(b[1])
    if inlist:
        out.append("</ul>")
    return "\n".join(out)

def doc(title, css, body, lang="zh-CN", charset="utf-8"):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title>
<style>
{css}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def main():
    from pages_gov import PAGES as P1
    from pages_media import PAGES as P2
    from pages_self import PAGES as P3
    from pages_paper import PAGES as P4
    from pages_inst import PAGES as P5
    pages = P1 + P2 + P3 + P4 + P5
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)) == 40, (len(ids), len(set(ids)))
    import templates as T
    for p in pages:
        fn = getattr(T, p["tpl"])
        html_text = fn(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html_text)
        g = {"id": p["id"], "set": "zh-blind189", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
             "body_paragraphs": gold_paras(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print("built", len(pages))

if __name__ == "__main__":
    main()
