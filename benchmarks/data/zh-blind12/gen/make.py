"""Generate zh-blind12: html/ and gold/ from the page definitions, then raw/ from raw-chromium/."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from helpers import PAGES
import gov, gov2, media, other  # noqa: F401  (each appends to PAGES)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_pages():
    ids = sorted(p["id"] for p in PAGES)
    assert ids == ["zm-%02d" % i for i in range(1, 41)], ids
    for p in PAGES:
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(p["html"])
        g = {k: p[k] for k in ("id", "lang", "title", "authors", "publish_time", "body_paragraphs")}
        g = {"id": p["id"], "set": "zh-blind12", **{k: v for k, v in g.items() if k != "id"}, "kind": p["kind"]}
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def write_raw():
    for f in sorted(os.listdir(os.path.join(ROOT, "raw-chromium"))):
        if not f.endswith(".txt"):
            continue
        t = open(os.path.join(ROOT, "raw-chromium", f), encoding="utf-8").read()
        t = t.replace("\t", " ")
        lines = [re.sub(" {2,}", lambda m: m.group(0) if len(m.group(0)) == 2 else " ", l).strip(" ") for l in t.split("\n")]
        t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
        open(os.path.join(ROOT, "raw", f), "w", encoding="utf-8").write(t)


if __name__ == "__main__":
    if sys.argv[1:] == ["raw"]:
        write_raw()
    else:
        write_pages()
