"""raw/ from raw-chromium/: tabs (with surrounding spaces) -> one space, strip spaces at line edges
(leading U+3000 kept), blank-line runs -> one blank line, no leading/trailing blank lines, one final newline."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not fn.endswith(".txt"):
        continue
    t = open(f"{ROOT}/raw-chromium/{fn}", encoding="utf-8").read()
    lines = []
    for ln in t.split("\n"):
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
    open(f"{ROOT}/raw/{fn}", "w", encoding="utf-8").write("\n".join(out) + "\n")
