#!/usr/bin/env python3
"""Write README.md (with the page table from gold/) and LICENSE."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = [json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")) for f in sorted(os.listdir(os.path.join(ROOT, "gold")))]
rows = "\n".join(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |" for g in G)
kinds = {}
for g in G: kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
readme = f"""# zh-blind226

A blind test set of 40 invented Chinese (and 2 English) news pages, as a clerk would copy them from a browser
(select all, copy). Sites imitate those of 北京、河北、湖北、云南. Everything — sites, people, numbers, 文号,
phones, ICP numbers — is invented.

| kind | pages | ids |
|---|---|---|
| government | {kinds['government']} | rs-01 … rs-12 |
| media | {kinds['media']} | rs-13 … rs-24 (rs-19, rs-20 English) |
| self-media | {kinds['self-media']} | rs-25 … rs-30 |
| e-paper | {kinds['e-paper']} | rs-31 … rs-35 |
| institution | {kinds['institution']} | rs-36 … rs-40 |

## Layout
- `html/<id>.html` page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)
- `raw-chromium/<id>.txt` Chromium select-all/copy text (+ `_manifest.json`)
- `raw/<id>.txt` normalised from raw-chromium by `src/make_raw.py`
- `gold/<id>.json` id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/` gen_gov.py, gen_media.py, gen_rest.py (pages), common.py, make_raw.py, check.py, readme.py

## Rebuild
```
cd src && python3 gen_gov.py && python3 gen_media.py && python3 gen_rest.py && cd ..
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py && python3 src/check.py && python3 src/readme.py
```

## Gold conventions
title = main headline only (no 引题/副题/site/【label】; e-paper: 主题 under 本版标题; two-line headline joined).
authors = writers incl. 通讯员 in printed order, spaced names unspaced, minority · kept; never 编辑/审核/摄影/来源;
speech: speaker; self-media without a person: account name; notices and source-only wire copy: [].
publish_time as printed without label. body = prose, sub-headings, list lines, table rows (cells joined by a space);
documents keep 主送/署名/成文日期 but not the 文号 line; in-paragraph bylines kept; standalone bylines, captions,
editor/source lines, buttons, related lists, footers excluded.

## Features covered
- 2010s table layout: rs-01, rs-04, rs-07, rs-11; div portals: rs-02 … rs-12, rs-13 … rs-24; app share pages: rs-18, rs-25 … rs-30; responsive: rs-36 … rs-40
- notices/通告/公示/批复/函 with 主送, 署名, 成文日期: rs-01, rs-03, rs-04, rs-07, rs-08, rs-11, rs-39; 文号 line: rs-01, rs-04, rs-07
- 信息公开 index table: rs-02, rs-09; speech: rs-06; tables: rs-03, rs-15; lists: rs-11, rs-39; Q&A sub-headings: rs-02, rs-09, rs-23
- photos with captions: rs-05, rs-10, rs-13, rs-22, rs-38; 引题/副题: rs-13, rs-17, rs-23, rs-31 … rs-35; two-line headline: rs-14
- bylines: info bar rs-05, rs-15, rs-37; 本报讯（记者 … 通讯员 …） rs-13, rs-31; standalone first line rs-14, rs-18, rs-21, rs-22, rs-32, rs-35; closing line rs-17, rs-33; parentheses ending last paragraph rs-12, rs-23, rs-36; 文/图 rs-10, rs-22; spaced names rs-13, rs-35; minority · names rs-12, rs-22
- self-media account without person: rs-25, rs-27 … rs-30; wire/source only: rs-16, rs-20, rs-24, rs-34
- date forms: 2025-03-18 style, 年月日 时分, 2025/…, 2025.…, seconds, single digits, English (rs-19), short (rs-18, rs-28)
- furniture: 无障碍/长者模式, search boxes, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码, 编辑/审核 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
"""CC0 1.0 Universal

All content in this set (pages, text, names, organisations, numbers, document numbers, phone and ICP numbers)
is invented. To the extent possible under law, the authors have waived all copyright and related or
neighboring rights to this work under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/
""")
print("README.md and LICENSE written")
