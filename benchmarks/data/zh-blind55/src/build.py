"""Write html/<id>.html and gold/<id>.json for the zh-blind55 set."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from furniture import page
import pages_gov, pages_news, pages_other
from extra import EXTRA

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.P + pages_news.P + pages_other.P

def norm_author(a):
    # spaced-out Chinese names (`王  静`) are given in gold without the spaces
    if re.search(r"[\u4e00-\u9fff]", a):
        return re.sub(r"\s+", "", a)
    return a

def main():
    ids = [p["id"] for p in PAGES]
    assert ids == [f"xd-{i:02d}" for i in range(1, 41)], ids
    rows = []
    for p in PAGES:
        p["authors"] = [norm_author(a) for a in p["authors"]]
        if p["id"] in EXTRA:
            i, t = EXTRA[p["id"]]
            p["body"].insert(i if i >= 0 else len(p["body"]) + i, t)
        doc, g = page(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        chars = sum(len(x) for x in g["body_paragraphs"])
        rows.append((p["id"], p["kind"], p.get("lang", "zh"), chars, p["sub"]))
    with open(os.path.join(ROOT, "pages.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tkind\tlang\tbody_chars\twhat\n")
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")
    print(len(rows), "pages written")

if __name__ == "__main__":
    main()
