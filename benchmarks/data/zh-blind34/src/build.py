"""Write html/<id>.html and gold/<id>.json for every page spec."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import render, pages_gov, pages_news, pages_self, pages_epaper_inst, extras

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = pages_gov.PAGES + pages_news.PAGES + pages_self.PAGES + pages_epaper_inst.PAGES


def main():
    ids = [p["id"] for p in ALL]
    assert ids == [f"yi-{i:02d}" for i in range(1, 41)], ids
    os.makedirs(f"{ROOT}/html", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    kinds = []
    for p in ALL:
        if p['id'] in extras.EXTRA:
            i, paras = extras.EXTRA[p['id']]
            p['body'] = p['body'][:i] + paras + p['body'][i:]
        with open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8") as f:
            f.write(render.page(p))
        t = p["title"]
        g = {"id": p["id"], "set": "zh-blind34", "lang": p.get("lang", "zh"),
             "title": "".join(t) if isinstance(t, list) else t,
             "authors": p["authors"], "publish_time": p["time"],
             "body_paragraphs": render.gold_body(p["body"])}
        with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        kinds.append((p["id"], p["kind"], p["layout"]))
    with open(f"{ROOT}/src/kinds.json", "w", encoding="utf-8") as f:
        json.dump(kinds, f, ensure_ascii=False, indent=0)
    print(len(ALL), "pages")


if __name__ == "__main__":
    main()
