#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted((root / "gold").glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    n = sum(len(p) for p in d["body_paragraphs"])
    probs = []
    for sub in ("raw-chromium", "raw"):
        f = root / sub / (d["id"] + ".txt")
        if not f.exists():
            probs.append(f"{sub}: missing"); continue
        t = ws(f.read_text(encoding="utf-8"))
        items = [("title", d["title"]), ("time", d["publish_time"])] + [("author", a) for a in d["authors"]] \
            + [(f"p{i}", p) for i, p in enumerate(d["body_paragraphs"])]
        for k, v in items:
            if v and ws(v) not in t:
                probs.append(f"{sub}: {k} not found: {v[:40]}")
    if n < 300:
        probs.append(f"body too short: {n}")
    bad += bool(probs)
    print(f"{d['id']}\t{d['kind']}\tbody={n}\tparas={len(d['body_paragraphs'])}\t{'OK' if not probs else 'FAIL'}")
    for p in probs:
        print("   ", p)
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
