#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Tabs (with surrounding spaces) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one; no leading/trailing blank lines; one final newline."""
import glob, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for p in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    t = open(p, encoding="utf-8").read()
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r"[ ]*\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln.strip(" ") == "":
            if out: blank = True
            continue
        if blank: out.append("")
        blank = False
        out.append(ln)
    open(os.path.join(ROOT, "raw", os.path.basename(p)), "w", encoding="utf-8").write("\n".join(out) + "\n")
