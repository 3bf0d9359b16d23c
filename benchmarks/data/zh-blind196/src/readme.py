"""Write README.md (page table generated from gold/)."""
import os, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = '''# zh-blind196

A blind test set of 40 invented Chinese (and two English) news pages imitating the HTML templates of
real kinds of sites in 广东、四川、青海 and 黑龙江, as a clerk in a press office or district government would
copy them out of a browser (select-all + copy). Every article, name, number, 文号, phone, ICP and 公网安备
number is made up. License: CC0 1.0 (see LICENSE).

## Kinds

| kind | pages | ids |
|---|---|---|
| government | 12 | so-01 … so-12 |
| media | 12 | so-13 … so-24 (so-19, so-20 English) |
| self-media | 6 | so-25 … so-30 |
| e-paper | 5 | so-31 … so-35 |
| institution | 5 | so-36 … so-40 |

## Layout

- `html/<id>.html`: the page (UTF-8; one embedded `<style>`, no scripts, images are 1×1 data-URI GIFs with alt text; a few re-saved pages still declare gb2312).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`).
- `raw/<id>.txt`: `raw-chromium` normalised by `src/make_raw.py` (tab runs → one space, ASCII spaces at line edges stripped, U+3000 kept, blank-line runs collapsed, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_other.py` (page data: the single source of the body blocks), `build.py` (templates; writes html and gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind196
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium
python3 src/make_raw.py
python3 src/check.py      # every gold string occurs in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
python3 src/readme.py
```

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, site name or 【label】 prefix); in an e-paper 引题/主题/副题 stack the 主题; a headline broken over two lines is joined with no space (so-17, so-35).
- authors = writers/reporters including 通讯员, in printed order; spaced names unspaced (so-23); minority names keep the middle dot (so-11); never 编辑/审核/摄影/来源; a speech: the speaker (so-07); self-media: the account name when no person is named; notices/documents without a writer: []; English: the `By` names, wire copy with only a source: [] (so-20).
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for official documents the 主送 line, 署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）) stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- Generations: 2010s table layouts (so-01, so-05, so-10, so-38), 2010s div portals (so-13, so-15, so-21, so-22), responsive flex/grid pages (so-02, so-04, so-08, so-11, so-14, so-17, so-23, so-37), 信息公开 pages with index tables (so-03, so-09, so-12), app share / self-media pages (so-25 … so-30), e-paper frames (so-31 … so-35).
- Documents with 文号, 主送, 署名, 成文日期: so-02, so-03, so-05, so-09, so-40; 政策解读 so-06; speech so-07.
- Info bar glued (so-04, so-11) or spaced (so-02, so-08, so-13), above the headline (so-11, so-17), at the bottom (so-14, so-23); author in info bar (so-01, so-08, so-13, so-36, so-37).
- Date forms: 2025-03-18 (so-01), 2025年04月02日 10:15 (so-02), 2025/09/15 (so-03), 2025.04.28 (so-05), with seconds (so-04, so-09, so-13, so-16, so-23, so-39), 2025-7-8 16:21 (so-27), English (so-19, so-20).
- Bylines: in-paragraph 本报讯/本网讯（记者/通讯员 …） (so-11, so-13, so-31, so-33); first line (so-10 文/图, so-16, so-23, so-30, so-34 文/摄); closing line (so-04, so-14, so-18, so-22, so-32, so-35, so-38); in parentheses at the end of the last paragraph (so-39); `By` line (so-19).
- Furniture: 无障碍/长者模式 (so-02, so-04, so-06, so-37), search boxes, breadcrumbs, 【字体：大 中 小】 (so-01, so-02, so-05), 【打印】【关闭】, 浏览次数, share buttons, QR captions, related lists, 上一篇/下一篇, footers with 主办/承办/ICP/公网安备/网站标识码, editor lines (编辑/审核, 一审二审三审 so-17, 初审复审终审 so-37), photo captions (so-10, so-36), sub-headings (so-25, so-28), lists, tables (so-05, so-12), quotes; e-paper 版次 navigation, 本版标题 lists and 引题/主题/副题 stacks (so-31 … so-35).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
'''
rows = []
for f in sorted(os.listdir(os.path.join(ROOT, 'gold'))):
    g = json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8'))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write(HEAD + '\n'.join(rows) + '\n')
