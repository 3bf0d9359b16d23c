#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: 'a clerk's paste from another browser'.
Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 kept); runs of blank lines become one; leading/trailing blank lines dropped;
one final newline. Nothing else changes."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    out = []
    for line in text.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" \t\u00a0")
        out.append(line)
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"
    with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
        f.write(t)
    n += 1
print(f"{n} raw files written", file=sys.stderr)
