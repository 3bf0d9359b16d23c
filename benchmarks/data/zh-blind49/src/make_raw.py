#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines collapsed to one blank line, no leading/trailing blank lines."""
import os, re, glob
ROOT = os.path.join(os.path.dirname(__file__), "..")
for f in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r"[ \t]+", " ", l.replace("\t", " ")).strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8").write(t)
