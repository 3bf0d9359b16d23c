#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: 'a clerk's paste from another browser'.
Each tab (with the spaces around it) -> one space; spaces stripped at line edges (U+3000 kept);
runs of blank lines -> one blank line; no leading/trailing blank lines; one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def convert(text):
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[ \t]*", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out, blank = [], False
    for line in lines:
        if line == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(line)
    return "\n".join(out) + "\n"

def main():
    src = os.path.join(ROOT, "raw-chromium"); dst = os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
            f.write(convert(t))
        n += 1
    print("wrote %d raw files" % n)

if __name__ == "__main__":
    main()
