from pages_gov import GOV
from pages_media import MEDIA
from pages_rest import REST
from pages_extra import apply
PAGES = apply(GOV + MEDIA + REST)
