#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt: tabs to one space, ASCII spaces stripped at line
edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import pathlib, sys
root = pathlib.Path(__file__).resolve().parent.parent
src, out = root / "raw-chromium", root / "raw"
out.mkdir(exist_ok=True)
for f in sorted(src.glob("*.txt")):
    lines = [l.replace("\t", " ").strip(" ") for l in f.read_text(encoding="utf-8").split("\n")]
    res = []
    for l in lines:
        if l == "" and res and res[-1] == "":
            continue
        res.append(l)
    while res and res[-1] == "":
        res.pop()
    (out / f.name).write_text("\n".join(res) + "\n", encoding="utf-8")
print("raw files:", len(list(out.glob("*.txt"))))
