#!/usr/bin/env python3
"""Print the markdown table of all pages (id, kind, title, authors, publish_time, paragraphs) from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | title | authors | publish_time | paragraphs |")
print("|---|---|---|---|---|---|")
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    a = "、".join(g["authors"]) if g["authors"] else "[]"
    print(f"| {g['id']} | {g['kind']} | {g['title']} | {a} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
