#!/usr/bin/env python3
"""Write README.md (with the table of pages generated from gold/) for zh-blind222."""
import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    rows.append(f"| {d['id']} | {d['kind']} | {d['title']} | {'、'.join(d['authors']) or '—'} | {d['publish_time']} | {len(d['body_paragraphs'])} | CC0-1.0 |")
TEXT = """# zh-blind222 — blind test set of copied Chinese news pages

A blind test set for a program that extracts news articles from the plain text a clerk gets by opening a
web page in a browser, pressing select-all and copy. 40 pages imitate an ordinary week of pages from sites
in 天津、山西、江西、甘肃. **Everything is invented**: sites, organisations, people, numbers, 文号, phone
numbers, ICP/公网安备 numbers and addresses. Nothing is copied from a real page.

## Kinds

| kind | pages | ids |
|---|---|---|
| government | 12 | ro-01 … ro-12 |
| media | 12 | ro-13 … ro-24 (ro-19, ro-20 in English) |
| self-media | 6 | ro-25 … ro-30 |
| e-paper | 5 | ro-31 … ro-35 |
| institution | 5 | ro-36 … ro-40 |

## Layout

- `html/<id>.html` — the page: UTF-8, one embedded `<style>`, no scripts, no external files; images are 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt` — headless Chromium select-all + copy (`/work/shared/tools/chromium_text.py`), never hand-edited; `_manifest.json` beside it.
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py`: tabs to one space, ASCII spaces stripped at line edges, runs of blank lines collapsed to one, trailing blank lines dropped.
- `gold/<id>.json` — keys `id`, `set` ("zh-blind222"), `lang` ("zh"/"en"), `kind`, `title`, `authors`, `publish_time`, `body_paragraphs`.
- `src/` — `common.py` (body mini-language, rendering), `templates.py` (8 layouts), `pages_*.py` (page specs), `build.py`, `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind222
python3 src/build.py            # html/ and gold/
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py         # raw/
python3 src/check.py            # exit 1 on any problem
python3 src/readme.py           # this file
```

## Gold conventions

- `title`: the main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; a two-line headline is joined without a space (ro-10, ro-17, ro-35).
- `authors`: writers/reporters incl. 通讯员 and 实习生, in printed order; spaced names unspaced (许　可 → 许可); minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: `[]`.
- `publish_time`: as printed, without its label.
- `body_paragraphs`: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- Layouts: 2010s table portal (ro-01, 03, 05, 06, 08, 10, 12); div portal with 信息公开 index table (ro-02, 04, 07, 09, 11); media portal with sidebar (ro-13, 15, 16, 18, 21, 23); responsive app share page (ro-14, 17, 22, 24); self-media platforms 头条号/网易号/百家号/微信公众号/澎湃号/小红书 (ro-25 … ro-30); 数字报 with 版面导航 and 本版标题 (ro-31 … ro-35); institution sites (ro-36 … ro-40); English sites (ro-19, ro-20).
- Documents: 通知 (ro-01, ro-12, ro-39), 政策解读 (ro-02, ro-11), 公示 (ro-04), 批复 (ro-06), 函 (ro-07), 通告 (ro-09); 文号 lines (ro-01, 06, 07, 09, 12); 主送, 署名, 成文日期; speech (ro-03).
- Body: tables (ro-04, ro-09, ro-22), lists (ro-01, 02, 08, 23, 25, 30), sub-headings, Q&A (ro-11, ro-21), photos with captions (ro-05, 10, 16, 21, 26, 36, 38), 引题/副题 (ro-13, 16, 31, 32, 33, 34).
- Bylines: info bar (ro-10, 14, 18, 22, 24, 36, 40), 本报讯（记者 … 通讯员 …） (ro-13), standalone first line (ro-03, 11, 16, 19, 27, 28, 32), closing line (ro-17, 21, 34), names in parentheses ending the last paragraph (ro-05, ro-23), 文/图 (ro-16, ro-21), spaced names (ro-03, 10, 11, 13, 16, 17, 21, 23, 32, 33), minority names with · (ro-24, ro-40), self-media account only (ro-25, 26, 29, 30), wire copy with only a source (ro-15).
- Dates: 2025-03-18, 2025年04月02日 10:15, 2025/09/15, 2025.04.28, seconds (ro-04, 17, 23, 26, 39), single digits (ro-06, 12, 24), English (ro-20), short form 08-12 (ro-30).
- Furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines.

## Pages

| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

## Licence

CC0 1.0 Universal (see `LICENSE`). All content is invented.
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(TEXT)
