#!/usr/bin/env python3
"""Write README.md and LICENSE for zh-blind218 from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gs = [json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")) for f in sorted(os.listdir(os.path.join(ROOT, "gold")))]
rows = "\n".join(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |" for g in gs)
R = f"""# zh-blind218

A blind test set of 40 invented Chinese (and 2 English) news-like web pages, imitating sites of
北京、辽宁、福建、云南, for a program that extracts articles from the text a browser gives on
select-all + copy. **Everything is invented** (sites, people, numbers, 文号, phones, ICP numbers).

| kind | pages | ids |
|---|---|---|
| government | 12 | rk-01 … rk-12 |
| media | 12 | rk-13 … rk-24 (rk-19, rk-20 English) |
| self-media | 6 | rk-25 … rk-30 |
| e-paper | 5 | rk-31 … rk-35 |
| institution | 5 | rk-36 … rk-40 |

## Layout
- `html/<id>.html` page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)
- `raw-chromium/<id>.txt` from `/work/shared/tools/chromium_text.py` (+ `_manifest.json`)
- `raw/<id>.txt` from raw-chromium by `src/make_raw.py`
- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/`: `gen.py` (layouts), `render.py`, `pages_gov.py`, `pages_media.py`, `pages_other.py`, `extras.py` (content), `make_raw.py`, `check.py`, `readme.py`

## Rebuild
```
python3 src/gen.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题/site name); e-paper: the 主题 as in 本版标题; two-line headlines joined without space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·;
  never 编辑/审核/摄影/来源; speech: the speaker; self-media: account name when no person is named;
  notices without writer and wire copy with only a source: [].
- publish_time: as printed, without label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep
  主送, 署名, 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone bylines, captions,
  editor/source lines, buttons, related lists, footers are not body.

## Features covered
- 2010s table layout: rk-01, rk-06, rk-08, e-paper rk-31, rk-32, rk-34; div portals: rk-03, rk-04, rk-09, rk-12, rk-13, rk-14; responsive grid: rk-05, rk-10, rk-16, rk-18, rk-23; app share page: rk-21
- notices 通知/通告/公示/批复/函 with 主送, 署名, 成文日期: rk-01, rk-05, rk-06, rk-07, rk-08; 文号 line: rk-01, rk-07, rk-08
- 信息公开 index table: rk-02, rk-07, rk-11; 政策解读: rk-02, rk-11; speech: rk-03
- tables: rk-06, rk-22, rk-38; lists: rk-05, rk-10, rk-29; sub-headings: rk-01, rk-02, rk-10, rk-11, rk-14, rk-26, rk-38
- photos with captions: rk-04, rk-09, rk-11, rk-16, rk-23, rk-36; 引题/副题: rk-14, rk-22, rk-31–rk-35; two-line headline: rk-13, rk-33, rk-35
- bylines: info bar rk-02, rk-04, rk-10, rk-12, rk-14, rk-36, rk-37; 本报讯（记者…通讯员…）rk-13, rk-34; standalone first line rk-17, rk-31, rk-32, rk-35; standalone closing line rk-18;
  names in parentheses ending last paragraph rk-09 (文/图), rk-16, rk-33, rk-39; 文/图 in info bar rk-23; spaced names rk-04, rk-31; minority names with · rk-12;
  self-media accounts without person rk-25, rk-27–rk-30; wire copy with only a source rk-15; English bylines rk-19, rk-20
- dates: 2025-03-18 (rk-01), 2025年04月02日 10:15 (rk-02, rk-14), 2025/09/15 (rk-03), 2025.04.28 (rk-04), single digits (rk-05, rk-10, rk-29, rk-23), seconds (rk-09, rk-15, rk-24), English (rk-19), short forms (rk-18, rk-27)
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码, 编辑/审核/责任编辑 lines, 来源 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}

## Licence
CC0 1.0 Universal (see LICENSE). All content is invented.
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(R)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal

To the extent possible under law, the authors of zh-blind218 have waived all copyright and related or
neighboring rights to this work (pages, text files, gold files and scripts). This work is published
from an invented-content test set: every site, person, organisation, number, document number, phone
number and ICP/公网安备 number in it is invented; any resemblance to real ones is coincidental.
Full legal code: https://creativecommons.org/publicdomain/zero/1.0/legalcode
""")
print("README.md, LICENSE written")
