"""Check gold against raw-chromium and raw. Exit 1 on any problem."""
import os, glob, json, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}
ns = lambda s: re.sub(r"\s+", "", s)
probs = []
golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
if len(golds) != 40:
    probs.append(f"{len(golds)} gold files, want 40")
for g in golds:
    d = json.load(open(g, encoding="utf-8")); i = os.path.basename(g)[:-5]
    if set(d) != KEYS: probs.append(f"{i}: keys {sorted(d)}"); continue
    if d["set"] != "zh-blind237": probs.append(f"{i}: set")
    if d["id"] != i: probs.append(f"{i}: id")
    n = sum(len(p) for p in d["body_paragraphs"])
    if n < 300: probs.append(f"{i}: body {n} chars")
    for sub in ("raw-chromium", "raw"):
        try: t = ns(open(os.path.join(ROOT, sub, i + ".txt"), encoding="utf-8").read())
        except OSError: probs.append(f"{i}: no {sub}"); continue
        for k, v in [("title", d["title"]), ("publish_time", d["publish_time"])] + [("author", a) for a in d["authors"]] + [("para", p) for p in d["body_paragraphs"]]:
            if ns(v) not in t: probs.append(f"{i} {sub}: {k} not found: {v[:40]}")
for p in probs: print(p)
print("OK" if not probs else f"{len(probs)} problems", f"({len(golds)} pages)")
sys.exit(1 if probs else 0)
