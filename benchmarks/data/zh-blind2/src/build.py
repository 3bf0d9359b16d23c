import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import PAGES, OUT
import gov_a, gov_b, gov_c, portal, portal2, selfm, selfm2, inst, inst2, epaper, plain
for pid in sorted(PAGES):
    fn, lang = PAGES[pid]
    html, g = fn()
    open(os.path.join(OUT, 'html', pid + '.html'), 'w', encoding='utf-8').write(html)
    with open(os.path.join(OUT, 'gold', pid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
print(len(PAGES), 'pages')
