# raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped
# (U+3000 kept), runs of blank lines -> one blank line, leading/trailing blank lines dropped.
import os, re, glob
root = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(root, "raw-chromium", "zg-*.txt"))):
    t = open(f, encoding="utf-8").read().replace("\t", " ")
    lines = [l.strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(root, "raw", os.path.basename(f)), "w", encoding="utf-8").write(t)
