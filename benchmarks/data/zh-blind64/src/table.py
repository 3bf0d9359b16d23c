#!/usr/bin/env python3
"""Print the README's page table (markdown) from gold/."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gdir = os.path.join(ROOT, "gold")
print("| id | kind | lang | title | authors | publish_time | paragraphs |")
print("|---|---|---|---|---|---|---|")
for fn in sorted(os.listdir(gdir)):
    g = json.load(open(os.path.join(gdir, fn), encoding="utf-8"))
    au = "、".join(g["authors"]) if g["lang"] == "zh" else ", ".join(g["authors"])
    print(f"| {g['id']} | {g['kind']} | {g['lang']} | {g['title'].replace('|', '/')} | {au or '[]'} | "
          f"{g['publish_time']} | {len(g['body_paragraphs'])} |")
