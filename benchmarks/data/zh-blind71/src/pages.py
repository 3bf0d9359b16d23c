from pages_gov import PAGES as G
from pages_media import PAGES as M
from pages_other import PAGES as O
from extras import EXTRA
PAGES = G + M + O

def _insert(body, extra):
    lines = body.strip("\n").split("\n")
    if extra.startswith("BEFORE_LAST:"):
        lines.insert(len(lines) - 1, extra[len("BEFORE_LAST:"):])
        return "\n".join(lines)
    i = len(lines)
    while i > 0 and lines[i - 1].startswith(("=", "@")):
        i -= 1
    lines[i:i] = extra.split("\n")
    return "\n".join(lines)

for _p in PAGES:
    if _p["id"] in EXTRA:
        _p["body"] = _insert(_p["body"], EXTRA[_p["id"]])
