"""Write html/<id>.html and gold/<id>.json from the page modules."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import layouts, pages_gov, pages_media, pages_other
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.P + pages_media.P + pages_other.P

def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for p in PAGES:
        p["html"] = p["html"].replace("%GIF%", layouts.GIF)
        with open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8") as f:
            f.write(layouts.page(p))
        g = dict(id=p["id"], set="zh-blind236", lang=p["lang"], kind=p["kind"], title=p["title"],
                 authors=p["authors"], publish_time=p["time"], body_paragraphs=layouts.gold_body(p["body"]))
        with open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
