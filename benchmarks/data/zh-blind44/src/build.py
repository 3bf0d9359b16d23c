"""Generate html/<id>.html and gold/<id>.json for zh-blind44. Run from anywhere."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kit import render_body, doc
import pages_gov, pages_news, pages_other
from extra import EXTRA
ROOT = os.path.dirname(HERE)
PAGES = pages_gov.P + pages_news.P + pages_other.P

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert ids == ["ys-%02d" % i for i in range(1, 41)], ids
    for p in PAGES:
        if p['id'] in EXTRA:
            i, para = EXTRA[p['id']]
            p['body'] = p['body'][:i] + [para] + p['body'][i:]
        lang = p.get("lang", "zh")
        bhtml, gold_body = render_body(p["body"], indent=(lang == "zh"))
        parts = [x.replace("{BODY}", bhtml) for x in p["parts"]]
        page = doc(p["title"], parts)
        if lang == "en":
            page = page.replace('lang="zh-CN"', 'lang="en"').replace("<button>搜索</button>", "<button>Go</button>")
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(page)
        g = {"id": p["id"], "set": "zh-blind44", "lang": lang, "title": p["title"], "authors": p["authors"],
             "publish_time": p["pt"], "body_paragraphs": gold_body}
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
