#!/usr/bin/env python3
"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import os, re, sys, json, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind207"
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
def sq(s): return re.sub(r"\s+", "", s)
def main():
    probs = []
    golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    if len(golds) != 40: probs.append(f"expected 40 pages, found {len(golds)}")
    for g in golds:
        d = json.load(open(g, encoding="utf-8")); pid = os.path.basename(g)[:-5]
        for k in KEYS:
            if k not in d: probs.append(f"{pid}: missing key {k}")
        if d.get("set") != SET: probs.append(f"{pid}: set is {d.get('set')!r}")
        body = d.get("body_paragraphs", [])
        if len("".join(body)) < 300: probs.append(f"{pid}: body only {len(''.join(body))} characters")
        for sub in ("raw-chromium", "raw"):
            f = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(f): probs.append(f"{pid}: no {sub}/{pid}.txt"); continue
            t = sq(open(f, encoding="utf-8").read())
            items = [("title", d.get("title", "")), ("publish_time", d.get("publish_time", ""))]
            items += [("author", a) for a in d.get("authors", [])] + [("body", p) for p in body]
            for what, v in items:
                if not sq(v) or sq(v) not in t: probs.append(f"{pid}: {what} not in {sub}: {v[:40]!r}")
    for p in probs: print(p)
    print(f"{len(golds)} pages checked, {len(probs)} problems")
    sys.exit(1 if probs else 0)
if __name__ == "__main__": main()
