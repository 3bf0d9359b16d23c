#!/usr/bin/env python3
"""Check that every gold field occurs in raw-chromium/ and raw/ (modulo white space)."""
import json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fold(s):
    return re.sub(r'\s+', '', s)


def main():
    bad = 0
    for g in sorted((ROOT / 'gold').glob('*.json')):
        gold = json.loads(g.read_text(encoding='utf-8'))
        pid = gold['id']
        items = [('title', gold['title']), ('publish_time', gold['publish_time'])]
        items += [('author', a) for a in gold['authors']]
        items += [('para%d' % i, p) for i, p in enumerate(gold['body_paragraphs'])]
        for d in ('raw-chromium', 'raw'):
            f = ROOT / d / f'{pid}.txt'
            if not f.exists():
                print(f'{pid}: missing {d}'); bad += 1; continue
            text = fold(f.read_text(encoding='utf-8'))
            for name, val in items:
                if val is None:
                    continue
                if fold(val) not in text:
                    print(f'{pid} [{d}] {name} not found: {val[:60]!r}'); bad += 1
        blen = sum(len(p) for p in gold['body_paragraphs'])
        print(f'{pid}  {gold["kind"]:<12} paras={len(gold["body_paragraphs"]):>3} body_chars={blen:>5}'
              + ('  (short)' if blen < 300 else '') + ('  (long)' if blen > 1200 and gold['lang'] == 'zh' else ''))
    print('problems:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
