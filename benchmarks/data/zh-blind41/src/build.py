"""Write html/<id>.html and gold/<id>.json for all pages; also kinds.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import PAGES, KINDS
import pages_gov, pages_news, pages_other  # noqa: F401 (registers pages)

root = os.path.join(os.path.dirname(__file__), "..")
for d in ("html", "gold"):
    os.makedirs(os.path.join(root, d), exist_ok=True)
for pid, (h, gold) in sorted(PAGES.items()):
    open(os.path.join(root, "html", pid + ".html"), "w", encoding="utf-8").write(h)
    json.dump(gold, open(os.path.join(root, "gold", pid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(KINDS, open(os.path.join(root, "src", "kinds.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(PAGES), "pages")
