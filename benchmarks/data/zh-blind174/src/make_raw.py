#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: another browser's paste.
Tabs (with spaces around) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one blank line; no leading/trailing blank lines; one final newline."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
src, dst = os.path.join(OUT, "raw-chromium"), os.path.join(OUT, "raw")
os.makedirs(dst, exist_ok=True)
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(src, fn), encoding="utf-8").read()
    lines = [re.sub(r"[ ]*\t[ \t]*", " ", l).strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            blank = True; continue
        if blank and out:
            out.append("")
        blank = False; out.append(l)
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw done")
