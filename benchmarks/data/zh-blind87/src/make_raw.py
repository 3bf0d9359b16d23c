#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Rules, and nothing else changes:
  * each tab, with any spaces around it, becomes one space;
  * spaces (U+0020) at the start and end of every line are stripped
    (leading U+3000 indents are kept);
  * every run of blank lines (lines empty after that, or holding only white
    space) becomes one blank line; leading and trailing blank lines are dropped;
  * the file ends with exactly one newline.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def convert(text):
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        if not line.strip():
            line = ""
        if line == "" and (not lines or lines[-1] == ""):
            continue
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


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
    print("%d files written to %s" % (n, dst))
    return 0 if n else 1


if __name__ == "__main__":
    sys.exit(main())
