#!/usr/bin/env python3
"""Write README.md (with the page table from gold/) and LICENSE."""
import os, json, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))]
kinds = {}
for g in G: kinds.setdefault(g["kind"], []).append(g["id"])
rows = "\n".join(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |" for g in G)
ktab = "\n".join(f"| {k} | {len(v)} | {v[0]} … {v[-1]} |" for k, v in kinds.items())
readme = f"""# zh-blind228

A blind test set of 40 invented Chinese (and two English) news pages imitating an ordinary week of
sites from 陕西、安徽、宁夏、江苏: government portals, media, self-media, e-papers and institutions.
Each page is what a clerk would get by opening it in a browser, selecting all and copying.
Everything (sites, people, numbers, 文号, phones, ICP numbers) is invented.

## Kinds

| kind | pages | ids |
|---|---|---|
{ktab}

## Layout

- `html/<id>.html` — the page: UTF-8, one embedded `<style>`, no scripts, no external files; images are 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt` — Chromium select-all + copy text (`_manifest.json` alongside); never hand-edited.
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py` (tabs → one space, ASCII spaces stripped at line edges, blank-line runs collapsed, trailing blank lines dropped).
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (hand-written page data), `build.py` (renders html + gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions

- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; two-line headline joined without a space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; speech: the speaker; self-media: account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- 2010s table layouts (gov_table): ru-01, ru-03, ru-06, ru-09, ru-11; div portals: ru-02, ru-04, ru-05, ru-07, ru-08, ru-10, ru-12; responsive grid media: ru-13 … ru-24; app share pages: ru-25 … ru-30; 数字报: ru-31 … ru-35; institution sites: ru-36 … ru-40.
- Notices/通知/通告/公示/批复/函 with 主送, 署名, 成文日期: ru-01, ru-04, ru-06, ru-07, ru-09, ru-11, ru-12; 文号 line: ru-01, ru-06, ru-09, ru-12.
- 政策解读 with 信息公开 index table: ru-02; index table on a 函: ru-12. Speech: ru-03.
- Tables: ru-04, ru-09, ru-11; lists: ru-02, ru-18, ru-26, ru-38; sub-headings: ru-01, ru-02, ru-03, ru-16, ru-25, ru-26, ru-32, ru-34.
- Photos with captions: ru-05, ru-10, ru-13, ru-14, ru-19, ru-25, ru-28, ru-36. 引题/副题: ru-14, ru-16, ru-24, ru-31 … ru-35. Two-line headline: ru-16.
- Bylines: info bar ru-05, ru-13, ru-22, ru-33, ru-36; 本报讯（记者 … 通讯员 …） ru-14, ru-35; standalone first line ru-10, ru-17, ru-24, ru-31, ru-32, ru-34; closing line ru-16, ru-37, ru-40; names in parentheses ending last paragraph ru-21; 文/图 ru-10, ru-40; spaced names ru-05, ru-13, ru-14, ru-21, ru-22, ru-24, ru-31, ru-33, ru-35, ru-36; minority names with · ru-10, ru-21, ru-33; account names ru-25, ru-26, ru-28, ru-29, ru-30; wire copy with only a source ru-15, ru-18, ru-20, ru-23; English ru-19, ru-20.
- Dates: 2025-03-18 (ru-01), 2025年04月02日 10:15 (ru-02), 2025/03/21 (ru-03), 2025.04.28 (ru-04), seconds (ru-05, ru-23, ru-37), single digits (ru-07, ru-16, ru-39), English (ru-19), short forms (ru-24, ru-29).
- Furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 and 来源 lines.

## Pages

| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal

To the extent possible under law, the authors have waived all copyright and related or neighboring
rights to the zh-blind228 test set. Everything in it (sites, people, organisations, numbers, 文号,
phone numbers, ICP and 公网安备 numbers, events) is invented; any resemblance to real ones is
coincidental. See https://creativecommons.org/publicdomain/zero/1.0/legalcode for the full text.
""")
print("README.md and LICENSE written")
