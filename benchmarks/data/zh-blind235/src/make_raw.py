import os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(f"{ROOT}/raw", exist_ok=True)
for f in sorted(os.listdir(f"{ROOT}/raw-chromium")):
    if not f.endswith(".txt"): continue
    t = open(f"{ROOT}/raw-chromium/{f}", encoding="utf-8").read()
    out = []
    for line in t.split("\n"):
        line = line.replace("\t", " ").strip(" ")
        if line == "" and out and out[-1] == "": continue
        out.append(line)
    while out and out[-1] == "": out.pop()
    open(f"{ROOT}/raw/{f}", "w", encoding="utf-8").write("\n".join(out) + "\n")
