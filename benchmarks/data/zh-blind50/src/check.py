"""Check that every gold title, author and body paragraph occurs in raw-chromium/ and raw/ text.

Paragraphs: white space folded to single spaces (tabs, U+3000, NBSP too) then substring.
Title and authors: all white space removed on both sides (a headline printed in two lines
is joined with no space in gold). Also checks every gold paragraph is non-empty and distinct."""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u3000", " ").replace("\xa0", " ")).strip()


def squeeze(s):
    return re.sub(r"\s+", "", s.replace("\u3000", " ").replace("\xa0", " "))


bad = 0
n = 0
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    gd = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = open(os.path.join(ROOT, sub, gd["id"] + ".txt"), encoding="utf-8").read()
        ft, st = fold(t), squeeze(t)
        probs = []
        if squeeze(gd["title"]) not in st:
            probs.append("title")
        for a in gd["authors"]:
            if squeeze(a) not in st:
                probs.append("author " + a)
        if gd["publish_time"] and fold(gd["publish_time"]) not in ft:
            probs.append("date " + gd["publish_time"])
        for p in gd["body_paragraphs"]:
            if not p.strip() or fold(p) not in ft:
                probs.append("para: " + p[:40])
        n += 1
        if probs:
            bad += 1
            print(sub, gd["id"], probs)
print(f"checked {n} (page, text) pairs, {bad} with problems")
sys.exit(1 if bad else 0)
