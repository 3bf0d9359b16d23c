#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines -> one blank line, leading/trailing blank lines dropped. Nothing else changes."""
import os
D = os.path.dirname(os.path.abspath(__file__))
for f in sorted(os.listdir(os.path.join(D, "raw-chromium"))):
    if not f.endswith(".txt"): continue
    t = open(os.path.join(D, "raw-chromium", f), encoding="utf-8").read().replace("\t", " ")
    out, prev_blank = [], True
    for l in t.split("\n"):
        l = l.strip(" ")
        if not l:
            if not prev_blank: out.append("")
            prev_blank = True
        else: out.append(l); prev_blank = False
    while out and out[-1] == "": out.pop()
    open(os.path.join(D, "raw", f), "w", encoding="utf-8").write("\n".join(out) + "\n")
