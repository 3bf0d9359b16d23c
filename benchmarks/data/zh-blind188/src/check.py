"""Check that every gold string occurs in raw-chromium/ and raw/ (modulo white space) and that
every body reaches 300 characters."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def squash(s):
    return re.sub(r"\s+", "", s.replace("\u00a0", " "))


def main():
    problems = 0
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    for i in ids:
        g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
        strings = [("title", g["title"]), ("publish_time", g["publish_time"])]
        strings += [("author", a) for a in g["authors"]]
        strings += [("para%d" % k, s) for k, s in enumerate(g["body_paragraphs"])]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, i + ".txt")
            if not os.path.exists(path):
                print(i, d, "missing"); problems += 1; continue
            txt = squash(open(path, encoding="utf-8").read())
            for label, s in strings:
                if squash(s) not in txt:
                    print(i, d, label, "not found:", s[:60]); problems += 1
        n = len("".join(g["body_paragraphs"]))
        if n < 300:
            print(i, "body only", n, "characters"); problems += 1
        for a in g["authors"]:
            if g["lang"] == "zh" and " " in a:
                print(i, "spaced author", a); problems += 1
    print("%d pages checked, %d problems" % (len(ids), problems))
    print("PASS" if problems == 0 else "FAIL")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
