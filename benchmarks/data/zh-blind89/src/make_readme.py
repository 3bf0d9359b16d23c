#!/usr/bin/env python3
"""Write README.md from README.head.md, the page descriptions and the gold files."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import pages  # noqa: E402

KIND_ZH = {"government": "政府", "media": "媒体", "self-media": "自媒体", "e-paper": "电子报", "institution": "机构"}


def cell(s):
    return str(s).replace("|", "\\|")


def main():
    with open(os.path.join(HERE, "README.head.md"), encoding="utf-8") as f:
        out = [f.read().rstrip() + "\n"]
    feats = ["\n## Features page by page\n",
             "Each line: the invented site and its template (site generation), then what makes the page hard.\n"]
    table = ["\n## All pages\n",
             "| id | kind | site | title | authors | publish_time | paragraphs | body chars |",
             "|---|---|---|---|---|---|---|---|"]
    for m in pages():
        P = m.PAGE
        pid = P["id"]
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        with open(m.__file__, encoding="utf-8") as f:
            tpl = f.readline().lstrip("# ").strip().replace("&nbsp;", " ")
        feats.append(f"- **{pid}** ({g['kind']}, {cell(P['site'])}) — {tpl}. " + "; ".join(P["features"]).replace("&nbsp;", " ") + ".")
        n = sum(len(p) for p in g["body_paragraphs"])
        table.append(f"| {pid} | {g['kind']} | {cell(P['site'])} | {cell(g['title'])} | "
                     f"{cell(', '.join(g['authors'])) if g['authors'] else '[]'} | {cell(g['publish_time'])} | "
                     f"{len(g['body_paragraphs'])} | {n} |")
    out += feats + table
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
