#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt (tab runs -> one space, edge ASCII spaces stripped, blank runs collapsed)."""
import glob, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    t = open(fn, encoding="utf-8").read().replace("\r\n", "\n")
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[\t ]*", " ", ln).strip(" ")
        if ln.strip(" \t") == "" and "\u3000" not in ln:
            ln = ""
        if ln == "" and (not lines or lines[-1] == ""):
            continue
        lines.append(ln)
    while lines and lines[-1] == "":
        lines.pop()
    open(os.path.join(ROOT, "raw", os.path.basename(fn)), "w", encoding="utf-8").write("\n".join(lines) + "\n")
