"""Write html/<id>.html and gold/<id>.json for every page spec."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from render import FAMILIES, gold_body
import pages_gov, pages_news, pages_self, pages_paper

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import extras
PAGES = pages_gov.PAGES + pages_news.PAGES + pages_self.PAGES + pages_paper.PAGES
extras.apply(PAGES)

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)) == 40, ids
    kinds = []
    for p in PAGES:
        html = FAMILIES[p["family"]](p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        gold = {"id": p["id"], "set": "zh-blind52", "lang": p.get("lang", "zh")[:2],
                "title": p["gold_title"], "authors": p["authors"],
                "publish_time": p["publish_time"], "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        kinds.append((p["id"], p["kind"], p["family"], sum(len(x) for x in gold["body_paragraphs"])))
    with open(os.path.join(ROOT, "src", "kinds.tsv"), "w", encoding="utf-8") as f:
        for k in kinds:
            f.write("%s\t%s\t%s\t%d\n" % k)
    print("wrote", len(PAGES), "pages")

if __name__ == "__main__":
    main()
