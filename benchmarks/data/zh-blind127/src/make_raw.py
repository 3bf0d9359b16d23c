#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: 'a clerk's paste from another browser'.

Each tab (with the spaces around it) becomes one space; spaces at line edges are
stripped (leading U+3000 indents kept); every run of blank lines becomes one blank
line; leading and trailing blank lines dropped; one final newline.
"""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    out = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    res, blank = [], False
    for line in out:
        if line == "":
            blank = True
            continue
        if blank and res:
            res.append("")
        blank = False
        res.append(line)
    with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
        f.write("\n".join(res) + "\n")
    n += 1
print(f"wrote {n} files to raw/")
