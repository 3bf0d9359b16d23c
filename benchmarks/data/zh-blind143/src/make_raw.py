#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tabs (with surrounding spaces) -> one space,
spaces at line edges stripped (leading U+3000 kept), blank-line runs -> one blank line,
leading/trailing blank lines dropped, one final newline."""
import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def convert(text):
    lines = []
    for ln in text.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            blank = True
            continue
        if blank and out:
            out.append("")
        blank = False
        out.append(ln)
    return "\n".join(out) + "\n"


def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(convert(t))
            n += 1
    print(n, "raw files written")


if __name__ == "__main__":
    main()
