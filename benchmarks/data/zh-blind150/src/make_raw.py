#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, edge spaces stripped
(leading U+3000 kept), blank-line runs -> one, no leading/trailing blank lines."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out, blank = [], False
    for line in lines:
        if line == "":
            if out and not blank:
                out.append("")
            blank = True
        else:
            out.append(line); blank = False
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")
    n += 1
print(f"{n} raw pages written")
