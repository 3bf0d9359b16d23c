#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Only these changes are made:
  * each tab, with the spaces around it, becomes one space;
  * spaces at line edges are stripped (leading U+3000 indents are kept);
  * every run of blank lines becomes one blank line;
  * leading and trailing blank lines are dropped; the file ends with one newline.

    python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
from __future__ import annotations

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def convert(text: str) -> str:
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        if line == "":
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(ROOT, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(ROOT, "raw"))
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(a.src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(a.src, fn), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(a.out, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(text))
        n += 1
    print(f"{n} raw files written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
