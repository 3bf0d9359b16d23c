#!/usr/bin/env python3
"""Print the Markdown table of all pages (for README.md) from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | title | authors | publish_time | paragraphs | body chars |")
print("|---|---|---|---|---|---|---|")
for n in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", n), encoding="utf-8"))
    print(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} | {sum(map(len, g['body_paragraphs']))} |")
