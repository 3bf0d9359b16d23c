"""Check every gold string occurs in raw-chromium/ and raw/ (modulo white space); bodies >= 300 chars."""
import json, os, re, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = re.compile(r"\s+")
def nw(s): return W.sub("", s)

def main():
    bad = 0; n = 0
    for gf in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        g = json.load(open(gf, encoding="utf-8")); n += 1
        pid = g["id"]
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                print(pid, "missing", d); bad += 1; continue
            t = nw(open(p, encoding="utf-8").read())
            items = [("title", g["title"]), ("time", g["publish_time"])] + \
                    [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]
            for k, s in items:
                if not s or nw(s) not in t:
                    print(pid, d, k, "not found:", s[:60]); bad += 1
        L = sum(len(x) for x in g["body_paragraphs"])
        if L < 300:
            print(pid, "body too short", L); bad += 1
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g: print(pid, "key missing", k); bad += 1
    print(f"{n} pages, {bad} problems")
    if n != 40: print("expected 40 pages"); bad += 1
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
