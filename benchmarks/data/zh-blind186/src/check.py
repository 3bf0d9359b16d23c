#!/usr/bin/env python3
"""Check every gold string occurs in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars."""
import json, pathlib, re, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
WS = re.compile(r'\s+')
def sq(s): return WS.sub('', s)
def main():
    bad = 0; n = 0
    for g in sorted((ROOT / 'gold').glob('*.json')):
        d = json.loads(g.read_text(encoding='utf-8')); n += 1
        strings = [('title', d['title']), ('publish_time', d['publish_time'])]
        strings += [('author', a) for a in d['authors']]
        strings += [('para', p) for p in d['body_paragraphs']]
        for sub in ('raw-chromium', 'raw'):
            f = ROOT / sub / (d['id'] + '.txt')
            if not f.exists():
                print(d['id'], 'missing', f); bad += 1; continue
            text = sq(f.read_text(encoding='utf-8'))
            for k, s in strings:
                if not s or sq(s) not in text:
                    print(d['id'], sub, k, 'not found:', s[:60]); bad += 1
        blen = sum(len(p) for p in d['body_paragraphs'])
        if blen < 300:
            print(d['id'], 'body too short', blen); bad += 1
        for k in ('id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs'):
            if k not in d: print(d['id'], 'missing key', k); bad += 1
    print(f'{n} pages, {bad} problems')
    sys.exit(1 if bad or n != 40 else 0)
if __name__ == '__main__':
    main()
