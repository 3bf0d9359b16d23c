"""Write html/<id>.html and gold/<id>.json for zh-blind211."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from furniture import page, body_html, gold_body
import pages_a, pages_b, pages_c
from extras import EXTRA, EXTRA2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind211"

def all_pages():
    pages = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES
    for p in pages:
        if p["id"] in EXTRA and not p.get("_x"):
            pos, text = EXTRA[p["id"]]
            p["body"] = list(p["body"])
            if pos is None:
                p["body"].append(text)
            else:
                p["body"].insert(pos, text)
            if p["id"] in EXTRA2:
                pos, text = EXTRA2[p["id"]]
                if pos is None:
                    p["body"].append(text)
                else:
                    p["body"].insert(pos, text)
            p["_x"] = True
    return pages

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in all_pages():
        parts = list(p["pre"]) + ['<div class="article">', p["title_html"], p.get("below", ""),
                 '<div class="content">', body_html(p["body"]), "</div></div>"] + list(p["post"])
        html = page(p["tag"], p["css"], parts)
        if p["lang"] == "en":
            html = html.replace('lang="zh-CN"', 'lang="en"')
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(html)
        g = {"id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
        open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8").write(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n")
    print("built", len(all_pages()), "pages")

if __name__ == "__main__":
    main()
