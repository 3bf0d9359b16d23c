#!/usr/bin/env python3
"""raw-chromium/*.txt -> raw/*.txt (tabs -> space, ASCII edge spaces stripped, U+3000 kept, blank runs collapsed)."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for n in sorted(os.listdir(src)):
    if not n.endswith(".txt"): continue
    t = open(os.path.join(src, n), encoding="utf-8").read().replace("\r\n", "\n")
    lines = [re.sub(r"\t+", " ", l).strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            if out and not blank: out.append("")
            blank = True
        else:
            out.append(l); blank = False
    while out and out[-1] == "": out.pop()
    open(os.path.join(dst, n), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("ok")
