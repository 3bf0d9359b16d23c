#!/usr/bin/env python3
"""raw/ from raw-chromium/: a clerk's paste from another browser."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
def convert(t):
    t = t.replace("\r\n", "\n")
    out = []
    for line in t.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    res, blank = [], False
    for line in out:
        if line == "":
            blank = True; continue
        if blank and res: res.append("")
        blank = False; res.append(line)
    return "\n".join(res) + "\n"
def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f: t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8", newline="\n") as f: f.write(convert(t))
if __name__ == "__main__": main()
