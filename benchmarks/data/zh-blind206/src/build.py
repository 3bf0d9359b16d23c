"""Write html/<id>.html and gold/<id>.json for zh-blind206."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from furniture import gold_paragraphs
from templates import TPL
import pages_a, pages_b, pages_c
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES
import extras; extras.apply(PAGES)

def main():
    os.makedirs(f'{ROOT}/html', exist_ok=True); os.makedirs(f'{ROOT}/gold', exist_ok=True)
    for s in PAGES:
        with open(f"{ROOT}/html/{s['id']}.html", 'w', encoding='utf-8') as f:
            f.write(TPL[s['tpl']](s))
        g = dict(id=s['id'], set='zh-blind206', lang=s['lang'], kind=s['kind'], title=s['title'],
                 authors=s['authors'], publish_time=s['time'], body_paragraphs=gold_paragraphs(s['body']))
        with open(f"{ROOT}/gold/{s['id']}.json", 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write('\n')
    print(len(PAGES), 'pages')

if __name__ == '__main__':
    main()
