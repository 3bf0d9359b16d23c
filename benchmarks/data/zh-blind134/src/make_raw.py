#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Each tab (with the spaces around it) -> one space; spaces at line edges stripped
(U+3000 indents kept); runs of blank lines -> one; no leading/trailing blank lines;
one final newline."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def convert(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r" *\t *", " ", line).strip(" ")
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
def main():
    os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
    n = 0
    for fn in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
        with open(fn, encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(ROOT, "raw", os.path.basename(fn)), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(t))
        n += 1
    print(f"raw: {n} files")
if __name__ == "__main__":
    main()
