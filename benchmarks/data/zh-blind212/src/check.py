"""Check gold against raw-chromium and raw; exit 1 on any problem."""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind212"
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
ns = lambda s: re.sub(r"\s+", "", s)


def main():
    probs = []
    files = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    if len(files) != 40:
        probs.append(f"expected 40 gold files, found {len(files)}")
    for p in files:
        g = json.load(open(p, encoding="utf-8"))
        gid = os.path.basename(p)[:-5]
        miss = [k for k in KEYS if k not in g]
        if miss:
            probs.append(f"{gid}: missing keys {miss}")
            continue
        if g["set"] != SET:
            probs.append(f"{gid}: set is {g['set']!r}")
        if g["id"] != gid:
            probs.append(f"{gid}: id is {g['id']!r}")
        if not isinstance(g["authors"], list):
            probs.append(f"{gid}: authors not a list")
        blen = sum(len(x) for x in g["body_paragraphs"])
        if blen < 300:
            probs.append(f"{gid}: body only {blen} characters")
        for d in ("raw-chromium", "raw"):
            fp = os.path.join(ROOT, d, gid + ".txt")
            if not os.path.exists(fp):
                probs.append(f"{gid}: {d} file missing")
                continue
            t = ns(open(fp, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"paragraph {i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for what, x in items:
                if not ns(x) or ns(x) not in t:
                    probs.append(f"{gid}: {what} not in {d}: {x[:40]!r}")
    for x in probs:
        print(x)
    print(f"{len(files)} pages checked, {len(probs)} problems")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
