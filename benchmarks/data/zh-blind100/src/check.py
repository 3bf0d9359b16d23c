#!/usr/bin/env python3
"""Check every gold file against raw-chromium/ and raw/: title, each author, publish_time and
each body paragraph must occur in the text modulo white space. Prints body lengths.
Exit 1 on any problem."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                print(f"{pid}: missing {d}"); problems += 1; continue
            t = fold(open(p, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para{i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for k, v in items:
                if v is None or fold(v) not in t:
                    print(f"{pid} [{d}] {k} not found: {str(v)[:60]}"); problems += 1
        blen = sum(len(fold(x)) for x in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 or g["lang"] == "en" else "  <-- body length outside 300-1200"
        print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body_chars={blen:>5}{flag}")
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
