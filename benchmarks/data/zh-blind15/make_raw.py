#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a paste as another browser gives it.

Tabs (table cells) become one space, spaces at line ends are dropped, and every run of
blank lines becomes a single blank line. Nothing else changes."""
import os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
src, dst = os.path.join(here, "raw-chromium"), os.path.join(here, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    lines = [re.sub(r"[ \t]*\t[ \t]*", " ", l).rstrip(" ") for l in text.split("\n")]
    text = re.sub(r"\n(?:[ \t]*\n)+", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(dst, name), "w", encoding="utf-8").write(text)
    n += 1
print(n, "files written to raw/")
