#!/usr/bin/env python3
"""Verify every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    return re.sub(r"\s+", "", s.replace("\u00a0", " "))


def main():
    gdir = os.path.join(ROOT, "gold")
    problems = 0
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    for pid in ids:
        g = json.load(open(os.path.join(gdir, pid + ".json"), encoding="utf-8"))
        if g["id"] != pid or g["set"] != "zh-blind111":
            print(f"{pid}: bad id/set"); problems += 1
        blen = sum(len(p) for p in g["body_paragraphs"])
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {d}"); problems += 1; continue
            t = norm(open(path, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            items += [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
            for k, v in items:
                if norm(v) not in t:
                    print(f"{pid} [{d}] {k} not found: {v[:60]!r}"); problems += 1
            # reading order of paragraphs
            pos = 0
            for i, p in enumerate(g["body_paragraphs"]):
                j = t.find(norm(p), pos)
                if j < 0:
                    break
                pos = j + len(norm(p))
        if not 300 <= blen <= 1200:
            print(f"{pid}: body length {blen} outside 300-1200"); problems += 1
        print(f"{pid}\t{g['kind']}\tparas={len(g['body_paragraphs'])}\tbody_chars={blen}")
    print(f"{len(ids)} pages checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
