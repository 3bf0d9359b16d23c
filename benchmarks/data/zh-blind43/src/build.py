"""Build html/ and gold/ for zh-blind43 from the page dicts; then run raw.py and check.py.
Usage: python3 src/build.py   (from the set folder or anywhere)"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from tpl import TPL
import pages_gov, pages_news, pages_other

PAGES = pages_gov.P + pages_news.P + pages_other.P
from extra import X
for _p in PAGES:
    if _p["id"] in X:
        i, paras = X[_p["id"]]
        _p["body"][i:i] = paras


def gold_body(p):
    out = []
    for it in p["body"]:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "h3", "r"):
            out.append(it[1])
        elif it[0] == "t":
            out.extend(" ".join(c for c in r if c) for r in it[1])
    return out


def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True); os.makedirs(f"{ROOT}/gold", exist_ok=True)
    ids = [p["id"] for p in PAGES]
    assert len(ids) == len(set(ids)) == 40, ids
    index = []
    for p in PAGES:
        html = TPL[p["tpl"]](p)
        open(f"{ROOT}/html/{p['id']}.html", "w", encoding="utf-8").write(html)
        g = {"id": p["id"], "set": "zh-blind43", "lang": p.get("lang", "zh"), "title": p["title"],
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(p)}
        json.dump(g, open(f"{ROOT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        index.append((p["id"], p["kind"], p["sub"], p["site"], p["tpl"], sum(len(x) for x in g["body_paragraphs"])))
    json.dump(index, open(f"{ROOT}/src/index.json", "w"), ensure_ascii=False, indent=0)
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
