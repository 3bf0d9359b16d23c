#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with surrounding spaces) -> one space,
ASCII spaces stripped at line edges (U+3000 kept), blank-line runs collapsed, no leading/trailing
blank lines, one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def clean(text):
    lines = []
    for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f:
                t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8") as f:
                f.write(clean(t))
            n += 1
    print(n, "raw files")

if __name__ == "__main__":
    main()
