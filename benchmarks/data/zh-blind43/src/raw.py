"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines -> one blank line, leading/trailing blank lines dropped."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for f in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not f.endswith(".txt"):
        continue
    t = open(f"{ROOT}/raw-chromium/{f}", encoding="utf-8").read()
    lines = [re.sub(r"[ \t]+", " ", l.replace("\t", " ")).strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{ROOT}/raw/{f}", "w", encoding="utf-8").write(t)
