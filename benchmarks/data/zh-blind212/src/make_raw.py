"""raw/<id>.txt from raw-chromium/<id>.txt: tab runs -> one space, ASCII spaces stripped at
line edges (U+3000 kept), runs of blank lines collapsed to one, trailing blank lines dropped."""
import glob, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def clean(text):
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\t+", " ", line).strip(" ")
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
    n = 0
    for p in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
        with open(p, encoding="utf-8") as f:
            t = f.read()
        with open(os.path.join(ROOT, "raw", os.path.basename(p)), "w", encoding="utf-8") as f:
            f.write(clean(t))
        n += 1
    print(n, "raw files")


if __name__ == "__main__":
    main()
