"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines collapsed to a single blank line, no leading/trailing blank lines."""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(HERE, "raw-chromium", "*.txt"))):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r"[ \t]*\t[ \t]*", " ", l).strip() for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(HERE, "raw", os.path.basename(f)), "w", encoding="utf-8").write(t)
