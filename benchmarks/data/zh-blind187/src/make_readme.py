#!/usr/bin/env python3
"""Write README.md (with the per-page table generated from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|','/')} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
head = """# zh-blind187: 40 invented Chinese news pages (blind test set)

Invented pages imitating the HTML templates of real kinds of Chinese sites in 重庆、安徽、新疆 and 浙江, as a
clerk in a press office or district government would paste them (select-all + copy). Everything is made up:
articles, names, numbers, 文号, phone, ICP and 公网安备 numbers.

## Kinds

| kind | pages | ids |
|---|---|---|
| government | 12 | sf-01 … sf-12 |
| media (sf-19, sf-20 English) | 12 | sf-13 … sf-24 |
| self-media | 6 | sf-25 … sf-30 |
| e-paper | 5 | sf-31 … sf-35 |
| institution | 5 | sf-36 … sf-40 |

## Layout

- `html/<id>.html` – the page: UTF-8, one embedded `<style>`, no scripts, images as 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt` – headless Chromium select-all + copy (`/work/shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt` – normalised from raw-chromium by `src/make_raw.py` (tab runs → one space, ASCII spaces at line
  edges stripped, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json` – `{id, set, lang, kind, title, authors, publish_time, body_paragraphs}`.
- `src/pages_a.py` (government), `src/pages_b.py` (media, self-media), `src/pages_c.py` (e-paper, institution) –
  the page data: one list of body blocks per page, rendered both to html and to gold by `src/build.py`.
- `src/make_raw.py`, `src/check.py`, `src/make_readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind187
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py      # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
python3 src/make_readme.py
```

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, site name or 【label】); in an e-paper stack the 主题;
  a headline broken over two lines is joined with no space (sf-22).
- authors = writers/reporters including 通讯员, in printed order; spaced names unspaced (sf-24); minority names keep
  the middle dot (sf-07, sf-33, sf-38); never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker (sf-06); self-media:
  the account name when no person is named (sf-25, sf-27, sf-28, sf-29); notices/documents without a writer: [];
  English: the `By` names (sf-19), wire copy with only a source: [] (sf-20).
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for official documents the 主送 line,
  署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）, a closing （… …） inside the
  last paragraph) stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers
  are not body.

## Features covered

- Site generations: 2010s table layouts (sf-01, 06, 08, 11, 15, 18, 24, 38); 2010s div portals with 无障碍/长者模式,
  search, 信息公开 index tables (sf-02, 04, 07, 09, 12, 14, 17, 22, 36, 39); responsive flex pages with sidebars and
  QR captions (sf-03, 05, 10, 13, 16, 21, 23, 37, 40); self-media/app share pages: 公众号 (sf-25), 头条号 (sf-26),
  百家号 (sf-27), 网易号 (sf-28), 微博 (sf-29), app share page (sf-30); e-paper frames with 版次 navigation and
  本版标题 lists (sf-31 … sf-35); English pages (sf-19, sf-20).
- Info bar: below the headline (most), above it (sf-04, 05, 06, 16, 20, 37), at the bottom (sf-02, 12, 40); glued
  (sf-05, 14, 21, 27, 40) or spaced.
- Date forms: 2025-03-18 (sf-01), 2025年04月02日 10:15 (sf-03), 2025/05/12 (sf-04), with seconds (sf-05, 12, 14, 28),
  2025.04.28 (sf-06), 2025/09/15 10:23:07 (sf-18), 2025-7-16 11:20 (sf-29), 2025年8月5日 (sf-33), March 31, 2025 (sf-20).
- Documents: 通告 with 文号 and 署名/成文日期 (sf-02), 通知 with 主送 (sf-05, sf-11), 公示 with table (sf-08),
  政策解读 with sub-headings and lists (sf-03, sf-09), speech (sf-06), 信息公开 index tables (sf-02, 09, 11).
- Bylines: info bar (sf-07, 14, 15, 18, 31, 36, 37, 38), first line (sf-16, 24, 32, 33), 文/图 (sf-04, sf-21),
  本报讯（记者 …） in the first paragraph (sf-13, 31), closing line （记者 …）/（通讯员 …）/（马永红 丁佳）/记者 … (sf-01, 15, 17,
  23, 35, 39), in parentheses at the end of the last paragraph (sf-10, sf-34), English By line (sf-19).
- Furniture: 【字体：大 中 小】, 【打印】【关闭】, 浏览次数, share buttons, QR captions, related lists, 上一篇/下一篇,
  footers with 主办/ICP/公网安备/网站标识码, editor lines incl. 一审二审三审 (sf-10, sf-23), photo captions (sf-04, 07, 13,
  17, 19, 21, 25, 36), tables (sf-08, 18, 39), quotes (sf-07, 13, 16, 26), two-line headline (sf-22),
  引题/主题/副题 stacks (sf-31, 33, 35; 主题+副题 sf-32; 引题+主题 sf-34).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + "\n".join(rows) + "\n\nLicense: CC0 1.0 (see LICENSE).\n")
print("README.md written")
