"""Render html/<id>.html and gold/<id>.json from gov.py, news.py, other.py."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import tpl, gov, news, other, extra
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = gov.P + news.P + other.P
def main():
    ids = [p['id'] for p in PAGES]
    assert len(ids) == len(set(ids)) == 40, ids
    for p in PAGES:
        if p['id'] in extra.X:
            p['body'][-1:-1] = extra.X[p['id']]
        if p['tpl'] == 'epaper':
            p['date'] = p['issue']
        h = tpl.T[p['tpl']](p)
        # two ASCII spaces inside text (spaced-out names like 王  静) kept as no-break spaces so the browser shows them
        h = re.sub(r'>[^<]*<', lambda m: m.group(0).replace('  ', '&nbsp;&nbsp;'), h)
        open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8').write(h)
        g = {'id': p['id'], 'set': 'zh-blind46', 'lang': p.get('lang', 'zh'), 'title': p['title'],
             'authors': p['authors'], 'publish_time': p['date'], 'body_paragraphs': tpl.gold_body(p['body'])}
        json.dump(g, open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    with open(os.path.join(ROOT, 'pages.tsv'), 'w', encoding='utf-8') as f:
        for p in PAGES:
            f.write('%s\t%s\t%s\n' % (p['id'], p['kind'], p['site']))
main()
