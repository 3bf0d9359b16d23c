#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with surrounding spaces) -> one space, ASCII spaces
stripped at line edges (U+3000 kept), blank-line runs collapsed, no leading/trailing blank lines, one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(src, fn), encoding="utf-8").read().replace("\r\n", "\n").replace("\r", "\n")
    out, blank = [], False
    for line in t.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line).strip(" ")
        if line == "":
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line); blank = False
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
    n += 1
print(n, "files")
