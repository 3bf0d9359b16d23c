#!/usr/bin/env python3
"""Check every gold field against raw-chromium/ and raw/ (modulo white space) and print body lengths.

For each page: the title, every author, the publish_time and every body paragraph must occur in
both texts once all white space (incl. U+3000 and no-break spaces) is removed; body paragraphs
must also occur in gold order. Exit 1 on any problem.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", s)


def main():
    problems = 0
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    print(f"{'id':7} {'kind':12} {'paras':>5} {'chars':>6}")
    for pid in ids:
        g = json.load(open(os.path.join(gdir, pid + ".json"), encoding="utf-8"))
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g:
                print(f"{pid}: gold lacks {k}"); problems += 1
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {d}/{pid}.txt"); problems += 1
                continue
            txt = norm(open(path, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            for what, s in items:
                if norm(s) not in txt:
                    print(f"{pid} [{d}]: {what} not found: {s!r}"); problems += 1
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                n = norm(para)
                j = txt.find(n, pos)
                if j < 0:
                    where = "not found" if n not in txt else "out of order"
                    print(f"{pid} [{d}]: paragraph {i} {where}: {para[:40]!r}"); problems += 1
                else:
                    pos = j + len(n)
            for a in g["authors"]:
                if " " in a and g["lang"] != "en":
                    print(f"{pid}: author with a space: {a!r}"); problems += 1
        body = g["body_paragraphs"]
        print(f"{pid:7} {g['kind']:12} {len(body):5} {sum(len(p) for p in body):6}")
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
