"""raw/<id>.txt from raw-chromium/<id>.txt: a run of tabs -> one space (other space runs kept), spaces at line edges stripped,
runs of blank lines collapsed to one, leading/trailing blank lines dropped."""
import os, re, glob
D = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(D, "raw-chromium", "*.txt"))):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(D, "raw", os.path.basename(f)), "w", encoding="utf-8").write(t)
