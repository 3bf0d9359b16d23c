from pages_gov import GOV
from pages_news import NEWS
from pages_other import SELF, EPAPER, INST

PAGES = GOV + NEWS + SELF + EPAPER + INST
