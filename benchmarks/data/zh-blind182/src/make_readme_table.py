#!/usr/bin/env python3
"""Print the README page table from gold/."""
import os, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
print('| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|')
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    print('| %s | %s | %s | %s | %s | %d |' % (g['id'], g['kind'], g['title'].replace('|', '\\|'), '、'.join(g['authors']) or '—', g['publish_time'], len(g['body_paragraphs'])))
