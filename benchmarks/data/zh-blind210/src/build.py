"""Build html/ and gold/ for zh-blind210 from pages_a/b/c."""
import json, os, html as H, sys
sys.path.insert(0, os.path.dirname(__file__))
from furniture import CSS, header, footer, render_body, gold_body
import pages_a, pages_b, pages_c

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES


def page_html(p):
    charset = p.get("charset", "utf-8")
    title_h = p.get("h1") or H.escape(p["title"])
    parts = [f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{H.escape(p["title"])}_{p["site"]}</title>',
             f'<style>{CSS}</style></head><body>', header(p), '<div class="wrap">',
             p.get("side", ""), p.get("crumb", ""), p.get("above", ""),
             f'<h1>{title_h}</h1>', p.get("below", ""),
             '<div class="article">', render_body(p["body"]), '</div>',
             p.get("after", ""), '</div>', footer(p), '</body></html>']
    return "\n".join(x for x in parts if x)


def main():
    assert len(PAGES) == 40, len(PAGES)
    for d in ("html", "gold"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    for p in PAGES:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        g = {"id": p["id"], "set": "zh-blind210", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
             "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print("built", len(PAGES))


if __name__ == "__main__":
    main()
