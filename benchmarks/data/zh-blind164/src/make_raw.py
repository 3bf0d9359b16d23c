#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Each tab (with the spaces around it) becomes one space, spaces at line edges are stripped
(leading U+3000 indents kept), runs of blank lines become one, leading/trailing blank lines
dropped, one final newline."""
import os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(OUT, "raw-chromium"), os.path.join(OUT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        if line == "" and (not lines or lines[-1] == ""):
            continue
        lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    with open(os.path.join(dst, fn), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
print("raw written")
