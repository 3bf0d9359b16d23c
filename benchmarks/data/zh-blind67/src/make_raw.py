#!/usr/bin/env python3
"""Derive raw/<id>.txt ("a clerk's paste from another browser") from raw-chromium/<id>.txt.

Rules, and nothing else: each tab (with the spaces around it) becomes one space; spaces at
line edges are stripped (a leading U+3000 indent is kept); every run of blank lines becomes one
blank line; leading and trailing blank lines are dropped; the file ends with one newline.

Usage: python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
from __future__ import annotations

import argparse
import os
import re
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEAD = " \u00a0"  # spaces stripped at a line's start: a leading U+3000 indent is kept
TRAIL = " \u00a0\u3000"  # spaces stripped at a line's end


def convert(text: str) -> str:
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = re.sub(r"[ \u00a0]*\t[ \u00a0]*", " ", line)
        line = line.lstrip(LEAD).rstrip(TRAIL)
        if not line.strip():  # a line of nothing but spaces (even U+3000) is blank
            line = ""
        lines.append(line)
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(SET, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(SET, "raw"))
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(a.src) if n.endswith(".txt"))
    if not names:
        print(f"no .txt files in {a.src}", file=sys.stderr)
        return 1
    os.makedirs(a.out, exist_ok=True)
    for n in names:
        with open(os.path.join(a.src, n), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(a.out, n), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(t))
    print(f"{len(names)} files written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
