#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (with surrounding spaces) -> one space,
ASCII spaces at line edges stripped (U+3000 kept), blank-line runs -> one, trimmed, final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln); blank = False
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw files:", len([f for f in os.listdir(dst) if f.endswith('.txt')]))
