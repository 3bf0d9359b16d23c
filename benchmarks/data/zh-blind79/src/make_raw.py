#!/usr/bin/env python3
"""raw/<id>.txt ("a clerk's paste from another browser") from raw-chromium/<id>.txt.

Only these changes are made:
  * each tab, with the spaces around it, becomes one space;
  * spaces at the start and end of every line are stripped (a leading U+3000
    indent is not a space and is kept);
  * every run of blank lines becomes one blank line;
  * leading and trailing blank lines are dropped; the file ends with one newline.

    python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re


def convert(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t *", " ", line)
        line = line.strip(" ")
        lines.append(line)
    out = []
    for line in lines:
        if line == "":
            if out and out[-1] == "":
                continue
        out.append(line)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(root, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(root, "raw"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(a.src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(a.src, fn), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(a.out, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(convert(t))
        n += 1
    print(f"{n} files written to {a.out}")


if __name__ == "__main__":
    main()
