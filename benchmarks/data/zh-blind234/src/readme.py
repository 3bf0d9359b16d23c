"""Write README.md (with the page table from gold/) and LICENSE."""
import os, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
R = """# zh-blind234

A blind test set of 40 invented Chinese (and two English) news-type web pages, as a clerk gets them by
opening a page in a browser, selecting all and copying. Sites imitate those of 北京、河北、湖北、云南.
Everything (sites, people, numbers, 文号, phones, ICP numbers) is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | qa-01 … qa-12 |
| media | 12 | qa-13 … qa-24 (qa-19, qa-20 English) |
| self-media | 6 | qa-25 … qa-30 |
| e-paper | 5 | qa-31 … qa-35 |
| institution | 5 | qa-36 … qa-40 |

## Layout
- `html/<id>.html` — the page (UTF-8, one embedded style, no scripts, images as 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt` — Chromium select-all + copy, with `_manifest.json`.
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `common.py`, `pages_*.py` (page data and bodies, written per page), `build.py`, `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or label); e-paper: the 主题 under 本版标题; two-line headlines joined without a space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are excluded.

## Features covered
- 2010s table layout, gb2312 declared: qa-01 (also qa-02, 05, 08, 11 table layouts); div portals: qa-03, 04, 06, 07, 09, 10, 12; responsive grid media: qa-13 … qa-24; app share pages: qa-25 … qa-30.
- notices 通知/公示/批复/函/通告 with 主送, 署名, 成文日期: qa-01, 05, 06, 08, 10, 39; 文号 line: qa-01, 06, 08, 39.
- 信息公开 index table: qa-02, qa-11; speech: qa-04; tables: qa-05, 40; lists: qa-10, 38; sub-headings: qa-01, 02, 04, 17, 33, 35, 38; Q&A: qa-11.
- photos with captions: qa-03, 07, 15, 19, 25, 36; 引题/副题: qa-14, 31, 33, 35; two-line headlines: qa-17, 22.
- bylines: info bar qa-03, 13, 21, 24, 40; 本报讯（记者 … 通讯员 …）qa-14; standalone first line qa-09, 15, 20, 27, 31, 32, 33, 35; closing line qa-07, 16; names in parentheses ending the last paragraph qa-34; in-paragraph 本网讯 qa-12; 文/图 qa-07, 15; spaced names qa-03, 07, 09, 12, 13 …; minority names with · qa-21; account names only qa-25, 26, 28, 29, 30; wire copy with only a source qa-18.
- dates: 2025-03-18 (qa-01), 2025年04月02日 10:15 (qa-02, 14), 2025/09/15 (qa-03), 2025.04.28 (qa-04), single digits (qa-05, 08, 23, 29), seconds (qa-06, 12, 17, 26), short 03-26 (qa-09), 05-20 (qa-27), English (qa-19).
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines.

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + '\n'.join(rows) + "\n\nLicence: CC0 1.0 Universal (see LICENSE). All content is invented.\n"
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write(R)
open(os.path.join(ROOT, 'LICENSE'), 'w', encoding='utf-8').write("""CC0 1.0 Universal

All pages, texts, names, organisations, numbers, document numbers, phone numbers and ICP/公网安备
numbers in this set are invented. To the extent possible under law, the authors have waived all
copyright and related or neighboring rights to this work under CC0 1.0 Universal.
Full text: https://creativecommons.org/publicdomain/zero/1.0/legalcode
""")
