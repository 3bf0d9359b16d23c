#!/usr/bin/env python3
"""Regenerate the '## Pages' table at the end of README.md from gold/."""
import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for fn in sorted(os.listdir(os.path.join(base, 'gold'))):
    g = json.load(open(os.path.join(base, 'gold', fn), encoding='utf-8'))
    rows.append('| %s | %s | %s | %s | %s | %d |' % (g['id'], g['kind'], g['title'].replace('|', '\\|'), ', '.join(g['authors']) or '—', g['publish_time'], len(g['body_paragraphs'])))
path = os.path.join(base, 'README.md')
s = open(path, encoding='utf-8').read()
head = s.split('## Pages')[0]
open(path, 'w', encoding='utf-8').write(head + '## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n' + '\n'.join(rows) + '\n')
