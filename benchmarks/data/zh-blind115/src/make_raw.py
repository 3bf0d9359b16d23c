#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: 'a clerk's paste from another browser'.
Each tab (with the spaces around it) becomes one space; spaces at line edges are stripped
(leading U+3000 indents are kept); every run of blank lines becomes one blank line; leading and
trailing blank lines dropped; one final newline.  Nothing else changes."""
import glob, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for f in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    text = open(f, encoding="utf-8").read()
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out, blank = [], False
    for line in lines:
        if line == "":
            if out and not blank:
                out.append("")
            blank = True
        else:
            out.append(line)
            blank = False
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8").write("\n".join(out) + "\n")
