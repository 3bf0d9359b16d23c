#!/usr/bin/env python3
"""Write README.md (with the page table from gold/) and LICENSE."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
R = """# zh-blind227

Blind test set: 40 invented Chinese (and 2 English) news pages imitating sites of 上海、辽宁、福建、青海,
as a clerk would copy them (select all + copy in Chromium). Every site, person, number, 文号, phone,
ICP/公网安备 number is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | rt-01 … rt-12 |
| media | 12 | rt-13 … rt-24 (rt-19, rt-20 English) |
| self-media | 6 | rt-25 … rt-30 |
| e-paper | 5 | rt-31 … rt-35 |
| institution | 5 | rt-36 … rt-40 |

## Layout
- `html/<id>.html` page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)
- `raw-chromium/<id>.txt` from `python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium` (plus `_manifest.json`)
- `raw/<id>.txt` from `python3 src/make_raw.py`
- `gold/<id>.json` keys id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/` pages_*.py (hand-written page data), chrome.py (furniture), build.py, make_raw.py, check.py, readme.py

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py && python3 src/check.py && python3 src/readme.py
```

## Gold conventions
title = main headline only (no 引题/副题/site name; e-paper = 主题 under 本版标题; two-line headlines joined
without a space). authors = writers incl. 通讯员 in printed order, spaced names unspaced, · kept; never
编辑/审核/摄影/来源; speech = speaker; self-media = account name when no person named; notices without a
writer and wire copy = []. publish_time as printed without label. body_paragraphs = prose, sub-headings,
list lines, table rows (cells joined by one space); documents keep 主送/署名/成文日期, not the 文号 line;
in-paragraph bylines stay; standalone bylines, captions, editor/source lines, buttons, related lists,
footers are not body.

## Features covered
- 2010s table layout: rt-03, 04, 06, 12, 18, 23, 38; div portal: rt-01, 02, 07, 09, 10, 14, 16, 21, 36, 39; responsive grid: rt-05, 08, 11, 13, 15, 17, 22, 37, 40; app share pages: rt-24 … 30; e-paper: rt-31 … 35
- notices/通告/公示/批复/函 with 主送, 署名, 成文日期: rt-01, 04, 06, 07, 09, 39; 文号 line: rt-01, 06, 07, 39
- 信息公开 index table: rt-01, 02, 07; 政策解读: rt-02, 11; speech: rt-03
- tables: rt-04, 17, 37; lists: rt-09, 39; sub-headings: rt-01, 02, 03, 11, 15, 26, 27, 34, 37; photos+captions: rt-05, 11, 13, 19, 23, 24, 33, 38
- 引题/副题: rt-13, 31, 33, 34, 35; two-line headline: rt-09, 15, 33
- bylines: info bar rt-02, 05, 12, 23, 36, 37; 本报讯（记者 … 通讯员 …）rt-14; standalone first line rt-08, 17, 24, 26; closing line rt-18; names in parentheses ending last paragraph rt-10, 21; 文/图 rt-05, 33, 38; spaced names rt-12, 15, 24, 32, 38; minority names with · rt-18; account names rt-25, 27, 29, 30; wire copy with only a source rt-16, 20
- date forms: 2025-03-18, 2025年04月02日 10:15, 2025/09/15, 2025.04.28, seconds (rt-05, 17, 23, 26), single digits (rt-06, 12, 18, 29, 11), English (rt-19), short forms (rt-24, 30)
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体】, 【打印】【关闭】, view counts, share, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(R)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("CC0 1.0 Universal\n\nThe person who associated a work with this deed has dedicated the work to the public domain by waiving all of his or her rights to the work worldwide under copyright law, including all related and neighboring rights, to the extent allowed by law.\nYou can copy, modify, distribute and perform the work, even for commercial purposes, all without asking permission.\nSee https://creativecommons.org/publicdomain/zero/1.0/legalcode\n\nEverything in zh-blind227 (sites, people, numbers, 文号, phone numbers, ICP numbers, texts) is invented.\n")
