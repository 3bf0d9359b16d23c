# every gold paragraph, the title, each author and publish_time occur in raw-chromium and raw (modulo white space)
import os, re, json, glob, sys
root = os.path.dirname(os.path.abspath(__file__))
W = lambda s: re.sub(r"\s+", "", s)
n = ok = 0; bad = []
for g in sorted(glob.glob(os.path.join(root, "gold", "zg-*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = W(open(os.path.join(root, sub, d["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", d["title"])] + [("author", a) for a in d["authors"]] + \
                [("time", d["publish_time"])] * (d["publish_time"] is not None) + \
                [("body%d" % i, p) for i, p in enumerate(d["body_paragraphs"])]
        for k, s in items:
            n += 1
            if W(s) in t: ok += 1
            else: bad.append((sub, d["id"], k, s[:40]))
    # the body in order
    t = W(open(os.path.join(root, "raw-chromium", d["id"] + ".txt"), encoding="utf-8").read())
    pos = 0
    for i, p in enumerate(d["body_paragraphs"]):
        j = t.find(W(p), pos)
        if j < 0: bad.append(("order", d["id"], i, p[:30])); break
        pos = j + len(W(p))
print("checks %d passed %d" % (n, ok))
for b in bad: print(*b)
sys.exit(1 if bad else 0)
