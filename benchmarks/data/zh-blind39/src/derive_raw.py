"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines collapsed to a single blank line, leading/trailing blank lines dropped."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(glob.glob(f"{ROOT}/raw-chromium/*.txt")):
    t = open(fn, encoding="utf-8").read()
    lines = [re.sub(r"[ \t]+", " ", l.replace("\t", " ")).strip() for l in t.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{ROOT}/raw/{os.path.basename(fn)}", "w", encoding="utf-8").write(out)
