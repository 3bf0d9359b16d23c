"""raw/<id>.txt from raw-chromium/<id>.txt: a paste as another browser gives it.
Tabs (table cells) -> one space; spaces at line edges stripped; runs of blank lines -> one
blank line; leading/trailing blank lines dropped. Inner spaces (e.g. `李  明`) are kept."""
import os, re, glob
root = os.path.join(os.path.dirname(__file__), "..")
os.makedirs(os.path.join(root, "raw"), exist_ok=True)
n = 0
for f in sorted(glob.glob(os.path.join(root, "raw-chromium", "*.txt"))):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(os.path.join(root, "raw", os.path.basename(f)), "w", encoding="utf-8").write(t)
    n += 1
print(n, "raw files")
