#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    t = t.replace("\r\n", "\n")
    t = re.sub(r"[ ]*\t[ \t]*", " ", t)          # a tab with spaces around it -> one space
    lines = [ln.strip(" ") for ln in t.split("\n")]  # spaces at line edges (U+3000 kept)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(ln)
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw done")
