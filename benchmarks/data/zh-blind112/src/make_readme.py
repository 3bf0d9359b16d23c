#!/usr/bin/env python3
"""Write README.md: description, layout, rebuild steps, gold conventions, features per page, page table."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

HEAD = """# zh-blind112: a blind test set of invented Chinese news pages

40 invented web pages imitating the templates of real Chinese sites from 山东, 青海, 广东 and 吉林
(district/county governments, 街道/乡镇/村 columns, provincial departments, city and provincial
media, TV/radio sites, self-media platforms, newspaper e-papers, a university, a hospital, a state
enterprise, an industry association and a court), for testing a raw-text article reader that must
find the headline, authors, publish date and body paragraphs in a whole-page copy. Every article,
name, number, 文号, phone number, ICP/公网安备 number and site name is made up; no real article was
copied. The pages were made without reading the reader, its tests or any other zh-blind set.

| kind | pages | ids |
|---|---|---|
| government | 12 | vi-01 … vi-12 |
| media (central, provincial, city, portals, TV; vi-18 and vi-19 in English) | 12 | vi-13 … vi-24 |
| self-media (头条号, 百家号, 微信公众号, 搜狐号, 澎湃号, 微博文章) | 6 | vi-25 … vi-30 |
| newspaper e-paper | 5 | vi-31 … vi-35 |
| institutions (university, hospital, state enterprise, association, court) | 5 | vi-36 … vi-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts,
  no external resources (images are 1×1 data-URI GIFs with or without alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (Debian chromium,
  JavaScript and network off; `_manifest.json` records the build and flags).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py` (tab with the spaces around it → one space; spaces at line edges stripped, U+3000
  indents kept; runs of blank lines → one blank line; no leading/trailing blank lines; one final newline).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `build.py` (html + gold from the page descriptions `pages_*.py`; the gold body comes from the
  same body blocks that are rendered), `kit.py` (small HTML helpers), `make_raw.py`, `check.py`,
  `make_readme.py`.

## Rebuild

    cd benchmarks/data/zh-blind112
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # title, authors, date, every paragraph found in raw-chromium/ and raw/
    python3 src/make_readme.py

## Gold conventions

Follows `../shared/corpus/README.md`, plus:

- **title**: the main headline (主标题) only — no 引题, 副题, 原标题, column label (晚报时评, 青海新闻联播)
  or site name. A headline printed on two lines (vi-09, vi-21) is joined with no space.
- **authors**: named writers/reporters incl. 通讯员, in printed order; never 编辑/责任编辑/审核/校对/监制,
  photographers (摄影, 图), 来源, 供稿单位 or the outlet. Spaced names are written without the spaces
  (刘  涛 → 刘涛); Tibetan names keep the middle dot (才让·多杰). Speech (vi-07): the speaker. Self-media:
  the named person if there is one (vi-26 文/张立军, vi-27 卓玛, vi-28 作者 | 黄海燕), else the account
  name (vi-25, vi-29, vi-30). Official documents/notices with no writer: `[]` (vi-02, 03, 04, 06, 09,
  10, 12). English: the `By …` names (vi-18); wire copy with only a source: `[]` (vi-19).
- **publish_time**: as printed in the info bar, without label or brackets, seconds and weekday kept when
  printed with it (vi-34 `2025年06月10日 星期二`; vi-16 keeps its full-width space `2025-06-11　06:58`).
  For 信息公开 pages with a metadata table the 发布日期 is used, not the 成文日期 (vi-06, vi-09).
  Self-media/app dates without a year are kept as printed (vi-15 `06-11 21:08`).
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row incl. the
  header row, cells joined by one space) in reading order. Official documents: 主送 line, 附件 line,
  署名 and 成文日期 are body, the 文号 line is not. Bylines inside a paragraph stay (vi-16, vi-17, vi-19,
  vi-33, closing `（王静 韩冬）` vi-05, vi-35, vi-39). Byline lines on their own, 原标题 lines, captions,
  alt text, editor/source/credit lines, buttons, related lists and footers are not body. Paragraph text
  in the gold has no leading U+3000 indent even where the page prints one.

## Notes for a scorer

- Body lengths are 300–500 Chinese characters for the zh pages (counted without white space), about
  870–920 non-space characters for the two English pages.
- The vi-04 Q&A lines (问：/答：) are body; the 问 lines are sub-headings.
- vi-36 prints `点击：[]` (an empty counter) — furniture, as a no-JS save of such a page shows it.
- Spaced names lose one of their two spaces in the browser copy (HTML white-space collapsing);
  check.py compares modulo white space.

## Features page by page

"""


def main():
    pages = all_pages()
    out = [HEAD]
    for p in pages:
        out.append(f"- **{p['id']}** ({p['kind']}): {p['features']}.\n")
    out.append("\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for p in pages:
        g = json.load(open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8"))
        t = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {t} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
