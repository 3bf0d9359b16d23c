#!/usr/bin/env python3
"""Check that title, every author, publish_time and every gold paragraph occur in both
raw-chromium/<id>.txt and raw/<id>.txt (modulo white space); print body lengths."""
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
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("time", g["publish_time"]))
        items += [(f"p{i}", p) for i, p in enumerate(g["body_paragraphs"])]
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {sub}")
                bad += 1
                continue
            t = norm(open(path, encoding="utf-8").read())
            for k, v in items:
                if not v or norm(v) not in t:
                    print(f"{pid} {sub}: {k} not found: {v!r}")
                    bad += 1
        n = sum(len(norm(p)) for p in g["body_paragraphs"])
        flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
        print(f"{pid} {g['kind']:12} body {n:5} chars {len(g['body_paragraphs']):3} paras{flag}")
    print("problems:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
