#!/usr/bin/env python3
"""Check that title, every author, publish_time and every gold paragraph occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths."""
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
    for fn in sorted(os.listdir(gdir)):
        g = json.load(open(os.path.join(gdir, fn), encoding="utf-8"))
        pid = g["id"]
        n = sum(len(p) for p in g["body_paragraphs"])
        msgs = []
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                msgs.append("%s: missing" % d)
                continue
            t = fold(open(path, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("time", g["publish_time"]))
            items += [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
            for k, v in items:
                if fold(v) not in t:
                    msgs.append("%s: %s not found: %r" % (d, k, v[:40]))
        flag = "" if 300 <= n <= 1200 else "  (body length outside 300-1200)"
        print("%s %-12s body %4d chars, %2d paragraphs%s" % (pid, g["kind"], n, len(g["body_paragraphs"]), flag))
        for m in msgs:
            print("   PROBLEM", m)
        problems += len(msgs)
    print("problems:", problems)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
