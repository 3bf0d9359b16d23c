#!/usr/bin/env python3
"""Check that gold title, authors, publish_time and every paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    bad = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        pid = g["id"]
        blen = sum(len(p) for p in g["body_paragraphs"])
        probs = []
        if blen < 300:
            probs.append(f"body only {blen} chars")
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                probs.append(f"{d} missing")
                continue
            t = norm(open(p, encoding="utf-8").read())
            items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
                    [("para", x) for x in g["body_paragraphs"]]
            for k, v in items:
                if v and norm(v) not in t:
                    probs.append(f"{d}: {k} not found: {v[:40]}")
        print(f"{pid}\tbody {blen}\tparas {len(g['body_paragraphs'])}\t{'OK' if not probs else 'PROBLEMS'}")
        for x in probs:
            print("   ", x)
        bad += bool(probs)
    print(f"{bad} pages with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
