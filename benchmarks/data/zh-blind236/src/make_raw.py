"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at line
edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for fn in sorted(glob.glob(f"{ROOT}/raw-chromium/*.txt")):
    lines = [l.replace("\t", " ").strip(" ") for l in open(fn, encoding="utf-8").read().split("\n")]
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "":
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    while out and out[0] == "":
        out.pop(0)
    open(f"{ROOT}/raw/{os.path.basename(fn)}", "w", encoding="utf-8").write("\n".join(out) + "\n")
