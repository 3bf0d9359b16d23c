#!/usr/bin/env python3
"""raw/<id>.txt, "a clerk's paste from another browser", derived from raw-chromium/<id>.txt.

Each tab (with the spaces around it) becomes one space, spaces at line edges are
stripped (leading U+3000 indents are kept), every run of blank lines becomes one
blank line, leading and trailing blank lines are dropped, one final newline.
Nothing else changes.

Usage (from the set folder):  python3 src/make_raw.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TAB = re.compile(r" *\t *")


def convert(text: str) -> str:
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = TAB.sub(" ", line)
        line = line.strip(" ")          # ASCII spaces at both edges
        line = line.rstrip("\u3000 ")   # trailing ideographic spaces too; leading U+3000 stays
        lines.append(line)
    out = []
    for line in lines:
        if line == "":
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    src = os.path.join(ROOT, "raw-chromium")
    dst = os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(src, fn), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(t))
        n += 1
    print(f"{n} files written to raw/")
    return 0 if n else 1


if __name__ == "__main__":
    sys.exit(main())
