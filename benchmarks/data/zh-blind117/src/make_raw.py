#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (with surrounding spaces) -> one space,
spaces at line edges stripped (U+3000 kept), blank-line runs -> one, no leading/trailing blanks."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not fn.endswith(".txt"):
        continue
    t = open(f"{ROOT}/raw-chromium/{fn}", encoding="utf-8").read()
    out = []
    for line in t.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    os.makedirs(f"{ROOT}/raw", exist_ok=True)
    open(f"{ROOT}/raw/{fn}", "w", encoding="utf-8", newline="\n").write("\n".join(out) + "\n")
print("raw written")
