"""Check gold/ against raw-chromium/ and raw/. Exit 1 on any problem."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def ns(s):
    return re.sub(r"\s+", "", s)


def main():
    probs = []
    gdir = os.path.join(ROOT, "gold")
    files = sorted(f for f in os.listdir(gdir) if f.endswith(".json"))
    if len(files) != 40:
        probs.append(f"expected 40 gold files, found {len(files)}")
    for fn in files:
        g = json.load(open(os.path.join(gdir, fn), encoding="utf-8"))
        pid = fn[:-5]
        miss = [k for k in KEYS if k not in g]
        if miss:
            probs.append(f"{pid}: missing keys {miss}"); continue
        if g["set"] != "zh-blind210":
            probs.append(f"{pid}: set is {g['set']!r}")
        if not isinstance(g["authors"], list):
            probs.append(f"{pid}: authors not a list")
        blen = sum(len(p) for p in g["body_paragraphs"])
        if blen < 300:
            probs.append(f"{pid}: body only {blen} characters")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                probs.append(f"{pid}: no {sub} file"); continue
            raw = ns(open(path, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para {i}", p) for i, p in enumerate(g["body_paragraphs"])]
            for what, val in items:
                if not ns(val) or ns(val) not in raw:
                    probs.append(f"{pid}: {what} not in {sub}: {val[:40]!r}")
    for p in probs:
        print(p)
    print(f"{len(files)} pages checked, {len(probs)} problems")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
