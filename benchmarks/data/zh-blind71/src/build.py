#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages.py.

Body DSL (one block a line in page['body']):
  plain line      body paragraph              ## text   sub-heading (body)
  - text          list line (body)            |a|b|c    table row (body; consecutive rows = one table)
  = text          right-aligned body line (署名, 成文日期)
  !alt|caption    photo (alt + caption, not body)
  @text           a non-body line inside the article (editor, byline line, 原标题, source)
The gold body is taken from the same blocks that are rendered as body.
"""
import html as H, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from pages import PAGES
from furniture import LAYOUTS

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = H.escape

def parse_body(text):
    blocks = []
    for line in text.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("= "):
            blocks.append(("right", line[2:]))
        elif line.startswith("!"):
            alt, _, cap = line[1:].partition("|")
            blocks.append(("img", alt, cap))
        elif line.startswith("@"):
            blocks.append(("note", line[1:]))
        else:
            blocks.append(("p", line))
    return blocks

def render_body(blocks, style):
    out, i = [], 0
    indent = style.get("indent", "")
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "p":
            out.append(f"<p>{indent}{e(b[1])}</p>")
        elif b[0] == "h":
            if style.get("h") == "strong":
                out.append(f"<p><strong>{indent}{e(b[1])}</strong></p>")
            else:
                out.append(f"<h3>{e(b[1])}</h3>")
        elif b[0] == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{e(blocks[i][1])}</li>"); i += 1
            out.append("<ul class=\"lst\">" + "".join(items) + "</ul>")
            continue
        elif b[0] == "table":
            rows = []
            for r, cells in enumerate(b[1]):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in cells) + "</tr>")
            out.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
        elif b[0] == "right":
            out.append(f"<p style=\"text-align:right\">{e(b[1])}</p>")
        elif b[0] == "img":
            cap = f"<p class=\"cap\">{e(b[2])}</p>" if b[2] else ""
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(b[1])}\" width=\"600\" height=\"1\">{cap}</div>")
        elif b[0] == "note":
            out.append(f"<p class=\"note\">{e(b[1])}</p>")
        i += 1
    return "\n".join(out)

def gold_body(blocks):
    paras = []
    for b in blocks:
        if b[0] in ("p", "h", "li", "right"):
            paras.append(b[1])
        elif b[0] == "table":
            paras.extend(" ".join(c for c in row if c) for row in b[1])
    return paras

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = set()
    for p in PAGES:
        assert p["id"] not in ids, p["id"]; ids.add(p["id"])
        blocks = parse_body(p["body"])
        rnd = random.Random(p["id"])
        body_html = render_body(blocks, p.get("style", {}))
        page = LAYOUTS[p["layout"]](p, body_html, rnd)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        gold = {"id": p["id"], "set": "zh-blind71", "lang": p.get("lang", "zh"), "kind": p["kind"],
                "title": "".join(p["title"]) if p.get("lang", "zh") == "zh" else " ".join(p["title"]),
                "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(blocks)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"{len(PAGES)} pages built")

if __name__ == "__main__":
    main()
