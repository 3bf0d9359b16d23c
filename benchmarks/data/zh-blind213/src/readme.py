"""Write README.md and LICENSE."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for f in sorted(os.listdir(f'{ROOT}/gold')):
    g = json.load(open(f'{ROOT}/gold/{f}', encoding='utf-8'))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
R = """# zh-blind213

Blind test set: 40 invented Chinese (2 English) news pages imitating sites from 广西、黑龙江、陕西、江苏, with the text Chromium copies on select-all + copy, and gold answers (headline, writers, publish date, body paragraphs).

| kind | pages | ids |
|---|---|---|
| government | 12 | rf-01 … rf-12 |
| media | 12 | rf-13 … rf-24 (rf-19, rf-20 English) |
| self-media | 6 | rf-25 … rf-30 |
| e-paper | 5 | rf-31 … rf-35 |
| institution | 5 | rf-36 … rf-40 |

## Layout
- `html/<id>.html` page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)
- `raw-chromium/<id>.txt` Chromium select-all + copy text (never hand-edited), `_manifest.json`
- `raw/<id>.txt` normalised from raw-chromium by `src/make_raw.py`
- `gold/<id>.json` keys id, set, lang, kind, title, authors, publish_time, body_paragraphs
- `src/` furniture.py, pages_a.py, pages_b.py, pages_c.py, extra.py, build.py, make_raw.py, check.py, readme.py

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; two-line headline joined without space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; speech: the speaker; self-media: account name when no person is named; notices without writer and wire copy with only a source: [].
- publish_time: as printed, without label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone bylines, captions, editor/source lines, buttons, related lists, footers are not body.

## Features covered
- 2010s table layouts: rf-01, rf-05, rf-10, rf-15, rf-21, rf-39; div portals: rf-02, rf-04, rf-07, rf-09, rf-12, rf-14, rf-17, rf-20, rf-23, rf-36; responsive grids: rf-03, rf-06, rf-08, rf-11, rf-13, rf-18, rf-19, rf-22, rf-24, rf-28, rf-29, rf-37, rf-38, rf-40; app share pages: rf-16, rf-25, rf-26, rf-27, rf-30
- notices/通知/通告/公示 with 主送, 署名, 成文日期: rf-02 (文号 line), rf-05, rf-09, rf-11; 政策解读 + 信息公开 index table: rf-04, rf-08; speech: rf-06
- tables: rf-05, rf-11; lists: rf-09, rf-28, rf-30; sub-headings: rf-02, rf-04, rf-06, rf-15, rf-25, rf-34; photos with captions: rf-01, rf-08, rf-23, rf-38
- 引题/副题: rf-15, rf-31–rf-35; two-line headline: rf-12, rf-33
- bylines: info bar rf-01, rf-10, rf-21, rf-36, rf-39; 本报讯（记者 … 通讯员 …）rf-13, rf-31; standalone first line rf-03, rf-08 (spaced 许　可), rf-15, rf-20, rf-34; closing line rf-17, rf-29, rf-32 (徐　彤), rf-35 (文/图), rf-37 (文/); names in parentheses ending last paragraph rf-07, rf-12, rf-22, rf-33, rf-40; minority name with ·: rf-10; account names: rf-25, rf-26, rf-28, rf-30; wire copy with only a source: rf-18; English By-lines rf-19, rf-20; speaker rf-06; byline glued in info bar without spaces rf-10
- dates: 2025-03-18, 2025年04月02日 10:15, 2025/09/15, 2025.04.28, seconds (rf-04, rf-10, rf-16, rf-24, rf-28), single-digit (rf-09, rf-39, rf-33), English (rf-12, rf-19), short weibo form (rf-30)
- furniture: 无障碍/长者模式/关怀版, search placeholders, login, breadcrumbs, 【字体】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, editor/审核/二审/三审 lines, 来源 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
open(f'{ROOT}/README.md', 'w', encoding='utf-8').write(R + '\n'.join(rows) + '\n\n## License\nCC0 1.0 Universal; see LICENSE.\n')
open(f'{ROOT}/LICENSE', 'w', encoding='utf-8').write("The pages in this set were invented for testing. Every site page, person, number, 文号, phone, ICP and 公网安备 number in them is made up.\n\nReleased under CC0 1.0 Universal (https://creativecommons.org/publicdomain/zero/1.0/): to the extent possible under law, the authors have waived all copyright and related rights to this work.\n")
