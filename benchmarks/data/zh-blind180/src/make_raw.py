#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, line edges stripped (U+3000 kept),
blank-line runs -> one blank line, no leading/trailing blank lines, one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"): continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    out = []
    for ln in t.split("\n"):
        ln = re.sub(r"[ ]*\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        out.append(ln)
    s = re.sub(r"\n(?:\n)+", "\n\n", "\n".join(out)).strip("\n") + "\n"
    open(os.path.join(dst, fn), "w", encoding="utf-8").write(s)
