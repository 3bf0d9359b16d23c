from pages_gov import GOV
from pages_media import MEDIA
from pages_rest import REST
PAGES = GOV + MEDIA + REST
