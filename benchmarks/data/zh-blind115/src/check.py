#!/usr/bin/env python3
"""Check that title, every author, publish_time and every gold paragraph occur in raw-chromium/
and raw/ (modulo white space), and print body lengths."""
import glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    pid = gold["id"]
    items = [("title", gold["title"])] + [("author", a) for a in gold["authors"]]
    if gold["publish_time"]:
        items.append(("time", gold["publish_time"]))
    items += [("para%d" % i, x) for i, x in enumerate(gold["body_paragraphs"])]
    for d in ("raw-chromium", "raw"):
        f = os.path.join(ROOT, d, pid + ".txt")
        if not os.path.exists(f):
            print(f"{pid}: missing {d}"); bad += 1; continue
        txt = ws(open(f, encoding="utf-8").read())
        for k, v in items:
            if ws(v) not in txt:
                print(f"{pid}: {d}: {k} not found: {v[:40]}"); bad += 1
    n = sum(len(ws(x)) for x in gold["body_paragraphs"])
    print(f"{pid} {gold['kind']:<12} paras={len(gold['body_paragraphs']):>2} body_chars={n}")
print("problems:", bad)
sys.exit(1 if bad else 0)
