"""raw-chromium/<id>.txt -> raw/<id>.txt (normalised copy)."""
import os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r" *\t[\t ]*", " ", line)   # tab runs (with spaces around) -> one space
        line = line.strip(" ")                     # ASCII spaces only; U+3000 kept
        lines.append(line)
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"

def main():
    os.makedirs(f"{ROOT}/raw", exist_ok=True)
    for f in sorted(glob.glob(f"{ROOT}/raw-chromium/*.txt")):
        t = open(f, encoding="utf-8").read()
        open(f"{ROOT}/raw/" + os.path.basename(f), "w", encoding="utf-8").write(norm(t))

if __name__ == "__main__":
    main()
