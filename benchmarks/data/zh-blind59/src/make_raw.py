#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Only these changes are made:
  * each tab, with any spaces/tabs around it, becomes one space;
  * spaces at both line edges are stripped (leading U+3000 indents are kept);
  * a line of nothing but white space counts as blank; every run of blank lines
    becomes one blank line; leading and trailing blank lines are dropped;
  * the file ends in exactly one newline.

Usage: python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text: str) -> str:
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        if not line.strip():
            line = ""
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


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
    print(f"wrote {n} files to {a.out}")


if __name__ == "__main__":
    main()
