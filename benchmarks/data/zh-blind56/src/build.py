"""Build html/<id>.html and gold/<id>.json for the zh-blind56 set from the page specs."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import SKINS
import pages_gov, pages_news, pages_other

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_news.PAGES + pages_other.PAGES


def main():
    ids = [p["id"] for p in PAGES]
    assert ids == [f"xe-{i:02d}" for i in range(1, 41)], ids
    os.makedirs(f"{ROOT}/html", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    kinds = []
    for p in PAGES:
        html_text, body = SKINS[p["skin"]](p)
        # names printed spaced out (`王  静`): keep both spaces as a site does with &nbsp;
        html_text = re.sub(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", html_text)
        with open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8") as f:
            f.write(html_text)
        gold = {"id": p["id"], "set": "zh-blind56", "lang": p.get("lang", "zh"), "title": p["title"],
                "authors": p["authors"], "publish_time": p["publish_time"],
                "body_paragraphs": [b.strip() for b in body]}
        with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        kinds.append((p["id"], p["kind"], sum(len(b) for b in body)))
    with open(f"{ROOT}/src/kinds.json", "w", encoding="utf-8") as f:
        json.dump(kinds, f, ensure_ascii=False, indent=0)
    for k in kinds:
        print(*k, sep="\t")


if __name__ == "__main__":
    main()
