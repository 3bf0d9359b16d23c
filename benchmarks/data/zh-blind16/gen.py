#!/usr/bin/env python3
"""One generator: builds html/ and gold/ for set zh-blind16 from the page specs in gen_*.py."""
import os, json
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
for f in ["gen_head.py", "gen_gov.py", "gen_news.py", "gen_self.py", "gen_paper.py", "gen_inst.py", "gen_extra.py"]:
    exec(compile(open(os.path.join(HERE, f), encoding="utf-8").read(), f, "exec"), ns)
P = ns["P"]
os.makedirs(os.path.join(HERE, "html"), exist_ok=True); os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
kinds = []
for s in P:
    open(os.path.join(HERE, "html", s["id"] + ".html"), "w", encoding="utf-8").write(ns["page"](s))
    g = {"id": s["id"], "set": "zh-blind16", "lang": s.get("lang", "zh"), "title": "".join(s["title"]),
         "authors": s["authors"], "publish_time": s["time"], "body_paragraphs": ns["gold_body"](s["body"])}
    json.dump(g, open(os.path.join(HERE, "gold", s["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    kinds.append((s["id"], s["kind"]))
json.dump(kinds, open(os.path.join(HERE, "kinds.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
print(len(P), "pages")
