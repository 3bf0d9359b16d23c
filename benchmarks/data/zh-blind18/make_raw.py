#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces trimmed at line ends,
runs of blank lines -> one blank line."""
import glob, os, re
os.makedirs("raw", exist_ok=True)
for f in sorted(glob.glob("raw-chromium/*.txt")):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r"[ \t]+", " ", l.replace("\t", " ")).strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open("raw/" + os.path.basename(f), "w", encoding="utf-8").write(t)
