"""raw/<id>.txt from raw-chromium/<id>.txt: the 'other browser' paste.
Each line: tabs (table cells) -> one space, runs of spaces/tabs at the edges stripped
(inner runs such as the no-break spaces of `王  静` are kept); empty lines dropped;
the remaining lines joined with exactly one blank line between them."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
os.makedirs(dst, exist_ok=True)
n = 0
for f in sorted(os.listdir(src)):
    if not f.endswith(".txt"):
        continue
    t = open(os.path.join(src, f), encoding="utf-8").read()
    lines = [re.sub(r"\t+", " ", l).strip(" \t") for l in t.split("\n")]
    out = "\n\n".join(l for l in lines if l.strip()) + "\n"
    open(os.path.join(dst, f), "w", encoding="utf-8").write(out)
    n += 1
print(n, "raw files")
