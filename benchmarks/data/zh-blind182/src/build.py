#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the page definitions in pages_*.py."""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_a import PAGES as A
from pages_b import PAGES as B
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
from common import blocks, gold_paras
from templates import TEMPLATES

def main():
    pages = A + B
    assert len(pages) == 40, len(pages)
    os.makedirs(os.path.join(ROOT, 'html'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for p in pages:
        bl = blocks(p['body'])
        p['_bl'] = bl
        page = TEMPLATES[p['tpl']](p, bl)
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(page)
        g = {'id': p['id'], 'set': 'zh-blind182', 'lang': p.get('lang', 'zh'), 'kind': p['kind'],
             'title': p['title'], 'authors': p['authors'], 'publish_time': p['time'],
             'body_paragraphs': gold_paras(bl)}
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    print('built', len(pages))

if __name__ == '__main__':
    main()
