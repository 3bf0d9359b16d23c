#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read().replace("\r\n", "\n")
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r"[ ]*\t[ \t]*", " ", ln)          # each tab (with spaces around it) -> one space
        ln = ln.strip(" \t")                              # spaces at line edges; U+3000 kept
        lines.append(ln)
    t = re.sub(r"\n(?:\n)+", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(dst, fn), "w", encoding="utf-8").write(t); n += 1
print(f"{n} files written to raw/")
