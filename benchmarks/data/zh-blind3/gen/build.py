import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import pages_gov, pages_doc, pages_media, pages_self, pages_misc
OUT = os.path.join(os.path.dirname(__file__), "..")
pages = [f() for m in (pages_gov, pages_doc, pages_media, pages_self, pages_misc) for f in m.PAGES]
ids = [p["id"] for p in pages]
assert len(ids) == len(set(ids)) == 40, ids
index = []
for p in pages:
    open(f"{OUT}/html/{p['id']}.html", "w", encoding="utf-8").write(p["html"])
    g = {"id": p["id"], "set": "zh-blind3", "lang": p.get("lang", "zh"), "title": p["title"],
         "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": p["body"]}
    json.dump(g, open(f"{OUT}/gold/{p['id']}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    index.append({"id": p["id"], "kind": p["kind"], "note": p.get("note", ""),
                  "body_chars": sum(len(x) for x in p["body"])})
json.dump(index, open(f"{OUT}/gen/index.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for i in index: print(i["id"], i["body_chars"], i["kind"][:60])
