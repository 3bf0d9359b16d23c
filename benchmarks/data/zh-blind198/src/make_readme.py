#!/usr/bin/env python3
"""Write README.md (page table generated from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(os.listdir(f"{ROOT}/gold")):
    g = json.load(open(f"{ROOT}/gold/{f}", encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
head = """# zh-blind198: 40 invented Chinese news pages (blind test set)

Invented pages imitating the HTML templates of Chinese sites in 山东、河南、甘肃 and 天津, as a press-office or
district-government clerk would copy them out of a browser (select-all + copy). Each page has a gold record of
headline, writers, publish time and body paragraphs. Everything (articles, names, numbers, 文号, phones, ICP and
公网安备 numbers) is made up.

| kind | pages | ids |
|---|---|---|
| government | 12 | sq-01 … sq-12 |
| media (sq-19, sq-20 English) | 12 | sq-13 … sq-24 |
| self-media | 6 | sq-25 … sq-30 |
| e-paper | 5 | sq-31 … sq-35 |
| institution | 5 | sq-36 … sq-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, images are 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt`: normalised from raw-chromium by `src/make_raw.py` (tab runs -> one space, ASCII spaces at line
  edges stripped, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper, institution) hold
  the page data; `build.py` renders html and gold from the same body blocks; `make_raw.py`; `check.py`; `make_readme.py`.

## Rebuild

```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/make_readme.py
```

`check.py` checks that every gold string (title, time, each author, each paragraph) occurs in raw-chromium/ and
raw/ modulo white space and that each body reaches 300 characters.

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, no site name, no 【label】 prefix); in an e-paper stack
  the title is the 主题; a headline over two lines is joined with no space.
- authors = writers/reporters including 通讯员, in printed order; spaced names unspaced; never 编辑/审核/摄影/来源/
  责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices/documents without
  a writer: []; English: the `By` names, wire copy with only a source: [].
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for official documents the 主送
  line, 署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines stay; standalone byline lines,
  captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- 2010s table layouts: sq-01, sq-06, sq-10, sq-32, sq-34 (e-paper table frame); 2010s div portals: sq-02, sq-05, sq-11,
  sq-13, sq-15, sq-18, sq-22; responsive flex/grid: sq-03, sq-07, sq-09, sq-12, sq-14, sq-17, sq-23, sq-26;
  app share / self-media: sq-25 … sq-30; e-paper: sq-31 … sq-35; institution: sq-36 … sq-40.
- 信息公开 index tables: sq-04, sq-08; official documents with 文号 line, 主送, 署名, 成文日期: sq-02, sq-08; 公示: sq-04,
  sq-11; 政策解读: sq-03; speech: sq-05.
- Info bar above the headline: sq-11, sq-20; below: most; at the bottom: sq-06; after the body: sq-38; glued
  (`作者:… 发布时间:…`): sq-10; spaced with 　: sq-01, sq-02.
- Date forms: 2025-03-18 (sq-01), 2025年04月02日 10:15 (sq-02), 2025/09/15 (sq-03), 2025.04.28 (sq-05), with
  seconds (sq-04, sq-09, sq-10, sq-15, sq-21, sq-39), 2025年3月9日 (sq-06), 25-7-22 06:40 (sq-28), English dates (sq-19).
- Bylines: info bar (sq-01, sq-10, sq-12, sq-14, sq-21, sq-36); first line (sq-05, sq-16, sq-22, sq-29, sq-30, sq-32,
  sq-35, sq-38); 本报讯（记者 …） in the first paragraph (sq-13, sq-31, sq-34); closing line （记者 …） (sq-17, sq-33);
  文/图 (sq-09, sq-23, sq-38); in parentheses at the end of the last paragraph (sq-07, sq-24); English By line (sq-19);
  wire copy with source only (sq-20); account name only (sq-25, sq-26, sq-27, sq-28).
- E-paper 引题/主题/副题 stacks: sq-31, sq-33 (all three), sq-34 (引题+主题), sq-35 (主题+副题), sq-32 (主题 only);
  版次 navigation and 本版标题 lists: sq-31 … sq-35.
- Furniture: 无障碍/长者模式 and search boxes (government pages), breadcrumbs, 【字体：大 中 小】 (sq-02), 字号 (flex
  government pages), 【打印】【关闭】 (sq-01, sq-02, sq-04, sq-36 … sq-40), 浏览次数/点击/阅读 (sq-01, sq-07, sq-10,
  sq-18, sq-24, sq-37, sq-40), share buttons, QR captions, related lists, 上一篇/下一篇 (sq-06, sq-37), footers with
  主办/承办/ICP/公网安备/网站标识码, editor lines (sq-03, sq-05 一审二审三审, sq-12, sq-14), photo captions (sq-01,
  sq-09, sq-16, sq-23), sub-headings, lists, tables (sq-02, sq-04, sq-11), quote (sq-14).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
open(f"{ROOT}/README.md", "w", encoding="utf-8").write(head + "\n".join(rows) + "\n\n## License\n\nCC0 1.0, see LICENSE.\n")
