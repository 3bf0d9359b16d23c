#!/usr/bin/env python3
"""Write README.md from gold/ (page table) plus fixed text."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"], g["title"].replace("|", "\\|"), "、".join(g["authors"]) or "—", g["publish_time"], len(g["body_paragraphs"])))
TEXT = """# zh-blind197

A blind test set of 40 invented Chinese (and two English) news pages imitating the HTML templates of
government, media, self-media, e-paper and institution sites in 上海、福建、重庆 and 西藏, as a clerk in a press
office or district government would copy them out of a browser (select-all + copy). Every article, name,
number, 文号, phone, ICP and 公网安备 number is made up.

| kind | pages | ids |
|---|---|---|
| government | 12 | sp-01 … sp-12 |
| media (sp-19, sp-20 English) | 12 | sp-13 … sp-24 |
| self-media | 6 | sp-25 … sp-30 |
| e-paper | 5 | sp-31 … sp-35 |
| institution | 5 | sp-36 … sp-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, images as 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt`: normalized from raw-chromium by `src/make_raw.py` (tab runs -> one space, ASCII spaces at
  line edges stripped, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_a.py`, `pages_b.py` (page specs: the single source of truth for html and gold),
  `templates.py` (site skeletons), `build.py`, `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind197
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py      # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
python3 src/readme.py
```

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, site name or 【label】); in an e-paper stack the 主题.
- authors = writers/reporters including 通讯员, in printed order; spaced names unspaced; never 编辑/审核/摄影/来源;
  a speech: the speaker; self-media: the account name when no person is named; documents without a writer: [];
  English: the `By` names, wire copy with only a source: [].
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for documents the 主送 line,
  署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）, a closing （马永红 丁佳）
  inside the last paragraph) stay; standalone byline lines, captions, editor/source lines, buttons, related
  lists and footers are not body.

## Features covered

- Site generations: 2010s table layout (sp-01, 05, 08, 12), 2010s div portal (sp-02, 04, 07, 09, 11, 13, 15, 17, 21, 23),
  信息公开 index table (sp-03, 06, 10), responsive flex (sp-14, 16, 18, 22, 24, 36–40), English pages (sp-19, 20),
  公众号 (sp-25, 26), app share pages 头条/百家/网易/微博 (sp-27–30), e-paper frames (sp-31–35).
- Info bar above the headline (sp-02, 20, 18, 34, 37, 40), below (most), at the bottom (sp-05, 09, 17, 32, 38).
- Date forms: 2025-03-18 (sp-01), 2025年04月02日 10:15 (sp-02), 2025/09/15 (sp-04), 2025.04.28 (sp-07),
  with seconds (sp-05, 08, 16, 23, 27, 38), English dates (sp-19), 2025.11.21 (sp-35), 2025.06.05 15:32 (sp-40).
- Bylines: info bar (sp-01, 21, 24, 36, 40), standalone first line (sp-08 文/图, sp-11, 28, 33), in first paragraph
  本报讯（记者 …） (sp-13, 31), closing standalone line (sp-02, 15, 26, 34), in parentheses at the end of the last
  paragraph (sp-22, 30, 39), spaced names (sp-02, 11, 33), minority names (sp-04, 10, 16, 26, 40), speech speaker
  (sp-07), account name only (sp-25, 27, 29), English By line (sp-19), wire copy with source only (sp-20).
- Documents: 通告 (sp-03), 公示 with table (sp-05), 通知 (sp-06, 12), 政策解读 (sp-04, 10), speech (sp-07).
- Furniture: 无障碍/长者模式 and search box (gov_div pages), breadcrumbs, 【字体：大 中 小】【打印】【关闭】, 浏览次数,
  share buttons, QR captions, related lists, 上一篇/下一篇, footers with 主办/承办/ICP/公网安备/网站标识码,
  editor lines incl. 一审二审三审 (sp-11), photo captions (sp-02, 08, 10, 13, 16, 19, 25, 26), sub-headings
  (sp-04, 07, 14, 18, 25, 33, 37, 39), lists (sp-04, 12, 25), tables (sp-05, 21, 36), quotes (sp-14, 18),
  引题/主题/副题 stacks (sp-14, 31, 32, 33, 34, 35), comments (sp-27–30).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(TEXT + "\n".join(rows) + "\n\nLicense: CC0 1.0 (see LICENSE).\n")
print("README rows", len(rows))
