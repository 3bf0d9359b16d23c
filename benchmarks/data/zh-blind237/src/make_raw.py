"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line edges,
runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for f in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    out, blank = [], False
    for line in open(f, encoding="utf-8").read().split("\n"):
        line = line.replace("\t", " ").strip(" ")
        if line == "":
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(line); blank = False
    while out and out[-1] == "":
        out.pop()
    open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8").write("\n".join(out) + "\n")
