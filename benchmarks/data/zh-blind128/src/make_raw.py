#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Tabs (with surrounding spaces) -> one space; spaces stripped at line edges (leading U+3000
kept); runs of blank lines -> one; leading/trailing blank lines dropped; one final newline."""
import glob, os, re

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
    os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
    n = 0
    for f in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            t = fh.read()
        with open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8") as fh:
            fh.write(convert(t))
        n += 1
    print(f"wrote {n} raw files")


if __name__ == "__main__":
    main()
