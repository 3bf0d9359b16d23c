#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: the 'other browser' paste.
Tabs (table cells) -> one space; ASCII spaces at line edges removed (U+3000 indents kept);
runs of blank lines -> one blank line; no leading/trailing blank lines; one final newline."""
import glob, os, re
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(f"{here}/raw", exist_ok=True)
for f in sorted(glob.glob(f"{here}/raw-chromium/*.txt")):
    lines = []
    for ln in open(f, encoding="utf-8").read().split("\n"):
        ln = re.sub(r"\t+", " ", ln).strip(" ")
        if ln == "" and (not lines or lines[-1] == ""):
            continue
        lines.append(ln)
    while lines and lines[-1] == "":
        lines.pop()
    open(f"{here}/raw/{os.path.basename(f)}", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(len(glob.glob(f"{here}/raw/*.txt")), "raw files")
