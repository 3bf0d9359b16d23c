#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a paste as another browser gives it.
Per line: tabs -> one space, spaces at line edges stripped (inner space runs kept, e.g. `王  静`);
then runs of blank lines -> a single blank line; leading/trailing blank lines dropped."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(os.listdir(os.path.join(ROOT, "raw-chromium"))):
    if not fn.endswith(".txt"):
        continue
    t = open(os.path.join(ROOT, "raw-chromium", fn), encoding="utf-8").read()
    lines = [l.replace("\t", " ").strip(" ") for l in t.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(ROOT, "raw", fn), "w", encoding="utf-8").write(out)
print("ok")
