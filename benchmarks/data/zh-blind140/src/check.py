#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
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
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [("para", p) for p in g["body_paragraphs"]]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {d}"); bad += 1; continue
            t = norm(open(path, encoding="utf-8").read())
            for k, v in items:
                if norm(v) not in t:
                    print(f"{pid}: {d}: {k} not found: {v[:60]}"); bad += 1
        n = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if 300 <= n <= 1200 else "  <-- out of 300-1200"
        if flag:
            bad += 1
        print(f"{pid} {g['kind']:12s} paras={len(g['body_paragraphs']):2d} body_chars={n}{flag}")
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
