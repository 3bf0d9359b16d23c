#!/usr/bin/env python3
"""Check every gold file against raw-chromium/ and raw/: the title, every author, the
publish_time and every body paragraph must occur in the page text modulo white space.
Prints body lengths. Exit 1 on any problem."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")


def fold(s):
    return WS.sub("", s)


def main():
    problems = 0
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    for pid in ids:
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        need = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            need.append(("publish_time", g["publish_time"]))
        need += [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: {d} missing")
                problems += 1
                continue
            with open(path, encoding="utf-8") as f:
                text = fold(f.read())
            for what, s in need:
                if not s or fold(s) not in text:
                    print(f"{pid}: {d}: {what} not found: {s[:60]!r}")
                    problems += 1
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g:
                print(f"{pid}: gold lacks {k}")
                problems += 1
        n = sum(len(fold(p)) for p in g["body_paragraphs"])
        flag = ""
        if not 300 <= n <= 1200:
            flag = "  (outside 300-1200)"
            problems += 1
        print(f"{pid}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{n} chars{flag}")
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
