#!/usr/bin/env python3
"""Check the set: every gold title, author, publish_time and body paragraph must occur in both
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths; check gold shape."""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"[\s\u3000\u00a0]+")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def fold(s):
    return WS.sub("", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    print(f"{'id':6} {'kind':12} {'paras':>5} {'body chars':>10}")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g["set"] != "zh-blind83" or g["id"] != pid:
            problems.append(f"{pid}: wrong id/set")
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            problems.append(f"{pid}: no html")
        for a in g["authors"]:
            if g["lang"] == "zh" and re.search(r"\s", a):
                problems.append(f"{pid}: author with white space {a!r}")
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: missing {d}")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = fold(f.read())
        items = [("title", g["title"]), ("publish_time", g["publish_time"])]
        items += [("author", a) for a in g["authors"]]
        items += [(f"para {i + 1}", t) for i, t in enumerate(g["body_paragraphs"])]
        for d, t in texts.items():
            for what, s in items:
                if not s or fold(s) not in t:
                    problems.append(f"{pid}: {what} not in {d}: {s!r}"[:160])
        n = sum(len(fold(x)) for x in g["body_paragraphs"])
        if not 300 <= n <= 1200:
            problems.append(f"{pid}: body length {n} outside 300-1200")
        print(f"{pid:6} {g['kind']:12} {len(g['body_paragraphs']):5} {n:10}")
    with open(os.path.join(ROOT, "raw", ids[0] + ".txt"), encoding="utf-8") as f:
        pass
    print(f"{len(ids)} pages checked")
    if problems:
        print(f"problems found: {len(problems)}")
        for p in problems:
            print("  " + p)
    else:
        print("problems found: none")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
