#!/usr/bin/env python3
"""Append the page table and the feature list to README.md from gold/ and features.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from features import FEATURES
head = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read()
rows = ["| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feat = [f"- **{k}**: {v}" for k, v in FEATURES.items()]
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
    f.write(head + "\n## Features covered, page by page\n\n" + "\n".join(feat) + "\n\n## Pages\n\n" + "\n".join(rows) + "\n")
