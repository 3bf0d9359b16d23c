#!/usr/bin/env python3
"""Every gold string occurs in raw-chromium/ and raw/ (modulo white space); every body >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r"\s+")
def sq(s): return W.sub("", s)
probs, ids = [], sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
for i in ids:
    g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
    if list(g) != KEYS: probs.append(f"{i}: keys {list(g)}")
    if g["set"] != "zh-blind203": probs.append(f"{i}: set")
    if not os.path.exists(os.path.join(ROOT, "html", i + ".html")): probs.append(f"{i}: no html")
    body = "".join(g["body_paragraphs"])
    if len(body) < 300: probs.append(f"{i}: body {len(body)} chars < 300")
    for d in ("raw-chromium", "raw"):
        fp = os.path.join(ROOT, d, i + ".txt")
        if not os.path.exists(fp): probs.append(f"{i}: missing {d}"); continue
        raw = sq(open(fp, encoding="utf-8").read())
        for k, v in [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]:
            if not v or sq(v) not in raw: probs.append(f"{i}: {d}: {k} not found: {v[:40]!r}")
for p in probs: print(p)
print(f"{len(probs)} problems over {len(ids)} pages")
sys.exit(1 if probs or len(ids) != 40 else 0)
