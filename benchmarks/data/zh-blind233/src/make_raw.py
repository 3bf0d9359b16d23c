"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line edges,
runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for path in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, blank = [], False
    for ln in lines:
        ln = ln.replace("\t", " ").strip(" ")
        if ln == "":
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln); blank = False
    while out and out[-1] == "":
        out.pop()
    with open(os.path.join(ROOT, "raw", os.path.basename(path)), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
