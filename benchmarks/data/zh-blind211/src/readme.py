"""Write README.md and LICENSE for zh-blind211 from the gold files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEAD = """# zh-blind211

A blind test set of 40 invented Chinese news pages (two in English) imitating an ordinary week's pages
from sites in 浙江, 安徽, 四川 and 宁夏, with gold answers (headline, writers, publish time, body
paragraphs) for a tool that reads the text Chromium copies after select-all + copy. Every page, person,
number, 文号, phone, ICP and 公网安备 number is made up.

| kind | pages | ids |
|---|---|---|
| government | 12 | rd-01 … rd-12 |
| media | 12 | rd-13 … rd-24 (rd-19, rd-20 English) |
| self-media | 6 | rd-25 … rd-30 |
| e-paper | 5 | rd-31 … rd-35 |
| institution | 5 | rd-36 … rd-40 |

## Layout
- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text, with `_manifest.json`.
- `raw/<id>.txt`: made from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: furniture.py, pages_a.py, pages_b.py, pages_c.py, extras.py, build.py, make_raw.py, check.py, readme.py.

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: the main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed
  under 本版标题; a two-line headline is joined with no space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority
  names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account
  name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep
  主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions,
  editor/source lines, buttons, related lists and footers are not body.

## Features covered
- 2010s table layouts: rd-01, rd-06, rd-11, rd-21, rd-38; div portals: rd-02, rd-05, rd-08, rd-10, rd-14; responsive grids: rd-03, rd-07, rd-09, rd-12, rd-13, rd-22; app share pages: rd-25 … rd-30.
- Notices 通知/通告/公示 with 主送, 署名, 成文日期 and a 文号 line not in body: rd-02, rd-06, rd-08, rd-38.
- Info-disclosure index tables (索引号/发布机构): rd-02, rd-11. 政策解读: rd-03. Speech (speaker as author): rd-05. Interview Q&A: rd-10.
- Tables as body rows: rd-03, rd-06, rd-11, rd-24, rd-35; lists: rd-22, rd-25; sub-headings: rd-02, rd-03, rd-05, rd-14, rd-25.
- Photos with captions: rd-04, rd-14, rd-18, rd-30. Quoted speech: rd-01, rd-07, rd-13, rd-26, rd-29.
- Info bar below headline: rd-01, rd-12, rd-36; above headline: rd-07; at bottom: rd-10; glued without spaces: rd-04; in a table row: rd-21.
- Date forms: seconds rd-01, rd-08, rd-18, rd-29; 年月日 with time rd-09, rd-14; slashes rd-03, rd-23, rd-38; dots rd-04, rd-24; single-digit rd-07, rd-06; English rd-19; weekday rd-33; short 微博 form rd-28.
- Bylines: info bar rd-01, rd-14, rd-24, rd-36; first line rd-03, rd-17; 本报讯（记者 …） rd-12, rd-31; closing line rd-23, rd-32, rd-33; 文/ rd-10, rd-26, rd-34, rd-37; 文/图 split rd-18; names in parentheses ending last paragraph rd-04; standalone parenthesised rd-21, rd-39; spaced names rd-07, rd-32; minority names with · rd-04, rd-34; account names rd-25, rd-27, rd-28, rd-29, rd-30; wire copy with source only rd-09, rd-20; English By-line rd-19; 讯 line rd-22.
- Furniture: 无障碍/长者模式/关怀版, search placeholders, login links, breadcrumbs in many forms, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, 主办/ICP/公网安备/网站标识码 footers, 编辑/审核/二审/三审 lines, 来源 lines.
- E-paper 版次 navigation, 引题/主题/副题, 本版标题 lists: rd-31 … rd-35.

## Pages
| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""

LICENSE = """The pages in this set were invented for testing. Everything in them (people, organisations' statements,
numbers, 文号, phone numbers, ICP and 公网安备 numbers) is made up.

Released under CC0 1.0 Universal: to the extent possible under law, the authors have waived all copyright
and related or neighboring rights to this work. See https://creativecommons.org/publicdomain/zero/1.0/
"""

def main():
    rows = []
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        rows.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"], g["title"].replace("|", "\\|"),
                    "、".join(g["authors"]) or "—", g["publish_time"], len(g["body_paragraphs"])))
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
    open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(LICENSE)
    print("README.md and LICENSE written")

if __name__ == "__main__":
    main()
