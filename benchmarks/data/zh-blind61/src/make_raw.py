#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Each tab (with the spaces around it) becomes one space; spaces at line edges are
stripped (leading U+3000 indents are kept); every run of blank lines becomes one
blank line; leading and trailing blank lines are dropped; one final newline.
Nothing else changes.

    python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r" *\t *", " ", line)
        lines.append(line.strip(" "))
    out, blank = [], False
    for line in lines:
        if line == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(line)
    return "\n".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default=os.path.join(ROOT, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(ROOT, "raw"))
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(args.src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(args.src, fn), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(args.out, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(text))
        n += 1
    print(f"{n} files written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
