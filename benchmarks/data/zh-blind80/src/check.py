#!/usr/bin/env python3
"""Check that every gold field of zh-blind80 is on the page: the title, every author, the
publish_time and every gold paragraph occur in both raw-chromium/<id>.txt and raw/<id>.txt
modulo white space (paragraphs also in order), that each gold file is well-formed, and print
the body length (characters) of every page."""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    htmls = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "html")) if fn.endswith(".html"))
    if ids != htmls:
        problems.append("gold/ and html/ ids differ")
    print(f"{'id':7} {'kind':12} paras  chars")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g["id"] != pid or g["set"] != "zh-blind80":
            problems.append(f"{pid}: id/set wrong")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: {sub} missing")
                continue
            with open(path, encoding="utf-8") as f:
                t = norm(f.read())
            fields = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]]
            for name, v in fields:
                if not v or norm(v) not in t:
                    problems.append(f"{pid} [{sub}]: {name} not found: {v!r}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                k = t.find(norm(para), pos)
                if k < 0:
                    where = "not found" if norm(para) not in t else "out of order"
                    problems.append(f"{pid} [{sub}]: paragraph {i} {where}: {para[:40]!r}")
                else:
                    pos = k + len(norm(para))
        n = sum(len(norm(p)) for p in g["body_paragraphs"])
        if not 300 <= n <= 1200:
            problems.append(f"{pid}: body length {n} outside 300-1200")
        print(f"{pid:7} {g['kind']:12} {len(g['body_paragraphs']):5} {n:6}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(ids)} pages; problems found: {len(problems) if problems else 'none'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
