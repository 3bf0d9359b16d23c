#!/usr/bin/env python3
"""Write README.md from the page descriptions (FEATURES) and the gold files.

Usage (from the set folder):  python3 src/make_readme.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import load_pages  # noqa: E402

HEAD = """# zh-blind72: a blind test set of Chinese news pages

40 invented web pages (`xu-01` … `xu-40`) for testing a raw-text article reader: the input is the whole
page as a clerk selected and copied it in a browser (banner, navigation, breadcrumb, headline, info bar,
body, share buttons, related lists, footer), and the reader must find the headline, the authors, the
publish date and the body paragraphs.

The pages imitate the templates of sites of 黑龙江, 宁夏, 青海 and 新疆: prefecture, county and district
governments and their departments, 街道, 乡镇 and a village page; central, provincial, city and county
media, a TV and a radio site and two English-language pages; self-media platforms; newspaper e-papers;
a college, a hospital, a state enterprise, an association and a court. It is meant as an ordinary week's
mix, the kind of pages a district press office receives (all dated 8–14 September 2025), with
no kind of difficulty weighted over another, so that it estimates how a reader does on a normal day.
Every template was invented for this set (own class names, own order of breadcrumb, headline and info
bar, own footer); no two pages share one. All articles, names, numbers, 文号, phone numbers, ICP and
公网安备 numbers, addresses and the outlets' site names are made up; place names are real.

| kind | pages | ids |
|---|---|---|
| government (portals, departments, 街道/乡镇, 村) | 12 | xu-01 … xu-12 |
| media (central, provincial, city, county, TV, radio; xu-18 and xu-19 in English) | 12 | xu-13 … xu-24 |
| self-media (头条号, 百家号, 微信公众号, 网易号, 搜狐号, 微博文章) | 6 | xu-25 … xu-30 |
| e-paper (电子版/数字报) | 5 | xu-31 … xu-35 |
| institution (college, hospital, state enterprise, association, court) | 5 | xu-36 … xu-40 |

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts,
  no external resources (images are `<img alt=…>` without `src` or with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium`
  (Debian chromium, {chromium}; `_manifest.json` is the tool's record of the run).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`:
  each tab (with the spaces around it) becomes one space, spaces at line edges are stripped (leading
  U+3000 indents are kept), every run of blank lines becomes one blank line, leading and trailing blank
  lines are dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{{"id", "set": "zh-blind72", "lang", "kind", "title", "authors", "publish_time",
  "body_paragraphs"}}`.
- `src/`: `lib.py` (block types and rendering), `pages/xu_NN.py` (one page description each: META,
  BODY blocks, FEATURES and the page's own template), `build.py` (writes html/ and gold/),
  `make_raw.py`, `check.py`, `make_readme.py` (this file's generator).

## Rebuild

    cd benchmarks/data/zh-blind72
    python3 src/build.py                                   # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                                # raw/ from raw-chromium/
    python3 src/check.py                                   # must end with "problems found: none"
    python3 src/make_readme.py                             # this README

Each page description lists its body as blocks (paragraph, sub-heading, list, table, picture, other
markup); the template renders those blocks, and the gold `body_paragraphs` are taken from the same
blocks, so the gold body is exactly what is rendered as body. `check.py` verifies that the title, every
author, the publish_time and every gold paragraph (in order) occur in both raw-chromium/ and raw/ modulo
white space, that raw/ is make_raw(raw-chromium/), the gold fields and page counts, and the html rules;
it prints the body length of every page (characters without white space; for English, characters with
single spaces; all are within 300–1200).

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题, 副题, 原标题, site or section label. A headline
  printed on two lines (xu-15, xu-35) is joined with no space. A space printed inside one headline line is
  kept as printed.
- **authors**: the named writers/reporters incl. 通讯员, in printed order; never editors (责任编辑/编辑/
  责编), reviewers (审核/校对), photographers (摄影/摄/图/摄像), announcers (播音), 来源, 供稿 units or the
  outlet. Spaced-out names are given without the spaces (孙  悦 → 孙悦); Uyghur and Kazakh names keep
  the middle dot. A speech: the speaker (xu-07). Self-media: the person if one is named (xu-26 文｜,
  xu-27 原创/作者 |), otherwise the account name. Official documents, notices and 公示 with no writer,
  a commentary signed only 本报评论员 (xu-33) and an English wire story with only a source (xu-19): `[]`.
  English: the `By …` names.
- **publish_time**: the date/time as printed in the info bar (for e-papers the issue date in the page
  header), without its label or brackets; seconds and weekday are kept when printed next to it. Where a
  page also prints another date (成文日期 in an index table, a speech date, the date of the day in a top
  bar) the publish date is the one labelled or placed as the publication date.
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row incl. the
  header row, cells joined by one space; a key/value table without a header gives one paragraph per
  row) in reading order. Official documents: the 主送 line, 署名 and 成文日期 are body; the 文号 line is
  not. A byline inside a paragraph stays there (本报讯（记者 …）, 新华社…电（记者…）, 本台消息（记者 …）,
  a closing （记者 … 通讯员 …） ending the last paragraph). Not body: byline lines on their own, 原标题
  lines, captions and alt text, editor/review lines, source lines, platform statements (声明), buttons,
  related lists, 上一篇/下一篇, 附件 links, footers. Paragraph indents (U+3000, &nbsp;) are not part of
  the gold text; no-break spaces inside a paragraph are given as ordinary spaces.

## Features page by page

{features}

## Pages

| id | kind | lang | title | authors | publish_time | paras |
|---|---|---|---|---|---|---|
{table}
"""


def main():
    chromium = "version unknown"
    man = os.path.join(ROOT, "raw-chromium", "_manifest.json")
    if os.path.exists(man):
        chromium = json.load(open(man, encoding="utf-8")).get("chromium") or chromium
    feats, rows = [], []
    for m in load_pages():
        pid = m.META["id"]
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        feats.append(f"- **{pid}**: {m.FEATURES}")
        authors = "、".join(g["authors"]) if g["authors"] else "[]"
        if g["lang"] == "en":
            authors = ", ".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        rows.append(f"| {pid} | {g['kind']} | {g['lang']} | {title} | {authors} | {g['publish_time']} | "
                    f"{len(g['body_paragraphs'])} |")
    text = HEAD.format(chromium=chromium, features="\n".join(feats), table="\n".join(rows))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("README.md written")


if __name__ == "__main__":
    main()
