"""Write README.md (static text + table of every page from gold/)."""
import os, json, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = """# zh-blind190: 40 invented Chinese news pages (blind test set)

Invented pages imitating the HTML templates of Chinese sites in 北京、江苏、贵州 and 新疆, as a press-office or
district-government clerk would copy them out of a browser (select-all + copy). Everything is made up
(articles, names, numbers, 文号, phone, ICP and 公网安备 numbers). License: CC0 1.0 (see LICENSE).

| kind | pages | ids |
|---|---|---|
| government | 12 | si-01 … si-12 |
| media (si-19, si-20 English) | 12 | si-13 … si-24 |
| self-media | 6 | si-25 … si-30 |
| e-paper | 5 | si-31 … si-35 |
| institution | 5 | si-36 … si-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, images as 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`).
- `raw/<id>.txt`: normalised from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_a.py`, `pages_b.py`, `pages_extra.py` (page data: the one source of truth), `build.py`
  (renders html and gold from the same body blocks), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

    python3 src/build.py
    python3 /work/shared/tools/chromium_text.py --chromium /usr/bin/chromium --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py      # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
    python3 src/readme.py

## Gold conventions

- title: the main headline only, as printed (no 引题/副题, site name or 【label】); e-paper: the 主题.
- authors: writers/reporters incl. 通讯员, printed order, spaced names unspaced, minority names keep the middle dot;
  never 编辑/审核/摄影/来源; speech: the speaker; self-media: the account name when no person is named;
  notices/documents without a writer: []; English: the `By` names, wire copy with only a source: [].
- publish_time: as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); in official documents the 主送 line,
  署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）, a parenthesis at the end of
  the last paragraph) stay; standalone byline lines, captions, editor/source lines, buttons, related lists, footers are not body.

## Features covered

- 2010s table layouts: si-01, si-03, si-06, si-09, si-12, si-14, si-18, si-22, si-38; div portals: most others;
  app/share pages: si-21 buttons, si-25 … si-30; e-paper frames (版次 nav, 本版标题, 引题/主题/副题): si-31 … si-35.
- info bar below headline: si-02, si-07, si-08, …; above: si-04, si-09, si-10, si-14, si-17, si-32, si-34, si-38;
  at the bottom: si-05, si-21, si-31, si-33, si-36; glued: si-02, si-10, si-12, si-15, si-22, si-38.
- date forms: 2025-03-18 (si-01), 2025年04月02日 10:15 (si-02), 2025/09/15 (si-04), 2025.04.28 (si-05), with seconds
  (si-06, si-15, si-22, si-27, si-37), English dates (si-19 `Oct 14, 2025`).
- 信息公开 index table with 文号: si-03; notices/通告/公示/通知 with 主送, 署名, 成文日期: si-03, si-09, si-11, si-40;
  政策解读 with table: si-04; speech: si-06; 公示 table: si-09.
- furniture: 无障碍/长者模式 (si-01, si-02, si-04, si-08, si-37), 【字体：大 中 小】 (si-01, si-02, si-04, si-11, si-18),
  【打印】【关闭】, 浏览次数/点击, share buttons (si-14, si-21, si-25 …), 上一篇/下一篇 (si-01, si-04, si-36), related lists,
  ICP/公网安备/网站标识码 footers, 一审二审三审 (si-08, si-15), photo captions (si-01, si-08, si-17, si-19).
- bylines: info bar (si-01, si-02, si-08, si-13, si-18, si-21, si-36, si-37), first line (si-05, si-10, si-22, si-23,
  si-26, si-28, si-31, si-34), 本报讯（记者 …） (si-12, si-14, si-32, si-35), closing line (si-15, si-17, si-30, si-38, si-39),
  parenthesis at the end of the last paragraph (si-07, si-24, si-33), English By line (si-19), wire with source only (si-20),
  account name as author (si-25, si-27, si-29).
- sub-headings (si-02, si-03, si-04, si-06, si-25, si-27, si-37), lists (si-03, si-37), tables (si-04, si-09), quotes (si-07).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
rows = []
for f in sorted(glob.glob(f"{ROOT}/gold/*.json")):
    g = json.load(open(f, encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|','｜')} | {'、'.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
open(f"{ROOT}/README.md", "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
