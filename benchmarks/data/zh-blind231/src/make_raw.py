#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs->space, strip ASCII spaces at line edges, collapse blank runs, drop trailing blanks."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read().replace("\r\n", "\n")
    lines = [l.replace("\t", " ").strip(" ") for l in t.split("\n")]
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""): continue
        out.append(l)
    while out and out[-1] == "": out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
