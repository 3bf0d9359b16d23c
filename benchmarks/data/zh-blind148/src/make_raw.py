#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Tabs (with surrounding spaces) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one; leading/trailing blank lines dropped; one final newline."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    t = open(fn, encoding="utf-8").read().replace("\r\n", "\n")
    lines = [re.sub(r" *\t[ \t]*", " ", l).strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            blank = True; continue
        if blank and out:
            out.append("")
        blank = False
        out.append(l)
    with open(os.path.join(ROOT, "raw", os.path.basename(fn)), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
print("raw written")
