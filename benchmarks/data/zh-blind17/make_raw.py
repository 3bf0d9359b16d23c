#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, line edges stripped,
runs of blank lines -> one blank line, no leading/trailing blank lines."""
import glob, os, re
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(OUT, "raw"), exist_ok=True)
for f in sorted(glob.glob(os.path.join(OUT, "raw-chromium", "*.txt"))):
    text = open(f, encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).strip() for l in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    with open(os.path.join(OUT, "raw", os.path.basename(f)), "w", encoding="utf-8") as g:
        g.write(text)
