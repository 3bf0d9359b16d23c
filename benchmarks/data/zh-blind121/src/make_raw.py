#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Each tab (with the spaces around it) becomes one space; spaces (not U+3000) at line
edges are stripped; every run of blank lines becomes one blank line; leading and
trailing blank lines are dropped; one final newline.  Nothing else changes.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    text = text.replace("\r\n", "\n")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out = []
    for line in lines:
        if line == "":
            if out and out[-1] == "":
                continue
        out.append(line)
    while out and out[0] == "":
        out.pop(0)
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
        with open(os.path.join(dst, fn), "w", encoding="utf-8") as f:
            f.write(convert(t))
        n += 1
    print("raw:", n, "files", file=sys.stderr)


if __name__ == "__main__":
    main()
