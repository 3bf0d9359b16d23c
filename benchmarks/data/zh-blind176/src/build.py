#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page description has the page's own template (`tpl`, HTML with a {BODY} slot), its CSS,
and its body as a list of blocks; the same blocks are rendered into {BODY} and written to the
gold body, so the two cannot drift apart.

Block syntax (strings): plain text = paragraph (body); 'h|text' sub-heading (body);
'li|text' list item (body); 't|a|b|c' table row (body, cells joined by one space);
'q|text' quoted passage (body); 'cap|text' photo caption (not body); 'img|alt' image with
alt text (not body); 'x|text' a non-body line inside the article (byline, editor, source).
"""
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def esc(s):
    return H.escape(s, quote=False)


def render_blocks(blocks, pg):
    out, gold = [], []
    ind = pg.get("indent", "")
    hfmt = pg.get("h", "<h3>{}</h3>")
    pfmt = pg.get("p", "<p>{}</p>")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        kind, _, rest = b.partition("|") if "|" in b[:4] else ("", "", b)
        if kind == "" :
            out.append(pfmt.format(ind + esc(b)))
            gold.append(b)
        elif kind == "h":
            out.append(hfmt.format(esc(rest)))
            gold.append(rest)
        elif kind == "q":
            out.append("<blockquote><p>{}</p></blockquote>".format(esc(rest)))
            gold.append(rest)
        elif kind == "li":
            items = []
            while i < len(blocks) and blocks[i].startswith("li|"):
                items.append(blocks[i][3:])
                i += 1
            out.append(pg.get("ul", "<ul>") + "".join("<li>%s</li>" % esc(t) for t in items) + "</ul>")
            gold.extend(items)
            continue
        elif kind == "t":
            rows = []
            while i < len(blocks) and blocks[i].startswith("t|"):
                rows.append(blocks[i][2:].split("|"))
                i += 1
            trs = []
            for n, r in enumerate(rows):
                tag = "th" if n == 0 and pg.get("th", True) else "td"
                trs.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
            out.append('<table class="dt" border="1" cellspacing="0">' + "".join(trs) + "</table>")
            gold.extend(" ".join(r) for r in rows)
            continue
        elif kind == "cap":
            out.append('<p class="cap">{}</p>'.format(esc(rest)))
        elif kind == "img":
            out.append('<p class="pic"><img src="{}" alt="{}"></p>'.format(GIF, H.escape(rest)))
        elif kind == "x":
            out.append('<p class="x">{}</p>'.format(esc(rest)))
        else:
            raise ValueError(b)
        i += 1
    return "\n".join(out), gold


def build(pg):
    body_html, gold_body = render_blocks(pg["body"], pg)
    doc = ('<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{t}</title>\n'
           '<style>\n{css}\n</style>\n</head>\n<body>\n{b}\n</body>\n</html>\n').format(
        lang="en" if pg.get("lang") == "en" else "zh-CN", t=esc(pg["doc_title"]), css=pg["css"].strip(),
        b=pg["tpl"].strip().replace("{BODY}", body_html).replace("{GIF}", GIF))
    gold = {"id": pg["id"], "set": "zh-blind176", "lang": pg.get("lang", "zh"), "kind": pg["kind"],
            "title": pg["title"], "authors": pg["authors"], "publish_time": pg["publish_time"],
            "body_paragraphs": gold_body}
    return doc, gold


def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    return sorted(pages, key=lambda p: p["id"])


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in all_pages():
        doc, gold = build(pg)
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", len(all_pages()), "pages")


if __name__ == "__main__":
    main()
