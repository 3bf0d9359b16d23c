#!/usr/bin/env python3
"""Check every gold title, author, publish_time and body paragraph occurs (white space removed)
in raw-chromium/<id>.txt and raw/<id>.txt; check keys, set, ids and paragraph order."""
import os, json, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "set", "lang", "title", "authors", "publish_time", "body_paragraphs"}
def ws(s): return re.sub(r"\s+", "", s)
bad = 0; n = 0; paras = 0
for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
    g = json.load(open(os.path.join(HERE, "gold", f), encoding="utf-8")); n += 1
    errs = []
    if set(g) != KEYS: errs.append(f"keys {sorted(g)}")
    if g["set"] != "zh-blind16" or g["id"] + ".json" != f: errs.append("set/id")
    for d in ("raw-chromium", "raw"):
        t = ws(open(os.path.join(HERE, d, g["id"] + ".txt"), encoding="utf-8").read())
        if ws(g["title"]) not in t: errs.append(f"{d}: title")
        for a in g["authors"]:
            if ws(a) not in t: errs.append(f"{d}: author {a}")
        if g["publish_time"] and ws(g["publish_time"]) not in t: errs.append(f"{d}: time")
        pos = 0
        for p in g["body_paragraphs"]:
            i = t.find(ws(p), pos)
            if i < 0: errs.append(f"{d}: paragraph not found in order: {p[:30]}")
            else: pos = i + len(ws(p))
    paras += len(g["body_paragraphs"])
    body = sum(len(ws(p)) for p in g["body_paragraphs"])
    if g["lang"] == "zh" and not 300 <= body <= 1500: errs.append(f"body length {body}")
    if errs: bad += 1; print(g["id"], "FAIL", *errs, sep="\n  ")
print(f"{n} gold files, {paras} body paragraphs, {bad} failing")
sys.exit(1 if bad else 0)
