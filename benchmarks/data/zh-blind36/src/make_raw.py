#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (table cells) -> one space, spaces at line
ends removed, runs of blank lines -> one blank line, no leading/trailing blank lines."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = [re.sub(r"[ \t]*\t[ \t]*", " ", l).rstrip() for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(dst, fn), "w", encoding="utf-8").write(t)
    n += 1
print("raw files:", n)
