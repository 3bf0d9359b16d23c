"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces/tabs trimmed at line
edges, runs of blank lines -> one blank line, then a blank line between every two non-blank
lines (a 'clerk's paste from another browser': single blank lines between blocks)."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "xd-*.txt"))):
    t = open(fn, encoding="utf-8").read()
    lines = [re.sub(r"[ ]*\t+[ ]*", " ", l).strip(" ") for l in t.split("\n")]
    blocks = [l for l in lines if l.strip()]
    out = "\n\n".join(blocks) + "\n"
    open(os.path.join(ROOT, "raw", os.path.basename(fn)), "w", encoding="utf-8").write(out)
print("raw written")
