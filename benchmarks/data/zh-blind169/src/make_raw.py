#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
src, dst = root / "raw-chromium", root / "raw"
dst.mkdir(exist_ok=True)
for f in sorted(src.glob("*.txt")):
    t = f.read_text(encoding="utf-8")
    t = re.sub(r"[ ]*\t[ \t]*", " ", t)            # each tab with spaces around it -> one space
    lines = [l.strip(" ") for l in t.split("\n")]   # spaces at line edges (U+3000 kept)
    out, blank = [], False
    for l in lines:
        if l == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(l)
    (dst / f.name).write_text("\n".join(out) + "\n", encoding="utf-8")
