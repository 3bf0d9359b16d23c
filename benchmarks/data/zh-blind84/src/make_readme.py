#!/usr/bin/env python3
"""Write README.md from the page descriptions (src/pages) and gold/ files."""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import load_pages  # noqa: E402

REGION = {
    "浙江": ["wg-01", "wg-05", "wg-08", "wg-13", "wg-17", "wg-21", "wg-25", "wg-29", "wg-31", "wg-36"],
    "江西": ["wg-02", "wg-06", "wg-11", "wg-14", "wg-20", "wg-22", "wg-26", "wg-30", "wg-32", "wg-37"],
    "湖北": ["wg-03", "wg-07", "wg-09", "wg-15", "wg-19", "wg-23", "wg-27", "wg-33", "wg-35", "wg-38"],
    "新疆": ["wg-04", "wg-10", "wg-12", "wg-16", "wg-18", "wg-24", "wg-28", "wg-34", "wg-39", "wg-40"],
}
REGION_OF = {pid: r for r, ids in REGION.items() for pid in ids}

HEAD = """# zh-blind84: a blind test set of Chinese news pages

Forty **invented** web pages in the page templates of ordinary Chinese sites of 浙江, 江西, 湖北 and
新疆, with gold annotations, for testing a raw-text article reader: a program that receives the
whole page as a clerk selected and copied it in a browser (banner, navigation, breadcrumb, headline,
info bar, body, share buttons, related lists, footer) and must find the headline, the authors, the
publish date and the body paragraphs. The set was made without reading the reader's code, tests or
other test sets. It is meant as an ordinary week's mix of what a district press office receives
(most pages dated 17-23 March 2025), with no kind of difficulty weighted over another.

All articles, names, numbers, 文号, phone numbers, ICP/公安备案 numbers and site templates are made
up (place names are real; the outlets and institutions are real-sounding or real names used only
as the template's setting, and nothing on the pages reports a real event). See `LICENSE` (CC0).

| kind | pages | ids |
|---|---|---|
| government (省/市/区县 portals, departments, 街道/乡镇, 村: news, 通知/公示/通报/批复/意见, 政策解读, 领导活动, 讲话) | 12 | wg-01 … wg-12 |
| media (city/county media, provincial portals, TV/radio sites, central-media local channels; wg-17, wg-18 in English) | 12 | wg-13 … wg-24 |
| self-media (头条号, 百家号, 微信公众号, 搜狐号, 澎湃号, 微博头条文章) | 6 | wg-25 … wg-30 |
| e-paper (数字报/电子版 with 引题/主题/副题, 版次 navigation, 本版标题) | 5 | wg-31 … wg-35 |
| institution (university, hospital, state enterprise, court, association) | 5 | wg-36 … wg-40 |

Regions: 浙江 10, 江西 10, 湖北 10, 新疆 10 pages. No two pages share a template.

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium`
  (Debian chromium, headless, JavaScript and network off; `_manifest.json` is the tool's log).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges
  are stripped (leading U+3000 indents kept), every run of blank lines becomes one blank line,
  leading and trailing blank lines are dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id", "set": "zh-blind84", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}`.
- `src/`: `pages/wgNN.py` (one description per page: template, CSS, info, and the body as
  blocks), `lib.py` (renders the body blocks to HTML and derives the gold body from the same
  blocks), `build.py` (writes html/ and gold/), `make_raw.py`, `check.py`, `make_readme.py`,
  `rebuild.sh`.

## Rebuild

    sh src/rebuild.sh          # = build.py; chromium_text.py; make_raw.py; check.py
    python3 src/make_readme.py # this file

`src/check.py` verifies that the title, every author, the publish_time and every gold paragraph
occur (in order, for the paragraphs) in both raw-chromium/ and raw/ modulo white space, that raw/
is exactly make_raw.py of raw-chromium/, the HTML rules above, the gold fields and the page counts
per kind, and prints the body lengths (characters without white space; all are within 300-1200).

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题, 副题 (`——…`), 原标题, standfirst, section label
  (`文字解读`, `荆州新闻联播`) or site name. A headline printed on two lines (wg-32) is joined with no
  space; a space printed inside a one-line headline is kept (wg-14, wg-24, wg-39).
- **authors**: named writers/reporters incl. 通讯员 and 实习记者, in printed order, from the info bar,
  a byline line, an in-paragraph byline (`本报讯（记者…）`, `人民网武汉3月18日电 （记者胡聪）`,
  `新华社南昌3月19日电（记者邬慧、杨思远）`, a closing `（林晓燕 陈  杰）`), `文/`, `作者 |`, `撰稿：`.
  Never editors (`责任编辑`/`编辑`/`责编`), reviewers (`审核`/`二审`/`三审`/`校对`), photographers
  (`摄影`/`图/`/`摄`), `来源`, the unit that supplied the piece, or the outlet. Spaced-out names are
  given without the spaces (`王  雪` → `王雪`); minority names keep the middle dot. A speech: the
  speaker (wg-09). Self-media: the person if one is named (wg-27, wg-29), else the account name.
  Official documents and notices with no writer: `[]`. English: the `By …` names; wire copy with
  only a source: `[]` (wg-18).
- **publish_time**: the date/time as printed in the info bar, without its label or brackets,
  seconds and weekday kept when printed next to it. Where a page prints several dates, the
  publication date (发布日期/发布时间), not 成文日期/发文日期 or the date of a speech.
  E-papers: the issue date printed in the masthead or info line.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  署名 and 成文日期 are body; the 文号 line is not. Bylines inside a paragraph stay there; byline lines
  on their own, 原标题 lines, captions and alt text, pull quotes, editor lines, source lines, buttons,
  related lists, 版面/本版标题 lists and footers are not body. Leading indents are not part of a
  paragraph.

## Pages
"""


def main():
    pages = {p["id"]: p for p in load_pages()}
    head = HEAD
    man = os.path.join(ROOT, "raw-chromium", "_manifest.json")
    if os.path.exists(man):
        ver = json.load(open(man, encoding="utf-8")).get("chromium")
        if ver:
            head = head.replace("(Debian chromium, headless,", f"(Debian chromium, {ver}, headless,")
    out = [head]
    out.append("| id | kind | region | title | authors | publish_time | paragraphs | body chars |")
    out.append("|---|---|---|---|---|---|---|---|")
    for pid in sorted(pages):
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        blen = sum(len("".join(p.split())) for p in g["body_paragraphs"])
        au = "、".join(g["authors"]) if g["authors"] else "[]"
        out.append(f"| {pid} | {g['kind']} | {REGION_OF[pid]} | {g['title']} | {au} | {g['publish_time']} | "
                   f"{len(g['body_paragraphs'])} | {blen} |")
    out.append("")
    out.append("## Features page by page")
    out.append("")
    for pid in sorted(pages):
        p = pages[pid]
        out.append(f"- **{pid}** ({REGION_OF[pid]}) {p['site']}. {p['features']}.")
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
