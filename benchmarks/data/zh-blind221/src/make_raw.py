#!/usr/bin/env python3
"""raw-chromium/*.txt -> raw/*.txt: tabs to one space, ASCII spaces stripped at line edges,
runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(root, "raw-chromium"), os.path.join(root, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read()
    out, blank = [], False
    for line in text.split("\n"):
        line = line.replace("\t", " ").strip(" ")
        if line == "":
            if out and not blank:
                out.append("")
            blank = True
        else:
            out.append(line); blank = False
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw written:", len([f for f in os.listdir(dst) if f.endswith('.txt')]))
