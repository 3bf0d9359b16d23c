#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Rules, nothing else changes:
  * each tab, with the spaces around it, becomes one space;
  * spaces at line edges are stripped (U+3000 indents are kept);
  * every run of blank lines becomes one blank line;
  * leading and trailing blank lines are dropped; one final newline.

Usage (from the set folder):  python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re
import sys


def convert(text: str) -> str:
    text = text.replace("\r\n", "\n")
    text = re.sub(r" *\t *", " ", text)
    lines = [ln.strip(" ") for ln in text.split("\n")]
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default="raw-chromium")
    ap.add_argument("--out", default="raw")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
