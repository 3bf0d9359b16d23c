# -*- coding: utf-8 -*-
"""Check every gold string (title, time, authors, paragraphs) occurs in raw-chromium/ and raw/
modulo white space, and that every body reaches 300 characters."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)

def main():
    bad = 0; golds = sorted(glob.glob(f"{ROOT}/gold/*.json"))
    for g in golds:
        d = json.load(open(g, encoding="utf-8")); i = d["id"]
        if not os.path.exists(f"{ROOT}/html/{i}.html"):
            print(i, "missing html"); bad += 1
        body = "".join(d["body_paragraphs"])
        if len(body) < 300:
            print(i, "body too short:", len(body)); bad += 1
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in d: print(i, "missing key", k); bad += 1
        items = [("title", d["title"]), ("publish_time", d["publish_time"])] + \
                [("author", a) for a in d["authors"]] + [("para", p) for p in d["body_paragraphs"]]
        for sub in ("raw-chromium", "raw"):
            fn = f"{ROOT}/{sub}/{i}.txt"
            if not os.path.exists(fn):
                print(i, "missing", fn); bad += 1; continue
            t = ws(open(fn, encoding="utf-8").read())
            for kind, s in items:
                if not s.strip() or ws(s) not in t:
                    print(f"{i} [{sub}] {kind} not found: {s[:60]}"); bad += 1
    print(f"{len(golds)} pages checked, {bad} problems")
    print("OK" if bad == 0 else "FAIL")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
