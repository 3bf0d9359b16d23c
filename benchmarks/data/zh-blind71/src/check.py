#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(white space ignored), that required fields are present, and print body lengths."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
ws = lambda s: re.sub(r"\s+", "", s)
def main():
    problems = 0
    gd = os.path.join(ROOT, "gold")
    for fn in sorted(os.listdir(gd)):
        g = json.load(open(os.path.join(gd, fn), encoding="utf-8"))
        pid = g["id"]
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g:
                print(f"{pid}: missing {k}"); problems += 1
        blen = sum(len(p) for p in g["body_paragraphs"])
        for sub in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(p):
                print(f"{pid}: no {sub} file"); problems += 1; continue
            t = ws(open(p, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]] + \
                    [("publish_time", g["publish_time"])] + [(f"para {i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for what, s in items:
                if s and ws(s) not in t:
                    print(f"{pid}: {sub}: {what} not found: {s[:60]!r}"); problems += 1
        flag = "" if 300 <= blen <= 1200 else "  (outside 300-1200)"
        print(f"{pid}\t{g['kind']}\t{len(g['body_paragraphs'])} paras\t{blen} chars{flag}")
    print(f"{problems} problems")
    return 1 if problems else 0
if __name__ == "__main__":
    sys.exit(main())
