#!/usr/bin/env python3
"""Write README.md and LICENSE for zh-blind217 from gold/."""
import json, pathlib
R = pathlib.Path(__file__).resolve().parent.parent
g = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((R / "gold").glob("*.json"))]
kinds = {}
for d in g: kinds.setdefault(d["kind"], []).append(d["id"])
rows = "\n".join(f"| {d['id']} | {d['kind']} | {d['title']} | {'、'.join(d['authors']) or '—'} | {d['publish_time']} | {len(d['body_paragraphs'])} | CC0-1.0 |" for d in g)
kt = "\n".join(f"| {k} | {len(v)} | {v[0]} … {v[-1]} |" for k, v in kinds.items())
md = f"""# zh-blind217

A blind test set of {len(g)} invented Chinese (and two English) news-like web pages imitating sites of
吉林、海南、四川、甘肃, for a program that extracts articles from the text a browser's select-all/copy gives.
Everything (sites, people, numbers, 文号, phone, ICP numbers) is invented.

| kind | pages | ids |
|---|---|---|
{kt}

## Layout
- `html/<id>.html` — the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text).
- `raw-chromium/<id>.txt` — Chromium select-all/copy text (`/work/shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json` — id, set, lang, kind, title, authors, publish_time, body_paragraphs.
- `src/` — `pages_a.py`, `pages_b.py`, `pages_c.py`, `extras.py` (content), `build.py` (html + gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild
```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions
- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 in 本版标题; two-line headlines joined without a space.
- authors: writers/reporters incl. 通讯员/实习生, printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源; speech: the speaker; self-media: the account name when no person is named; notices without writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送/署名/成文日期 but not the 文号 line; bylines inside paragraphs stay; standalone bylines, captions, editor/source lines, buttons, related lists, footers are not body.

## Features covered
- 2010s table layouts: rj-01, rj-04, rj-08, rj-11, rj-16, rj-21, rj-24, e-paper rj-31…35; div portals: rj-03, rj-05, rj-07, rj-09, rj-12, rj-13, rj-15, rj-18, rj-22; responsive grid: rj-14, rj-17, rj-23; app share pages: rj-25…30.
- notices 通知/公示/函/通告/批复 with 主送, 署名, 成文日期: rj-01, rj-04, rj-06, rj-08, rj-09; 文号 line: rj-01, rj-06, rj-08; 信息公开 index table: rj-02, rj-06, rj-10; speech: rj-05.
- tables: rj-08, rj-10, rj-21; lists: rj-02; sub-headings: rj-01, rj-02, rj-05, rj-10, rj-26; photos with captions: rj-07, rj-13, rj-18, rj-38; 引题/副题: rj-13, rj-15, rj-24, rj-31…35; two-line headlines: rj-17, rj-33.
- bylines: info bar rj-03, rj-11, rj-16, rj-22, rj-36, rj-37, rj-40; 本报讯（记者…通讯员…） rj-13, rj-24, rj-31; standalone first line rj-14, rj-18 (文/图), rj-34; closing line rj-17, rj-23, rj-32, rj-33, rj-35, rj-39; names in parentheses ending the last paragraph rj-07, rj-21; spaced names rj-03, rj-18, rj-22, rj-24, rj-35, rj-37; minority names with · rj-16; account names only rj-25, rj-27, rj-28, rj-29; wire copy with only a source rj-12, rj-15, rj-20; English rj-19, rj-20.
- dates: 2025-03-18 (rj-01), 2025年04月02日 10:15 (rj-02), 2025/09/15 (rj-23), 2025.04.28 (rj-04), seconds (rj-05, rj-10, rj-16, rj-22), single digits (rj-08, rj-12, rj-07), English (rj-19), short form 25-8-3 (rj-28).
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines.

## Pages
| id | kind | title | authors | publish_time | paragraphs | licence |
|---|---|---|---|---|---|---|
{rows}
"""
(R / "README.md").write_text(md, encoding="utf-8")
(R / "LICENSE").write_text("""CC0 1.0 Universal

zh-blind217: every page, name, site, number, 文号, phone and ICP number in this set is invented.
To the extent possible under law, the authors have waived all copyright and related or neighboring
rights to this work under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/
The work is provided "as is", without warranty of any kind.
""", encoding="utf-8")
print("README.md, LICENSE written")
