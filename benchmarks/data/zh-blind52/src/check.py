"""Check every gold title, body paragraph, author and publish_time occurs in raw-chromium and raw
text modulo white space (all Unicode white space incl. U+3000 removed on both sides)."""
import os, re, json, glob, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    gold = json.load(open(g, encoding="utf-8"))
    for d in ("raw-chromium", "raw"):
        text = ws(open(os.path.join(ROOT, d, gold["id"] + ".txt"), encoding="utf-8").read())
        items = [("title", gold["title"]), ("date", gold["publish_time"])] + [("author", a) for a in gold["authors"]] + [("body", p) for p in gold["body_paragraphs"]]
        for k, v in items:
            if v is not None and ws(v) not in text:
                bad += 1
                print(gold["id"], d, k, "MISSING:", v[:60])
    # title must not be a body paragraph
    assert gold["title"] not in gold["body_paragraphs"]
print("problems:", bad)
sys.exit(1 if bad else 0)
