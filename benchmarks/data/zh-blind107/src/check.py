#!/usr/bin/env python3
"""Check the gold against the raw texts: title, every author, publish_time and every
body paragraph must occur in raw-chromium/<id>.txt and raw/<id>.txt modulo white space.
Also checks the gold fields and prints body lengths.  Exit 1 on any problem."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def fold(s):
    return "".join(s.split())  # str.split() also splits on U+3000 and no-break spaces


def main():
    problems = 0
    rows = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS or g["id"] != pid or g["set"] != "zh-blind107":
            print(f"{pid}: bad keys/id/set"); problems += 1
        for name in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, name, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {name}"); problems += 1
                continue
            with open(path, encoding="utf-8") as f:
                raw = fold(f.read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para[{i}]", p) for i, p in enumerate(g["body_paragraphs"])]
            for what, s in items:
                if not s or not fold(s):
                    print(f"{pid}: empty {what}"); problems += 1
                elif fold(s) not in raw:
                    print(f"{pid} [{name}]: {what} not found: {s[:60]}"); problems += 1
        for a in g["authors"]:
            if g["lang"] == "zh" and re.search(r"\s", a):
                print(f"{pid}: author with white space: {a!r}"); problems += 1
        n = sum(len(p) for p in g["body_paragraphs"])
        if not 300 <= n <= 1200:
            print(f"{pid}: body length {n} outside 300-1200"); problems += 1
        rows.append((pid, g["kind"], n, len(g["body_paragraphs"])))
    for pid, kind, n, k in rows:
        print(f"{pid}\t{kind}\t{n} chars\t{k} paragraphs")
    print(f"{len(rows)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
