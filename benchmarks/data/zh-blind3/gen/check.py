"""Every gold paragraph, the title, each author and publish_time must occur in raw-chromium and raw
text modulo white space (all Unicode white space removed on both sides)."""
import json, glob, os, re, sys
D = os.path.join(os.path.dirname(__file__), "..")
ns = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(f"{D}/gold/*.json")):
    j = json.load(open(g, encoding="utf-8"))
    for sub in ("raw-chromium", "raw"):
        t = ns(open(f"{D}/{sub}/{j['id']}.txt", encoding="utf-8").read())
        items = [("title", j["title"]), ("time", j["publish_time"])] + [("author", a) for a in j["authors"]] + \
                [("para", p) for p in j["body_paragraphs"]]
        for k, v in items:
            if v and ns(v) not in t:
                bad += 1; print(sub, j["id"], k, v[:50])
    # also: body paragraphs in order
    t = ns(open(f"{D}/raw-chromium/{j['id']}.txt", encoding="utf-8").read()); pos = 0
    for p in j["body_paragraphs"]:
        i = t.find(ns(p), pos)
        if i < 0: bad += 1; print("order", j["id"], p[:40])
        else: pos = i
print("problems:", bad)
