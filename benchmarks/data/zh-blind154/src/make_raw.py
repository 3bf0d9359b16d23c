#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: another browser's paste."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    t = re.sub(r" *\t[ \t]*", " ", t)                      # each tab (with spaces around it) -> one space
    t = "\n".join(l.strip(" ") for l in t.split("\n"))      # spaces at line edges (U+3000 kept)
    t = re.sub(r"\n{3,}", "\n\n", t).strip("\n") + "\n"     # runs of blank lines -> one; trim
    open(os.path.join(dst, fn), "w", encoding="utf-8").write(t)
print("raw written")
