#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".
Each tab (with the spaces around it) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one blank line; leading/trailing blank lines dropped; one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
    n += 1
print(n, "raw files written")
