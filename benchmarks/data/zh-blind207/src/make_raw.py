#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs -> one space, ASCII spaces stripped at
line edges (U+3000 kept), blank-line runs collapsed to one, trailing blank lines dropped."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def convert(t):
    out = []
    for line in t.split("\n"):
        line = re.sub(r"\t+", " ", line).strip(" ")
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "": out.pop()
    return "\n".join(out) + "\n"
def main():
    os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
    fs = sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt")))
    for f in fs:
        t = open(f, encoding="utf-8").read()
        open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8").write(convert(t))
    print("raw written", len(fs))
if __name__ == "__main__": main()
