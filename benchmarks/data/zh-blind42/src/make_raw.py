"""raw/<id>.txt from raw-chromium/<id>.txt: the paste from another browser.
Each line: every run of spaces/tabs -> one space, line stripped; empty lines dropped; the remaining lines
(one block each) joined with exactly one blank line between them."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for f in sorted(os.listdir(src)):
    if not f.endswith(".txt"):
        continue
    lines = open(os.path.join(src, f), encoding="utf-8").read().split("\n")
    out = [re.sub(r"[ \t]+", " ", l).strip() for l in lines]
    out = [l for l in out if l]
    open(os.path.join(dst, f), "w", encoding="utf-8").write("\n\n".join(out) + "\n")
    n += 1
print("raw written", n)
