#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, trailing/leading spaces of lines
stripped, runs of spaces kept inside lines, runs of blank lines collapsed to one blank line."""
import os, re
D = os.path.dirname(os.path.abspath(__file__))
for f in sorted(os.listdir(os.path.join(D, "raw-chromium"))):
    if not f.endswith(".txt"): continue
    t = open(os.path.join(D, "raw-chromium", f), encoding="utf-8").read()
    lines = [l.replace("\t", " ").strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(D, "raw", f), "w", encoding="utf-8").write(t)
