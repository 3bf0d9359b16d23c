"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs (with surrounding spaces) -> one space,
ASCII spaces stripped at line edges (U+3000 kept), blank-line runs collapsed, no leading/trailing
blank lines, one final newline."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def clean(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[\t ]*", " ", line)
        lines.append(line.strip(" "))
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
            f.write(clean(t))
        n += 1
    print("raw:", n, "files")


if __name__ == "__main__":
    main()
