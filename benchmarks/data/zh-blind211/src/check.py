"""Check gold against raw-chromium and raw; exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]

def ns(s):
    return re.sub(r"\s+", "", s)

def main():
    probs = []
    golds = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    for f in golds:
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        pid = f[:-5]
        miss = [k for k in KEYS if k not in g]
        if miss:
            probs.append("%s: missing keys %s" % (pid, miss)); continue
        if g["set"] != "zh-blind211":
            probs.append("%s: set is %r" % (pid, g["set"]))
        n = sum(len(p) for p in g["body_paragraphs"])
        if n < 300:
            probs.append("%s: body only %d characters" % (pid, n))
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                probs.append("%s: no %s file" % (pid, d)); continue
            t = ns(open(path, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                    [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
            for k, v in items:
                if ns(v) not in t:
                    probs.append("%s: %s not in %s: %s" % (pid, k, d, v[:40]))
    if len(golds) != 40:
        probs.append("expected 40 pages, found %d" % len(golds))
    for p in probs:
        print(p)
    print("%d pages checked, %d problems" % (len(golds), len(probs)))
    sys.exit(1 if probs else 0)

if __name__ == "__main__":
    main()
