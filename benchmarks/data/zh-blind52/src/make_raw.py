"""raw/<id>.txt from raw-chromium/<id>.txt: the same content as another browser's paste.
Per line: tabs -> one space, runs of spaces (U+0020) -> one space, strip line edges (U+3000 kept);
then every run of blank lines -> a single blank line; no leading/trailing blank lines."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
for fn in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
    lines = open(fn, encoding="utf-8").read().split("\n")
    out = []
    for ln in lines:
        ln = re.sub(r"[ \t]+", " ", ln.replace("\t", " ")).strip(" ")
        if ln == "":
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(ln)
    while out and out[-1] == "":
        out.pop()
    with open(os.path.join(ROOT, "raw", os.path.basename(fn)), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
print("ok")
