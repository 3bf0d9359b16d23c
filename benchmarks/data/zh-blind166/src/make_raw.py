#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a paste from another browser.
Tabs (with spaces around them) -> one space; spaces stripped at line edges (U+3000 kept);
runs of blank lines -> one blank line; leading/trailing blank lines dropped; one final newline."""
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
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(line)
    with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    n += 1
print(f"wrote {n} files to {dst}")
