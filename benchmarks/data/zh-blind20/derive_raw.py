#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: each tab -> one space, spaces at line edges trimmed (runs of
spaces inside a line are kept, e.g. `刘  峰`),
runs of blank lines collapsed to one blank line, leading/trailing blank lines dropped."""
import os, re
D = os.path.dirname(os.path.abspath(__file__))
for f in sorted(os.listdir(os.path.join(D, "raw-chromium"))):
    if not f.endswith(".txt"): continue
    t = open(os.path.join(D, "raw-chromium", f), encoding="utf-8").read()
    lines = [l.replace("\t", " ").strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            if out and not blank: out.append("")
            blank = True
        else:
            out.append(l); blank = False
    while out and out[-1] == "": out.pop()
    open(os.path.join(D, "raw", f), "w", encoding="utf-8").write("\n".join(out) + "\n")
