#!/usr/bin/env python3
"""Write README.md from the gold files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
golds = [json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")) for f in sorted(os.listdir(os.path.join(ROOT, "gold"))) if f.endswith(".json")]
rows = "\n".join(f"| {g['id']} | {g['kind']} | {g['title'].replace('|','｜')} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |" for g in golds)
text = f"""# zh-blind185

A blind test set of 40 invented Chinese news pages (two English pages of Chinese outlets) imitating the HTML
templates of government, media, self-media, e-paper and institution sites in 山西、陕西、黑龙江 and 广西, with
the text a reader gets by select-all + copy in Chromium, and gold answers (headline, writers, date, body paragraphs).
Everything (articles, names, numbers, 文号, phones, ICP/公网安备 numbers) is made up.

| kind | pages | ids |
|---|---|---|
| government | 12 | sd-01 … sd-12 |
| media | 12 | sd-13 … sd-24 (sd-19, sd-20 English) |
| self-media | 6 | sd-25 … sd-30 |
| e-paper | 5 | sd-31 … sd-35 |
| institution | 5 | sd-36 … sd-40 |

## Layout

- `html/<id>.html` – the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text)
- `raw-chromium/<id>.txt` – Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`)
- `raw/<id>.txt` – normalised copy of raw-chromium (tab runs -> one space, ASCII edge spaces stripped, U+3000 kept, blank runs collapsed)
- `gold/<id>.json` – `id, set, lang, kind, title, authors, publish_time, body_paragraphs`
- `src/` – `pages_gov.py`, `pages_media.py`, `pages_other.py` (page definitions; the body blocks are the single source
  for html and gold), `build.py`, `make_raw.py`, `check.py`, `make_readme.py`

## Rebuild

```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/make_readme.py
```

## Gold conventions

- title: main headline only as printed (no 引题/副题, site name, 【label】); e-paper stacks use the 主题; a headline broken over lines is joined without space (sd-32).
- authors: writers/reporters incl. 通讯员 in printed order, unspaced; never 编辑/审核/摄影/来源; a speech: the speaker (sd-06); self-media without a person: the account name; notices without a writer: []; English: the By names, wire copy with only a source: [] (sd-20).
- publish_time: as printed, without label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for documents 主送, 署名, 成文日期 are body, 文号 is not; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- 2010s table layouts: sd-01, sd-04, sd-07, sd-10; 2010s div portals: sd-02, sd-05, sd-08, sd-11, media portals sd-13–sd-18, sd-21–sd-24; responsive flex: sd-03, sd-06, sd-09, sd-12; app/self-media share pages: sd-25–sd-30; e-paper frames: sd-31–sd-35; institution sites: sd-36–sd-40
- info bar above headline: sd-03, sd-11, sd-16, sd-20, sd-27, sd-28, sd-32, sd-35; at the bottom: sd-10, sd-21, sd-31, sd-40; glued: sd-02, sd-11, sd-15, sd-34, sd-39
- 信息公开 index tables: sd-04, sd-08; official documents with 文号/署名/成文日期: sd-02, sd-04, sd-08, sd-09; 政策解读 with lists: sd-03; speech: sd-06
- date forms: 2025-03-18 (sd-01), 2025年04月02日 10:15 (sd-07), 2025/09/15-style (sd-03, sd-40), 2025.04.28 (sd-04, sd-21), with seconds (sd-05, sd-15, sd-22, sd-30), English dates (sd-19)
- bylines: info bar (sd-01, sd-11, sd-15, sd-17, sd-36, sd-39), first line (sd-05, sd-16, sd-21, sd-30, sd-31, sd-38), 本报讯（记者 …） (sd-07, sd-14, sd-32), closing line (sd-18, sd-23, sd-33), 文/图 (sd-24, sd-29), parentheses at end of last paragraph (sd-10, sd-12, sd-22, sd-35), English By line (sd-19)
- tables: sd-04, sd-08, sd-38; sub-headings: sd-03, sd-06, sd-08, sd-09, sd-14, sd-25, sd-33, sd-37; lists: sd-03, sd-25; quote: sd-16
- furniture: 【字体：大 中 小】【打印】【关闭】, 浏览次数, 无障碍/长者模式, search boxes, breadcrumbs, share lines, QR captions, 上一篇/下一篇 (sd-01, sd-36), related lists (sd-14, sd-20), 编辑/审核/一审二审三审 (sd-12), photo captions, footers with 主办/承办/ICP/公网安备/网站标识码

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
{rows}

## License

CC0 1.0 – see LICENSE.
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README written")
