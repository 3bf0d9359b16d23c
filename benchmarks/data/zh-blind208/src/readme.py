"""Write README.md from the gold files."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = """# zh-blind208

Blind test set for a tool that reads the text a clerk gets when selecting a whole news page in
Chromium and copying it (select-all + copy), and must find the article: headline, writers, publish
date, body paragraphs. 40 invented pages imitating sites from 湖北, 湖南, 海南 and 贵州. Every
person, number, 文号, phone, ICP and 公网安备 number is made up.

| kind | pages | ids |
|---|---|---|
| government | 12 | ra-01 … ra-12 |
| media (ra-19, ra-20 English) | 12 | ra-13 … ra-24 |
| self-media | 6 | ra-25 … ra-30 |
| e-paper | 5 | ra-31 … ra-35 |
| institution | 5 | ra-36 … ra-40 |

## Layout
- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text)
- `raw-chromium/<id>.txt` (+ `_manifest.json`): Chromium select-all + copy text, never edited by hand
- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tab runs → one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, trailing blanks dropped)
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`
- `src/`: furniture.py (layouts), pages_a.py / pages_b.py / pages_c.py (page content), pages_extra.py (extra paragraphs), build.py, make_raw.py, check.py, readme.py

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
- 2010s table layouts with 【字体：大 中 小】【打印本页】【关闭窗口】: ra-01, ra-04, ra-07, ra-09, ra-11
- div portals with 无障碍/长者模式, search box, 上一篇/下一篇, related lists: ra-02, ra-03, ra-05, ra-06, ra-08, ra-10, ra-12
- info-disclosure index table (索引号/发布机构/文号) and a 通知 with 主送, 署名, 成文日期, 文号 line excluded: ra-02
- 公示 with a data table: ra-04, ra-11; data table in a report: ra-09
- 政策解读 with numbered list lines: ra-05; a speech (speaker as author): ra-07
- info bar above the headline: ra-04, ra-14, ra-20, ra-24, ra-38; below: most; at the bottom: ra-09, ra-12, ra-15, ra-21, ra-39; glued with | and no spaces: ra-03
- date forms: 2025-03-18 (ra-01), 2025年04月02日 10:15 (ra-02), 2025/03/09 16:42:08 (ra-03), 2025-4-7 (ra-04), 2025.04.28 (ra-06), 2025年2月17日 (ra-07), seconds (ra-08, ra-39), English (ra-19), 2025.2.20 (ra-38), 6月14日 21:05 without year (ra-28)
- spaced names (　): ra-01, ra-06, ra-10, ra-12, ra-15, ra-18, ra-21, ra-22, ra-23, ra-27, ra-31, ra-33, ra-36, ra-40
- minority names with ·: ra-08, ra-30, ra-33, ra-34
- 本报讯（记者 …）: ra-13, ra-34; （记者 … 通讯员 …） line: ra-10; name in parentheses ending last paragraph: ra-12, ra-35; standalone closing byline: ra-23, ra-40; 文/ 图/: ra-06, ra-21; 文｜: ra-27; in-paragraph byline: ra-32
- wire copy with only a source (authors []): ra-16, ra-20, ra-24; English By-line: ra-19
- editor lines (编辑/审核/二审/三审/终审/责编/一审): ra-06, ra-08, ra-14, ra-36, ra-37
- photo captions: ra-01, ra-13, ra-21, ra-25, ra-33; QR-code captions and ICP/公网安备/网站标识码 footers: all gov and media pages
- self-media: 公众号 ra-25, 头条号 ra-26, 百家号 ra-27, 微博 ra-28, 网易号 ra-29, app share page ra-30; account name as author: ra-25, ra-26, ra-28, ra-29
- e-paper with 版次 navigation, 本版标题, 引题 (ra-31, ra-33, ra-34) and 副题 (ra-31, ra-32, ra-35)
- institutions: university ra-36, hospital ra-37 (department as writer), association notice ra-38, company ra-39, hospital health article with list ra-40
- TV news script with 【导语】【正文】【同期】: ra-17; commentary: ra-18; sub-headings in media: ra-14, ra-22

## Pages
| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
def main():
    rows = []
    for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        d = json.load(open(g, encoding="utf-8"))
        rows.append(f"| {d['id']} | {d['kind']} | {d['title']} | {', '.join(d['authors'])} | {d['publish_time']} | {len(d['body_paragraphs'])} |")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n\n## License\nInvented for testing; CC0 1.0 Universal (see LICENSE).\n")
if __name__ == "__main__":
    main()
