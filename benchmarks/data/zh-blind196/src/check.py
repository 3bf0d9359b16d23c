"""Check gold against raw-chromium/ and raw/ (modulo white space) and body length."""
import os, re, json, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ws = lambda s: re.sub(r'\s+', '', s.replace('\u3000', ' '))

def main():
    bad = 0; n = 0
    for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
        g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8')); n += 1
        strs = [('title', g['title']), ('time', g['publish_time'])] + \
               [('author', a) for a in g['authors']] + [('para', p) for p in g['body_paragraphs']]
        for d in ('raw-chromium', 'raw'):
            p = os.path.join(ROOT, d, g['id'] + '.txt')
            if not os.path.exists(p):
                print(g['id'], 'missing', d); bad += 1; continue
            txt = ws(open(p, encoding='utf-8').read())
            for k, s in strs:
                if ws(s) not in txt:
                    print(g['id'], d, k, 'not found:', s[:40]); bad += 1
        L = sum(len(p) for p in g['body_paragraphs'])
        if L < 300:
            print(g['id'], 'body too short', L); bad += 1
        if not g['title'] or not g['body_paragraphs']:
            print(g['id'], 'empty'); bad += 1
    print('pages', n, 'problems', bad)
    print('OK' if bad == 0 and n == 40 else 'FAIL')
    sys.exit(0 if bad == 0 and n == 40 else 1)

if __name__ == '__main__':
    main()
