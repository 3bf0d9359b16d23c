#!/usr/bin/env python3
"""Check gold against the text copies: every body paragraph and the title must occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space (runs of white space folded to
one space). A title printed on two lines is checked with white space removed.
Also reports paragraphs that are not a whole line of the copy (informational)."""
import glob, json, os, re, sys
OUT = os.path.dirname(os.path.abspath(__file__))
fold = lambda s: re.sub(r"\s+", " ", s).strip()
nows = lambda s: re.sub(r"\s+", "", s)
fails = notline = paras = 0
for gf in sorted(glob.glob(os.path.join(OUT, "gold", "*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    for kind in ("raw-chromium", "raw"):
        text = open(os.path.join(OUT, kind, g["id"] + ".txt"), encoding="utf-8").read()
        ft, lines = fold(text), {fold(l) for l in text.split("\n")}
        if not (fold(g["title"]) in ft or nows(g["title"]) in nows(text)):
            fails += 1; print("TITLE MISSING", kind, g["id"], g["title"])
        if g["publish_time"] and fold(g["publish_time"]) not in ft:
            fails += 1; print("DATE MISSING", kind, g["id"], g["publish_time"])
        for a in g["authors"]:
            if nows(a).lower() not in nows(text).lower():
                fails += 1; print("AUTHOR MISSING", kind, g["id"], a)
        for p in g["body_paragraphs"]:
            if kind == "raw-chromium":
                paras += 1
            if fold(p) not in ft:
                fails += 1; print("BODY MISSING", kind, g["id"], p[:40])
            elif kind == "raw-chromium" and fold(p) not in lines:
                notline += 1; print("note: not a whole line", g["id"], p[:40])
n = len(glob.glob(os.path.join(OUT, "gold", "*.json")))
print(f"{n} gold files, {paras} body paragraphs, {fails} failures, {notline} paragraphs not a whole line")
sys.exit(1 if fails else 0)
