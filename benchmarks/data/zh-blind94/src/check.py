#!/usr/bin/env python3
"""Verify that title, every author, publish_time and every gold paragraph occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    for pid in ids:
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        errs = []
        if list(g.keys()) != KEYS:
            errs.append(f"keys {list(g.keys())}")
        if g.get("set") != "zh-blind94" or g.get("id") != pid:
            errs.append("bad set/id")
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            errs.append("no html")
        items = [("title", g["title"]), ("publish_time", g["publish_time"])]
        items += [("author", a) for a in g["authors"]]
        items += [(f"para {i}", p) for i, p in enumerate(g["body_paragraphs"])]
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                errs.append(f"missing {sub}")
                continue
            with open(path, encoding="utf-8") as f:
                text = squash(f.read())
            for what, s in items:
                if not s or squash(s) not in text:
                    errs.append(f"{sub}: {what} not found: {s!r:.80}")
        for i, p in enumerate(g["body_paragraphs"]):
            if p != p.strip() or not p:
                errs.append(f"para {i} has edge spaces or is empty")
        blen = sum(len(squash(p)) for p in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 else "  (outside 300-1200)"
        print(f"{pid}  {g['kind']:<11} paras={len(g['body_paragraphs']):>2} body_chars={blen:>5}{flag}")
        for e in errs:
            print("   PROBLEM", e)
        problems += len(errs)
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
