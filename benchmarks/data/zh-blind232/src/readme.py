#!/usr/bin/env python3
"""Write README.md from gold/*.json."""
import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    rows.append(f"| {d['id']} | {d['kind']} | {d['title'].replace('|', '｜')} | {'、'.join(d['authors']) or '—'} | {d['publish_time']} | {len(d['body_paragraphs'])} | CC0-1.0 |")
text = """# zh-blind232

A blind test set of 40 invented web pages imitating an ordinary week of Chinese sites (山西、浙江、四川、海南):
government portals, media, self-media, e-paper (数字报) and institutions. Each page comes with the text a
clerk gets by select-all + copy in Chromium, and a hand-made gold record. Every site, person, number, 文号,
phone, ICP/公网安备 number and event is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | ry-01 … ry-12 |
| media | 12 | ry-13 … ry-24 (ry-19, ry-20 English) |
| self-media | 6 | ry-25 … ry-30 |
| e-paper | 5 | ry-31 … ry-35 |
| institution | 5 | ry-36 … ry-40 |

## Layout
- `html/<id>.html` — the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text; ry-01 declares gb2312).
- `raw-chromium/<id>.txt` — Chromium select-all/copy text (`_manifest.json` beside it); never hand-edited.
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `pages_*.py` (hand-written page data and layouts), `build.py`, `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; two-line headlines joined without a space; a weibo post: its topic text.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices and source-only wire copy: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
- 2010s table layouts: ry-01, ry-05, ry-11, ry-17; div portals: ry-02–04, 06, 07, 09, 10, 14, 16, 20, 22, 24; responsive grids: ry-08, 12, 13, 15, 18, 19, 21, 23; app share pages: ry-25–30; e-paper: ry-31–35; institution sites: ry-36–40.
- notices/通知/通告/公示/批复/函 with 主送, 署名, 成文日期: ry-01, 03, 06, 07, 08, 12, 39; 文号 line: ry-01, 06, 07.
- 信息公开 index table: ry-02, 06, 10; speech: ry-04; tables: ry-03, 12, 40; lists: ry-10, 26; sub-headings: ry-02, 04, 10, 18, 25, 37.
- photos with captions: ry-09, 15, 19, 23, 38; 引题/副题: ry-15, 18, 23, 31–35; two-line headline: ry-13.
- bylines: info bar ry-02, 11, 21, 37; 本报讯（记者 … 通讯员 …） ry-13, 31; standalone first line ry-10, 32; closing line ry-17, 18, 22, 23, 35, 36; names in parentheses ending the last paragraph ry-05, 33; 文/图 ry-09, 23, 40; spaced names ry-05, 13, 21, 22, 31, 35, 36; minority names with · ry-11, 33; account name only ry-25, 26, 28, 30; wire copy with source only ry-14, 20, 24, 34.
- dates: 2025-03-18, 2025年04月02日 10:15, 2025/09/15, 2025.04.28, seconds (ry-05, 09, 14, 23, 37), single digits (ry-06, 11, 21, 30, 38), English (ry-19), short form 10-12 (ry-28).
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 and 来源 lines.

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n\nLicence: CC0 1.0 Universal (see LICENSE). All content is invented.\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README written")
