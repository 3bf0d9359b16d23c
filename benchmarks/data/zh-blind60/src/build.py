#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from src/pages/xi-NN.py, and README.md.

Usage: python3 src/build.py            (from the set folder or anywhere)
"""
import glob
import json
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

KIND_ORDER = ["government", "media", "self-media", "epaper", "institution"]


def load_pages():
    pages = []
    for fn in sorted(glob.glob(os.path.join(HERE, "pages", "xi-*.py"))):
        pg = runpy.run_path(fn)["PAGE"]
        want = os.path.basename(fn)[:-3]
        if pg.id != want:
            raise SystemExit(f"{fn}: id {pg.id} != file name")
        pages.append(pg)
    return pages


def md_cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write_readme(pages):
    with open(os.path.join(HERE, "readme_intro.md"), encoding="utf-8") as f:
        out = [f.read().rstrip() + "\n"]
    out.append("\n## Features, page by page\n")
    for pg in pages:
        out.append(f"- **{pg.id}** ({pg.kind}; {pg.site}): {pg.features}")
    out.append("\n## All pages\n")
    out.append("| id | kind | title | authors | publish_time | paragraphs | body chars |")
    out.append("|---|---|---|---|---|---|---|")
    for pg in pages:
        g = pg.gold()
        chars = sum(len(p) for p in g["body_paragraphs"])
        out.append(f"| {pg.id} | {pg.kind} | {md_cell(g['title'])} | {md_cell('、'.join(g['authors']) or '[]')} | "
                   f"{md_cell(g['publish_time'])} | {len(g['body_paragraphs'])} | {chars} |")
    counts = {k: sum(1 for p in pages if p.kind == k) for k in KIND_ORDER}
    out.append("\nPages by kind: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; total {len(pages)}.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    pages = load_pages()
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for pg in pages:
        with open(os.path.join(ROOT, "html", pg.id + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(pg.html())
        with open(os.path.join(ROOT, "gold", pg.id + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(pg.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
    if os.path.exists(os.path.join(HERE, "readme_intro.md")):
        write_readme(pages)
    print(f"built {len(pages)} pages")


if __name__ == "__main__":
    main()
