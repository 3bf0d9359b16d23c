#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

    python3 src/build.py            # from the set folder (or anywhere)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import SET, BASE_CSS, esc, attr, render_body, gold_body  # noqa: E402
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: E402

DOCTYPES = {
    "html5": "<!DOCTYPE html>",
    "xhtml": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    "html4": '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
}


def all_pages():
    pages = []
    for m in (pages_gov, pages_media, pages_self, pages_epaper, pages_inst):
        pages.extend(m.PAGES)
    return pages


def render(p):
    body = render_body(p["body"], p.get("ps", "p"), p.get("hs", "strong"), p.get("lists", "ul"))
    title = p.get("tsep", "<br>").join(esc(x) for x in p["title"])
    layout = p["layout"]
    for key in ("@@TITLE@@", "@@BODY@@"):
        if layout.count(key) != 1:
            raise SystemExit(f"{p['id']}: layout must contain {key} exactly once")
    out = layout.replace("@@TITLE@@", title).replace("@@BODY@@", body).replace("@@TIME@@", esc(p["time"]))
    metas = "".join(f'<meta name="{attr(k)}" content="{attr(v)}">\n' for k, v in p.get("meta", []))
    lang = "en" if p["lang"] == "en" else "zh-CN"
    return (f'{DOCTYPES[p.get("doctype", "html5")]}\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(p["doc_title"])}</title>\n{metas}<style>{BASE_CSS}{p.get("css", "")}</style>\n</head>\n'
            f'<body>\n{out}\n</body>\n</html>\n')


def gold(p):
    joiner = " " if p["lang"] == "en" else ""
    return {
        "id": p["id"],
        "set": SET,
        "lang": p["lang"],
        "kind": p["kind"],
        "title": joiner.join(x.strip() for x in p["title"]),
        "authors": list(p["authors"]),
        "publish_time": p["time"],
        "body_paragraphs": gold_body(p["body"]),
    }


def main():
    pages = all_pages()
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(render(p))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold(p), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(pages)} pages built")


if __name__ == "__main__":
    main()
