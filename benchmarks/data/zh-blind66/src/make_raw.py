#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: "a clerk's paste from another browser".

Rules (nothing else changes):
  * every tab, with the spaces around it, becomes one space;
  * spaces (U+0020) at the start and end of every line are stripped; leading
    U+3000 ideographic-space indents are kept;
  * every run of blank lines becomes one blank line;
  * leading and trailing blank lines are dropped; the file ends with one newline.

    python3 src/make_raw.py [--src raw-chromium] [--out raw]
"""
import argparse
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def convert(text):
    text = text.replace("\r\n", "\n")
    text = re.sub(r" *\t *", " ", text)
    lines = [ln.strip(" ") for ln in text.split("\n")]
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default=os.path.join(ROOT, "raw-chromium"))
    ap.add_argument("--out", default=os.path.join(ROOT, "raw"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(a.src)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(a.src, fn), encoding="utf-8") as f:
            t = convert(f.read())
        with open(os.path.join(a.out, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(t)
        n += 1
    print(f"{n} files written to {a.out}")


if __name__ == "__main__":
    main()
