"""Check every gold title / paragraph / author / publish_time occurs in raw-chromium and raw (white space removed)."""
import json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = W(open(os.path.join(ROOT, sub, d["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", d["title"]), ("time", d["publish_time"])] + [("author", x) for x in d["authors"]] + [("para", p) for p in d["body_paragraphs"]]
        for k, v in items:
            if v and W(v) not in t:
                bad += 1; print(sub, d["id"], k, v[:40])
n = len(glob.glob(os.path.join(ROOT, "gold", "*.json")))
print(f"{n} pages checked, {bad} problems")
