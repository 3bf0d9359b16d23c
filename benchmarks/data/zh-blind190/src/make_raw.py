"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with surrounding spaces) -> one space, ASCII spaces
stripped at line edges (U+3000 kept), blank-line runs collapsed to one, no leading/trailing blank lines,
one final newline."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for f in sorted(glob.glob(f"{ROOT}/raw-chromium/*.txt")):
    t = open(f, encoding="utf-8").read().replace("\r\n", "\n")
    lines = [re.sub(r" *\t[ \t]*", " ", l).strip(" ") for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if l == "":
            blank = True; continue
        if blank and out: out.append("")
        blank = False; out.append(l)
    open(f"{ROOT}/raw/{os.path.basename(f)}", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("raw written")
