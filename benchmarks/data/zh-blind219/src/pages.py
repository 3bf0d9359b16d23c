from pages_gov import GOV
from pages_media import MEDIA
from pages_other import SELF, EPAPER, INST
from extra import add_extra
PAGES = GOV + MEDIA + SELF + EPAPER + INST
for _p in PAGES:
    add_extra(_p)
