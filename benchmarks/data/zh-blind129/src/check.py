#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ws(s):
    return re.sub(r"\s+", "", s)


def main():
    bad = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        pid = g["id"]
        items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] \
            + [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {d}"); bad += 1; continue
            text = ws(open(path, encoding="utf-8").read())
            for k, v in items:
                if ws(v) not in text:
                    print(f"{pid} {d}: {k} not found: {v[:60]}"); bad += 1
        blen = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 else "  <-- outside 300-1200"
        print(f"{pid} {g['kind']:<12} paras={len(g['body_paragraphs']):2d} body_chars={blen}{flag}")
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
