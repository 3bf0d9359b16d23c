"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, spaces trimmed at line edges,
runs of blank lines -> one blank line, no leading/trailing blank lines (a clerk's paste from
another browser). Runs of spaces inside a line are kept (so `王  静` stays spaced)."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not fn.endswith(".txt"):
        continue
    t = open(f"{ROOT}/raw-chromium/{fn}", encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).strip(" ") for l in t.split("\n")]
    t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{ROOT}/raw/{fn}", "w", encoding="utf-8").write(t)
