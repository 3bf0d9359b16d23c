#!/usr/bin/env python3
"""Write README.md: fixed text plus the per-page feature notes and the table of all pages.

Usage (from the set folder):  python3 src/make_readme.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from build import load_pages  # noqa: E402

HEAD = """# zh-blind76: a blind test set of Chinese news pages

Forty invented web pages, `xy-01` … `xy-40`, for testing a raw-text article reader: a program that
gets a whole page as a clerk selected and copied it in a browser (banner, navigation, breadcrumb,
headline, info bar, body, share buttons, related lists, footer) and must find the headline, the
authors, the publish date and the body paragraphs. Every article, name, number, 文号, phone number,
ICP/公网安备 number and 网站标识码 is made up; place names are real, the sites and people are not.

The set is an ordinary week's mix for a district press office in 广东, 广西, 海南 and 云南: city and
county portals and their departments, a 街道, a township's 村务公开 column, city papers, a county
融媒体中心, TV and radio sites, e-papers, self-media accounts, a university, a hospital, a state
enterprise, a court and a school. Dates mostly fall in the week of 9–15 June 2025. No kind of
difficulty is weighted over another: most pages are plain, each with the few snags its kind of site
really has. Every page has its own invented template (own class names, own order of info bar,
headline and breadcrumb, own footer); no two pages of the same kind share one.

| kind | pages | ids |
|---|---|---|
| government (省/市/区县 portals and departments, 街道, 乡镇/村) | 12 | xy-01 … xy-12 |
| media (provincial, city and county media, portals, TV/radio; 2 English pages) | 12 | xy-13 … xy-24 |
| self-media (头条号, 百家号, 网易号, 搜狐号, 微信公众号, 澎湃号) | 6 | xy-25 … xy-30 |
| e-paper (引题/主题/副题, 版次 navigation, 本版标题) | 5 | xy-31 … xy-35 |
| institution (university, hospital, state enterprise, court, school) | 5 | xy-36 … xy-40 |

## Layout

- `html/<id>.html`: the saved page, UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` without src or 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `../shared/tools/chromium_text.py` (Debian Chromium, JavaScript and network off); `_manifest.json`
  records the Chromium version and per-page details.
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges are
  stripped (leading U+3000 indents kept), every run of blank lines becomes one blank line, leading
  and trailing blank lines dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}`.
- `src/`: `lib.py` (blocks, rendering, gold extraction), `pages/xyNN.py` (one description per page:
  META, BLOCKS, CSS, renderers and the page template), `build.py` (writes html/ and gold/ from the
  same blocks, so the gold body is exactly what is rendered as body), `make_raw.py`, `check.py`,
  `make_readme.py` (this file's notes and table).

## Rebuild

From this folder:

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # must end with "problems found: none"
    python3 src/make_readme.py

`check.py` verifies that the title, every author, the publish_time and every gold paragraph occur
(in gold order) in both raw-chromium/ and raw/ modulo white space, checks the gold schema, the ids
and kinds, the HTML rules, and prints each page's body length (characters without white space,
300–1200 wanted).

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题, 副题, 原标题, standfirst, site or section label.
  A headline printed on two lines (xy-09, xy-33) is joined with no space.
- **authors**: named writers and reporters incl. 通讯员, in printed order; never editors (责任编辑,
  编辑, 责编, 编审), reviewers (审核), photographers (摄影, 图/, 摄), 来源, 供稿 units or the outlet.
  Spaced-out names without the spaces (王  静 → 王静, 李  娜 → 李娜); minority names keep the middle
  dot (阿依古丽·买买提). A speech: the speaker (xy-11). Self-media: the person if one is named (文 |,
  作者｜, 原创 + name), else the account name. Official documents and notices with no writer: `[]`.
  English: the `By …` names; wire copy with only a source: `[]` (xy-20).
- **publish_time**: the date/time as printed in the info bar, without label or brackets; seconds
  kept; a weekday kept when printed right next to it (xy-31). When a page prints both 成文日期 and
  发布日期, the 发布日期 (xy-02). Self-media IP provinces (·广东, 广西) are not part of it.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  署名 and 成文日期 are body; the 文号 line, a repeated document title and a （此件主动公开） note are
  not. Bylines inside a paragraph (本报讯（记者 …）, 新华社…电（记者 …）, 羊城快报讯 记者…) stay there;
  byline lines on their own, 原标题 lines, standfirsts, 核心提示 boxes, pull quotes, captions and
  alt text, editor/source lines, buttons, disclaimers, related lists and footers are not body.

## Features page by page

"""


def main():
    mods = load_pages()
    out = [HEAD]
    for m in mods:
        out.append(f"- **{m.META['id']}** ({m.META['kind']}): {m.NOTES}\n")
    out.append("\n## All pages\n\n| id | kind | lang | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|---|\n")
    for m in mods:
        g = json.load(open(os.path.join(ROOT, "gold", m.META["id"] + ".json"), encoding="utf-8"))
        a = "; ".join(g["authors"]) if g["authors"] else "[]"
        t = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {t} | {a} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    out.append("\n## License\n\nCC0 1.0: see LICENSE. The pages are invented for this test set.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
