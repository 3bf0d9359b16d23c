#!/usr/bin/env python3
"""Write README.md and LICENSE from gold/."""
import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
G = [json.loads(f.read_text(encoding='utf-8')) for f in sorted((root / 'gold').glob('*.json'))]
kinds = {}
for g in G: kinds.setdefault(g['kind'], []).append(g['id'])
rows = '\n'.join(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |" for g in G)
kt = '\n'.join(f'| {k} | {len(v)} | {v[0]} … {v[-1]} |' for k, v in kinds.items())
(root / 'README.md').write_text(f'''# zh-blind229

A blind test set of 40 invented Chinese (and two English) news pages imitating sites of 重庆、广西、黑龙江、天津,
for a program that extracts articles from the text a clerk gets by select-all + copy in a browser.
Everything (sites, people, numbers, 文号, phones, ICP numbers) is invented.

| kind | pages | ids |
|---|---|---|
{kt}

## Layout
- `html/<id>.html` — the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)
- `raw-chromium/<id>.txt` — Chromium select-all/copy text (`_manifest.json` too), never hand-edited
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py`
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/` — `lib.py`, `pages_*.py` (hand-written pages), `build.py`, `make_raw.py`, `check.py`, `readme.py`

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
title = main headline only (no 引题/副题/site/【label】; e-paper: the 主题 under 本版标题; two-line headline joined);
authors = writers incl. 通讯员 in printed order, spaced names unspaced, · kept, never 编辑/审核/摄影/来源;
speech → speaker; self-media with no person → account name; notices and source-only wire copy → [].
publish_time as printed without label. body = prose, sub-headings, list lines, table rows (cells joined by a space);
documents keep 主送/署名/成文日期 but not the 文号 line; in-paragraph bylines stay; standalone bylines,
captions, editor/source lines, buttons, related lists, footers are not body.

## Features covered
- 2010s table layouts: rv-01, rv-03, rv-06, rv-09, rv-11; div portals: rv-02, rv-04, rv-05, rv-07, rv-08, rv-10, rv-12; responsive grid: rv-13–rv-24; app share page: rv-17
- notices with 主送/署名/成文日期: rv-01 (文号 line), rv-04, rv-06 (文号 in info), rv-07 (函), rv-09 (通告), rv-11
- 信息公开 index table: rv-01, rv-02, rv-07; 政策解读: rv-02, rv-10; speech: rv-03
- tables: rv-04, rv-11, rv-38; lists: rv-02, rv-09, rv-27; sub-headings: rv-01, rv-02, rv-03, rv-10, rv-14, rv-23
- photos with captions: rv-08, rv-16, rv-17, rv-21, rv-23, rv-26; 引题/副题: rv-14, rv-23, rv-31–rv-35; two-line headline: rv-12, rv-22
- bylines: info bar rv-02, rv-08, rv-14; 本报讯（记者…通讯员…）rv-13, rv-32; standalone first line rv-16, rv-24, rv-31, rv-33, rv-35; closing line rv-22, rv-37, rv-39; names in parentheses ending last paragraph rv-05; 文/图 rv-21; spaced names rv-12, rv-16, rv-33, rv-34; minority names with · rv-17, rv-33; account names rv-25, rv-27–rv-30; source-only wire copy rv-15, rv-20
- dates: 2025-03-18, 2025年04月02日 10:15, 2025/03/09, 2025.04.28, with seconds (rv-05, rv-12, rv-15, rv-40), single digits (rv-10, rv-16, rv-38), English (rv-19), short forms (rv-17, rv-29)
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码, 编辑/审核 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}
''', encoding='utf-8')
(root / 'LICENSE').write_text('''CC0 1.0 Universal

All pages, names, organisations, numbers, document numbers, phone numbers and ICP numbers in this set are invented.
To the extent possible under law, the authors have waived all copyright and related or neighboring rights to
this work under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/legalcode
''', encoding='utf-8')
print('README.md, LICENSE written')
