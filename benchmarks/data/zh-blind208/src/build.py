"""Write html/<id>.html and gold/<id>.json for zh-blind208."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import furniture, pages_a, pages_b, pages_c
from pages_extra import EXTRA
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind208"

def all_pages():
    pages = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES
    for s in pages:
        if s["n"] in EXTRA and EXTRA[s["n"]] not in s["paras"]:
            last = max(i for i, p in enumerate(s["paras"]) if isinstance(p, str))
            s["paras"].insert(last, EXTRA[s["n"]])
    return pages

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for s in all_pages():
        pid = f"ra-{s['n']:02d}"
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write(furniture.render(s))
        gold = {"id": pid, "set": SET, "lang": s["lang"], "kind": s["kind"], "title": s["title"],
                "authors": s.get("author_gold", s["authors"]), "publish_time": s["publish_time"],
                "body_paragraphs": furniture.gold_paras(s["paras"])}
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(all_pages()), "pages")

if __name__ == "__main__":
    main()
