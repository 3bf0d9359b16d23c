#!/usr/bin/env python3
"""Check the set: every gold title, author, publish_time and body paragraph occurs in both
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; the gold has the fields asked for;
the HTML has no scripts or external resources.  Prints body lengths and, at the end, the
number of problems found."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    if len(ids) != 40:
        problems.append(f"expected 40 gold files, found {len(ids)}")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g.keys()) != KEYS:
            problems.append(f"{pid}: gold keys {list(g.keys())}")
        if g["set"] != "zh-blind81" or g["id"] != pid:
            problems.append(f"{pid}: bad id/set")
        with open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8") as f:
            h = f.read()
        if "<script" in h.lower() or re.search(r'(src|href)="(https?:|//)', h) or "<link" in h.lower():
            problems.append(f"{pid}: script or external resource in HTML")
        if h.count("<style") != 1 or '<meta charset="utf-8">' not in h:
            problems.append(f"{pid}: needs one <style> and meta charset utf-8")
        for sub in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: {sub} missing")
                continue
            with open(p, encoding="utf-8") as f:
                t = squash(f.read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para {i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for what, x in items:
                if not x or squash(x) not in t:
                    problems.append(f"{pid}: {sub}: {what} not found: {x!r:.60}")
        n = sum(len(x) for x in g["body_paragraphs"])
        flag = "" if 300 <= n <= 1200 else "  <-- outside 300-1200"
        if flag:
            problems.append(f"{pid}: body length {n}")
        print(f"{pid}  {g['kind']:<11} {g['lang']}  paras {len(g['body_paragraphs']):>2}  body chars {n:>5}{flag}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems found: {len(problems) if problems else 'none'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
