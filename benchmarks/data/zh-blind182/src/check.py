#!/usr/bin/env python3
"""Check every gold string occurs in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars."""
import os, re, json, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def ns(s): return re.sub(r'\s+', '', s)
def main():
    problems = 0; n = 0
    for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
        g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8')); n += 1
        pid = g['id']
        strings = [('title', g['title']), ('publish_time', g['publish_time'])]
        strings += [('author', a) for a in g['authors']]
        strings += [('para%d' % i, p) for i, p in enumerate(g['body_paragraphs'])]
        for d in ('raw-chromium', 'raw'):
            p = os.path.join(ROOT, d, pid + '.txt')
            if not os.path.exists(p):
                print(pid, d, 'missing'); problems += 1; continue
            txt = ns(open(p, encoding='utf-8').read())
            for k, s in strings:
                if not s or ns(s) not in txt:
                    print(pid, d, k, 'not found:', s[:60]); problems += 1
        blen = sum(len(ns(p)) for p in g['body_paragraphs'])
        if blen < 300:
            print(pid, 'body too short', blen); problems += 1
        for k in ('id', 'set', 'lang', 'kind', 'title', 'authors', 'publish_time', 'body_paragraphs'):
            if k not in g: print(pid, 'missing key', k); problems += 1
    print('%d pages, %d problems' % (n, problems))
    print('check: %s' % ('PASS' if problems == 0 and n == 40 else 'FAIL'))
    return 1 if problems else 0
if __name__ == '__main__':
    sys.exit(main())
