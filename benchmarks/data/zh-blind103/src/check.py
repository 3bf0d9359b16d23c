#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur (modulo white space)
in raw-chromium/<id>.txt and raw/<id>.txt; print body lengths. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    for pid in ids:
        g = json.load(open(os.path.join(gdir, pid + ".json"), encoding="utf-8"))
        errs = []
        if list(g) != KEYS:
            errs.append(f"keys {list(g)}")
        if g["set"] != "zh-blind103":
            errs.append("set")
        blen = sum(len(p) for p in g["body_paragraphs"])
        if not 300 <= blen <= 1200:
            errs.append(f"body length {blen} outside 300-1200")
        h = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if "<script" in h.lower() or re.search(r'(src|href)="(https?:)?//', h) or '<meta charset="utf-8">' not in h \
                or h.count("<style") != 1:
            errs.append("html rules (script/external/charset/style)")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                errs.append(f"{sub}: missing")
                continue
            text = squash(open(path, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
            for name, val in items:
                if val is None or squash(val) not in text:
                    errs.append(f"{sub}: {name} not found: {str(val)[:40]!r}")
        for p in g["body_paragraphs"]:
            if p != p.strip() or not p:
                errs.append(f"paragraph edge whitespace: {p[:20]!r}")
        status = "OK " if not errs else "BAD"
        print(f"{status} {pid} {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body_chars={blen}")
        for e in errs:
            print("     ", e)
        problems += len(errs)
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
