"""raw-chromium/<id>.txt -> raw/<id>.txt (normalised copy text)."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    t = re.sub(r" *\t[\t ]*", " ", t)          # tab runs (with spaces around) -> one space
    lines = [l.strip(" ") for l in t.split("\n")]  # ASCII spaces only; U+3000 kept
    t = "\n".join(lines)
    t = re.sub(r"\n{3,}", "\n\n", t)            # blank-line runs -> one blank line
    return t.strip("\n") + "\n"

def main():
    os.makedirs(os.path.join(ROOT, "raw"), exist_ok=True)
    n = 0
    for f in sorted(glob.glob(os.path.join(ROOT, "raw-chromium", "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            t = fh.read()
        with open(os.path.join(ROOT, "raw", os.path.basename(f)), "w", encoding="utf-8") as fh:
            fh.write(norm(t))
        n += 1
    print("raw", n)

if __name__ == "__main__":
    main()
