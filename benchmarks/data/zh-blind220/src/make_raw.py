#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs to one space, ASCII spaces stripped at
line edges, runs of blank lines collapsed to one, trailing blank lines dropped."""
import os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def convert(text):
    out = []
    for line in text.split("\n"):
        line = line.replace("\t", " ").strip(" ")
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
def main():
    src = os.path.join(ROOT, "raw-chromium"); dst = os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8") as f:
                f.write(convert(t))
if __name__ == "__main__":
    main()
