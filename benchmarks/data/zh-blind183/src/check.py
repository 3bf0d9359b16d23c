"""Every gold string must occur in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars."""
import json, os, re, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")

def squash(s):
    return WS.sub("", s)

def main():
    probs, n = [], 0
    for g in sorted(glob.glob(f"{ROOT}/gold/*.json")):
        d = json.load(open(g, encoding="utf-8")); n += 1
        strings = [("title", d["title"]), ("time", d["publish_time"])] + [("author", a) for a in d["authors"]] + [("para", p) for p in d["body_paragraphs"]]
        for sub in ("raw-chromium", "raw"):
            path = f"{ROOT}/{sub}/{d['id']}.txt"
            if not os.path.exists(path):
                probs.append(f"{d['id']}: missing {sub}"); continue
            text = squash(open(path, encoding="utf-8").read())
            for k, s in strings:
                if squash(s) not in text:
                    probs.append(f"{d['id']} {sub}: {k} not found: {s[:40]}")
        chars = sum(len(squash(p)) for p in d["body_paragraphs"])
        if chars < 300:
            probs.append(f"{d['id']}: body {chars} chars < 300")
        for key in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if key not in d: probs.append(f"{d['id']}: no {key}")
    for p in probs: print(p)
    print(f"{n} pages, {len(probs)} problems")
    return 1 if probs or n != 40 else 0

if __name__ == "__main__":
    sys.exit(main())
