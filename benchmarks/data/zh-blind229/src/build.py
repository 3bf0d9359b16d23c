#!/usr/bin/env python3
"""Write html/<id>.html and gold/<id>.json for all 40 pages."""
import json, pathlib
import lib, pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: F401
root = pathlib.Path(__file__).resolve().parent.parent
(root / 'html').mkdir(exist_ok=True); (root / 'gold').mkdir(exist_ok=True)
for p in lib.PAGES:
    (root / 'html' / f"{p['id']}.html").write_text(p['html'], encoding='utf-8')
    g = {k: p[k] for k in ('id', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs')}
    g['set'] = 'zh-blind229'
    g = {k: g[k] for k in ('id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs')}
    (root / 'gold' / f"{p['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding='utf-8')
print('pages:', len(lib.PAGES))
