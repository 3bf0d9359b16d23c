#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Rules (and nothing else): every tab, with the spaces around it, becomes one space;
spaces at line edges are stripped (a leading U+3000 indent is kept); every run of
blank lines becomes one blank line; leading and trailing blank lines are dropped;
the file ends with one newline.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def convert(text):
    text = text.replace("\r\n", "\n")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
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
            text = f.read()
        with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(text))
        n += 1
    print(f"wrote {n} files to {dst}")


if __name__ == "__main__":
    sys.exit(main())
