#!/usr/bin/env python3
"""Print the markdown table of all pages (id, kind, title, authors, publish_time, paragraphs)."""
import glob, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | title | authors | publish_time | paras |")
print("|---|---|---|---|---|---|")
for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(f, encoding="utf-8"))
    print(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} |".replace("、", "; ") if g['lang']=='en' else f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
