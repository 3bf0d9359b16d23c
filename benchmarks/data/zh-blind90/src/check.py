#!/usr/bin/env python3
"""Check zh-blind90: every gold title, author, publish_time and body paragraph must occur in
both raw-chromium/<id>.txt and raw/<id>.txt modulo white space; paragraphs must occur in
order; prints body lengths.  Exit 1 on any problem."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"government": (1, 12), "media": (13, 24), "self-media": (25, 30), "e-paper": (31, 35), "institution": (36, 40)}


def fold(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    if ids != [f"wm-{i:02d}" for i in range(1, 41)]:
        problems.append(f"ids are not wm-01 … wm-40: {ids}")
    print(f"{'id':6} {'kind':12} {'paras':>5} {'chars':>6}")
    for pid in ids:
        with open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        n = int(pid[3:])
        lo, hi = KINDS.get(g.get("kind"), (0, -1))
        if not lo <= n <= hi:
            problems.append(f"{pid}: kind {g.get('kind')} does not fit the id")
        for key in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if key not in g:
                problems.append(f"{pid}: gold lacks {key}")
        if g.get("set") != "zh-blind90" or g.get("id") != pid:
            problems.append(f"{pid}: wrong id/set")
        body_len = sum(len(fold(p)) for p in g["body_paragraphs"])
        print(f"{pid:6} {g['kind']:12} {len(g['body_paragraphs']):5d} {body_len:6d}")
        if not 300 <= body_len <= 1200:
            problems.append(f"{pid}: body length {body_len} outside 300–1200 characters")
        if len(set(g["body_paragraphs"])) != len(g["body_paragraphs"]):
            problems.append(f"{pid}: duplicate gold paragraphs")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: {sub} missing")
                continue
            with open(path, encoding="utf-8") as f:
                text = fold(f.read())
            for what, val in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                             [("author", a) for a in g["authors"]]:
                if val is None or fold(val) not in text:
                    problems.append(f"{pid} [{sub}]: {what} {val!r} not found")
            pos = 0
            for i, p in enumerate(g["body_paragraphs"]):
                fp = fold(p)
                at = text.find(fp, pos)
                if at < 0:
                    where = "not found" if fp not in text else "out of order"
                    problems.append(f"{pid} [{sub}]: paragraph {i} {where}: {p[:40]!r}")
                else:
                    pos = at + len(fp)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(ids)} pages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
