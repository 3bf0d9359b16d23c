# raw/<id>.txt from raw-chromium/<id>.txt: each run of tabs (table cell breaks) -> one space, strip spaces at line edges, collapse runs of blank lines to one
import os, re, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in sorted(glob.glob(f"{D}/raw-chromium/*.txt")):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r" *\t[ \t]*", " ", l).strip() for l in t.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    open(f"{D}/raw/{os.path.basename(f)}", "w", encoding="utf-8").write(out)
