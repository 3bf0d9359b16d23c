"""Write html/<id>.html and gold/<id>.json for all 40 pages."""
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
from common import save
ALL = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
if __name__ == '__main__':
    for p in ALL:
        h = p['layout'](p)
        p['authors'] = [a.replace('\u3000', '').replace(' ', '') if '·' not in a and not p.get('lang') == 'en' else a for a in p['authors']]
        save(p, h)
    print(len(ALL), 'pages')
