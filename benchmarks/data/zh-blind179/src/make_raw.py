#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".
Each tab (with spaces around it) -> one space; spaces at line edges stripped (leading U+3000
kept); runs of blank lines -> one blank line; leading/trailing blank lines dropped; one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = []
    for ln in text.split("\n"):
        ln = re.sub(r"[ ]*\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(ln)
    with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    n += 1
print(f"wrote {n} files to {dst}")
