"""Check gold against raw-chromium and raw for zh-blind206."""
import json, os, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ['id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs']
def ns(s): return ''.join(s.split())

def main():
    probs = []
    golds = sorted(glob.glob(f'{ROOT}/gold/*.json'))
    if len(golds) != 40: probs.append(f'expected 40 pages, found {len(golds)}')
    for gp in golds:
        g = json.load(open(gp, encoding='utf-8')); gid = os.path.basename(gp)[:-5]
        miss = [k for k in KEYS if k not in g]
        if miss: probs.append(f'{gid}: missing keys {miss}'); continue
        if g['set'] != 'zh-blind206': probs.append(f'{gid}: bad set')
        blen = sum(len(p) for p in g['body_paragraphs'])
        if blen < 300: probs.append(f'{gid}: body only {blen} chars')
        for sub in ('raw-chromium', 'raw'):
            try: txt = ns(open(f'{ROOT}/{sub}/{gid}.txt', encoding='utf-8').read())
            except FileNotFoundError: probs.append(f'{gid}: no {sub} file'); continue
            items = [('title', g['title']), ('publish_time', g['publish_time'])] + \
                    [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
            for k, v in items:
                if ns(v) not in txt: probs.append(f'{gid}: {sub}: {k} not found: {v[:40]}')
    for p in probs: print(p)
    print(f'{len(golds)} pages checked, {len(probs)} problems')
    sys.exit(1 if probs else 0)

if __name__ == '__main__':
    main()
