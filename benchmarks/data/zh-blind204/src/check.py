#!/usr/bin/env python3
"""Every gold string occurs in raw-chromium/ and raw/ (modulo white space); every body >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]

def squash(s):
    return re.sub(r"\s+", "", s)

def main():
    probs = []
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    for i in ids:
        g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
        if list(g) != KEYS or g["set"] != "zh-blind204":
            probs.append(f"{i}: bad keys/set")
        if not os.path.exists(os.path.join(ROOT, "html", i + ".html")):
            probs.append(f"{i}: no html")
        strings = [("title", g["title"]), ("publish_time", g["publish_time"])]
        strings += [("author", a) for a in g["authors"]]
        strings += [("para", p) for p in g["body_paragraphs"]]
        for d in ("raw-chromium", "raw"):
            fp = os.path.join(ROOT, d, i + ".txt")
            if not os.path.exists(fp):
                probs.append(f"{i}: missing {d}"); continue
            raw = squash(open(fp, encoding="utf-8").read())
            for k, s in strings:
                if not s.strip() or squash(s) not in raw:
                    probs.append(f"{i}: {k} not in {d}: {s[:40]!r}")
        n = len(squash("".join(g["body_paragraphs"])))
        if n < 300:
            probs.append(f"{i}: body {n} < 300 characters")
    for p in probs:
        print(p)
    print(f"{len(probs)} problems over {len(ids)} pages")
    sys.exit(1 if probs else 0)

if __name__ == "__main__":
    main()
