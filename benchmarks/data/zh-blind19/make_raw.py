#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: every tab -> one space, spaces trimmed at line edges,
runs of blank lines -> one blank line, a blank line between every two non-empty lines that
Chromium put directly under each other (another browser's paste puts blocks apart)."""
import os, re
ROOT = os.path.dirname(os.path.abspath(__file__))
for f in sorted(os.listdir(os.path.join(ROOT, "raw-chromium"))):
    if not f.endswith(".txt"):
        continue
    t = open(os.path.join(ROOT, "raw-chromium", f), encoding="utf-8").read()
    lines = [l.replace("\t", " ").strip(" ") for l in t.splitlines()]
    blocks = [l for l in lines if l]
    open(os.path.join(ROOT, "raw", f), "w", encoding="utf-8").write("\n\n".join(blocks) + "\n")
