"""Write README.md and LICENSE from gold/."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for p in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(p, encoding="utf-8"))
    rows.append("| %s | %s | %s | %s | %s | %d | CC0-1.0 |" % (g["id"], g["kind"], g["title"], "、".join(g["authors"]) or "—", g["publish_time"], len(g["body_paragraphs"])))
readme = """# zh-blind233

A blind test set of 40 invented Chinese (and 2 English) news pages, as a clerk gets them by opening a page
in a browser, selecting all and copying. Sites imitate those of 河南、贵州、新疆、广东. Everything (sites,
people, numbers, 文号, phone and ICP numbers) is invented.

| kind | pages | ids |
|---|---|---|
| government | 12 | rz-01 … rz-12 |
| media | 12 | rz-13 … rz-24 (rz-19, rz-20 English) |
| self-media | 6 | rz-25 … rz-30 |
| e-paper | 5 | rz-31 … rz-35 |
| institution | 5 | rz-36 … rz-40 |

## Layout
- `html/<id>.html` the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text)
- `raw-chromium/<id>.txt` Chromium select-all + copy text (`_manifest.json` beside it), never hand-edited
- `raw/<id>.txt` from raw-chromium by `src/make_raw.py`
- `gold/<id>.json` id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/` common.py, layouts.py (chrome skeletons), pages_*.py (hand-written page text), build.py, make_raw.py, check.py, readme.py

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or label); e-paper: the 主题 as under 本版标题; a two-line headline joined without a space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源; speech: the speaker; self-media: account name when no person is named; unsigned notices and source-only wire copy: [].
- publish_time: as printed, without label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone bylines, captions, editor/source lines, buttons, related lists, footers are not body.

## Features covered
- 2010s table layouts (gb2312 declared on rz-02): rz-02, rz-05, rz-07, rz-09, rz-12; div portals with 无障碍/长者模式, search placeholder: rz-01, rz-03, rz-04, rz-06, rz-08, rz-10, rz-11; responsive grids: rz-13–rz-18, rz-21–rz-24; app share pages: rz-25–rz-30; e-paper with 版面导航/本版标题: rz-31–rz-35; institution sites: rz-36–rz-40
- notices 通知/通告/公示/批复/函 with 主送, 署名, 成文日期: rz-01, rz-03, rz-05, rz-08, rz-10, rz-12, rz-39; 文号 line: rz-01, rz-08, rz-10, rz-12, rz-39
- 信息公开 index table: rz-01, rz-04, rz-08; 政策解读: rz-04; speech: rz-06
- tables: rz-03, rz-11, rz-39; lists: rz-24, rz-28; sub-headings: rz-03, rz-04, rz-06, rz-14, rz-22, rz-24, rz-32
- photos with captions: rz-02, rz-07, rz-13, rz-16, rz-19, rz-25, rz-35, rz-36
- 引题/副题: rz-06, rz-14, rz-20, rz-31, rz-32, rz-34, rz-35; two-line headlines: rz-14, rz-33
- bylines: info bar rz-02, rz-07, rz-13, rz-37; 本报讯（记者 … 通讯员 …） rz-13, rz-31; standalone first line rz-14, rz-18, rz-27; closing line rz-23, rz-34; parentheses ending last paragraph rz-09, rz-17; 文/图 rz-14, rz-23, rz-35, rz-38; spaced names rz-07, rz-09, rz-16, rz-32; minority names with · rz-07, rz-18, rz-27, rz-33, rz-38; account names only rz-25, rz-26, rz-28, rz-29, rz-30; wire/source only rz-15, rz-20, rz-21
- dates: 2025-03-18 rz-01; 2025年04月02日 10:15 rz-02; 2025/09/15 rz-03; 2025.04.28 rz-04; single digits rz-05, rz-12; seconds rz-07, rz-15, rz-26, rz-40; English rz-19; short forms rz-18, rz-22, rz-29, rz-30
- furniture: 【字体：大 中 小】【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
"""CC0 1.0 Universal

All pages, texts, sites, names, numbers, document numbers, phone and ICP numbers in this set are invented.
To the extent possible under law, the authors have waived all copyright and related or neighboring rights
to this work under CC0 1.0 Universal (https://creativecommons.org/publicdomain/zero/1.0/).
""")
