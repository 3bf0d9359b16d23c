# -*- coding: utf-8 -*-
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with surrounding spaces) -> one space,
ASCII spaces stripped at line edges (U+3000 kept), blank-line runs collapsed, no leading/trailing
blank lines, one final newline."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def clean(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

def main():
    os.makedirs(f"{ROOT}/raw", exist_ok=True)
    n = 0
    for f in sorted(glob.glob(f"{ROOT}/raw-chromium/*.txt")):
        t = open(f, encoding="utf-8").read()
        open(f"{ROOT}/raw/{os.path.basename(f)}", "w", encoding="utf-8").write(clean(t)); n += 1
    print(n, "raw files")

if __name__ == "__main__":
    main()
