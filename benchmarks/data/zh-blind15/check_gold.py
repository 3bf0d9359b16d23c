#!/usr/bin/env python3
"""Check every gold file against its text copies (white space ignored).

For raw-chromium/ and raw/: the title occurs; every body paragraph occurs, in gold order;
every author name and the publish_time occur. Exit 1 on any failure."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
fold = lambda s: re.sub(r"\s+", "", s)
fails = checked = 0
ids = sorted(f[:-5] for f in os.listdir(os.path.join(here, "gold")) if f.endswith(".json"))
for pid in ids:
    g = json.load(open(os.path.join(here, "gold", pid + ".json"), encoding="utf-8"))
    assert set(g) == {"id", "set", "lang", "title", "authors", "publish_time", "body_paragraphs"}, pid
    assert g["id"] == pid and g["set"] == "zh-blind15" and g["body_paragraphs"], pid
    for d in ("raw-chromium", "raw"):
        text = fold(open(os.path.join(here, d, pid + ".txt"), encoding="utf-8").read())
        def need(what, s):
            global fails, checked
            checked += 1
            if fold(s) not in text:
                fails += 1
                print("FAIL %s %s %s: %r" % (d, pid, what, s[:60]))
        need("title", g["title"])
        for a in g["authors"]:
            need("author", a)
        if g["publish_time"]:
            need("publish_time", g["publish_time"])
        pos = 0
        for i, para in enumerate(g["body_paragraphs"]):
            checked += 1
            k = text.find(fold(para), pos)
            if k < 0:
                fails += 1
                print("FAIL %s %s paragraph %d not found in order: %r" % (d, pid, i, para[:60]))
            else:
                pos = k + len(fold(para))
print("%d pages, %d checks, %d failures" % (len(ids), checked, fails))
sys.exit(1 if fails else 0)
