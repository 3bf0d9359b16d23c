#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def convert(t):
    lines = []
    for ln in t.split("\n"):
        ln = re.sub(r"[ ]*\t[ \t]*", " ", ln)
        ln = ln.strip(" ")
        lines.append(ln)
    out, blank = [], False
    for ln in lines:
        if ln == "":
            if out and not blank: out.append("")
            blank = True
        else:
            out.append(ln); blank = False
    while out and out[-1] == "": out.pop()
    return "\n".join(out) + "\n"
def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for fn in sorted(os.listdir(src)):
        if fn.endswith(".txt"):
            with open(os.path.join(src, fn), encoding="utf-8") as f: t = f.read()
            with open(os.path.join(dst, fn), "w", encoding="utf-8") as f: f.write(convert(t))
            n += 1
    print("wrote", n, "raw files")
if __name__ == "__main__":
    main()
