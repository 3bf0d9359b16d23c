#!/usr/bin/env python3
"""Check every gold file against raw-chromium/ and raw/: the title, every author, the
publish_time and every body paragraph must occur in the text modulo white space.
Also checks the gold format and prints body lengths.  Ends with 'problems found: N'."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]

def fold(s):
    return re.sub(r"\s+", "", s)

def main():
    problems = []
    gd = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gd) if fn.endswith(".json"))
    total = 0
    for pid in ids:
        g = json.load(open(os.path.join(gd, pid + ".json"), encoding="utf-8"))
        if list(g.keys()) != KEYS:
            problems.append(f"{pid}: keys {list(g.keys())}")
        if g["set"] != "zh-blind82" or g["id"] != pid:
            problems.append(f"{pid}: bad id/set")
        texts = {}
        for d in ("raw-chromium", "raw"):
            fp = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(fp):
                problems.append(f"{pid}: missing {d}/{pid}.txt"); continue
            texts[d] = fold(open(fp, encoding="utf-8").read())
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            problems.append(f"{pid}: missing html")
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("publish_time", g["publish_time"])]
        items += [(f"para {i+1}", p) for i, p in enumerate(g["body_paragraphs"])]
        for what, s in items:
            if not s or not s.strip():
                problems.append(f"{pid}: empty {what}"); continue
            if s != s.strip() or re.search(r"\s\s|\t|\n", s):
                problems.append(f"{pid}: {what} has stray white space: {s[:40]!r}")
            for d, t in texts.items():
                if fold(s) not in t:
                    problems.append(f"{pid}: {what} not in {d}: {s[:50]!r}")
        # order of paragraphs in raw-chromium
        t = texts.get("raw-chromium", "")
        pos = 0
        for i, p in enumerate(g["body_paragraphs"]):
            k = t.find(fold(p), pos)
            if k < 0:
                if fold(p) in t:
                    problems.append(f"{pid}: para {i+1} out of order")
                continue
            pos = k + len(fold(p))
        n = sum(len(fold(p)) for p in g["body_paragraphs"])
        total += n
        flag = "" if 300 <= n <= 1200 or g["lang"] == "en" else "  (outside 300-1200)"
        print(f"{pid}  {g['kind']:<12} paras={len(g['body_paragraphs']):>2}  body_chars={n:>5}{flag}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(ids)} pages, {total} body characters")
    print(f"problems found: {len(problems) if problems else 'none'}")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
