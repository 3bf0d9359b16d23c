#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Tabs (with spaces around) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one; leading/trailing blank lines dropped; one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r"[ ]*\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            blank = True; continue
        if blank and out: out.append("")
        blank = False; out.append(ln)
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
