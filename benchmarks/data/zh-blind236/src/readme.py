"""Write README.md (with the page table) and LICENSE from gold/."""
import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gs = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(f"{ROOT}/gold/*.json"))]
kinds = {}
for g in gs: kinds.setdefault(g["kind"], []).append(g["id"])
rows = "\n".join(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |" for g in gs)
ktab = "\n".join(f"| {k} | {len(v)} | {v[0]} … {v[-1]} |" for k, v in kinds.items())
README = f"""# zh-blind236

A blind test set of {len(gs)} invented Chinese (and two English) news-like web pages, for a program that
reads articles from the text a clerk gets by opening a page in a browser, selecting all and copying.
Sites imitate those of 陕西、安徽、宁夏、江苏. **Everything is invented**: sites, people, numbers, 文号,
phone numbers, ICP/公网安备 numbers, 网站标识码.

## Kinds

| kind | pages | ids |
|---|---|---|
{ktab}

## Layout

- `html/<id>.html` — the page: UTF-8, one embedded `<style>`, no scripts, no external files; images are 1×1 data-URI GIFs with alt text. (qc-08 declares gb2312 but is UTF-8, like a re-saved page.)
- `raw-chromium/<id>.txt` — Chromium select-all + copy text, made by `/work/shared/tools/chromium_text.py` (never hand-edited; `_manifest.json` beside them).
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py` (tabs → one space, ASCII spaces stripped at line edges, blank-line runs collapsed, trailing blank lines dropped).
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `layouts.py` (page shells, body rendering), `pages_gov.py`, `pages_media.py`, `pages_other.py` (hand-written pages), `build.py`, `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind236
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions

- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; a two-line headline is joined without a space (qc-16).
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep · ; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- 2010s table layouts: qc-01, qc-04, qc-08, qc-12, qc-21; div portals: qc-02, qc-03, qc-05, qc-06, qc-10; responsive grids: qc-07, qc-09, qc-11, qc-15, qc-18, qc-20, qc-29; app share pages: qc-17, qc-23, qc-25, qc-26, qc-28, qc-30
- notices: 通知 qc-01, qc-08; 公示 qc-04; 批复 qc-06; 函 qc-10; 文号 line: qc-01, qc-06, qc-08 (info bar)
- 政策解读 with 信息公开 index table: qc-02 (also qc-06 index); speech: qc-05; tables: qc-04; lists: qc-08, qc-11, qc-37; sub-headings: qc-01, qc-02, qc-05, qc-09, qc-12, qc-26
- photos with captions: qc-07, qc-15, qc-19, qc-22, qc-38; 引题/副题: qc-14, qc-31 … qc-35; two-line headline: qc-16
- bylines: info bar qc-12, qc-18, qc-36, qc-37; 本报讯（记者 … 通讯员 …） qc-13, qc-31, qc-33; standalone first line qc-16, qc-27, qc-34; closing line qc-07, qc-15, qc-22, qc-32, qc-36; names in parentheses ending last paragraph qc-03, qc-09, qc-12, qc-23, qc-35, qc-40; 文/图 qc-22, qc-34; spaced names qc-03, qc-09, qc-32, qc-34; minority names with · qc-15, qc-23; account names qc-25, qc-26, qc-28 … qc-30; wire copy with only a source qc-14, qc-20, qc-24
- dates: 2025-03-18 qc-01; 2025年04月02日 10:15 qc-02; seconds qc-03, qc-08, qc-16, qc-26, qc-40; 2025/… qc-03, qc-09, qc-39; 2025.04.28 qc-06, qc-15, qc-34; single digits qc-07, qc-12, qc-23, qc-30, qc-35; English qc-19; short forms qc-17, qc-28
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 and 来源 lines across the set.

## Pages

| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}
"""
open(f"{ROOT}/README.md", "w", encoding="utf-8").write(README)
open(f"{ROOT}/LICENSE", "w", encoding="utf-8").write("""CC0 1.0 Universal

The zh-blind236 test set (pages, texts, gold files and scripts) is dedicated to the public domain
under Creative Commons CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/legalcode

To the extent possible under law, the authors have waived all copyright and related or neighboring
rights to this work. Everything in it is invented: sites, people, organisations, numbers, document
numbers (文号), phone numbers, ICP and 公网安备 numbers. Any resemblance to real pages is coincidental.
""")
