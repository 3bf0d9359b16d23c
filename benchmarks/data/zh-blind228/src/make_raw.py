#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line edges,
runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for f in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    out, blank = [], False
    for ln in open(f, encoding="utf-8").read().split("\n"):
        ln = ln.replace("\t", " ").strip(" ")
        if ln == "":
            if not blank and out:
                out.append("")
            blank = True
            continue
        blank = False
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8").write("\n".join(out) + "\n")
