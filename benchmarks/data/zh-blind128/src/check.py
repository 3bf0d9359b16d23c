#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/
and raw/ (modulo white space); print body lengths. Exit 1 on any problem."""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
norm = lambda s: re.sub(r"[\s\u3000\u00a0]+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    n = sum(len(p) for p in d["body_paragraphs"])
    probs = []
    if not (300 <= n <= 1200):
        probs.append(f"body length {n}")
    for sub in ("raw-chromium", "raw"):
        f = os.path.join(ROOT, sub, d["id"] + ".txt")
        if not os.path.exists(f):
            probs.append(f"missing {sub}"); continue
        t = norm(open(f, encoding="utf-8").read())
        items = [("title", d["title"]), ("time", d["publish_time"])] + [("author", a) for a in d["authors"]] + \
                [("para", p) for p in d["body_paragraphs"]]
        for k, v in items:
            if v and norm(v) not in t:
                probs.append(f"{sub}: {k} not found: {v[:40]}")
    print(f"{d['id']} {d['kind']:<12} paras={len(d['body_paragraphs']):>2} body={n:>5} {'OK' if not probs else 'PROBLEMS'}")
    for p in probs:
        print("   ", p)
    bad += bool(probs)
print(f"{bad} pages with problems")
sys.exit(1 if bad else 0)
