#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Each tab, with the spaces around it, becomes one space; ASCII spaces at line edges
are stripped (leading U+3000 indents are kept); every run of blank lines becomes one
blank line; leading and trailing blank lines are dropped; one final newline.
Nothing else changes.
"""
import argparse
import os
import re
import sys


def convert(text):
    text = text.replace("\r\n", "\n")
    out = []
    for line in text.split("\n"):
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        if line == "":
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(here, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(here, "raw"))
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
