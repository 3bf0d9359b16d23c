#!/usr/bin/env python3
"""Write README.md (page table from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{f}", encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
head = open(f"{ROOT}/src/README.head.md", encoding="utf-8").read()
open(f"{ROOT}/README.md", "w", encoding="utf-8").write(head + "\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
