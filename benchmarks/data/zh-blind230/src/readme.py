#!/usr/bin/env python3
"""Write README.md (with the page table from gold/) and LICENSE."""
import os, glob, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
    g = json.load(open(f, encoding='utf-8'))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
README = f"""# zh-blind230

A blind test set of 40 invented Chinese (and two English) web pages imitating an ordinary week's pages
from sites of 天津、吉林、江西、西藏. Each page comes with the text a clerk gets by select-all + copy in
Chromium, and a hand-written gold record. Everything (sites, people, numbers, 文号, phones, ICP numbers)
is invented.

## Kinds
| kind | ids |
|---|---|
| government | rw-01 … rw-12 |
| media | rw-13 … rw-24 (rw-19, rw-20 English) |
| self-media | rw-25 … rw-30 |
| e-paper | rw-31 … rw-35 |
| institution | rw-36 … rw-40 |

## Layout
- `html/<id>.html` page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images; rw-01 declares gb2312)
- `raw-chromium/<id>.txt` from `/work/shared/tools/chromium_text.py` (never hand-edited), with `_manifest.json`
- `raw/<id>.txt` from `src/make_raw.py`
- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/`: `pages_a.py`…`pages_d.py`, `pages_extra.py` (hand-written page data), `build.py`, `make_raw.py`, `check.py`, `readme.py`

## Rebuild
```
cd /work/scratch/zh-blind230
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
title = main headline only (no 引题/副题/site name); e-paper = 主题 as in 本版标题; two-line headlines joined
without a space. authors = writers incl. 通讯员 in printed order, spaced names unspaced, minority names keep ·;
never 编辑/审核/摄影/来源; speech = speaker; self-media = account name when no person named; notices without
writer and wire copy = []. publish_time as printed without label. body_paragraphs = prose, sub-headings, list
lines, table rows (cells joined by one space); documents keep 主送/署名/成文日期 but not the 文号 line; inline
bylines stay; standalone bylines, captions, editor/source lines, buttons, related lists, footers excluded.

## Features covered
- notices/通知/通告/公示/批复/函 with 主送, 署名, 成文日期: rw-01, rw-04, rw-06, rw-09, rw-11, rw-39; 文号 line: rw-01, rw-06, rw-11, rw-39
- 信息公开 index table: rw-02, rw-06; 政策解读: rw-02; speech: rw-05
- tables: rw-04, rw-38; lists: rw-28; sub-headings: rw-02, rw-05, rw-21, rw-26; photos with captions: rw-03, rw-07, rw-10, rw-13, rw-18, rw-20, rw-33, rw-36, rw-40
- 引题/副题: rw-13, rw-23, rw-31–rw-35; two-line headline: rw-16, rw-32
- bylines: info bar rw-03, rw-08, rw-18, rw-24, rw-36; 本报讯（记者…通讯员…） rw-14, rw-31, rw-32; standalone first line rw-10, rw-21, rw-33, rw-37; closing line rw-22, rw-23, rw-34; parentheses ending last paragraph rw-12, rw-35; 文/图 rw-10, rw-33; spaced names rw-03, rw-13, rw-22, rw-35; names with · rw-08; wire copy with only a source rw-17; self-media accounts rw-25–rw-28, rw-30
- dates: 2025-03-18 (rw-01), 2025年04月02日 10:15 (rw-02), 2025/09/15 (rw-03), 2025.04.28 (rw-04), seconds (rw-06, rw-12, rw-18), single digits (rw-08, rw-38), English (rw-19), short form (rw-17)
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines
- layouts: 2010s tables (rw-01, rw-05, rw-08, rw-11, rw-24, rw-38), div portals, responsive grids, app share pages (rw-17, rw-25–rw-28, rw-30), e-paper (rw-31–rw-35)

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + '\n'.join(rows) + '\n'
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write(README)
open(os.path.join(ROOT, 'LICENSE'), 'w', encoding='utf-8').write(
"""CC0 1.0 Universal

To the extent possible under law, the authors have waived all copyright and related or neighboring
rights to zh-blind230. Full text: https://creativecommons.org/publicdomain/zero/1.0/legalcode

Everything in this set (sites, organisations, people, numbers, 文号, phone numbers, ICP and 公网安备
numbers, events) is invented; any resemblance to real pages is coincidental.
""")
