#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    text = re.sub(r"[ ]*\t[ \t]*", " ", text)          # each tab (with spaces around it) -> one space
    out = []
    for line in text.split("\n"):
        line = line.strip(" \t\r")                       # U+3000 indents are kept
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
