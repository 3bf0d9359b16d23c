#!/usr/bin/env python3
"""Print the README's page table (id, kind, title, authors, publish_time, paragraphs) from gold/."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | title | authors | publish_time | paragraphs |")
print("|---|---|---|---|---|---|")
for i in range(1, 41):
    g = json.load(open(os.path.join(ROOT, "gold", f"wk-{i:02d}.json"), encoding="utf-8"))
    a = "、".join(g["authors"]) if g["authors"] else "[]"
    t = g["title"].replace("|", "\\|")
    print(f"| {g['id']} | {g['kind']} | {t} | {a} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
