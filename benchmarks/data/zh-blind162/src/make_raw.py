#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: another browser's paste.

Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 indents kept); every run of blank lines becomes one blank line; leading and
trailing blank lines dropped; one final newline. Nothing else changes."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    lines = [re.sub(r" *\t *", " ", ln).strip(" ") for ln in text.split("\n")]
    out, blank = [], False
    for ln in lines:
        if ln == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(ln)
    open(os.path.join(dst, name), "w", encoding="utf-8").write("\n".join(out) + "\n")
    n += 1
print(f"wrote {n} files to raw/")
