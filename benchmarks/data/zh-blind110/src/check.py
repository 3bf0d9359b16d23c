#!/usr/bin/env python3
"""Verify the set: every gold title, author, publish_time and body paragraph occurs in both
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths.
Also checks the files are complete and the html has no scripts or external resources."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def fold(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    kinds = {}
    for pid in ids:
        with open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        errs = []
        if list(g) != KEYS:
            errs.append(f"keys {list(g)}")
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        with open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8") as f:
            doc = f.read()
        low = doc.lower()
        if "<script" in low or re.search(r'(src|href)="(https?:)?//', low) or low.count("<style") != 1 \
                or '<meta charset="utf-8">' not in low:
            errs.append("html: scripts, external resources, style count or charset")
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                errs.append(f"missing {d}/{pid}.txt")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = f.read()
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                ([("publish_time", g["publish_time"])] if g["publish_time"] else []) + \
                [(f"para {i}", t) for i, t in enumerate(g["body_paragraphs"])]
        for d, t in texts.items():
            ft = fold(t)
            for what, s in items:
                if not s or not s.strip() or s != s.strip():
                    errs.append(f"{what}: empty or untrimmed {s!r}")
                elif fold(s) not in ft:
                    errs.append(f"{d}: {what} not found: {s[:40]!r}")
        for a in g["authors"]:
            if re.search(r"\s", a) and re.search(r"[\u3400-\u9fff]", a):
                errs.append(f"author with white space {a!r}")
        blen = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 else "  <-- body length outside 300-1200"
        if flag:
            errs.append("body length")
        print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body_chars={blen:>5} "
              f"authors={g['authors']} time={g['publish_time']!r}{flag}")
        for e in errs:
            print("   PROBLEM:", e)
        problems += len(errs)
    print("kinds:", kinds)
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
