#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line ends stripped,
runs of blank (white-space-only) lines -> one blank line, leading/trailing blank lines dropped."""
import os, re
os.makedirs("raw", exist_ok=True)
for f in sorted(os.listdir("raw-chromium")):
    if not f.endswith(".txt"): continue
    t = open("raw-chromium/" + f, encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).rstrip() for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l.strip():
            if out and not blank: out.append("")
            blank = True
        else:
            out.append(l); blank = False
    while out and out[-1] == "": out.pop()
    open("raw/" + f, "w", encoding="utf-8").write("\n".join(out) + "\n")
