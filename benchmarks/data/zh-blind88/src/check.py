#!/usr/bin/env python3
"""Check the zh-blind88 set.

For every gold/<id>.json: the title, every author, the publish_time and every
gold paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo
white space (all white space, incl. U+3000, removed on both sides); the gold
paragraphs must occur in gold order.  Also: ids, kinds and counts; gold keys;
raw/ equal to make_raw.py applied to raw-chromium/; the HTML rules (one
<style>, no script, no external resource).  Prints body lengths (characters
without white space) and flags bodies outside 300-1200.

Usage (from the set folder):  python3 src/check.py     exit 1 on any problem
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402
from build import lint_html, KINDS  # noqa: E402

KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def sq(s):
    return re.sub(r"\s+", "", s)


def main():
    probs = []
    ids = [f"wk-{i:02d}" for i in range(1, 41)]
    rows = []
    for pid in ids:
        gp = os.path.join(ROOT, "gold", pid + ".json")
        if not os.path.exists(gp):
            probs.append(f"{pid}: no gold")
            continue
        g = json.load(open(gp, encoding="utf-8"))
        if list(g) != KEYS:
            probs.append(f"{pid}: gold keys {list(g)}")
        if g["id"] != pid or g["set"] != "zh-blind88":
            probs.append(f"{pid}: id/set wrong")
        if int(pid[3:]) not in KINDS.get(g["kind"], ()):
            probs.append(f"{pid}: kind {g['kind']}")
        if not g["title"] or not g["body_paragraphs"]:
            probs.append(f"{pid}: empty title or body")
        if len(set(g["body_paragraphs"])) != len(g["body_paragraphs"]):
            probs.append(f"{pid}: repeated gold paragraph")
        h = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        probs += lint_html(pid, h)
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                probs.append(f"{pid}: no {d} file")
                continue
            texts[d] = open(p, encoding="utf-8").read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            probs.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        for d, t in texts.items():
            st = sq(t)
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            for what, s in items:
                if sq(s) not in st:
                    probs.append(f"{pid} [{d}]: {what} not found: {s[:50]}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                q = sq(para)
                j = st.find(q, pos)
                if j < 0:
                    where = "not found" if q not in st else "out of order"
                    probs.append(f"{pid} [{d}]: paragraph {i} {where}: {para[:50]}")
                else:
                    pos = j + len(q)
        blen = sum(len(sq(p)) for p in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 else "  <-- outside 300-1200"
        if flag:
            probs.append(f"{pid}: body length {blen} outside 300-1200")
        rows.append((pid, g["kind"], blen, len(g["body_paragraphs"]), flag))
    for pid, kind, blen, n, flag in rows:
        print(f"{pid}  {kind:<11} body {blen:5d} chars  {n:3d} paragraphs{flag}")
    counts = {}
    for _, k, *_ in rows:
        counts[k] = counts.get(k, 0) + 1
    print("pages per kind:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    for p in probs:
        print("PROBLEM", p)
    print("check:", "OK" if not probs else f"{len(probs)} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
