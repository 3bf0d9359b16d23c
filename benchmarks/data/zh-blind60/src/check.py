#!/usr/bin/env python3
"""Check the set: every gold field occurs in raw-chromium/ and raw/ (modulo white space).

For each gold/<id>.json: the title, every author, the publish_time and every body
paragraph must occur in raw-chromium/<id>.txt and raw/<id>.txt once all white
space (incl. U+3000 and no-break spaces) is removed; body paragraphs must also
occur in gold order.  Also checks the gold keys, the id/kind ranges and the HTML
rules (utf-8 meta, one <style>, no <script>, no external resources).  Prints the
body length of every page.  Exit status 1 if anything failed.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government": range(1, 13), "media": range(13, 25), "self-media": range(25, 31),
         "epaper": range(31, 36), "institution": range(36, 41)}


def squash(s):
    return re.sub(r"[\s\u00a0\u3000\u200b]+", "", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    total = {k: 0 for k in KINDS}
    print(f"{'id':7} {'kind':12} {'paras':>5} {'chars':>6}")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        n = int(pid.split("-")[1])
        if n not in KINDS.get(g["kind"], ()):
            problems.append(f"{pid}: kind {g['kind']} outside its id range")
        total[g["kind"]] = total.get(g["kind"], 0) + 1
        if g["set"] != "zh-blind60":
            problems.append(f"{pid}: set {g['set']}")
        with open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8") as f:
            h = f.read()
        if '<meta charset="utf-8">' not in h:
            problems.append(f"{pid}: no utf-8 meta")
        if h.count("<style") != 1:
            problems.append(f"{pid}: {h.count('<style')} <style> elements")
        if re.search(r"<script|<link|<iframe|@import|url\(", h, re.I):
            problems.append(f"{pid}: script or external resource")
        for m in re.finditer(r'\bsrc="([^"]*)"', h):
            if not m.group(1).startswith("data:"):
                problems.append(f"{pid}: external src {m.group(1)[:40]}")
        chars = sum(len(p) for p in g["body_paragraphs"])
        print(f"{pid:7} {g['kind']:12} {len(g['body_paragraphs']):5} {chars:6}")
        if not 300 <= chars <= 1200:
            problems.append(f"{pid}: body length {chars} outside 300-1200")
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: {d} missing")
                continue
            with open(path, encoding="utf-8") as f:
                t = squash(f.read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"] is not None:
                items.append(("publish_time", g["publish_time"]))
            for what, s in items:
                if squash(s) not in t:
                    problems.append(f"{pid}: {d}: {what} not found: {s!r}")
            pos = 0
            for i, p in enumerate(g["body_paragraphs"]):
                q = squash(p)
                k = t.find(q, pos)
                if k < 0:
                    where = "not found" if q not in t else "out of order"
                    problems.append(f"{pid}: {d}: paragraph {i} {where}: {p[:40]!r}")
                else:
                    pos = k + len(q)
    print("pages by kind: " + ", ".join(f"{k} {v}" for k, v in total.items()) + f"; total {len(ids)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
