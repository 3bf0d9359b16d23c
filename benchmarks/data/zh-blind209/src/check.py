"""Check gold against raw-chromium and raw texts; exit 1 on any problem."""
import json, os, re, glob, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def nows(s):
    return re.sub(r"\s+", "", s)


def main():
    probs = []
    files = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    if len(files) != 40:
        probs.append(f"expected 40 pages, found {len(files)}")
    for fn in files:
        g = json.load(open(fn, encoding="utf-8"))
        pid = os.path.basename(fn)[:-5]
        for k in KEYS:
            if k not in g:
                probs.append(f"{pid}: missing key {k}")
        if g.get("set") != "zh-blind209":
            probs.append(f"{pid}: set is {g.get('set')!r}")
        body = g.get("body_paragraphs", [])
        if sum(len(x) for x in body) < 300:
            probs.append(f"{pid}: body only {sum(len(x) for x in body)} characters")
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                probs.append(f"{pid}: no {sub} file")
                continue
            txt = nows(open(path, encoding="utf-8").read())
            items = [("title", g.get("title", "")), ("publish_time", g.get("publish_time", ""))]
            items += [("author", a) for a in g.get("authors", [])]
            items += [("paragraph", p) for p in body]
            for what, s in items:
                if nows(s) not in txt:
                    probs.append(f"{pid}: {what} not in {sub}: {s[:40]!r}")
    for p in probs:
        print(p)
    print(f"{len(files)} pages checked, {len(probs)} problems")
    sys.exit(1 if probs else 0)


if __name__ == "__main__":
    main()
