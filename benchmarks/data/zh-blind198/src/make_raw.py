#!/usr/bin/env python3
"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with spaces around) -> one space,
ASCII spaces at line edges stripped (U+3000 kept), blank-line runs collapsed to one,
no leading/trailing blank lines, one final newline."""
import os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def clean(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ln in t.split("\n"):
        ln = re.sub(r" *\t[ \t]*", " ", ln).strip(" ")
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    os.makedirs(f"{ROOT}/raw", exist_ok=True)
    for f in sorted(os.listdir(f"{ROOT}/raw-chromium")):
        if f.endswith(".txt"):
            t = open(f"{ROOT}/raw-chromium/{f}", encoding="utf-8").read()
            open(f"{ROOT}/raw/{f}", "w", encoding="utf-8").write(clean(t))


if __name__ == "__main__":
    main()
