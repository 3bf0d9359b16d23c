#!/usr/bin/env python3
"""Verify every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def fold(s):
    return re.sub(r"\s+", "", s)

def main():
    problems = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        pid = g["id"]
        blen = sum(len(p) for p in g["body_paragraphs"])
        msgs = []
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                msgs.append(f"{d}: missing"); continue
            t = fold(open(p, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            items += [(f"para{i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for k, v in items:
                if fold(v) not in t:
                    msgs.append(f"{d}: {k} not found: {v[:40]!r}")
        if blen < 300:
            msgs.append(f"body only {blen} chars")
        if not g["title"] or not g["body_paragraphs"]:
            msgs.append("empty title/body")
        problems += len(msgs)
        print(f"{pid}  body {blen:5d} chars  {len(g['body_paragraphs']):2d} paras  {'OK' if not msgs else 'PROBLEMS'}")
        for m in msgs:
            print("    " + m)
    print(f"{problems} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
