"""Write README.md and LICENSE for zh-blind206 from the gold files."""
import json, glob, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = """# zh-blind206

Blind test set: 40 invented Chinese (and two English) news pages imitating ordinary sites of 北京、天津、山西、内蒙古,
with gold answers (headline, authors, publish time, body paragraphs) for a tool that reads the text Chromium
copies on select-all + copy. All pages were invented for testing; every person, number, 文号, phone, ICP and
公网安备 number is made up. Released under CC0 1.0 Universal (see LICENSE).

| kind | pages | ids |
|---|---|---|
| government | 12 | sy-01 … sy-12 |
| media (sy-19, sy-20 English) | 12 | sy-13 … sy-24 |
| self-media | 6 | sy-25 … sy-30 |
| e-paper | 5 | sy-31 … sy-35 |
| institution | 5 | sy-36 … sy-40 |

## Layout
- `html/<id>.html` page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text)
- `raw-chromium/<id>.txt` Chromium select-all + copy text (+ `_manifest.json`), never hand-edited
- `raw/<id>.txt` made by `src/make_raw.py` (tab runs → one space, ASCII spaces stripped at line edges, U+3000 kept, blank runs collapsed, trailing blanks dropped)
- `gold/<id>.json` keys `id, set, lang, kind, title, authors, publish_time, body_paragraphs`
- `src/` furniture.py, templates.py, pages_a.py (government), pages_b.py (media, self-media), pages_c.py (e-paper, institution), extras.py, build.py, make_raw.py, check.py, readme.py

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; two-line headline joined without space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
- 2010s table layouts: sy-01, sy-04, sy-06, sy-10, sy-15, sy-16, sy-23, sy-37; e-paper frames sy-31…sy-35
- div portals / responsive grids: sy-02, sy-03, sy-05, sy-07, sy-09, sy-12, sy-13, sy-17, sy-19, sy-38, sy-40
- app share pages / 公众号 / 头条号 / 百家号 / 网易号 / 澎湃号 / 微博: sy-25 … sy-30
- notices / 通告 / 公示 with 文号, 主送, 署名, 成文日期: sy-01, sy-03, sy-06
- 信息公开 index table: sy-03; 政策解读 with Q&A and list: sy-05; speech: sy-08; interview: sy-14
- tables in body: sy-06, sy-40; lists: sy-05, sy-22, sy-25, sy-30; sub-headings: sy-01, sy-05, sy-08, sy-12, sy-40
- photos with captions: sy-02, sy-04, sy-07, sy-12, sy-16, sy-25, sy-39
- bylines: info bar sy-02, sy-09, sy-23; standalone first line sy-10, sy-12 (文/图), sy-17 (文/), sy-24 (spaced names); 本报讯（记者 …） sy-15, sy-32; closing line sy-21, sy-35, sy-37; in last paragraph sy-07; minority names with · sy-04, sy-34; spaced names sy-02, sy-14, sy-24, sy-33; account names sy-25, sy-26, sy-28, sy-29, sy-30; wire copy with only a source sy-11, sy-20; English By-line sy-19
- dates: 2025-03-18 (sy-01), 2025年04月02日 10:15 (sy-02), seconds (sy-03, sy-11, sy-12, sy-39), 2025/09/15 glued info bar (sy-09), 2025.04.28 at bottom (sy-10), single-digit (sy-04, sy-11, sy-22, sy-30), English (sy-19)
- furniture: 无障碍/长者模式/关怀版 bars, search boxes, 【字体：大 中 小】【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/二审/三审 lines

## Pages
| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
def main():
    rows = []
    for p in sorted(glob.glob(f'{ROOT}/gold/*.json')):
        g = json.load(open(p, encoding='utf-8'))
        rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    open(f'{ROOT}/README.md', 'w', encoding='utf-8').write(HEAD + '\n'.join(rows) + '\n')
    open(f'{ROOT}/LICENSE', 'w', encoding='utf-8').write(
        "zh-blind206 test set\n\nThe pages in this set were invented for testing. Everything in them (people, organisations'\n"
        "statements, numbers, 文号, phone, ICP and 公网安备 numbers) is made up.\n\n"
        "To the extent possible under law, the authors have dedicated all copyright and related and neighboring rights\n"
        "to this set to the public domain worldwide under CC0 1.0 Universal.\n"
        "See https://creativecommons.org/publicdomain/zero/1.0/legalcode\n")
    print('README.md and LICENSE written')
main()
