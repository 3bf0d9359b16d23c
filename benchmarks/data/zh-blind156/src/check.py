#!/usr/bin/env python3
"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def fold(s):
    return re.sub(r"\s+", "", s)

def main():
    problems = 0
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        blen = sum(len(p) for p in g["body_paragraphs"])
        msgs = []
        if blen < 300:
            msgs.append(f"body only {blen} chars")
        for sub in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(p):
                msgs.append(f"{sub}: missing"); continue
            t = fold(open(p, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para{i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for name, val in items:
                if val is None: continue
                if fold(val) not in t:
                    msgs.append(f"{sub}: {name} not found: {val[:40]!r}")
        print(f"{pid}  {g['kind']:<12} paras={len(g['body_paragraphs']):>2} body={blen:>5}" + ("" if not msgs else "  PROBLEMS"))
        for m in msgs:
            print("   ", m)
        problems += len(msgs)
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
