#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line
edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for src in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    text = open(src, encoding="utf-8").read()
    lines, blank = [], False
    for ln in text.split("\n"):
        ln = ln.replace("\t", " ").strip(" ")
        if ln == "":
            if blank or not lines:
                continue
            blank = True
        else:
            blank = False
        lines.append(ln)
    while lines and lines[-1] == "":
        lines.pop()
    with open(os.path.join(ROOT, "raw", os.path.basename(src)), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
print("raw done")
