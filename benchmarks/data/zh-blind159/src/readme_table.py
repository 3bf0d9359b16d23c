#!/usr/bin/env python3
"""Print the markdown table of all pages from gold/ (pasted into README.md)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|")
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    print(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time'] or '—'} | {len(g['body_paragraphs'])} |")
