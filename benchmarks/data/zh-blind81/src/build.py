#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description is a dict:
  id, kind, lang, title (gold), authors (gold), publish_time (gold),
  css (the page's own style sheet), page (the page's HTML body with the placeholder
  {{BODY}} where the article body goes), body (block text, see parse_blocks),
  pstyle / hstyle (how body paragraphs and sub-headings are rendered).
The gold body_paragraphs come from the same blocks that are rendered as body.
"""
import html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
KINDS = {"gov": "government", "media": "media", "self": "self-media", "epaper": "e-paper", "inst": "institution"}


def parse_blocks(text):
    """One block a line.  Prefixes:
    '## ' sub-heading (body)      '- ' list line (body, text kept as written after '- ')
    '| a | b' table row (body; consecutive rows make one table)   '> ' quoted passage (body)
    '!img ALT|CAPTION' picture + caption (not body)   '@ ' a line that is not body (byline,
    editor, source line ...; rendered as written)     '@c ' not-body line, centred
    anything else: a paragraph (body)."""
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
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("> "):
            blocks.append(("q", line[2:]))
        elif line.startswith("!img "):
            alt, _, cap = line[5:].partition("|")
            blocks.append(("img", (alt, cap)))
        elif line.startswith("@c "):
            blocks.append(("nbc", line[3:]))
        elif line.startswith("@ "):
            blocks.append(("nb", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def esc(s):
    return html.escape(s, quote=False)


def render(spec):
    ps = spec.get("pstyle", "p")
    hs = spec.get("hstyle", "h3")
    out, gold = [], []
    for kind, val in parse_blocks(spec["body"]):
        if kind == "p":
            gold.append(val)
            if ps == "p":
                out.append(f"<p>{esc(val)}</p>")
            elif ps == "indent":
                out.append(f'<p style="text-indent:2em">{esc(val)}</p>')
            elif ps == "ideo":
                out.append(f"<p>\u3000\u3000{esc(val)}</p>")
            elif ps == "nbsp":
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(val)}</p>")
            elif ps == "div":
                out.append(f"<div class=\"para\">{esc(val)}</div>")
            elif ps == "br":
                out.append(f"\u3000\u3000{esc(val)}<br><br>")
            elif ps == "section":
                out.append(f'<section><span>{esc(val)}</span></section><section><br></section>')
        elif kind == "h":
            gold.append(val)
            if hs == "h3":
                out.append(f"<h3>{esc(val)}</h3>")
            elif hs == "strong":
                out.append(f'<p style="text-indent:2em"><strong>{esc(val)}</strong></p>')
            elif hs == "center":
                out.append(f'<p style="text-align:center"><b>{esc(val)}</b></p>')
            elif hs == "h2":
                out.append(f'<h2 class="sub">{esc(val)}</h2>')
            elif hs == "br":
                out.append(f"\u3000\u3000<b>{esc(val)}</b><br><br>")
            elif hs == "section":
                out.append(f'<section><strong><span>{esc(val)}</span></strong></section><section><br></section>')
        elif kind == "li":
            gold.append(val)
            if ps == "br":
                out.append(f"\u3000\u3000{esc(val)}<br>")
            else:
                out.append(f'<p class="li">{esc(val)}</p>')
        elif kind == "q":
            gold.append(val)
            out.append(f"<blockquote>{esc(val)}</blockquote>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                gold.append(" ".join(r))
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table class="data">' + "".join(rows) + "</table>")
        elif kind == "img":
            alt, cap = val
            out.append(f'<p class="pic" style="text-align:center"><img src="{GIF}" alt="{html.escape(alt)}" width="600" height="360"></p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center">{esc(cap)}</p>')
        elif kind == "nb":
            out.append(f"<p>{esc(val)}</p>" if ps != "br" else f"{esc(val)}<br><br>")
        elif kind == "nbc":
            out.append(f'<p style="text-align:center">{esc(val)}</p>')
    return "\n".join(out), gold


def page_html(spec, body_html):
    doc_title = spec.get("doc_title", spec["title"])
    body = spec["page"].replace("{{BODY}}", body_html)
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>\n%s\n</style>\n</head>\n<body>\n%s\n</body>\n</html>\n"
            % ("en" if spec["lang"] == "en" else "zh-CN", esc(doc_title), spec.get("css", ""), body))


def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    return sorted(pages, key=lambda p: p["id"])


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    pages = all_pages()
    for spec in pages:
        body_html, gold_body = render(spec)
        with open(os.path.join(ROOT, "html", spec["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(spec, body_html))
        g = {"id": spec["id"], "set": "zh-blind81", "lang": spec["lang"], "kind": KINDS[spec["kind"]],
             "title": spec["title"], "authors": spec["authors"], "publish_time": spec["publish_time"],
             "body_paragraphs": gold_body}
        with open(os.path.join(ROOT, "gold", spec["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
