#!/usr/bin/env python3
"""Check every gold field occurs in raw-chromium/ and raw/ (modulo white space); print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", "", s.replace("\u3000", " ").replace("\xa0", " "))


def main():
    problems = 0
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        n = sum(len(x) for x in g["body_paragraphs"])
        msgs = []
        if n < 300:
            msgs.append(f"body only {n} chars")
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                msgs.append(f"{d}: missing")
                continue
            t = norm(open(path, encoding="utf-8").read())
            items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] \
                + [("para", x) for x in g["body_paragraphs"]]
            for k, v in items:
                if v and norm(v) not in t:
                    msgs.append(f"{d}: {k} not found: {v[:40]}")
        print(f"{pid}: body {n} chars, {len(g['body_paragraphs'])} paragraphs" + ("" if not msgs else " PROBLEMS"))
        for m in msgs:
            print("   ", m)
        problems += len(msgs)
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
