#!/usr/bin/env python3
"""Write README.md: description, layout, rebuild steps, conventions, per-page features and table."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from build import all_pages
from render import gold
ROOT = os.path.dirname(HERE)


def features(p):
    f = [f"{p['layout']} layout", f"info bar {p.get('info_pos', 'below')} headline" if p.get("info") else "date only in page header/crumb"]
    kinds = {b[0] for b in p["blocks"]}
    if p.get("pre"): f.append("引题")
    if p.get("sub"): f.append("副题")
    if len(p["title_lines"]) > 1: f.append("headline on several lines")
    if p.get("indent"): f.append("U+3000 indents")
    for k, n in (("table", "table"), ("li", "list"), ("h", "sub-headings"), ("img", "image alt/caption"), ("x", "non-body byline/editor/source lines"),
                 ("wh", "文号 line"), ("sig", "署名/成文日期"), ("q", "blockquote"), ("ol", "numbered items")):
        if k in kinds: f.append(n)
    if p.get("search"): f.append("search box placeholder")
    return ", ".join(f)


pages = all_pages()
out = ["# zh-blind143: invented Chinese news pages for a raw-text article reader", "",
       "40 invented pages (no real article copied; names, numbers, 文号, phones, ICP numbers made up) imitating page templates of sites in",
       "浙江, 吉林, 陕西 and 广西: government portals, departments, 乡镇 and 村 (un-01…12), media, portals and TV sites incl. two English pages (un-13…24),",
       "self-media (un-25…30), newspaper e-paper (un-31…35), institutions (un-36…40). Site generations: 2010s table layouts, div portals, responsive pages, app share pages.", "",
       "## Layout", "", "- `html/<id>.html` saved page (UTF-8, one `<style>`, no scripts, no external resources)",
       "- `raw-chromium/<id>.txt` Chromium select-all + copy (`../shared/tools/chromium_text.py`)",
       "- `raw/<id>.txt` derived from raw-chromium by `src/make_raw.py` (tabs→one space, edge spaces stripped, blank runs collapsed)",
       "- `gold/<id>.json` gold record; `src/` page descriptions (`pages_*.py`), renderer, build and check scripts", "",
       "## Rebuild", "", "```", "python3 src/build.py", "python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium",
       "python3 src/make_raw.py", "python3 src/check.py", "python3 src/make_readme.py", "```", "",
       "## Gold conventions", "",
       "As `../shared/corpus/README.md`. Title = main headline only (no 引题/副题/site label; multi-line headlines joined without space, English with one space).",
       "Authors = writers/reporters incl. 通讯员, printed order, spaces inside names removed; never editors, reviewers, photographers, 来源 or outlet; speech → speaker;",
       "self-media → the named person, else the account; official notices → []. English: `By` names, wire copy with only a source → [].",
       "publish_time as printed in the info bar (weekday/seconds kept). Body = prose, sub-headings, list lines, table rows (cells joined by one space),",
       "主送/署名/成文日期 of documents; not the 文号 line, standalone bylines, 原标题, captions, alt text, editor/source lines, buttons, related lists, footers.",
       "Gold body and rendered body come from the same blocks of each description.", "",
       "## Features page by page", ""]
for p in pages:
    out.append(f"- {p['id']} ({p['site']}): {features(p)}")
out += ["", "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
for p in pages:
    g = gold(p, "zh-blind143")
    out.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("README written")
