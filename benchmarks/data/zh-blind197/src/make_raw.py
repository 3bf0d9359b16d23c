#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt (tabs->space, ASCII edge spaces stripped, blank runs collapsed)."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read().replace("\r\n", "\n")
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[\t ]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            if out and not blank: out.append("")
            blank = True
        else:
            out.append(ln); blank = False
    while out and out[-1] == "": out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n"); n += 1
print("raw", n)
