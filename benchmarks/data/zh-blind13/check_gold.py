"""Check gold against the copied text: title, every body paragraph, every author and the
publish_time must occur in raw-chromium/<id>.txt and raw/<id>.txt (white space removed on both
sides). Also: required keys, set name, ids match file names, no empty paragraph. Exit 1 on any failure."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def squash(s): return re.sub(r"\s+", "", s)
bad = checked = 0
for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8")); pid = os.path.basename(g)[:-5]
    probs = []
    if set(d) != {"id", "set", "lang", "title", "authors", "publish_time", "body_paragraphs"}: probs.append("keys")
    if d["id"] != pid or d["set"] != "zh-blind13": probs.append("id/set")
    if not d["body_paragraphs"] or any(not p.strip() for p in d["body_paragraphs"]): probs.append("empty paragraph")
    for sub in ("raw-chromium", "raw"):
        text = squash(open(os.path.join(HERE, sub, pid + ".txt"), encoding="utf-8").read())
        items = [("title", d["title"])] + [("author", a) for a in d["authors"]] + \
                ([("date", d["publish_time"])] if d["publish_time"] else []) + \
                [(f"para{i}", p) for i, p in enumerate(d["body_paragraphs"])]
        for k, v in items:
            checked += 1
            if squash(v) not in text: probs.append(f"{sub}:{k} not found: {v[:40]}")
    if probs: bad += 1; print(pid, "FAIL", *probs, sep="\n  ")
n = len(glob.glob(os.path.join(HERE, "gold", "*.json")))
print(f"{n} gold files, {checked} checks, {bad} pages failing")
sys.exit(1 if bad else 0)
