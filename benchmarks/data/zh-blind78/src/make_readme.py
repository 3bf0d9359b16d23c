#!/usr/bin/env python3
"""Write README.md: the fixed text below, the features of every page (NOTES of src/pages/waNN.py)
and a table of all pages made from gold/."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

HEAD = """# zh-blind78: a blind test set of Chinese news pages

Forty invented web pages (`wa-01` … `wa-40`) for testing a raw-text article reader: a program that
gets a whole page as a clerk selected and copied it in a browser (banner, navigation, breadcrumb,
headline, info bar, body, share buttons, related lists, footer) and must find the headline, the
authors, the publish date and the body paragraphs. The set was made without looking at the reader.

The pages imitate the templates of the kinds of sites a district press office in 山东, 河北, 辽宁 and
吉林 receives in an ordinary week (14–20 April 2025): city, district, county, 街道, 乡镇 and 村 pages
of government portals and their departments, central/provincial/city media, county 融媒体中心, TV and
radio sites, self-media platforms, newspaper e-paper editions, and institutions (university,
hospital, state enterprise, trade association, court). Every site template was written for this set
(own class names, own order of breadcrumb / headline / info bar, own footer); no two pages share a
template. Place names are real geography; every article, person, number, 文号, phone number, ICP/公网安备
number and site-identification code is made up. Difficulties are those of ordinary pages, spread
across the set rather than piled on a few cases: most pages are plain news items with the usual
furniture, and the harder features (editor lines next to authors, bylines inside paragraphs, 引题/副题
stacks, 原标题 lines, metadata tables with two dates, glued info bars, spaced names, tables, lists)
each occur a few times.

| kind | pages | ids |
|---|---|---|
| government: 省/市/区县 portals and departments, 街道/乡镇, 村 | 12 | wa-01 … wa-12 |
| media: central, provincial and city media, portals, TV/radio (wa-21, wa-22 in English) | 12 | wa-13 … wa-24 |
| self-media: 微信公众号, 头条号, 百家号, 搜狐号, 澎湃号, 微博 article | 6 | wa-25 … wa-30 |
| newspaper e-paper (数字报/电子版) | 5 | wa-31 … wa-35 |
| institutions | 5 | wa-36 … wa-40 |

## Layout

- `html/<id>.html`: the saved page, UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts,
  no external resources (images are `<img alt=…>` without src or with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (Debian chromium,
  JavaScript and network off; `_manifest.json` records the version and flags).
- `raw/<id>.txt`: "a clerk's paste from another browser", made from raw-chromium by `src/make_raw.py`:
  each tab (with spaces around it) becomes one space, spaces at line edges are stripped (leading
  U+3000 indents kept), every run of blank lines becomes one blank line, leading and trailing blank
  lines are dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}`.
- `src/pages/waNN.py`: one description per page: gold title/authors/date, the stylesheet, the site
  template with a `{{BODY}}` slot, and the article as typed blocks (paragraph, sub-heading, list item,
  table row, 署名, caption, byline, editor line …). `src/build.py` renders the blocks into the template
  and writes the gold body from the same blocks, so the gold body is exactly what is rendered as body.
- `src/make_raw.py`, `src/check.py`, `src/make_readme.py`, `src/rebuild.sh`.

## Rebuild

    sh src/rebuild.sh        # build.py, chromium_text.py, make_raw.py, make_readme.py, check.py

`src/check.py` verifies that the title, every author, the publish_time and every gold paragraph occur
in both `raw-chromium/<id>.txt` and `raw/<id>.txt` modulo white space (and the paragraphs in reading
order), that raw/ is make_raw(raw-chromium/), the HTML rules above, the page counts per kind and body
lengths of 300–1200 characters (white space not counted); it prints the body length of every page
and ends with `problems found: none` when all is well.

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only; no 引题, 副题, 原标题, site, column or program label, no
  badge such as 政策解读. A headline printed on two lines (wa-32) is joined without a space.
- **authors**: named writers and reporters including 通讯员, in printed order; never editors
  (责任编辑/编辑/责编/审核/终审), photographers (摄影, 图/, … 摄), 来源, 发布者 units or the outlet.
  Spaced names lose their spaces (王&nbsp;&nbsp;丹 → 王丹, 王　静 → 王静); the minority name 额尔敦·其其格 keeps
  its middle dot. A speech: the speaker (wa-07). Self-media: the person if one is named (wa-25, wa-28,
  wa-29), else the account name (wa-26, wa-27, wa-30). Official documents and notices with no writer:
  `[]`. English: the `By …` name; wire copy with only a source (wa-22): `[]`.
- **publish_time**: as printed in the info bar (for e-paper: the edition date in the masthead or page
  bar), without its label or brackets; seconds and weekday kept when printed with it. Where a 信息公开
  table gives both 成文日期 and 发布日期 (wa-03), the 发布日期.
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row including
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  署名 and 成文日期 are body, the 文号 line is not. A byline inside a paragraph stays there
  (新华社…电（记者…）, 本报讯（记者…）, 本报讯 记者…报道, a closing （陈东 刘慧敏）); byline lines on their
  own, 原标题 lines, captions and alt text, editor/source lines, 声明 boxes, hashtags, buttons,
  related lists and footers are not body. Indents (U+3000) are not part of the gold text.

## Features page by page

"""


def main():
    out = [HEAD]
    mods = [build.load(p) for p in build.page_files()]
    for m in mods:
        out.append(f"- **{m.ID}** ({m.KIND}, {m.LANG}): {m.NOTES}\n")
    out.append("\n## All pages\n\n")
    out.append("| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for m in mods:
        g = json.load(open(os.path.join(ROOT, "gold", m.ID + ".json"), encoding="utf-8"))
        authors = ", ".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {title} | {authors} | {g['publish_time']} | "
                   f"{len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
