"""raw/<id>.txt from raw-chromium/<id>.txt: another browser's paste.
Each tab (table cell separator) -> one space; spaces at line ends removed; runs of blank lines
collapsed to a single blank line; leading/trailing blank lines dropped; one final newline."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(glob.glob(f"{ROOT}/raw-chromium/xb-*.txt")):
    t = open(fn, encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).rstrip() for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l.strip() == "":
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(l)
        blank = False
    with open(f"{ROOT}/raw/{os.path.basename(fn)}", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
print("ok")
