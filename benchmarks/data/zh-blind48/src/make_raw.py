"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces at line edges stripped,
runs of blank lines -> one blank line, no blank lines at the start, one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not fn.endswith(".txt"):
        continue
    s = open(f"{ROOT}/raw-chromium/{fn}", encoding="utf-8").read()
    lines = [re.sub(r"[ ]*\t[ \t]*", " ", l).strip(" ") for l in s.split("\n")]
    s = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{ROOT}/raw/{fn}", "w", encoding="utf-8").write(s)
