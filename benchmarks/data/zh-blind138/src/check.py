#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import glob, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8")); pid = d["id"]
    blen = sum(len(p) for p in d["body_paragraphs"])
    probs = []
    if blen < 300: probs.append("body %d < 300" % blen)
    for sub in ("raw-chromium", "raw"):
        f = os.path.join(ROOT, sub, pid + ".txt")
        if not os.path.exists(f): probs.append("missing " + sub); continue
        t = norm(open(f, encoding="utf-8").read())
        items = [("title", d["title"]), ("time", d["publish_time"])] + [("author", a) for a in d["authors"]] + [("para", p) for p in d["body_paragraphs"]]
        for k, v in items:
            if v is None or norm(v) not in t: probs.append("%s %s: %r" % (sub, k, (v or "")[:40]))
    print("%s %-12s body=%4d paras=%2d %s" % (pid, d["kind"], blen, len(d["body_paragraphs"]), "OK" if not probs else "FAIL"))
    for p in probs: print("   ", p)
    bad += bool(probs)
print("%d pages, %d with problems" % (len(glob.glob(os.path.join(ROOT, "gold", "*.json"))), bad))
sys.exit(1 if bad else 0)
