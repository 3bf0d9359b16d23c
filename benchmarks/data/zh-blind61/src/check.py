#!/usr/bin/env python3
"""Check the zh-blind61 gold against the page texts.

For every gold/<id>.json: the title, every author, the publish_time and every
body paragraph must occur in raw-chromium/<id>.txt and raw/<id>.txt modulo white
space (all white space, U+3000 included, is removed before comparing), and the
body paragraphs must occur in gold order.  Also checks the gold fields, and
prints each page's body length in characters (flagging lengths outside
300-1200).  Exit status 1 if anything is wrong.

    python3 src/check.py
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government", "media", "self-media", "e-paper", "institution"}


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    counts = {}
    print(f"{'id':<7} {'kind':<11} {'paras':>5} {'chars':>6}")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g.get("set") != "zh-blind61" or g.get("kind") not in KINDS or g.get("id") != pid:
            problems.append(f"{pid}: bad id/set/kind")
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: {d}/{pid}.txt missing")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = squash(f.read())
        for d, t in texts.items():
            if not g["title"] or squash(g["title"]) not in t:
                problems.append(f"{pid} [{d}]: title not found: {g['title']}")
            for a in g["authors"]:
                if squash(a) not in t:
                    problems.append(f"{pid} [{d}]: author not found: {a}")
            if g["publish_time"] is not None and squash(g["publish_time"]) not in t:
                problems.append(f"{pid} [{d}]: publish_time not found: {g['publish_time']}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                s = squash(para)
                if not s:
                    problems.append(f"{pid}: empty paragraph {i}")
                    continue
                j = t.find(s, pos)
                if j < 0:
                    where = "not found" if s not in t else "out of order"
                    problems.append(f"{pid} [{d}]: paragraph {i} {where}: {para[:40]}")
                else:
                    pos = j + len(s)
        n = sum(len(p.strip()) for p in g["body_paragraphs"])
        flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
        if flag:
            problems.append(f"{pid}: body length {n}")
        print(f"{pid:<7} {g['kind']:<11} {len(g['body_paragraphs']):>5} {n:>6}{flag}")
    print("pages by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(ids)} pages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
