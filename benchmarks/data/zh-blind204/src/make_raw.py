#!/usr/bin/env python3
"""raw-chromium/<id>.txt -> raw/<id>.txt (tab runs -> one space, ASCII spaces stripped at line edges,
U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline)."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ln in t.split("\n"):
        ln = re.sub(r"\t+", " ", ln).strip(" ")
        out.append(ln)
    s = "\n".join(out)
    s = re.sub(r"\n{3,}", "\n\n", s).strip("\n")
    return s + "\n"

def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(src)):
        if f.endswith(".txt"):
            with open(os.path.join(src, f), encoding="utf-8") as fh:
                t = fh.read()
            with open(os.path.join(dst, f), "w", encoding="utf-8") as fh:
                fh.write(norm(t))
            n += 1
    print(n, "raw files")

if __name__ == "__main__":
    main()
