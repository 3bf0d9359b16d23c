"""Build html/ and gold/ for zh-blind48 from the page specs."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from furniture import page, render_body
import pages_gov, pages_news, pages_other
from extras import X

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.P + pages_news.P + pages_other.P


def build():
    os.makedirs(f"{ROOT}/html", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert ids == [f"yw-{i:02d}" for i in range(1, 41)], ids
    for p in PAGES:
        items = list(p["body"])
        ex = X.get(p["id"])
        if isinstance(ex, tuple):
            items += ex[1]
        elif ex:
            items = items[:-1] + ex + items[-1:]
        body_html, gold_body = render_body(items)
        article = (p["meta_html"] + p["title_html"]) if p["meta_first"] else (p["title_html"] + p["meta_html"])
        if p["style"] in ("gov2020",):
            mid = f'<div class="main"><div class="art">{body_html}</div></div>'
        elif p["style"] == "gov2010":
            mid = f'<table class="w"><tr><td class="art">{body_html}</td></tr></table>'
        else:
            mid = f'<div class="art">{body_html}</div>'
        doc = page(p["tab"], p["style"], p["pre"] + "\n" + article + "\n" + mid + "\n" + p["post"])
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(doc)
        gold = {"id": p["id"], "set": "zh-blind48", "lang": p.get("lang", "zh"), "title": p["title"],
                "authors": p["authors"], "publish_time": p["ptime"], "body_paragraphs": gold_body}
        json.dump(gold, open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    with open(f"{ROOT}/src/kinds.tsv", "w", encoding="utf-8") as f:
        for p in PAGES:
            f.write(f"{p['id']}\t{p['kind']}\n")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    build()
