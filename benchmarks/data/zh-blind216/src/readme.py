#!/usr/bin/env python3
"""Write README.md (with the page table from gold/) and LICENSE."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEATURES = """| feature | pages |
|---|---|
| 2010s table layout | ri-01, ri-05, ri-08, ri-11, ri-15, ri-21, ri-38 |
| div portal / responsive grid | ri-02, ri-03, ri-06, ri-09, ri-12, ri-13, ri-16 / ri-04, ri-07, ri-10, ri-14, ri-17, ri-19, ri-22, ri-24, ri-37, ri-40 |
| app share pages | ri-25 … ri-30 |
| notices with 主送/署名/成文日期 | ri-01 (通知, 文号), ri-04 (通告), ri-05 (公示), ri-08 (批复, 文号), ri-10 (公告), ri-11 (函, 文号) |
| 政策解读 with 信息公开 index table | ri-02 |
| speech | ri-07 (speaker line, 副题 date) |
| tables in body | ri-05, ri-10, ri-38 |
| lists | ri-26 |
| sub-headings | ri-01, ri-02, ri-07, ri-26 |
| photos with captions | ri-03, ri-09, ri-12, ri-14, ri-16, ri-19, ri-22, ri-28, ri-33 |
| 引题/副题 | ri-07, ri-14, ri-31 … ri-35 |
| two-line headline | ri-09 |
| byline in info bar | ri-03, ri-12, ri-20, ri-21, ri-23, ri-37 |
| 本报讯/讯（记者 … 通讯员 …） | ri-15, ri-31, ri-34 |
| standalone first-line byline | ri-07, ri-09 (文/图), ri-16, ri-28 (文/图) |
| closing-line byline | ri-32, ri-33, ri-35, ri-39 |
| names in parentheses ending last paragraph | ri-06, ri-24 |
| spaced two-character names | ri-03, ri-09, ri-13, ri-15, ri-17, ri-21, ri-23, ri-24, ri-31, ri-32, ri-34 |
| minority name with · | ri-12 |
| self-media account, no person | ri-25, ri-26, ri-27, ri-29, ri-30 |
| wire copy with only a source | ri-18 |
| English pages | ri-19, ri-20 |
| date forms | 2025-03-18 (ri-01), 2025年04月02日 10:15 (ri-02), 2025/09/15 (ri-03), 2025.04.28 (ri-04), seconds (ri-05, ri-07, ri-15, ri-27), single digits (ri-05, ri-12, ri-17, ri-38), English (ri-19, ri-40), short (ri-09 3月2日, ri-24 09-05 08:12, ri-29 25-9-12 18:40, ri-30 编辑于 10-03) |
| furniture | 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines |
"""
def main():
    rows = []
    for n in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", n), encoding="utf-8"))
        rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
    txt = f"""# zh-blind216

A blind test set of 40 invented Chinese (and two English) news pages, as a clerk gets them by opening the
page in a browser, selecting all and copying. Sites imitate those of 山西、河南、浙江、贵州. Every site,
person, number, 文号, phone and ICP number is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | ri-01 … ri-12 |
| media | 12 | ri-13 … ri-24 (ri-19, ri-20 English) |
| self-media | 6 | ri-25 … ri-30 |
| e-paper | 5 | ri-31 … ri-35 |
| institution | 5 | ri-36 … ri-40 |

## Layout
- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, images as 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (with `_manifest.json`), never hand-edited.
- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_other.py` (page data), `extras.py`, `render.py`, `gen.py`, `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/gen.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as in 本版标题; a two-line headline joined without a space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
{FEATURES}
## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(txt)
    open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
        "zh-blind216 — CC0 1.0 Universal\n\nAll pages, sites, people, numbers, document numbers, phone numbers and ICP numbers in this set are invented.\n"
        "To the extent possible under law, the authors have waived all copyright and related or neighboring rights to this work.\n"
        "See https://creativecommons.org/publicdomain/zero/1.0/legalcode for the full text.\n")
if __name__ == "__main__":
    main()
