#!/usr/bin/env python3
"""Write README.md (page table from gold) and LICENSE."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
rows = []
for i in ids:
    g = json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8"))
    rows.append(f"| {i} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
HEAD = """# zh-blind231

A blind test set of 40 invented Chinese (and two English) web pages, made to look like an ordinary week's
pages from sites of 内蒙古, 山东, 湖南 and 甘肃, for a program that extracts articles from the text a clerk
gets by opening a page in a browser, selecting all and copying. Everything (sites, people, numbers, 文号,
phones, ICP/公网安备 numbers) is invented; nothing is copied from real pages.

## Kinds
| kind | pages | ids |
|---|---|---|
| government | 12 | rx-01 … rx-12 |
| media | 12 | rx-13 … rx-24 (rx-19, rx-20 English) |
| self-media | 6 | rx-25 … rx-30 |
| e-paper | 5 | rx-31 … rx-35 |
| institution | 5 | rx-36 … rx-40 |

## Layout
- `html/<id>.html` — the page (UTF-8, one embedded style, no scripts, images are 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt` — Chromium select-all + copy text (with `_manifest.json`), never hand-edited.
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py` (tabs → space, ASCII spaces stripped at line edges, blank runs collapsed, trailing blanks dropped).
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `pages_*.py` (hand-written page data), `build.py` (renders html + gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py      # exit 0 = all gold strings found in raw-chromium and raw
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; two-line headlines joined without a space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
- 2010s table layouts: rx-01, 03, 05, 08, 10, 12; div portals: rx-02, 04, 06, 07, 09, 11; responsive grid media: rx-13 … 24; app share pages: rx-25 … 30; e-paper: rx-31 … 35; institution sites: rx-36 … 40.
- notices 通知/公示/批复/通告/函 with 主送, 署名, 成文日期: rx-01, 05, 06, 09, 10; 文号 line: rx-01, 06, 09, 10; 信息公开 index table: rx-02, 06, 10; 政策解读: rx-02; speech: rx-04.
- tables: rx-05, 12; lists: rx-38; sub-headings: rx-02, 11, 23, 38; photos with captions: rx-03, 07, 08, 13, 16, 19, 21, 27, 36, 38.
- 引题/副题: rx-13, 31, 33, 34 (引题), rx-13, 31, 32, 34, 35 (副题); two-line headlines: rx-07, 20, 34.
- bylines: info bar rx-03, 16, 23, 36, 40; 本报讯（记者 … 通讯员 …） rx-13, 32; standalone first line rx-07, 11, 17, 20, 21, 28, 31, 34; closing line rx-18, 35 (文/图); names in parentheses ending the last paragraph rx-08, 24, 33, 37; spaced names rx-03, 11, 13, 15, 17, 24, 31, 33, 35, 36, 40; minority names with · rx-16, 34; account names only rx-25, 26, 27, 29, 30; wire copy with only a source rx-14.
- dates: 2025-03-18 (rx-01), 2025年04月02日 10:15 (rx-02), 2025/09/15 (rx-03), 2025.04.28 (rx-04), seconds and single digits 2025-6-3 9:05:41 (rx-05), English (rx-19), short forms 25-7-3 20:16 (rx-29) and 08-16 (rx-30).
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 and 来源 lines.

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal (Public Domain Dedication)

All pages, texts, names, organisations, numbers, document numbers, phone numbers and registration
numbers in this set are invented. To the extent possible under law, the authors have waived all
copyright and related or neighboring rights to this work worldwide under CC0 1.0 Universal.
Full text: https://creativecommons.org/publicdomain/zero/1.0/legalcode
""")
