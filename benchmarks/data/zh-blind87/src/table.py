#!/usr/bin/env python3
"""Print the Markdown table of all pages (for README.md) from gold/."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print("| id | kind | lang | title | authors | publish_time | paragraphs | chars |")
print("|---|---|---|---|---|---|---|---|")
for i in range(1, 41):
    with open(os.path.join(ROOT, "gold", "wj-%02d.json" % i), encoding="utf-8") as f:
        g = json.load(f)
    print("| %s | %s | %s | %s | %s | %s | %d | %d |" % (
        g["id"], g["kind"], g["lang"], g["title"].replace("|", "\\|"),
        "; ".join(g["authors"]) if g["authors"] else "[]", g["publish_time"],
        len(g["body_paragraphs"]), len("".join(g["body_paragraphs"]))))
