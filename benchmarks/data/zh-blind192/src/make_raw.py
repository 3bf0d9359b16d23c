#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with surrounding spaces) -> one space,
ASCII spaces stripped at line edges (U+3000 kept), blank-line runs collapsed, no leading/trailing blanks."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for p in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    t = open(p, encoding="utf-8").read().replace("\r\n", "\n")
    t = re.sub(r" *\t[ \t]*", " ", t)
    lines = [l.strip(" ") for l in t.split("\n")]
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(ROOT, "raw", os.path.basename(p)), "w", encoding="utf-8").write("\n".join(out) + "\n")
