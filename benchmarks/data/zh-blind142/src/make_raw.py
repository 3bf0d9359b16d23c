#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def convert(t):
    out = []
    for line in t.split("\n"):
        line = re.sub(r"[ ]*\t[ \t]*", " ", line)
        line = line.strip(" ")
        out.append(line)
    s = "\n".join(out)
    s = re.sub(r"\n(?:[ \t]*\n)+", "\n\n", s)
    return s.strip("\n") + "\n"
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
    print(f"raw: {n} files")
if __name__ == "__main__":
    main()
