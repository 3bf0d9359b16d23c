#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (with spaces around) -> one space, spaces at
line edges stripped (leading U+3000 kept), blank-line runs -> one, no leading/trailing blank lines."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    out = []
    for line in t.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"
    open(os.path.join(dst, fn), "w", encoding="utf-8").write(text); n += 1
print("raw files:", n)
