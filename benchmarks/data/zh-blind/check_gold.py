#!/usr/bin/env python3
"""Check that every gold title / body paragraph / author / date occurs in the page text, modulo white space.
usage: python3 check_gold.py [raw-chromium|raw]"""
import json, glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sub = sys.argv[1] if len(sys.argv) > 1 else "raw-chromium"
ws = re.compile(r"\s+")
def fold(s): return ws.sub("", s)
bad = 0; n = 0
for g in sorted(glob.glob(f"{here}/gold/*.json")):
    d = json.load(open(g, encoding="utf-8")); pid = d["id"]
    text = open(f"{here}/{sub}/{pid}.txt", encoding="utf-8").read()
    t = fold(text)
    items = [("title", d["title"])] + [("body", p) for p in d["body_paragraphs"]] + \
            [("author", a) for a in d["authors"]] + [("date", d["publish_time"])]
    for kind, s in items:
        if s is None: continue
        n += 1
        if fold(s) not in t:
            bad += 1; print(f"MISSING {pid} {kind}: {s[:60]}")
    # body paragraphs in order
    pos = 0
    for p in d["body_paragraphs"]:
        i = t.find(fold(p), pos)
        if i < 0: print(f"ORDER {pid}: {p[:40]}"); bad += 1; break
        pos = i + 1
print(f"{sub}: {n} items checked, {bad} problems")
sys.exit(1 if bad else 0)
