"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs -> one space, ASCII spaces stripped
at line edges (U+3000 kept), blank-line runs collapsed to one, trailing blank lines dropped."""
import os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def clean(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\t+", " ", line).strip(" ")
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

def main():
    src, dst = os.path.join(ROOT, "raw-chromium"), os.path.join(ROOT, "raw")
    os.makedirs(dst, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(src)):
        if f.endswith(".txt"):
            t = open(os.path.join(src, f), encoding="utf-8").read()
            open(os.path.join(dst, f), "w", encoding="utf-8").write(clean(t)); n += 1
    print("wrote", n, "raw files")

if __name__ == "__main__":
    main()
