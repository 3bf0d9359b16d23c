#!/usr/bin/env python3
"""Write README.md and LICENSE from gold/."""
import json, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = [json.load(open(os.path.join(base, 'gold', f), encoding='utf-8')) for f in sorted(os.listdir(os.path.join(base, 'gold')))]
rows = '\n'.join(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |" for g in G)
R = f'''# zh-blind219

A blind test set of 40 invented news-like web pages in the style of Chinese sites of 上海、河北、湖北、青海
(38 in Chinese, 2 in English from Chinese outlets' English sites), for a program that extracts articles
from the text a browser gives on select-all + copy. Every site, person, number, 文号, phone number and
ICP/公网安备 number is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | rl-01 … rl-12 |
| media | 12 | rl-13 … rl-24 (rl-19, rl-20 English) |
| self-media | 6 | rl-25 … rl-30 |
| e-paper | 5 | rl-31 … rl-35 |
| institution | 5 | rl-36 … rl-40 |

## Layout
- `html/<id>.html` — the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt` — `python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium` (plus `_manifest.json`).
- `raw/<id>.txt` — `src/make_raw.py` (tabs→space, ASCII spaces stripped at line edges, blank runs collapsed, trailing blanks dropped).
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `pages_gov.py`, `pages_media.py`, `pages_other.py`, `extra.py` (content), `pages.py`, `build.py` (renders html + gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or label); e-paper: the 主题 as in 本版标题; two-line headlines joined without a space.
- authors: writers/reporters incl. 通讯员 and 实习生, in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/图/来源/责任编辑; departments credited (来源：公司办公室, （骨科　宣传科）) are not authors; speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without label.
- body_paragraphs: prose, sub-headings, list items, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
- 2010s table layout: rl-01, 03, 06, 08, 10, 12; div portal: rl-02, 04, 05, 07, 09, 11; responsive grid media: rl-13–24; app share pages: rl-25–30; 数字报: rl-31–35; institution sites: rl-36–40.
- 通知 rl-01; 公示 rl-04; 批复 rl-06; 通告 rl-08; 函 rl-10; 文号 line: rl-01, 06, 10; 主送/署名/成文日期: rl-01, 04, 06, 08, 10.
- 政策解读 with 信息公开 index table: rl-02, rl-09; speech: rl-05 (speaker in standalone line).
- tables: rl-04, 12, 22, 36; lists: rl-09, 26, 39; sub-headings: rl-01, 02, 05, 09, 15, 21, 24, 25, 30; photos with captions: rl-03, 07, 09, 13, 18, 19, 28, 38.
- 引题/副题: rl-13, 31, 32, 33, 34; 副题 only: rl-05; two-line headline: rl-11, rl-21.
- bylines: info bar rl-03, 07, 21, 36; 本报讯（记者 … 通讯员 …） rl-14, rl-33; standalone first line rl-15, 23, 28; closing line rl-17, rl-18 (文/图); names in parentheses ending last paragraph rl-11, 22, 24; spaced names rl-03, 11, 13, 34; minority names with · rl-11; account name only rl-25, 26, 27, 29, 30; wire copy with source only rl-16; speaker rl-05.
- dates: 2025-03-18 (rl-01), 2025年04月02日 10:15 (rl-02), 2025/03/09 (rl-03), 2025.04.28 (rl-04), seconds (rl-05, 12, 15, 28, 36), single digits (rl-07, 18), English (rl-19), short forms (rl-22 10-20 15:47, rl-29 25-8-10 21:03, rl-30 09-28).
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines.

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}
'''
open(os.path.join(base, 'README.md'), 'w', encoding='utf-8').write(R)
open(os.path.join(base, 'LICENSE'), 'w', encoding='utf-8').write('''CC0 1.0 Universal

All content of the zh-blind219 test set (pages, text, gold files and scripts) is invented: every site,
organisation, person, number, document number, telephone number and ICP/公网安备 number is fictional.
To the extent possible under law, the authors have waived all copyright and related or neighboring
rights to this work under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/legalcode
''')
print('README.md, LICENSE written')
