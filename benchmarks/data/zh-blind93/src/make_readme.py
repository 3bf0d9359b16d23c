#!/usr/bin/env python3
"""Write README.md from the page descriptions and the gold files."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

HEAD = """# zh-blind93: a blind test set of invented Chinese news pages

40 invented web pages for testing a raw-text article reader (a program that gets a whole page as a
clerk selected and copied it in a browser, and must find the headline, the authors, the publish date
and the body paragraphs). The articles, names, numbers, 文号, phone numbers and ICP numbers are made
up; the page templates imitate kinds of real Chinese sites (each page has its own template). The
sites are mostly of 浙江, 湖南, 黑龙江 and 新疆, an ordinary week's mix (18–23 Nov 2024), from site
designs of every generation (2006–2012 table layouts, 2010s portals, today's responsive pages, app
share pages). It was made without looking at the reader (newsconv) or at other zh-blind sets.

| kind | pages | ids |
|---|---|---|
| government (省/市/区县 portals and departments, 街道/乡镇, 村) | 12 | wp-01 … wp-12 |
| media (central, provincial, city media, portals, TV/radio; wp-16 and wp-18 in English) | 12 | wp-13 … wp-24 |
| self-media (头条号, 百家号, 微信公众号, 网易号, 澎湃号, 微博 article) | 6 | wp-25 … wp-30 |
| newspaper e-paper (数字报/电子版) | 5 | wp-31 … wp-35 |
| institutions (university, hospital, state enterprise, court, association) | 5 | wp-36 … wp-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no
  external resources (images are `<img alt=…>` with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `../shared/tools/chromium_text.py` (Debian chromium 156). `_manifest.json` is that tool's log.
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges are
  stripped (leading U+3000 indents kept), every run of blank lines becomes one blank line, leading
  and trailing blank lines dropped, one final newline.
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` hold
  one description per page (metadata, the page's own template markup and stylesheet, the body as a
  list of blocks); `build.py` renders html/ and derives gold/ from the same body blocks;
  `make_raw.py`; `check.py`; `make_readme.py` (this file).

## Rebuild

    cd benchmarks/data/zh-blind93
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # title, authors, date and every paragraph occur in raw-chromium/ and raw/
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题/肩题, 副题, 原标题, site or section label. A headline
  printed on two lines (wp-11, wp-33) is joined without a space.
- **authors**: named writers/reporters incl. 通讯员 and 实习生, in printed order; never editors (责任编辑,
  编辑, 审核, 二审/三审, 监制, 值班主任), photographers (摄影, 摄像, 图/), 来源, 供稿单位 or the outlet.
  Spaced names without the spaces (王  静 → 王静); minority names keep the middle dot. A speech
  (wp-08): the speaker. Self-media: the person if one is named (wp-26 文 | …, wp-27 文字：…, wp-28 作者 | …,
  wp-30 作者：…), else the account name (wp-25, wp-29). Official documents and notices with no
  writer: `[]` (a 解读人 named as the interpreting official in wp-05 is not a writer). English: the
  `By …` names; wire copy with only a source (wp-18): `[]`.
- **publish_time**: the date/time as printed in the info bar (for e-paper, the issue date as printed),
  without its label or brackets; seconds and weekday kept when printed with it. For official
  documents the page's 发布日期/发布时间 is used, not the 成文日期.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl. the
  header row, non-empty cells joined by one space) in reading order. Official documents: the 主送
  line, 署名 and 成文日期 are body; the 文号 line and 「（此件主动公开）」 are not. Bylines inside a
  paragraph (本报讯（记者 …）, 新华社…电（记者…）, a closing （…）) stay there; byline lines on their own,
  原标题 lines, 引题/副题, captions and alt text, editor lines, source lines, 附件 lines, buttons,
  related lists, hashtags and footers are not body.

## Features page by page

"""

LICENSE = """zh-blind93 test set

All pages, articles, names, numbers, document numbers, phone numbers, ICP and registration numbers
in this folder are invented for this test set; they do not reproduce any real article. Site and
outlet names are used only to imitate kinds of page templates.

To the extent possible under law, the authors have dedicated all copyright and related rights in
this test set (html/, raw/, raw-chromium/, gold/, src/, README.md) to the public domain worldwide
under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/
"""


def main():
    pages = all_pages()
    out = [HEAD]
    for pg in pages:
        out.append(f"- **{pg['id']}** ({pg['kind']}): {pg['features']}\n")
    out.append("\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for pg in pages:
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        title = g["title"].replace("|", "\\|")
        au = ", ".join(g["authors"]) if g["authors"] else "[]"
        out.append(f"| {g['id']} | {g['kind']} | {title} | {au} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    with open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8") as f:
        f.write(LICENSE)
    print("README.md and LICENSE written")


if __name__ == "__main__":
    main()
