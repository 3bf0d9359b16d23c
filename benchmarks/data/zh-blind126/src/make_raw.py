#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped (a
leading U+3000 indent is kept); every run of blank lines becomes one blank line; leading and
trailing blank lines are dropped; one final newline.  Nothing else changes."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    res, blank = [], False
    for line in out:
        if line == "":
            blank = True
            continue
        if blank and res:
            res.append("")
        blank = False
        res.append(line)
    return "\n".join(res) + "\n"


def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(src)):
        if name.endswith(".txt"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
                f.write(convert(t))
            n += 1
    print(n, "raw files written")


if __name__ == "__main__":
    main()
