"""raw/<id>.txt from raw-chromium/<id>.txt: the paste as another browser gives it.

Rules: tab runs (table cells) -> one space; ASCII spaces/tabs at line ends removed (leading
U+3000 indents kept, leading ASCII spaces removed); runs of blank lines -> one blank line;
no blank lines at the start; one final newline.  Nothing else changes."""
import os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
n = 0
for fn in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not fn.endswith(".txt"):
        continue
    t = open(f"{ROOT}/raw-chromium/{fn}", encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).strip(" \t") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{ROOT}/raw/{fn}", "w", encoding="utf-8").write(t)
    n += 1
print(n, "raw files written")
