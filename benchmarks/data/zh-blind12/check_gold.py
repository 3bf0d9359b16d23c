"""Check every gold title, author, date and body paragraph occurs in the page's raw-chromium
and raw text (white space removed on both sides). Prints failures and a summary; exit 1 on any."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r"\s+", "", s.replace("\u3000", " ").replace("\xa0", " "))
bad = 0
counts = {"pages": 0, "paragraphs": 0, "authors": 0}
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    counts["pages"] += 1
    for sub in ("raw-chromium", "raw"):
        text = ws(open(os.path.join(ROOT, sub, g["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", g["title"])] + [("date", g["publish_time"])] if g["publish_time"] else [("title", g["title"])]
        items += [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]
        for kind, s in items:
            hay = text.lower() if kind == "author" else text
            needle = ws(s).lower() if kind == "author" else ws(s)
            if not needle or needle not in hay:
                bad += 1
                print("MISSING %s %s %s: %s" % (sub, g["id"], kind, s[:60]))
        if not g["body_paragraphs"]:
            bad += 1
            print("EMPTY body", g["id"])
    counts["paragraphs"] += len(g["body_paragraphs"])
    counts["authors"] += len(g["authors"])
print("checked %(pages)d pages, %(paragraphs)d body paragraphs, %(authors)d authors" % counts, "in raw-chromium and raw;",
      "%d missing" % bad)
sys.exit(1 if bad else 0)
