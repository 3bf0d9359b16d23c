#!/usr/bin/env python3
"""Verify that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and
raw/ (modulo white space), and print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r"\s+")


def norm(s):
    return W.sub("", s)


def main():
    bad = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        pid = g["id"]
        blen = sum(len(x) for x in g["body_paragraphs"])
        probs = []
        if blen < 300:
            probs.append(f"body only {blen} chars")
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                probs.append(f"{d} missing"); continue
            t = norm(open(path, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("time", g["publish_time"]))
            items += [("para", x) for x in g["body_paragraphs"]]
            for k, v in items:
                if norm(v) not in t:
                    probs.append(f"{d}: {k} not found: {v[:40]}")
        print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body={blen:>5}"
              + ("" if not probs else "  PROBLEMS: " + " | ".join(probs)))
        bad += bool(probs)
    print("pages with problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
