import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
import gov1, gov2, gov3, news, news2, media, inst, paper
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = [p["id"] for p in lib.PAGES]
assert len(ids) == len(set(ids)), "duplicate ids"
GLUED = {"zb-01", "zb-14"}   # pages whose inline info-bar spans stay glued (no white space in the source)
for p in lib.PAGES:
    if p["id"] not in GLUED:
        p["html"] = p["html"].replace("</span><span", "</span>\n<span")
    open(f"{root}/html/{p['id']}.html", "w", encoding="utf-8").write(p["html"])
    json.dump(p["gold"], open(f"{root}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
index = [{k: p[k] for k in ("id", "kind", "site", "note")} for p in sorted(lib.PAGES, key=lambda p: p["id"])]
json.dump(index, open(f"{root}/pages.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(lib.PAGES), "pages")
