#!/usr/bin/env python3
"""Write README.md from the page descriptions and the gold files."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

HEAD = """# zh-blind90: a blind test set of Chinese news pages

40 invented web pages (`wm-01` … `wm-40`) for measuring a raw-text article reader: a program
that gets a whole page as a clerk selected and copied it in a browser and must find the
headline, the authors, the publish date and the body paragraphs. The pages imitate the templates
of kinds of sites of 广东, 四川, 河南 and 甘肃 (city and county governments, 街道/乡镇/村,
departments, central/provincial/city media, county 融媒体中心, TV/radio, e-paper, self-media,
universities, hospitals, schools, state enterprises, courts): an ordinary week's mix
(17–23 March 2025) of what a district press office receives, with no kind of difficulty weighted
over another. Every article, person, number, 文号, phone number and ICP/公网安备 number is made
up; outlet and place names are used only to imitate the look of such sites. Each page has its
own invented template (six page skeletons — 2010s tables with the side column left or right,
div layouts with the side column before or after the article, 2020s semantic layouts, e-paper
and mobile columns — combined with page-specific furniture, info bars and styles; no two pages
of one kind share one).

| kind | pages | ids |
|---|---|---|
| government | 12 | wm-01 … wm-12 |
| media (2 English) | 12 | wm-13 … wm-24 |
| self-media | 6 | wm-25 … wm-30 |
| e-paper | 5 | wm-31 … wm-35 |
| institution | 5 | wm-36 … wm-40 |

## Layout

- `html/<id>.html`: the saved page (UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources; images are `<img alt=…>` without src).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `../shared/tools/chromium_text.py` (Debian chromium; `_manifest.json` records the build).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py` (tabs with their spaces → one space, spaces at line edges stripped with
  U+3000 indents kept, runs of blank lines → one, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py`
  (one description per page), `build.py` (renders html/ and gold/ from the same blocks, so the
  gold body is exactly the blocks rendered as body), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    cd zh-blind90
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title, authors, date and every paragraph occur in raw-chromium/ and raw/
    python3 src/make_readme.py

## Gold conventions

As `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only — no 引题, 副题, 原标题, site or section label; a
  headline printed on two lines is joined with no space (Chinese) or one space (English).
- **authors**: named writers/reporters incl. 通讯员 and 实习生, in printed order; never editors
  (责任编辑/编辑/审核/终审/二审/三审), photographers (摄影/摄像/图片), 来源, 供稿单位 or the outlet.
  Spaced-out names without the spaces. A speech: the speaker. Self-media: the person if one is
  named, else the account name. Official documents and notices with no writer: `[]`. English:
  the `By …` names; wire copy with only a source: `[]`.
- **publish_time**: as printed in the info bar (or the e-paper masthead), without its label or
  brackets; seconds and weekday kept when printed next to it.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  署名 and 成文日期 are body; the 文号 line is not. Bylines inside a paragraph stay there
  (`人民网成都3月17日电（记者 …）`, `本报讯（记者 …）`, closing `（杨晓燕 何川）`); byline lines on
  their own (`本报记者 X`, `通讯员 X 记者 Y`), 原标题 lines, captions and alt text, editor lines,
  source lines, hashtags, buttons, related lists and footers are not body.

## Features page by page

"""


def main():
    pages = all_pages()
    out = [HEAD]
    for p in pages:
        out.append(f"- **{p['id']}** ({p['kind']}): {p['features']}\n")
    out.append("\n## All pages\n\n| id | kind | lang | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|---|\n")
    for p in pages:
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        out.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {g['title']} | {'、'.join(g['authors']) or '[]'} "
                   f"| {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    out.append("\nLicense: CC0 (see `LICENSE`); all pages are invented for this test set.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
