#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.

Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 indents are kept); every run of blank lines becomes one blank line; leading
and trailing blank lines are dropped; one final newline. Nothing else changes.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    res = []
    for line in out:
        if line == "" and (not res or res[-1] == ""):
            continue
        res.append(line)
    while res and res[-1] == "":
        res.pop()
    return "\n".join(res) + "\n"


def main():
    src = os.path.join(ROOT, "raw-chromium")
    dst = os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(src)):
        if f.endswith(".txt"):
            with open(os.path.join(src, f), encoding="utf-8") as fh:
                t = fh.read()
            with open(os.path.join(dst, f), "w", encoding="utf-8") as fh:
                fh.write(convert(t))
            n += 1
    print(f"wrote {n} files", file=sys.stderr)


if __name__ == "__main__":
    main()
