"""Write html/<id>.html and gold/<id>.json from the hand-written pages in pages_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import parse_body, gold_body
from layouts import LAYOUTS
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for p in PAGES:
        p["items"] = parse_body(p["body"])
        p.setdefault("doctitle", p["title"] + "_" + p["site"])
        html = LAYOUTS[p["layout"]](p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(html)
        g = dict(id=p["id"], set="zh-blind233", lang=p.get("lang", "zh"), kind=p["kind"], title=p["title"],
                 authors=p["authors"], publish_time=p["time"], body_paragraphs=gold_body(p["items"]))
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
