#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Rules, and nothing else:
  * each tab, with the spaces around it, becomes one space;
  * spaces at line edges are stripped (U+3000 indents are kept);
  * every run of blank lines becomes one blank line;
  * leading and trailing blank lines are dropped; one final newline.

Usage (from the set folder):  python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re


def convert(text):
    lines = text.replace("\r\n", "\n").split("\n")
    out = []
    for line in lines:
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        if line == "":
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--src", default=os.path.join(root, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(root, "raw"))
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
    print(f"{n} raw pages written to {a.out}")


if __name__ == "__main__":
    main()
