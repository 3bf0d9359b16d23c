#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 indents are kept); every run of blank lines becomes one blank line; leading and
trailing blank lines are dropped; one final newline.  Nothing else changes.

Usage (from the set folder):  python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re

TAB = re.compile(r"[ \u00a0]*\t[ \t\u00a0]*")


def convert(text: str) -> str:
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = TAB.sub(" ", line)
        line = line.strip(" \u00a0")        # spaces at both edges; U+3000 indents stay
        if not line.strip():                 # a line of white space only is blank
            line = ""
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--src", default=os.path.join(here, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(here, "raw"))
    a = ap.parse_args()
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
    print(f"{n} files written to {a.out}")


if __name__ == "__main__":
    main()
