# -*- coding: utf-8 -*-
"""Write README.md (page table generated from gold/)."""
import os, json, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = """# zh-blind200

40 invented Chinese news pages (38 Chinese, 2 English pages of Chinese outlets) imitating the HTML
templates of government, media, self-media, e-paper and institution sites in 浙江、湖北、贵州 and 内蒙古,
as a press-office clerk would copy them out of a browser (select-all + copy). Everything is made up:
articles, names, numbers, 文号, phones, ICP/公网安备 numbers. Licence: CC0 1.0 (see LICENSE).

| kind | pages | ids |
|---|---|---|
| government | 12 | ss-01 … ss-12 |
| media | 12 | ss-13 … ss-24 (English: ss-19, ss-20) |
| self-media | 6 | ss-25 … ss-30 |
| e-paper | 5 | ss-31 … ss-35 |
| institution | 5 | ss-36 … ss-40 |

## Layout

- `html/<id>.html` – the page: UTF-8, one embedded `<style>`, no scripts, images are 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt` – Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`).
- `raw/<id>.txt` – made from raw-chromium by `src/make_raw.py` (tab runs -> one space, ASCII spaces stripped at
  line edges, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json` – `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/pages.py` – the one source of truth (metadata + body blocks); `src/build.py` renders html and gold
  from it; `src/make_raw.py`; `src/check.py`; `src/make_readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind200
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py        # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
python3 src/make_readme.py
```

## Gold conventions

- title = main headline only as printed (no 引题/副题, site name or 【label】 prefix); e-paper: the 主题; a headline
  broken over two lines (ss-35) is joined with no space.
- authors = writers/reporters incl. 通讯员, printed order, spaced names unspaced, minority middle dot kept (ss-21);
  never 编辑/审核/摄影/来源; speech: the speaker (ss-08); self-media: account name when no person is named;
  notices/documents without writer: []; English: the `By` names, wire copy with only a source: [] (ss-20).
- publish_time as printed, without label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); official documents: 主送, 署名 and
  成文日期 are body, 文号 line is not; in-paragraph bylines (本报讯（记者 …）) stay; standalone byline lines,
  captions, editor/source lines, buttons, related lists, footers are not body.

## Features covered

- Site generations: 2010s table layout (ss-01, 04, 09, 12), 2010s float/div portal (ss-16, 21), div portals
  (ss-03, 06, 10, 13, 15, 23, 36–40), responsive flex (ss-05, 08, 11, 14, 18, 24), 信息公开 index tables
  (ss-02, 07), TV pages with player (ss-17, 22), English pages (ss-19, 20), 公众号 (ss-25, 29), 头条号 (ss-26),
  微博 (ss-27), 百家号 (ss-28), app share page (ss-30), e-paper table frame (ss-31, 33, 35), e-paper div (ss-32, 34).
- Info bar glued (ss-01, 09, 12) or spaced (ss-03, 04, 06, 10), above the headline (ss-05, 11), below it,
  at the bottom (ss-37).
- Date forms: 2025-03-18 (ss-01), 2025年04月02日 10:15 (ss-02), 2025/03/21 16:40 (ss-03), 2025.04.28 (ss-04),
  with seconds (ss-05, 09, 15, 24, 28, 36), 2025/09/15 (ss-17), 2025.08.06 18:30 (ss-30), English (ss-19).
- Bylines: info bar (ss-01, 10, 13, 15, 17, 19, 36, 38, 39), first line (ss-03, 14, 18, 21, 31, 33),
  in first paragraph 本报讯（记者 …） (ss-13, 34), closing line (ss-05, 12, 16, 23, 32, 37), 文/图 (ss-14, 35),
  文｜ line (ss-29), speaker line (ss-08), account names (ss-25, 26, 27, 28, 30), wire source only (ss-20).
- Furniture: 无障碍/长者模式 (ss-03, 05, 06, 10, 11), search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】,
  浏览次数, share buttons, QR captions, related lists, 上一篇/下一篇, 主办/承办/ICP/公网安备/网站标识码 footers,
  编辑/审核/一审二审三审 lines (ss-05), photo captions (ss-03, 14, 35), 【公告】/【政策解读】 labels (ss-04, 06).
- Documents with 主送/署名/成文日期 (ss-02, 04, 07, 09, 11, 40) and 文号 lines (ss-02, 07, 40); sub-headings
  (ss-02, 06, 08, 25, 33, 40); lists (ss-02, 11); tables (ss-04, 07, 09, 40); speech (ss-08); 引题/主题/副题
  stacks with 本版标题 lists (ss-31–35); weibo 【headline】 post (ss-27).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
rows = []
for g in sorted(glob.glob(f"{ROOT}/gold/*.json")):
    d = json.load(open(g, encoding="utf-8"))
    rows.append(f"| {d['id']} | {d['kind']} | {d['title']} | {'、'.join(d['authors']) or '—'} | {d['publish_time']} | {len(d['body_paragraphs'])} |")
open(f"{ROOT}/README.md", "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
print("README.md written")
