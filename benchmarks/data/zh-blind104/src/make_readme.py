#!/usr/bin/env python3
"""Write README.md (conventions + per-page features + table) from the page descriptions."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import PAGES, ROOT

HEAD = """# zh-blind104: a blind test set of invented Chinese news pages

40 invented web pages imitating the templates of kinds of real Chinese sites (mostly of 湖北,
福建, 青海 and 天津: district/county governments, 乡镇, 村, departments, city and provincial media,
portals, TV/radio sites, e-paper, self-media, universities, a hospital, a court, a state enterprise,
an association), for testing a raw-text article reader that must find the headline, the authors,
the publish date and the body paragraphs in a whole-page select-all copy. Every article, name,
number, 文号, phone number and ICP/公网安备 number is made up (phone and ICP numbers contain an `X`
on purpose); no real article was copied. Site templates were invented for this set; no two pages
of the same kind share a template, and the designs span old table layouts, 2010s portals,
responsive pages and app share pages.

| kind | pages | ids |
|---|---|---|
| government (省/市/区县 portals and departments, 乡镇, 村) | 12 | va-01 … va-12 |
| media (central/provincial/city media, portals, TV/radio; va-17 and va-18 in English) | 12 | va-13 … va-24 |
| self-media (头条号, 百家号, 微信公众号, 澎湃号, 网易号, 微博 article) | 6 | va-25 … va-30 |
| newspaper e-paper | 5 | va-31 … va-35 |
| institutions (university, hospital, court, state enterprise, association) | 5 | va-36 … va-40 |

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` without src or with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium`
  (Debian chromium, JavaScript and network off; `_manifest.json` records the build).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, ASCII spaces at line
  edges are stripped (leading U+3000 indents kept), every run of blank lines becomes one blank
  line, leading/trailing blank lines dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `lib.py` (renderer: one page description -> html + gold; the gold body is computed from
  the same blocks that are rendered as body), `pages_gov.py`, `pages_media.py`, `pages_self.py`,
  `pages_epaper.py`, `pages_inst.py` (the 40 page descriptions), `build.py`, `make_raw.py`,
  `check.py`, `make_readme.py`.

## Rebuild

    cd zh-blind104
    python3 src/build.py                 # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py              # raw/
    python3 src/check.py                 # title/authors/date/paragraphs occur in raw-chromium/ and raw/ (modulo white space); body lengths
    python3 src/make_readme.py           # this file

`check.py` reports 0 problems on the shipped files (all 40 pages; bodies 300–1200 characters
without white space).

## Gold conventions

Follows `../shared/corpus/README.md`, plus:

- **title**: the main headline (主标题) only; no 引题, 副题, 原标题, site or section label. A headline
  printed on two lines (`<br>`) is joined with no space (va-13, va-33).
- **authors**: named writers/reporters including 通讯员 and 实习生/见习记者, in printed order; never
  editors (编辑/责任编辑/责编/审核/签发/编审), photographers (摄像/摄影/图：), 来源, 供稿单位, 发布人 or the
  outlet. Spaced-out names are given without the spaces (`马　莉` -> 马莉, `郭  帆` -> 郭帆);
  the minority name keeps its middle dot (才让·卓玛). A speech (va-07): the speaker. Self-media:
  the person where one is named (va-26, va-27, va-29), else the account name (va-25, va-28, va-30).
  Official documents, notices, 公示 and 公开 with no writer: `[]`. English: the `By …` names (va-17);
  wire copy with only `Source: Xinhua` (va-18): `[]`.
- **publish_time**: as printed in the info bar, without label or brackets; seconds and a weekday
  printed next to the date are kept (va-19, va-31, va-32, va-35). Dates appear in many printed
  forms (`2024-05-14 16:22`, `2023年11月08日`, `2025/01/06`, `2024.05.12 19:45`, `08-14 07:50`,
  `2025-1-8 21:05`, `Aug 8, 2024`, `2024年05月06日16:18`). For official documents the 发布日期 of the
  page is the publish_time, not the 成文日期.
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row
  including the header row, non-empty cells joined by one space) in reading order. Official
  documents: the 主送 line, 附件 line when printed inside the text, 署名 and 成文日期 are body; the
  文号 line is not. Bylines inside a paragraph stay there (`本报讯（记者 …）`, `新华社…电（记者…）`,
  closing `（记者 吴  萍 实习生 张可馨）`, `（通讯员 严可 覃思雨）`); byline lines on their own
  (`文/…`, `作者 | …`, `本报记者 …`, `□记者 …`, `津云记者 …`), 原标题 lines, photo captions and alt
  text, editor/source/审核 lines, 特别声明/disclaimers, #话题# tags, buttons, related lists and
  footers are not body. Leading U+3000/nbsp indents are not part of the gold text.

## Things a scorer should know

- `check.py` compares modulo white space, so a gold name like 林燕 matches `林  燕` on the page and
  table rows match Chromium's tab-separated cells.
- Some gold items occur more than once on a page (the headline also in e-paper 本版标题
  lists and, on va-34, in the 版面图 alt text; an author also in a photo credit, va-13, va-33).
- va-36 prints an empty `浏览：` counter (a JavaScript counter on the real kind of site).
- Dates with no year (va-26 `08-14 07:50`) are gold as printed.
- va-38 is a court news item (not a judgment), so it has named authors.

## Features, page by page

"""


def main():
    out = [HEAD]
    for p in PAGES:
        out.append(f"- **{p['id']}** ({p['kind']}): {p['features']}\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for p in PAGES:
        g = json.load(open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8"))
        t = g["title"].replace("|", "\\|")
        a = "、".join(g["authors"]) if g["authors"] else "[]"
        out.append(f"| {g['id']} | {g['kind']} | {t} | {a} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
