#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces trimmed at line ends,
runs of blank lines collapsed to a single blank line (what a paste from another browser gives)."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "raw"), exist_ok=True)
for f in sorted(os.listdir(os.path.join(HERE, "raw-chromium"))):
    if not f.endswith(".txt"): continue
    t = open(os.path.join(HERE, "raw-chromium", f), encoding="utf-8").read()
    t = t.replace("\t", " ")
    t = "\n".join(l.rstrip(" ") for l in t.split("\n"))
    t = re.sub(r"\n{3,}", "\n\n", t).strip("\n") + "\n"
    open(os.path.join(HERE, "raw", f), "w", encoding="utf-8").write(t)
