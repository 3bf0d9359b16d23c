"""Build html/<id>.html and gold/<id>.json for zh-blind42.  python3 src/build.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import page, body_html
import pages_gov, pages_news, pages_self, pages_paper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {}
for mod, kind in [(pages_gov, "government"), (pages_news, "news"), (pages_self, "self-media"), (pages_paper, "e-paper"), (pages_inst, "institutional")]:
    for p in mod.PAGES:
        KIND[p["id"]] = kind
ALL = pages_gov.PAGES + pages_news.PAGES + pages_self.PAGES + pages_paper.PAGES + pages_inst.PAGES

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in ALL]
    assert len(ids) == len(set(ids)) == 40, ids
    for p in ALL:
        bh, gold = body_html(p["body"])
        inner = p["top"] + '\n<div class="article">\n' + p["head"] + '\n<div class="content">\n' + bh + '\n</div>\n</div>\n' + p["tail"] + "\n" + p["foot"]
        doc = page(p["tt"], p["css"], inner)
        if p.get("lang") == "en":
            doc = doc.replace('lang="zh-CN"', 'lang="en"')
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(doc)
        g = {"id": p["id"], "set": "zh-blind42", "lang": p.get("lang", "zh"), "title": p["title"],
             "authors": p["authors"], "publish_time": p["pt"], "body_paragraphs": gold}
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(ALL))

if __name__ == "__main__":
    main()
