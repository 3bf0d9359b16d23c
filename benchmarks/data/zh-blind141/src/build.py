#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict; its body is a small line language (see parse_body), so
the gold body paragraphs come from exactly the blocks that are rendered as body.
"""
import html as H
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def e(s):
    return H.escape(s, quote=True)


def parse_body(text):
    """Body line language, one block per line:
    plain text        paragraph (body)
    ## text           sub-heading (body)
    - text            list item (body)
    | a | b | c       table row (body; cells joined by one space)
    > text            quoted passage (body)
    = text            right-aligned line: 署名 / 成文日期 (body)
    ! alt | caption   image with caption (not body)
    @ text            credit/editor/source/byline line inside the article area (not body)
    ~ text            文号 line, centred (not body)
    """
    blocks = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            blocks.append(("tr", cells))
        elif line.startswith("> "):
            blocks.append(("q", line[2:]))
        elif line.startswith("= "):
            blocks.append(("r", line[2:]))
        elif line.startswith("! "):
            alt, _, cap = line[2:].partition("|")
            blocks.append(("img", (alt.strip(), cap.strip())))
        elif line.startswith("@ "):
            blocks.append(("x", line[2:]))
        elif line.startswith("~ "):
            blocks.append(("wh", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def gold_body(blocks):
    out = []
    for k, v in blocks:
        if k in ("p", "h", "li", "q", "r"):
            out.append(v)
        elif k == "tr":
            out.append(" ".join(v))
    return out


def render_body(blocks, style):
    """style: 'p' (plain <p>), 'indent' (<p> with two U+3000), 'br' (old <br> joined),
    'div' (div per paragraph), 'span' (self-media sections)."""
    out = []
    i = 0
    while i < len(blocks):
        k, v = blocks[i]
        if k == "tr":
            rows = []
            first = True
            while i < len(blocks) and blocks[i][0] == "tr":
                tag = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in blocks[i][1]) + "</tr>")
                first = False
                i += 1
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(rows) + "</table>")
            continue
        if k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            out.append("<ul class=\"bl\">" + "".join(items) + "</ul>")
            continue
        if k == "p":
            if style == "indent":
                out.append(f"<p>\u3000\u3000{e(v)}</p>")
            elif style == "br":
                out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{e(v)}<br><br>")
            elif style == "div":
                out.append(f"<div class=\"para\">{e(v)}</div>")
            elif style == "span":
                out.append(f"<section><span>{e(v)}</span></section>")
            else:
                out.append(f"<p>{e(v)}</p>")
        elif k == "h":
            if style == "br":
                out.append(f"<b>{e(v)}</b><br><br>")
            elif style == "span":
                out.append(f"<section><strong>{e(v)}</strong></section>")
            else:
                out.append(f"<p class=\"sub\"><strong>{e(v)}</strong></p>")
        elif k == "q":
            out.append(f"<blockquote>{e(v)}</blockquote>")
        elif k == "r":
            out.append(f"<p style=\"text-align:right\">{e(v)}</p>")
        elif k == "img":
            alt, cap = v
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(alt)}\" width=\"600\" height=\"1\">"
                       + (f"<p class=\"cap\">{e(cap)}</p>" if cap else "") + "</div>")
        elif k == "x":
            out.append(f"<p class=\"credit\">{e(v)}</p>")
        elif k == "wh":
            out.append(f"<p style=\"text-align:center\">{e(v)}</p>")
        i += 1
    return "\n".join(out)


def links(items, sep=""):
    return sep.join(f"<a href=\"#\">{e(x)}</a>" for x in items)


def ul(items, cls="list"):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in items) + "</ul>"


CSS = {
    "table": "body{margin:0;font:12px SimSun,serif;background:#e8eef4}table.frame{width:1000px;margin:0 auto;background:#fff}"
             ".ban{background:#1d5fa8;color:#fff;font-size:26px;height:80px}.nav a{color:#fff;margin:0 9px}.nav{background:#0e3f7a}"
             ".ttl{font-size:20px;color:#b00;text-align:center;font-weight:bold}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}"
             "table.dt{border-collapse:collapse;margin:8px auto}table.dt td,table.dt th{padding:3px 8px}.foot{text-align:center;color:#444;background:#dde}"
             ".cap{text-align:center;color:#555}.list li{list-style:none}",
    "portal": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.top{background:#f3f3f3;font-size:12px;padding:4px 30px}"
              ".top a{margin-right:12px;color:#666}.hd{height:110px;background:#c8161d;color:#fff;font-size:30px;padding:20px 40px}"
              ".nav{background:#a50e14;padding:6px 30px}.nav a{color:#fff;margin-right:18px}.wrap{width:1180px;margin:0 auto;display:flex}"
              ".main{width:800px}.side{width:340px;margin-left:40px;background:#fafafa}.crumb{color:#888;margin:10px 0}h1{font-size:28px}"
              ".info{color:#888;font-size:13px}.info span{margin-right:14px}.cap{color:#666;font-size:13px;text-align:center}"
              "table.dt{border-collapse:collapse}table.dt td,table.dt th{border:1px solid #ccc;padding:4px}.ft{background:#333;color:#ccc;padding:20px;text-align:center}",
    "modern": "body{margin:0;font:16px/1.9 -apple-system,'PingFang SC',sans-serif;color:#222;background:#f7f8fa}"
              "header{background:linear-gradient(#0b4a8b,#1565c0);color:#fff;padding:18px 6vw}header .tools a{color:#dde;margin-left:12px;font-size:13px}"
              "nav.mn{background:#fff;box-shadow:0 2px 4px #ccc;padding:10px 6vw}nav.mn a{margin-right:22px;color:#0b4a8b}"
              "article{max-width:900px;margin:20px auto;background:#fff;padding:30px 50px}h1{font-size:30px;line-height:1.4}"
              ".meta{display:flex;gap:20px;color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}"
              ".cap{color:#777;font-size:14px;text-align:center}table.dt{border-collapse:collapse;width:100%}table.dt td,table.dt th{border:1px solid #ddd;padding:6px}"
              "footer{background:#1f2d3d;color:#aab;padding:30px 6vw;font-size:13px}.crumb{max-width:900px;margin:12px auto;color:#888;font-size:14px}",
    "app": "body{margin:0;font:17px/1.8 -apple-system,sans-serif;color:#191919;max-width:680px;margin:0 auto}"
           ".bar{display:flex;justify-content:space-between;padding:10px 16px;border-bottom:1px solid #eee;font-size:14px}"
           "h1{font-size:24px;padding:0 16px}.acct{display:flex;gap:10px;padding:0 16px;color:#576b95;font-size:15px}.acct em{color:#999;font-style:normal}"
           ".ct{padding:0 16px}.cap{color:#999;font-size:13px;text-align:center}.open{background:#f04142;color:#fff;text-align:center;padding:12px;margin:20px 16px;border-radius:22px}"
           "table.dt{border-collapse:collapse}table.dt td,table.dt th{border:1px solid #ddd;padding:4px}.rel li{padding:6px 0;border-bottom:1px solid #f0f0f0;list-style:none}",
    "epaper": "body{margin:0;font:14px/1.7 SimSun,serif;background:#efe9dc}.mast{background:#8b1a1a;color:#fff;padding:10px 20px;font-size:24px}"
              ".pgnav{background:#fff8e8;padding:6px 20px;font-size:13px}.pgnav a{margin-right:10px}.cols{display:flex;width:1200px;margin:0 auto}"
              ".lft{width:360px;background:#fff;padding:10px}.rgt{width:800px;background:#fff;margin-left:20px;padding:20px 40px}"
              ".yt,.ft2{text-align:center;color:#555;font-size:16px}.zt{text-align:center;font-size:26px;font-weight:bold;color:#000}"
              ".cap{text-align:center;color:#666;font-size:12px}table.dt{border-collapse:collapse;margin:auto}table.dt td,table.dt th{border:1px solid #999;padding:3px 6px}"
              ".bottom{text-align:center;font-size:12px;color:#666;padding:14px}",
}


def page_html(p):
    blocks = parse_body(p["body"])
    body_html = render_body(blocks, p.get("style", "p"))
    css = CSS[p["layout"]] + p.get("css", "")
    title_html = p.get("title_html") or "<br>".join(e(x) for x in p["title_lines"])
    doc_title = p.get("doc_title", "".join(p["title_lines"]) + "_" + p["site"])
    parts = {
        "TITLE": title_html,
        "BODY": body_html,
    }
    tpl = p["tpl"]
    for k, v in parts.items():
        tpl = tpl.replace("{{" + k + "}}", v)
    lang = "en" if p.get("lang") == "en" else "zh-CN"
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(doc_title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{tpl}\n</body>\n</html>\n")


def main():
    pages = []
    for mod in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("pages_") and f.endswith(".py")):
        pages.extend(importlib.import_module(mod).PAGES)
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = set()
    for p in pages:
        assert p["id"] not in ids, p["id"]
        ids.add(p["id"])
        assert "{{BODY}}" in p["tpl"] and "{{TITLE}}" in p["tpl"], p["id"]
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        sep = " " if p.get("lang") == "en" else ""
        gold = {
            "id": p["id"], "set": "zh-blind141", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": p.get("title") or sep.join(p["title_lines"]),
            "authors": [a if p.get("lang") == "en" else a.replace(" ", "").replace("\u3000", "") for a in p["authors"]], "publish_time": p["time"],
            "body_paragraphs": gold_body(parse_body(p["body"])),
        }
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
