#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def convert(text):
    text = text.replace("\r\n", "\n")
    out = []
    for line in text.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)   # each tab (with spaces around it) -> one space
        line = line.strip(" ")                      # spaces at line edges (U+3000 kept)
        out.append(line)
    s = "\n".join(out)
    s = re.sub(r"\n(?:[ ]*\n)+", "\n\n", s)          # runs of blank lines -> one blank line
    s = s.strip("\n")
    return s + "\n"

def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(src, fn), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(t))
        n += 1
    print(f"{n} raw pages written")

if __name__ == "__main__":
    main()
