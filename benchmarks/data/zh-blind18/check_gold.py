#!/usr/bin/env python3
"""Check every gold title and body paragraph occurs in raw-chromium (and raw) text, white space ignored;
also report body length and that author names occur on the page."""
import json, glob, os, re, sys

def fold(s):
    return re.sub(r"\s+", "", s)

bad = 0
for g in sorted(glob.glob("gold/*.json")):
    d = json.load(open(g, encoding="utf-8"))
    pid = d["id"]
    for folder in ("raw-chromium", "raw"):
        txt = fold(open(f"{folder}/{pid}.txt", encoding="utf-8").read())
        miss = [p for p in d["body_paragraphs"] if fold(p) not in txt]
        if d["title"] and fold(d["title"]) not in txt:
            miss.insert(0, "TITLE: " + d["title"])
        miss += ["AUTHOR: " + a for a in d["authors"] if fold(a) not in txt]
        if d["publish_time"] and fold(d["publish_time"]) not in txt:
            miss.append("DATE: " + d["publish_time"])
        for m in miss:
            bad += 1
            print(f"{pid} [{folder}] missing: {m[:60]}")
    n = sum(len(fold(p)) for p in d["body_paragraphs"])
    if not 300 <= n <= 1500:
        bad += 1
        print(f"{pid}: body length {n} outside 300-1500")
print("pages:", len(glob.glob("gold/*.json")), "problems:", bad)
sys.exit(1 if bad else 0)
