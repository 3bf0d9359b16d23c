"""raw/<id>.txt from raw-chromium/<id>.txt: tabs -> one space, strip spaces (not U+3000) at line
edges, collapse runs of blank lines to one blank line, drop leading/trailing blank lines."""
import os, re, glob
D = os.path.join(os.path.dirname(__file__), "..")
for f in sorted(glob.glob(f"{D}/raw-chromium/*.txt")):
    t = open(f, encoding="utf-8").read()
    lines = [re.sub(r"[ \t]+", " ", l.replace("\t", " ")).strip(" ") for l in t.split("\n")]
    s = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    open(f"{D}/raw/{os.path.basename(f)}", "w", encoding="utf-8").write(s)
