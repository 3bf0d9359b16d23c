#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: a clerk's paste from another browser.
Tabs (with surrounding spaces) -> one space; spaces (not U+3000) stripped at line edges;
runs of blank lines -> one blank line; no leading/trailing blank lines; one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def convert(t):
    t = t.replace("\r\n", "\n")
    t = re.sub(r"[ ]*\t[ \t]*", " ", t)
    lines = [l.strip(" ") for l in t.split("\n")]
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

def main():
    src, dst = f"{ROOT}/raw-chromium", f"{ROOT}/raw"
    os.makedirs(dst, exist_ok=True)
    for n in sorted(os.listdir(src)):
        if n.endswith(".txt"):
            with open(f"{src}/{n}", encoding="utf-8") as f:
                t = f.read()
            with open(f"{dst}/{n}", "w", encoding="utf-8") as f:
                f.write(convert(t))

if __name__ == "__main__":
    main()
