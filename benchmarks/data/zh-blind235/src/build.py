import gov, media, self as sm, epaper, inst
from lib import PAGES, write_all
assert len(PAGES) == 40
write_all()
for p in PAGES:
    n = sum(len(x) for x in p["body_paragraphs"])
    if n < 300: print("SHORT", p["id"], n)
