#!/usr/bin/env python3
"""Check every gold string (title, time, authors, paragraphs) occurs in raw-chromium/ and
raw/ modulo white space, and every body reaches 300 characters. Exit 1 on any problem."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r"\s+")


def main():
    probs, n = [], 0
    for f in sorted(os.listdir(f"{ROOT}/gold")):
        g = json.load(open(f"{ROOT}/gold/{f}", encoding="utf-8")); n += 1
        i = g["id"]
        strs = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + \
               [("para", p) for p in g["body_paragraphs"]]
        for d in ("raw-chromium", "raw"):
            path = f"{ROOT}/{d}/{i}.txt"
            if not os.path.exists(path):
                probs.append(f"{i}: missing {d}"); continue
            txt = W.sub("", open(path, encoding="utf-8").read())
            for k, s in strs:
                if W.sub("", s) not in txt:
                    probs.append(f"{i}: {k} not in {d}: {s[:40]}")
        size = sum(len(W.sub("", p)) for p in g["body_paragraphs"])
        if size < 300:
            probs.append(f"{i}: body {size} < 300")
        if not g["body_paragraphs"] or not g["title"]:
            probs.append(f"{i}: empty field")
    for p in probs:
        print(p)
    print(f"{n} pages checked, {len(probs)} problems")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
