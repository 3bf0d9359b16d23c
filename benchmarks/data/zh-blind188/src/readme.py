"""Write README.md (page table from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = """# zh-blind188

A blind test set of 40 invented Chinese news pages (two English-language pages of Chinese outlets),
imitating the HTML templates of government, media, self-media, e-paper and institution sites in
江苏、四川、海南 and 甘肃, as a press-office or district-government clerk would copy them out of a
browser (select-all + copy). Everything is made up: articles, names, numbers, 文号, phones, ICP and
公网安备 numbers. License: CC0 1.0 (see LICENSE).

| kind | pages | ids |
|---|---|---|
| government | 12 | sg-01 … sg-12 |
| media (sg-19, sg-20 English) | 12 | sg-13 … sg-24 |
| self-media | 6 | sg-25 … sg-30 |
| e-paper | 5 | sg-31 … sg-35 |
| institution | 5 | sg-36 … sg-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, 1×1 data-URI GIF images with alt text;
  some pages still declare gb2312 like re-saved 2010s pages).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`).
- `raw/<id>.txt`: raw-chromium normalised by `src/make_raw.py` (tab runs -> one space, ASCII spaces stripped at
  line edges, U+3000 kept, blank-line runs collapsed, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_a.py` / `pages_b.py` / `pages_c.py` (page data and body blocks), `build.py` (html + gold from
  the same blocks), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd zh-blind188
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium
python3 src/make_raw.py
python3 src/check.py      # every gold string in raw-chromium/ and raw/ (modulo white space), bodies >= 300 chars
python3 src/readme.py
```

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, no site name, no 【label】 prefix); in an e-paper
  引题/主题/副题 stack the title is the 主题; a headline broken over two lines is joined with no space.
- authors = writers/reporters including 通讯员, in printed order; spaced names unspaced; minority names keep the
  middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no
  person is named; notices/documents without a writer: []; English: the `By` names, wire copy with only a source: [].
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for official documents the 主送
  line, 署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）) stay; standalone
  byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- 2010s table layouts (declared gb2312): sg-01, sg-05, sg-10, sg-16, sg-21, sg-24, sg-39
- 2010s div portals: sg-02, sg-04, sg-06, sg-09, sg-13, sg-15, sg-18, sg-23, sg-36, sg-37
- responsive flex pages: sg-08, sg-11, sg-14, sg-17, sg-22, sg-38; English pages: sg-19, sg-20
- 信息公开 pages with index tables and 文号: sg-03, sg-07, sg-12; association notice with 文号: sg-40
- notices/通告/公示/通知 documents with 主送, 署名, 成文日期: sg-03, sg-04, sg-09, sg-12, sg-40; 政策解读: sg-07; speech: sg-06
- app share pages / self-media: 公众号 sg-25, sg-28; 头条号 sg-26; 百家号 sg-30; 微博 sg-27; app share sg-29
- e-paper frames with 版次 navigation, 本版标题, 引题/主题/副题: sg-31 … sg-35 (引题+主题+副题 sg-31, sg-34; 主题+副题 sg-33; 引题+主题 sg-32, sg-35)
- info bar glued: sg-02, sg-05, sg-09, sg-11, sg-14, sg-15, sg-20, sg-21, sg-23, sg-37, sg-39; above the headline:
  sg-04, sg-09, sg-14, sg-18, sg-20, sg-23, sg-38; at the bottom: sg-11, sg-22
- date forms: 2025-03-18 (sg-01), 2025年04月02日 10:15 (sg-10), 2025/09/15 (sg-04), 2025.04.02 (sg-05),
  with seconds (sg-06, sg-09, sg-15, sg-29, sg-39), 2025-6-9 08:15 (sg-27), English date (sg-19)
- bylines: info bar (sg-01, sg-08, sg-18, sg-19, sg-23, sg-36, sg-38, sg-39), first line (sg-05, sg-14, sg-16,
  sg-24, sg-28, sg-31, sg-32), 本报讯（记者 …） in the first paragraph (sg-13, sg-33, sg-34), closing line
  (sg-10, sg-17, sg-35, sg-37), bottom after the body (sg-21), 文/图 (sg-11, sg-16), in parentheses at the end of
  the last paragraph (sg-02, sg-22), speaker (sg-06), account names (sg-25, sg-26, sg-27, sg-30)
- spaced names: sg-08, sg-11, sg-16, sg-21, sg-23, sg-24, sg-32, sg-33, sg-35; minority names: sg-18 (泽仁卓玛)
- furniture: 无障碍/长者模式, search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, 浏览次数, share
  buttons, QR captions, related lists, 上一篇/下一篇, 主办/承办/ICP/公网安备/网站标识码 footers, editor lines,
  一审二审三审 (sg-16), photo captions (sg-01, sg-14), sub-headings, lists, tables (sg-04, sg-30), quotes (sg-25)

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
rows = []
for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
    rows.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"], g["title"].replace("|", "\\|"),
                "、".join(g["authors"]) if g["lang"] == "zh" else ", ".join(g["authors"]), g["publish_time"], len(g["body_paragraphs"])))
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
print("README written")
