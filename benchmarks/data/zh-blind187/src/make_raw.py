#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with spaces around) -> one space, ASCII spaces at
line edges stripped (U+3000 kept), blank-line runs collapsed to one, no leading/trailing blank lines,
one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read().replace("\r\n", "\n").replace("\r", "\n")
    t = re.sub(r" *\t[ \t]*", " ", t)
    lines = [l.strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            if out and not blank: out.append("")
            blank = True
        else:
            out.append(l); blank = False
    while out and out[-1] == "": out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
    n += 1
print(n, "raw files written")
