"""Check gold against raw-chromium and raw text."""
import json, os, re, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
def ns(s): return re.sub(r"\s+", "", s)

def main():
    probs = []
    golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    if len(golds) != 40:
        probs.append(f"expected 40 gold files, found {len(golds)}")
    for g in golds:
        d = json.load(open(g, encoding="utf-8")); pid = os.path.basename(g)[:-5]
        for k in KEYS:
            if k not in d: probs.append(f"{pid}: missing key {k}")
        if d.get("set") != "zh-blind208": probs.append(f"{pid}: bad set")
        if sum(len(p) for p in d.get("body_paragraphs", [])) < 300: probs.append(f"{pid}: body < 300 chars")
        for sub in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(p): probs.append(f"{pid}: no {sub} file"); continue
            t = ns(open(p, encoding="utf-8").read())
            items = [("title", d.get("title", "")), ("publish_time", d.get("publish_time", ""))]
            items += [("author", a) for a in d.get("authors", [])]
            items += [("para", x) for x in d.get("body_paragraphs", [])]
            for what, s in items:
                if ns(s) not in t: probs.append(f"{pid}: {what} not in {sub}: {s[:40]}")
    for p in probs: print(p)
    print(f"{len(golds)} pages checked, {len(probs)} problems")
    sys.exit(1 if probs else 0)

if __name__ == "__main__":
    main()
