#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a paste from another browser.
Tabs (with spaces around them) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one; leading/trailing blank lines dropped; one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = [re.sub(r" *\t[ \t]*", " ", l).strip(" ") for l in text.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            blank = True; continue
        if blank and out: out.append("")
        blank = False; out.append(l)
    open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")
    n += 1
print(n, "raw pages written")
