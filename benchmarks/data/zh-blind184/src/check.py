"""Check every gold string occurs in raw-chromium/ and raw/ (modulo white space); bodies >= 300 chars."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)

def main():
    bad = 0; n = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8")); n += 1
        texts = {d: ws(open(os.path.join(ROOT, d, g["id"] + ".txt"), encoding="utf-8").read()) for d in ("raw-chromium", "raw")}
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for k, s in items:
            for d, t in texts.items():
                if ws(s) not in t:
                    print(f"{g['id']}: {k} not in {d}: {s[:40]}"); bad += 1
        L = sum(len(p) for p in g["body_paragraphs"])
        if L < 300:
            print(f"{g['id']}: body only {L} chars"); bad += 1
        for key in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if key not in g: print(g["id"], "missing", key); bad += 1
    print(f"{n} pages checked, {bad} problems")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
