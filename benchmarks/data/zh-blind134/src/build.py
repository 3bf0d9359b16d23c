#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description has a hand-written furniture template (`tpl`, with a {BODY}
slot), its own CSS, the gold metadata and a body in a small line syntax:
  p: text   paragraph (default when no prefix)      -> body
  h: text   sub-heading                              -> body
  li: text  list item (consecutive ones form a list) -> body
  tr: a|b   table row (consecutive rows form a table; first row is the header) -> body
  sig: text right-aligned signature / date line      -> body
  cap: text photo caption                            -> not body
  img: alt  image with alt text                      -> not body
  x: html   raw furniture inside the article box     -> not body
The gold body is made from the same blocks that are rendered as body.
"""
import html as H, json, os, glob, importlib.util, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def esc(s):
    return H.escape(s, quote=False)

def para(t, fmt):
    e = esc(t)
    return {
        "p": f"<p>{e}</p>",
        "pi": f'<p style="text-indent:2em">{e}</p>',
        "pu": f"<p>\u3000\u3000{e}</p>",
        "div": f"<div class=\"para\">{e}</div>",
        "br": f"{e}<br><br>\n",
        "brn": f"\u3000\u3000{e}<br>\n",
        "font": f'<p><font size="3" face="宋体">\u3000\u3000{e}</font></p>',
        "span": f'<p style="line-height:2"><span style="font-size:16px;font-family:仿宋">{e}</span></p>',
        "section": f'<section><p style="margin:0 8px"><span>{e}</span></p></section>',
    }[fmt]

def gold_text(t, fmt):
    return ("\u3000\u3000" + t) if fmt in ("pu", "font", "brn") else t

def head(t, hfmt):
    e = esc(t)
    return {
        "strong": f"<p><strong>{e}</strong></p>",
        "h3": f"<h3>{e}</h3>",
        "h4": f"<h4 class=\"sub\">{e}</h4>",
        "bc": f'<p style="text-align:center"><b>{e}</b></p>',
        "bi": f'<p style="text-indent:2em"><b>{e}</b></p>',
        "sec": f'<section><p><strong><span style="color:#c00">{e}</span></strong></p></section>',
        "brb": f"<b>{e}</b><br><br>\n",
    }[hfmt]

def render_body(src, fmt, hfmt):
    out, gold = [], []
    lines = [l for l in src.strip("\n").split("\n") if l.strip()]
    i = 0
    while i < len(lines):
        l = lines[i].strip()
        tag, _, rest = l.partition(": ")
        if tag not in ("p", "h", "li", "tr", "sig", "cap", "img", "x"):
            tag, rest = "p", l
        if tag == "p":
            out.append(para(rest, fmt)); gold.append(rest)
        elif tag == "h":
            out.append(head(rest, hfmt)); gold.append(rest)
        elif tag == "sig":
            out.append(f'<p style="text-align:right">{esc(rest)}</p>'); gold.append(rest)
        elif tag == "cap":
            out.append(f'<p class="pic-cap" style="text-align:center;color:#666">{esc(rest)}</p>')
        elif tag == "img":
            out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{H.escape(rest)}" width="600" height="360"></p>')
        elif tag == "x":
            out.append(rest)
        elif tag == "li":
            items = []
            while i < len(lines) and lines[i].strip().startswith("li: "):
                t = lines[i].strip()[4:]; items.append(f"<li>{esc(t)}</li>"); gold.append(t); i += 1
            out.append("<ul class=\"list\">" + "".join(items) + "</ul>"); continue
        elif tag == "tr":
            rows = []
            first = True
            while i < len(lines) and lines[i].strip().startswith("tr: "):
                cells = [c.strip() for c in lines[i].strip()[4:].split("|")]
                td = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{td}>{esc(c)}</{td}>" for c in cells) + "</tr>")
                gold.append(" ".join(cells)); first = False; i += 1
            out.append('<table class="dt" border="1" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"); continue
        i += 1
    return "\n".join(out), [gold_text(g, fmt) if g else g for g in gold]

def load_pages():
    pages = []
    for fn in sorted(glob.glob(os.path.join(HERE, "pages_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(fn)[:-3], fn)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        pages.extend(m.PAGES)
    return pages

def main():
    pages = load_pages()
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        body_html, gold_body = render_body(pg["body"], pg.get("fmt", "p"), pg.get("hfmt", "strong"))
        # gold paragraphs for indented formats keep the indent only in the rendered text;
        # the gold itself is the prose without the leading U+3000 pair
        gold_body = [g.lstrip("\u3000") for g in gold_body]
        lang = pg.get("lang", "zh")
        doc = ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
               "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (
            "zh-CN" if lang == "zh" else "en", esc(pg["ptitle"]), pg["css"].strip(),
            pg["tpl"].strip().replace("{BODY}", body_html))
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        gold = {"id": pg["id"], "set": "zh-blind134", "lang": lang, "kind": pg["kind"],
                "title": pg["title"], "authors": pg["authors"], "publish_time": pg["time"],
                "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"built {len(pages)} pages")

if __name__ == "__main__":
    main()
