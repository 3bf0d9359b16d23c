#!/usr/bin/env python3
"""Write README.md: the fixed text in README.head.md plus a table of all pages from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
head = open(os.path.join(ROOT, "src", "README.head.md"), encoding="utf-8").read()
rows = ["| id | kind | lang | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|---|"]
for i in range(1, 41):
    g = json.load(open(os.path.join(ROOT, "gold", f"vf-{i:02d}.json"), encoding="utf-8"))
    a = "、".join(g["authors"]) if g["authors"] else "[]"
    rows.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {g['title'].replace('|', '｜')} | {a} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
    f.write(head.rstrip("\n") + "\n\n## All pages\n\n" + "\n".join(rows) + "\n")
print("README.md written")
