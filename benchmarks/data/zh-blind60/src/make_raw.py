#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Rules (nothing else changes):
  * each tab, with the spaces around it, becomes one space;
  * spaces at line edges are stripped (ASCII spaces only, so leading U+3000
    indents stay); a line holding nothing but white space counts as blank;
  * every run of blank lines becomes one blank line;
  * leading and trailing blank lines are dropped; the file ends with one newline.

Usage: python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def convert(text: str) -> str:
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
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(ROOT, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(ROOT, "raw"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(a.src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(a.src, fn), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(a.out, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(t))
        n += 1
    print(f"{n} files written to {a.out}")


if __name__ == "__main__":
    main()
