#!/usr/bin/env python3
"""Verify that every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    kinds = {}
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    for pid in ids:
        with open(os.path.join(gdir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        errs = []
        if list(g) != KEYS:
            errs.append(f"keys {list(g)}")
        if g["set"] != "zh-blind91" or g["id"] != pid:
            errs.append("id/set")
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            errs.append("no html")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                errs.append(f"{d}: missing")
                continue
            with open(p, encoding="utf-8") as f:
                raw = squash(f.read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + [("publish_time", g["publish_time"])]
            items += [(f"para {i}", t) for i, t in enumerate(g["body_paragraphs"])]
            for name, val in items:
                if val is None:
                    continue
                if not squash(val) or squash(val) not in raw:
                    errs.append(f"{d}: {name} not found: {val[:40]!r}")
        if len(g["body_paragraphs"]) != len(set(g["body_paragraphs"])):
            errs.append("duplicate paragraphs")
        blen = sum(len(squash(t)) for t in g["body_paragraphs"])
        if not 300 <= blen <= 1200:
            errs.append(f"body length {blen} outside 300-1200")
        print(f"{pid}\t{g['kind']:<14}\tbody {blen:5d} chars\t{len(g['body_paragraphs']):3d} paras\t{'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("    " + e)
        problems += len(errs)
    print("pages per kind:", json.dumps(kinds, ensure_ascii=False))
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
