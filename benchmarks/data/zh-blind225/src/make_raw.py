#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line
edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not fn.endswith(".txt"):
        continue
    text = open(f"{ROOT}/raw-chromium/{fn}", encoding="utf-8").read()
    out, blank = [], False
    for line in text.split("\n"):
        line = re.sub(r"\t+", " ", line).strip(" ")
        if line == "":
            if blank or not out:
                continue
            blank = True
        else:
            blank = False
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    open(f"{ROOT}/raw/{fn}", "w", encoding="utf-8").write("\n".join(out) + "\n")
