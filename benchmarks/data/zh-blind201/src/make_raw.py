#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt: tab runs (with surrounding spaces) -> one space, ASCII spaces at
line edges stripped (U+3000 kept), blank-line runs collapsed, no leading/trailing blank lines, final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = f"{ROOT}/raw-chromium", f"{ROOT}/raw"
os.makedirs(dst, exist_ok=True)
for f in sorted(os.listdir(src)):
    if not f.endswith(".txt"): continue
    t = open(f"{src}/{f}", encoding="utf-8").read().replace("\r\n", "\n")
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln).strip(" ")
        if ln == "" and (not lines or lines[-1] == ""): continue
        lines.append(ln)
    while lines and lines[-1] == "": lines.pop()
    open(f"{dst}/{f}", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("raw written")
