#!/usr/bin/env python3
"""Check every gold field against raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    bad = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        pid = g["id"]
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                [("publish_time", g["publish_time"])] + [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print(pid, d, "MISSING")
                bad += 1
                continue
            t = norm(open(path, encoding="utf-8").read())
            for k, v in items:
                if not v or norm(v) not in t:
                    print(pid, d, "NOT FOUND", k, repr(v)[:60])
                    bad += 1
        n = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if n >= 300 else "  TOO SHORT"
        if flag:
            bad += 1
        print("%-6s %-6s paras=%2d chars=%4d%s" % (pid, g["kind"], len(g["body_paragraphs"]), n, flag))
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
