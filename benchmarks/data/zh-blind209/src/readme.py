"""Write README.md and LICENSE for zh-blind209 from the gold files."""
import json, os, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEAD = """# zh-blind209

A blind test set of 40 invented Chinese news web pages (sites imitated: 甘肃、新疆、吉林、广东) with gold
answers, for a tool that reads the text a clerk gets by select-all + copy of a page in Chromium and must find
the headline, writers, publish date and body paragraphs. Every page, person, number, 文号, phone, ICP and
公网安备 number was invented for testing.

| kind | pages | ids |
|---|---|---|
| government | 12 | rb-01 … rb-12 |
| media (rb-19, rb-20 English) | 12 | rb-13 … rb-24 |
| self-media | 6 | rb-25 … rb-30 |
| e-paper | 5 | rb-31 … rb-35 |
| institution | 5 | rb-36 … rb-40 |

## Layout
- `html/<id>.html` the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text)
- `raw-chromium/<id>.txt` Chromium select-all + copy text (with `_manifest.json`), never edited by hand
- `raw/<id>.txt` made by `src/make_raw.py` (tab runs → one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, trailing blank lines dropped)
- `gold/<id>.json` keys `id, set, lang, kind, title, authors, publish_time, body_paragraphs`
- `src/` furniture.py, pages_a.py (government), pages_b.py (media), pages_c.py (self-media, e-paper, institution), build.py, make_raw.py, check.py, readme.py

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: the main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; a two-line headline is joined with no space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered
- 2010s table layouts: rb-01, rb-12; gb2312 declared on a UTF-8 page: rb-01
- info-disclosure index tables (索引号/发布机构/文号): rb-02, rb-08; 文号 line dropped from body: rb-02, rb-10
- notices/通告/公示 with signature and 成文日期: rb-02, rb-06, rb-10; policy reading with table: rb-04; speech: rb-05; interview Q&A: rb-11
- info bar above the headline: rb-01, rb-15, rb-20, rb-39; at the bottom: rb-04, rb-23, rb-32; glued without spaces: rb-07
- date forms: seconds rb-01, rb-10, rb-15, rb-28, rb-39; 年月日 rb-02, rb-05, rb-14, rb-22; slashes rb-03, rb-23, rb-40; dots rb-06, rb-17, rb-35; single-digit rb-04, rb-29; English rb-19, rb-20
- bylines: info bar rb-03, rb-07, rb-13, rb-18, rb-24; 本报讯（记者 …） in paragraph rb-14; standalone first line rb-09, rb-22, rb-26, rb-30; closing line rb-15, rb-21, rb-36; 文/ and 文/图 rb-09, rb-26, rb-30, rb-33; spaced names rb-03, rb-09, rb-13, rb-15, rb-18, rb-23, rb-31, rb-32, rb-37, rb-40; minority names with · rb-03, rb-14, rb-21, rb-26, rb-34; 通讯员 rb-13, rb-33; account names rb-25, rb-27, rb-28, rb-29; wire copy with only a source rb-12, rb-17, rb-20, rb-35; English By-line rb-19
- 无障碍/长者模式/关怀版: rb-01, rb-03, rb-04, rb-06, rb-10, rb-40; 【字体：大 中 小】 rb-01, rb-02; 【打印】【关闭】 rb-01, rb-03, rb-12; view counts rb-01, rb-03, rb-14, rb-36, rb-37
- photos with captions: rb-03, rb-04, rb-07, rb-09, rb-15, rb-24, rb-25, rb-40; tables: rb-04, rb-06, rb-38; lists: rb-08; sub-headings: rb-02, rb-04, rb-05, rb-08, rb-13, rb-25, rb-33
- 上一篇/下一篇 rb-01, rb-09; related lists rb-02, rb-07, rb-13, rb-18, rb-24, rb-26; QR captions rb-02, rb-13, rb-16, rb-25, rb-30; editor lines (编辑/二审/三审/责任编辑) rb-01, rb-07, rb-11, rb-14, rb-22
- self-media: 微信 rb-25, 头条号 rb-26, 百家号 rb-27, 网易号 rb-28, 微博 rb-29, app share page rb-30
- e-paper with 版次 navigation, 引题/副题 and 本版标题: rb-31 … rb-35
- institutions: university rb-36, hospital rb-37, association rb-38, company rb-39, museum rb-40

## Pages
| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""

LICENSE = """The pages in this set were invented for testing. Everything in them (people, organisations'
statements, numbers, document numbers, phone, ICP and 公网安备 numbers) is made up.

This set is released under CC0 1.0 Universal (public domain dedication):
https://creativecommons.org/publicdomain/zero/1.0/legalcode
"""


def main():
    rows = []
    for fn in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        g = json.load(open(fn, encoding="utf-8"))
        rows.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {', '.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
    open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(LICENSE)
    print("README.md and LICENSE written")


if __name__ == "__main__":
    main()
