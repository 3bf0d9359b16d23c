# -*- coding: utf-8 -*-
"""raw-chromium/<id>.txt -> raw/<id>.txt"""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for f in sorted(os.listdir(src)):
    if not f.endswith(".txt"): continue
    t = open(os.path.join(src, f), encoding="utf-8").read().replace("\r\n", "\n")
    t = re.sub(r" *\t[\t ]*", " ", t)
    lines = [l.strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            blank = True; continue
        if blank and out: out.append("")
        blank = False; out.append(l)
    open(os.path.join(dst, f), "w", encoding="utf-8").write("\n".join(out) + "\n")
