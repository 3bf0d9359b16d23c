#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.

Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 indents are kept); every run of blank lines becomes one blank line; leading and
trailing blank lines are dropped; one final newline. Nothing else changes."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    out = []
    for ln in text.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        out.append(ln)
    s = "\n".join(out)
    s = re.sub(r"\n(?:[ \t]*\n)+", "\n\n", s)
    return s.strip("\n") + "\n"


def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8") as f:
                f.write(convert(t))
            n += 1
    print(f"wrote {n} raw files")


if __name__ == "__main__":
    main()
