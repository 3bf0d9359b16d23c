"""Write html/<id>.html and gold/<id>.json for zh-blind209."""
import json, os, re
from furniture import render, body_gold
import pages_a, pages_b, pages_c

SET = "zh-blind209"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def all_pages():
    return pages_a.PAGES + pages_b.PAGES + pages_c.PAGES


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in all_pages():
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        g = {"id": p["id"], "set": SET, "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": [re.sub(r"[\s\u3000]+", "", a) if p["lang"] == "zh" else a for a in p["authors"]],
             "publish_time": p["time"], "body_paragraphs": body_gold(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(all_pages()), "pages written")


if __name__ == "__main__":
    main()
