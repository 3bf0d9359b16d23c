#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def fold(s):
    return re.sub(r"\s+", "", s)

def main():
    problems = 0
    for name in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", name), encoding="utf-8"))
        pid = g["id"]
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [("para%d" % i, p) for i, p in enumerate(g["body_paragraphs"])]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                print("%s: missing %s" % (pid, path)); problems += 1; continue
            txt = fold(open(path, encoding="utf-8").read())
            for what, val in items:
                if fold(val) not in txt:
                    print("%s [%s] %s not found: %s" % (pid, d, what, val[:60])); problems += 1
        blen = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 else "  <-- body length out of 300..1200"
        if flag: problems += 1
        print("%s %-12s %4d chars %2d paras%s" % (pid, g["kind"], blen, len(g["body_paragraphs"]), flag))
    print("problems:", problems)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
