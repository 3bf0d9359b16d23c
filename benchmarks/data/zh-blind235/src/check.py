import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r"\s+", "", s)
bad = []; ids = [f"qb-{i:02d}" for i in range(1, 41)]
for i in ids:
    try: g = json.load(open(f"{ROOT}/gold/{i}.json", encoding="utf-8"))
    except Exception as ex: bad.append(f"{i}: gold {ex}"); continue
    for k in ("id","set","lang","kind","title","authors","publish_time","body_paragraphs"):
        if k not in g: bad.append(f"{i}: missing {k}")
    if g.get("set") != "zh-blind235": bad.append(f"{i}: set")
    if g.get("id") != i: bad.append(f"{i}: id")
    n = sum(len(p) for p in g.get("body_paragraphs", []))
    if n < 300: bad.append(f"{i}: body {n} chars")
    for d in ("raw-chromium", "raw"):
        try: t = ws(open(f"{ROOT}/{d}/{i}.txt", encoding="utf-8").read())
        except Exception as ex: bad.append(f"{i}: {d} {ex}"); continue
        for lab, v in [("title", g["title"]), ("publish_time", g["publish_time"])] + [("author", a) for a in g["authors"]] + [("para", p) for p in g["body_paragraphs"]]:
            if ws(v) not in t: bad.append(f"{i}: {d} {lab} not found: {v[:40]}")
n = len([f for f in os.listdir(f"{ROOT}/gold") if f.endswith(".json")])
if n != 40: bad.append(f"gold count {n}")
for b in bad: print(b)
print(f"{40 - len({b.split(':')[0] for b in bad if b.startswith('qb')})} pages ok, {len(bad)} problems")
sys.exit(1 if bad else 0)
