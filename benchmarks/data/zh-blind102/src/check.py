#!/usr/bin/env python3
"""Check that every gold field occurs on the page text, in raw-chromium/ and raw/ (modulo white space).

For each page: the title, every author, the publish_time and every body paragraph must occur
in the text with all white space removed; body paragraphs must also occur in order. Prints the
body length (characters, white space excluded) and paragraph count per page; exits 1 on problems.
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
    gold_dir = os.path.join(ROOT, "gold")
    problems = 0
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    for pid in ids:
        with open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g:
                print(f"{pid}: gold lacks {k}"); problems += 1
        blen = sum(len(norm(p)) for p in g["body_paragraphs"])
        for folder in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: no {folder} text"); problems += 1
                continue
            with open(path, encoding="utf-8") as f:
                t = norm(f.read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            for what, s in items:
                if norm(s) not in t:
                    print(f"{pid} [{folder}]: {what} not found: {s!r}"); problems += 1
            pos = 0
            for n, p in enumerate(g["body_paragraphs"]):
                q = norm(p)
                if not q:
                    print(f"{pid}: empty paragraph {n}"); problems += 1
                    continue
                j = t.find(q, pos)
                if j < 0:
                    if q in t:
                        print(f"{pid} [{folder}]: paragraph {n} out of order: {p[:30]!r}")
                    else:
                        print(f"{pid} [{folder}]: paragraph {n} not found: {p[:40]!r}")
                    problems += 1
                else:
                    pos = j + len(q)
        flag = "" if 300 <= blen <= 1200 or g["lang"] == "en" else "  <-- outside 300-1200"
        print(f"{pid}  {g['kind']:<12} body {blen:5d} chars {len(g['body_paragraphs']):3d} paras{flag}")
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
