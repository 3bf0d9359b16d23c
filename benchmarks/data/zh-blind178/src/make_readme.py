#!/usr/bin/env python3
"""Write README.md (description + page table) from the page descriptions and gold/."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import PAGES
head = """# zh-blind178: a blind test set of invented Chinese news pages

40 invented web pages (ids tw-01 … tw-40) imitating page templates of Chinese sites from 辽宁, 江苏,
四川 and 广西: 12 government (county/district/city portals, departments, 街道/乡镇, 村), 12 media
(central, provincial, city media, portals, TV/radio; tw-18 and tw-22 are English pages of Chinese
outlets), 6 self-media (头条号, 微信公众号, 百家号, 网易号, 微博, 澎湃号), 5 newspaper e-paper pages and 5
institutions (university, hospital, court, state enterprise, association). All articles, names,
numbers, 文号, phone numbers and ICP numbers are made up. Each page template is invented for this set.

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, no external resources).
- `raw-chromium/<id>.txt`: Chromium select-all + copy (`../shared/tools/chromium_text.py`).
- `raw/<id>.txt`: "another browser's paste", made from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper,
  institutions): one description per page; `build.py` renders html/ and gold/ from the same blocks;
  `make_raw.py`; `check.py`; `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title/authors/date/paragraphs present in raw-chromium and raw; body lengths
    python3 src/make_readme.py

## Gold conventions

As in `../shared/corpus/README.md`, plus: title = 主标题 only (no 引题/副题/site label; a headline on
two lines is joined without space); authors = named writers/reporters incl. 通讯员 in printed order,
spaced names without the spaces, never editors/审核/photographers/来源/供稿单位; self-media: the person if
named, else the account; official documents with no writer and wire copy with only a source: `[]`;
a speech: the speaker. publish_time = as printed in the info bar, without label (weekday/seconds kept).
Body = prose, sub-headings, list lines, table rows (cells joined by one space, empty cells dropped);
for official documents the 主送 line, 署名 and 成文日期 are body, the 文号 line is not. Bylines inside a
paragraph stay (本报讯（记者…）, 新华社…电（记者…）, closing （孙悦 赵博文））; byline lines on their
own (记者 郭瑞, 文丨…, 作者 | …, （陆璐）), captions, alt text, editor/source lines, disclaimers,
attachments, buttons, related lists and footers are not body.

## Pages

| id | kind | title | authors | publish_time | paras | features |
|---|---|---|---|---|---|---|
"""
rows = []
for p in PAGES:
    g = json.load(open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} | {p.get('feat','').replace('|','/')} |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + "\n".join(rows) + "\n")
