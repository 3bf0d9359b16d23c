#!/usr/bin/env python3
"""Check that every gold field occurs in raw-chromium/ and raw/ (modulo white space)."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    gdir = os.path.join(ROOT, "gold")
    for f in sorted(os.listdir(gdir)):
        g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        pid = g["id"]
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [("para", p) for p in g["body_paragraphs"]]
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {sub}")
                problems += 1
                continue
            text = fold(open(path, encoding="utf-8").read())
            for k, v in items:
                if fold(v) not in text:
                    print(f"{pid}: {sub}: {k} not found: {v[:60]}")
                    problems += 1
        blen = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if blen >= 300 else "  <-- SHORT"
        if blen < 300:
            problems += 1
        print(f"{pid}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{blen} chars{flag}")
    print(f"{problems} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
