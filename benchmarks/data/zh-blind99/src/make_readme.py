#!/usr/bin/env python3
"""Write README.md: fixed text + features page by page + table of all pages (from gold/)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_pages, ROOT

HEAD = open(os.path.join(ROOT, "src", "README.head.md"), encoding="utf-8").read()


def main():
    out = [HEAD.rstrip("\n"), "", "## Features page by page", ""]
    pages = all_pages()
    for p in pages:
        out.append(f"- **{p['id']}** ({p['kind']}): {p['features']}")
    out += ["", "## All pages", "", "| id | kind | lang | title | authors | publish_time | paragraphs | body chars |", "|---|---|---|---|---|---|---|---|"]
    for p in pages:
        g = json.load(open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8"))
        n = sum(len("".join(x.split())) for x in g["body_paragraphs"])
        cell = lambda s: s.replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {cell(g['title'])} | {cell('、'.join(g['authors'])) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} | {n} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
