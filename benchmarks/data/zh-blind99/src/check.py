#!/usr/bin/env python3
"""Check every gold file against raw-chromium/ and raw/.

For each page: the title, every author, the publish_time and every body paragraph must occur in
both texts modulo white space (all white space, incl. U+3000 and no-break spaces, removed before
comparing).  Also reported (warnings, not failures): a body paragraph that is not a whole line of
the text on its own (modulo white space), paragraphs out of order, body length outside 300-1200
characters.  Prints body lengths.  Exit status 1 if any failure.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nows(s):
    return re.sub(r"\s+", "", s)


def main():
    fails, warns = 0, 0
    gdir = os.path.join(ROOT, "gold")
    rows = []
    for fn in sorted(os.listdir(gdir)):
        g = json.load(open(os.path.join(gdir, fn), encoding="utf-8"))
        pid = g["id"]
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                print(f"FAIL {pid}: {sub} missing"); fails += 1; continue
            text = open(path, encoding="utf-8").read()
            flat = nows(text)
            lines = {nows(l) for l in text.split("\n")}
            items = [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]]
            items += [("para", p) for p in g["body_paragraphs"]]
            for k, v in items:
                if v is None:
                    continue
                if nows(v) not in flat:
                    print(f"FAIL {pid} [{sub}] {k} not found: {v[:60]}"); fails += 1
            pos = 0
            for i, p in enumerate(g["body_paragraphs"]):
                j = flat.find(nows(p), pos)
                if j < 0:
                    print(f"WARN {pid} [{sub}] para {i} out of order: {p[:40]}"); warns += 1
                else:
                    pos = j + len(nows(p))
                if sub == "raw" and nows(p) not in lines:
                    print(f"WARN {pid} [{sub}] para {i} not a whole line: {p[:40]}"); warns += 1
        blen = sum(len(nows(p)) for p in g["body_paragraphs"])
        if not 300 <= blen <= 1200:
            print(f"WARN {pid}: body length {blen}"); warns += 1
        rows.append((pid, g["kind"], len(g["body_paragraphs"]), blen))
    print("\nid      kind        paras  body_chars")
    for r in rows:
        print(f"{r[0]:7} {r[1]:11} {r[2]:5}  {r[3]}")
    print(f"\n{len(rows)} pages, {fails} failures, {warns} warnings")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
