#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line edges,
runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for p in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    lines = open(p, encoding="utf-8").read().replace("\t", " ").split("\n")
    out = []
    for ln in lines:
        ln = ln.strip(" ")
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    with open(os.path.join(ROOT, "raw", os.path.basename(p)), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
