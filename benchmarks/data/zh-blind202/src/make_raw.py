#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs -> one space, ASCII spaces stripped at
line edges (U+3000 kept), blank-line runs collapsed to one, no leading/trailing blank lines,
one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for fn in sorted(os.listdir(src)):
    if not fn.endswith(".txt"):
        continue
    text = open(os.path.join(src, fn), encoding="utf-8").read().replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"\t+", " ", l).strip(" ") for l in text.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            if out and not blank:
                out.append("")
            blank = True
        else:
            out.append(l); blank = False
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(dst, fn), "w", encoding="utf-8").write("\n".join(out) + "\n")
    n += 1
print(f"wrote {n} raw files")
