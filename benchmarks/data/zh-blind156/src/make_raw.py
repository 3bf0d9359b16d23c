#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: 'a clerk's paste from another browser'.
Tabs (with spaces around) -> one space; spaces at line edges stripped (leading U+3000 kept);
runs of blank lines -> one blank line; leading/trailing blank lines dropped; one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def convert(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    s = "\n".join(out)
    s = re.sub(r"\n(?:[ ]*\n)+", "\n\n", s)
    return s.strip("\n") + "\n"

def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(convert(t))
            n += 1
    print(f"{n} raw pages written")

if __name__ == "__main__":
    main()
