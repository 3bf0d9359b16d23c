# every gold paragraph, the title, each author and publish_time must occur in raw-chromium and raw text (white space removed)
import os, re, glob, json
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = lambda s: re.sub(r"\s+", "", s)
bad = 0
for g in sorted(glob.glob(f"{D}/gold/*.json")):
    j = json.load(open(g)); i = j["id"]
    for sub in ("raw-chromium", "raw"):
        t = W(open(f"{D}/{sub}/{i}.txt", encoding="utf-8").read())
        items = [("title", j["title"]), ("time", j["publish_time"])] + [("author", a) for a in j["authors"]] + [("para", p) for p in j["body_paragraphs"]]
        for k, v in items:
            if W(v) not in t:
                bad += 1; print(sub, i, k, v[:60])
        if j["lang"] == "zh":
            n = sum(len(W(p)) for p in j["body_paragraphs"])
            if n < 300: print("short", i, n)
print("problems:", bad)
