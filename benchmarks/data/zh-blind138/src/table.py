#!/usr/bin/env python3
"""Print the README's page table from gold/."""
import glob, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | title | authors | publish_time | paragraphs |")
print("|---|---|---|---|---|---|")
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    print("| %s | %s | %s | %s | %s | %d |" % (d["id"], d["kind"], d["title"].replace("|", "\\|"), ", ".join(d["authors"]) or "[]", d["publish_time"], len(d["body_paragraphs"])))
