#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.

Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 indents are kept); every run of blank lines becomes one blank line; leading and
trailing blank lines are dropped; one final newline. Nothing else changes."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out, blank = [], False
    for line in lines:
        if line == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(line)
    return "\n".join(out) + "\n"


def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(convert(t))
            n += 1
    print("wrote", n, "raw files")


if __name__ == "__main__":
    sys.exit(main())
