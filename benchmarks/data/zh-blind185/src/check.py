#!/usr/bin/env python3
"""Check that every gold string occurs in raw-chromium/ and raw/ (modulo white space) and bodies reach 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")
def norm(s): return WS.sub("", s)

def main():
    problems, n = [], 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not fn.endswith(".json"):
            continue
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        pid = g["id"]; n += 1
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g: problems.append(f"{pid}: missing key {k}")
        if g.get("set") != "zh-blind185": problems.append(f"{pid}: wrong set")
        strings = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: no {d} file"); continue
            txt = norm(open(path, encoding="utf-8").read())
            for kind, s in strings:
                if not s.strip(): problems.append(f"{pid}: empty {kind}"); continue
                if norm(s) not in txt: problems.append(f"{pid}: {kind} not in {d}: {s[:40]}")
        total = sum(len(norm(p)) for p in g["body_paragraphs"])
        if total < 300: problems.append(f"{pid}: body only {total} chars")
    for p in problems: print("PROBLEM", p)
    print(f"{n} pages checked, {len(problems)} problems")
    return 1 if problems or n != 40 else 0

if __name__ == "__main__":
    sys.exit(main())
