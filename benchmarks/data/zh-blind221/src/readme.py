#!/usr/bin/env python3
"""Write README.md (with the page table from gold/) and LICENSE."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(f, encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
FEAT = """| feature | ids |
|---|---|
| 2010s table layout | rn-01, rn-05, rn-08, rn-11, rn-16, rn-22 |
| div portal | rn-02, rn-04, rn-07, rn-10, rn-13, rn-15, rn-18, rn-20, rn-21, rn-24 |
| responsive grid | rn-03, rn-06, rn-09, rn-12, rn-14, rn-17, rn-19, rn-23 |
| app share page | rn-25 … rn-30 |
| e-paper (版面 navigation, 本版标题, 引题/主题/副题) | rn-31 … rn-35 |
| institution template | rn-36 … rn-40 |
| notice/通知/通告/公示/批复/函 with 主送, 署名, 成文日期 | rn-01, rn-04, rn-05, rn-07, rn-09, rn-11 |
| 文号 line (not body) | rn-01, rn-05, rn-09 |
| 信息公开 index table | rn-02, rn-09 |
| speech (author = speaker) | rn-06 |
| tables (rows as paragraphs) | rn-04, rn-07, rn-34 |
| lists | rn-02, rn-24, rn-27, rn-38 |
| sub-headings | rn-01, rn-02, rn-06, rn-12, rn-22, rn-25, rn-26, rn-32 |
| photos with captions | rn-03, rn-08, rn-13, rn-15, rn-19, rn-23, rn-36, rn-38 |
| 引题 / 副题 | rn-06, rn-13, rn-14, rn-23, rn-31 … rn-35 |
| two-line headline | rn-10, rn-22 |
| byline in info bar | rn-03, rn-08, rn-13, rn-15, rn-19, rn-22, rn-32, rn-36 |
| 本报讯（记者 … 通讯员 …） in first paragraph | rn-14, rn-31 |
| standalone first-line byline | rn-10, rn-18, rn-21, rn-30, rn-35 |
| standalone closing byline | rn-16, rn-24, rn-33, rn-34, rn-40 |
| names in parentheses ending last paragraph | rn-23, rn-37 |
| 文/图, spaced names (许　可), minority name with · | rn-16, rn-18, rn-21, rn-32, rn-15 |
| self-media account name as author | rn-25 … rn-29 |
| wire copy with source only (authors []) | rn-17, rn-20 |
| English pages | rn-19, rn-20 |
| dates: ISO, 年月日 with time, slashes, dots, seconds, single digits, English, short | rn-01, rn-02, rn-03, rn-05, rn-07, rn-04, rn-19, rn-28 |
| furniture: 无障碍/长者模式, search, login, breadcrumbs, 字体, 打印/关闭, views, share, QR, related, 上一篇/下一篇, ICP footers, 编辑/审核 | throughout |"""
txt = f"""# zh-blind221

A blind test set of 40 invented Chinese (and two English) news-like web pages, as a clerk would get
them by opening the page in a browser, selecting all and copying. Sites imitate those of 陕西、安徽、
宁夏、广东. Everything (sites, people, numbers, 文号, phones, ICP numbers) is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | rn-01 … rn-12 |
| media | 12 | rn-13 … rn-24 (rn-19, rn-20 in English) |
| self-media | 6 | rn-25 … rn-30 |
| e-paper | 5 | rn-31 … rn-35 |
| institution | 5 | rn-36 … rn-40 |

## Layout
- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, images as 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium select-all + copy, made by `/work/shared/tools/chromium_text.py` (with `_manifest.json`).
- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/`: `sites.py`, `pages_a.py`, `pages_b.py`, `extra.py` (page specs), `render.py` (writes html and gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/render.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; a two-line headline joined without a space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
{FEAT}

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(txt)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal

All pages, texts, names, organisations, numbers, document numbers, phone numbers and ICP numbers in
this set are invented. To the extent possible under law, the authors have waived all copyright and
related or neighboring rights to this work under CC0 1.0 Universal
(https://creativecommons.org/publicdomain/zero/1.0/). This work is published from: China.
""")
print("README.md and LICENSE written")
