#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (with surrounding spaces) -> one space,
spaces at line edges stripped (leading U+3000 kept), blank-line runs -> one, edges trimmed."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    out = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        out.append(ln)
    s = "\n".join(out)
    s = re.sub(r"\n(?:[ ]*\n)+", "\n\n", s).strip("\n") + "\n"
    open(os.path.join(dst, fn), "w", encoding="utf-8").write(s)
