"""Check that title, authors, publish_time and every gold paragraph occur in raw-chromium/ and raw/
(modulo white space); print body lengths."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
norm = lambda s: re.sub(r"\s+", "", s)
bad = 0
for fn in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{fn}", encoding="utf-8"))
    blen = sum(len(x) for x in g["body_paragraphs"])
    probs = []
    if blen < 300:
        probs.append(f"body too short {blen}")
    for d in ("raw-chromium", "raw"):
        path = f"{ROOT}/{d}/{g['id']}.txt"
        if not os.path.exists(path):
            probs.append(f"{d} missing"); continue
        t = norm(open(path, encoding="utf-8").read())
        items = [("title", g["title"]), ("time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", x) for x in g["body_paragraphs"]]
        for k, v in items:
            if v and norm(v) not in t:
                probs.append(f"{d}: {k} not found: {v[:40]}")
    print(f"{g['id']}\t{g['kind']}\tbody={blen}\tparas={len(g['body_paragraphs'])}\t" + ("OK" if not probs else "; ".join(probs)))
    bad += bool(probs)
print("problems:", bad)
