#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Tabs (with spaces around them) -> one space; spaces stripped at line edges (U+3000 kept);
runs of blank lines -> one blank line; leading/trailing blank lines dropped; one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    out, blank = [], False
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line).strip(" ")
        if line == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(line)
    open(os.path.join(dst, name), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw written")
