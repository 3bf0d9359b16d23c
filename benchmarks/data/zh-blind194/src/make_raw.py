#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt (normalised)."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(glob.glob(f"{ROOT}/raw-chromium/*.txt")):
    t = open(fn, encoding="utf-8").read().replace("\r\n", "\n")
    t = re.sub(r" *\t[\t ]*", " ", t)
    lines = [l.strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{ROOT}/raw/{os.path.basename(fn)}", "w", encoding="utf-8").write(t)
