#!/usr/bin/env python3
"""Check the gold against the page texts.

For every gold/<id>.json: the title, every author, the publish_time and every body
paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo white space
(all white space, incl. U+3000 and no-break spaces, removed on both sides).  Also
checks the gold fields and that body paragraphs occur in reading order, and prints
the body length (characters of the gold paragraphs) of every page.  Exit 1 on any
problem.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
COUNTS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}


def squash(s):
    return WS.sub("", s.replace("\u00a0", " "))


def main():
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    problems = []
    kinds = {}
    print(f"{'id':7} {'kind':12} {'paras':>5} {'chars':>5}  title")
    for pid in ids:
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g.get("set") != "zh-blind89" or g.get("id") != pid:
            problems.append(f"{pid}: id/set")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: {d}/{pid}.txt missing")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = squash(f.read())
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"] is not None:
            items.append(("publish_time", g["publish_time"]))
        for a in g["authors"]:
            if re.search(r"\s", a) and g["lang"] == "zh":
                problems.append(f"{pid}: author with white space {a!r}")
        for i, para in enumerate(g["body_paragraphs"]):
            items.append((f"para {i + 1}", para))
            if para != para.strip() or not para:
                problems.append(f"{pid}: para {i + 1} empty or untrimmed")
        for d, t in texts.items():
            for what, s in items:
                if squash(s) not in t:
                    problems.append(f"{pid}: {what} not in {d}: {s[:60]!r}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                k = t.find(squash(para), pos)
                if k < 0:
                    if squash(para) in t:
                        problems.append(f"{pid}: para {i + 1} out of reading order in {d}")
                    continue
                pos = k + len(squash(para))
        n = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
        if flag:
            problems.append(f"{pid}: body length {n}")
        print(f"{pid:7} {g['kind']:12} {len(g['body_paragraphs']):5} {n:5}  {g['title'][:40]}{flag}")
    print("pages per kind:", ", ".join(f"{k} {v}" for k, v in kinds.items()))
    for k, v in COUNTS.items():
        if kinds.get(k, 0) != v:
            problems.append(f"kind {k}: {kinds.get(k, 0)} pages, expected {v}")
    for p in problems:
        print("PROBLEM", p)
    print("check: " + ("OK" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
