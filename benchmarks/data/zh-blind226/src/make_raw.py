#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line
edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    out, blank = [], False
    for line in text.split("\n"):
        line = line.replace("\t", " ").strip(" ")
        if line == "":
            if blank or not out:
                blank = True
                continue
            blank = True
            out.append("")
        else:
            blank = False
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw written")
