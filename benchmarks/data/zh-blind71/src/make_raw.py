#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: 'a clerk's paste from another browser'.
Each tab (with the spaces around it) -> one space; spaces at line edges stripped (U+3000 kept);
runs of blank lines -> one blank line; leading/trailing blank lines dropped; one final newline."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
def convert(text):
    text = text.replace("\r\n", "\n")
    out = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[\t ]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    res, blank = [], False
    for line in out:
        if line == "":
            if res and not blank:
                res.append("")
            blank = True
        else:
            res.append(line); blank = False
    while res and res[-1] == "":
        res.pop()
    return "\n".join(res) + "\n"
def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = convert(f.read())
            with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(t)
            n += 1
    print(f"{n} raw pages written")
if __name__ == "__main__":
    main()
