#!/usr/bin/env python3
"""Write README.md (page table generated from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
golds = [json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")) for f in sorted(os.listdir(os.path.join(ROOT, "gold")))]
head = """# zh-blind195: 40 invented Chinese news pages (blind test set)

Invented pages imitating the HTML templates of kinds of Chinese sites in 湖南、江西、山西 and 海南, as a
press-office or district-government clerk would copy them from a browser (select-all + copy). Every
article, name, number, 文号, phone, ICP and 公网安备 number is made up. Licence: CC0 1.0 (see LICENSE).

| kind | pages | ids |
|---|---|---|
| government | 12 | sn-01 … sn-12 |
| media (sn-19, sn-20 English) | 12 | sn-13 … sn-24 |
| self-media | 6 | sn-25 … sn-30 |
| e-paper | 5 | sn-31 … sn-35 |
| institution | 5 | sn-36 … sn-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, images are 1×1 data-URI GIFs with alt text; sn-01 declares gb2312 as a re-saved page would).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`), with `_manifest.json`.
- `raw/<id>.txt`: normalised from raw-chromium by `src/make_raw.py` (tab runs with surrounding spaces -> one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `{id, set, lang, kind, title, authors, publish_time, body_paragraphs}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_inst.py` (page records: the one source of the body blocks), `templates.py` (skeletons), `build.py` (html + gold from the same blocks), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

```
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py        # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
python3 src/make_readme.py
```

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, no site name, no 【label】 prefix; sn-29's weibo title is printed inside 【】, gold drops the brackets); e-paper: the 主题 (the line the 本版标题 list prints); a headline broken over two lines (sn-32) is joined with no space.
- authors = writers/reporters incl. 通讯员, in printed order; spaced names unspaced; minority names keep the middle dot (sn-40); never 编辑/审核/摄影/来源/责任编辑; speech: the speaker (sn-05); self-media: the account name when no person is named; notices/documents without a writer: []; English: the `By` names, wire copy with only a source: [] (sn-20).
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); official documents: 主送 line, 署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）) stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- Skeletons: 2010s table layout (sn-01, sn-05, sn-09, sn-12), 2010s div portal with 无障碍/长者模式/search/breadcrumb/【字体：大 中 小】/【打印】【关闭】/share/QR/上一篇下一篇 (sn-02, sn-04, sn-06, sn-08, sn-10), 信息公开 page with index table and 文号 (sn-03, sn-07, sn-11), media portals with side ranking and related lists (sn-13, sn-15, sn-17, sn-20, sn-21, sn-23), responsive flex pages (sn-14, sn-16, sn-18, sn-19, sn-22, sn-24), 公众号 (sn-25, sn-26), app share pages 头条/百家号/微博/网易号 (sn-27 … sn-30), e-paper frames with 版次 navigation and 本版标题 (sn-31 … sn-35), institution grid pages (sn-36 … sn-40).
- Info bar: above the headline (sn-02, sn-07, sn-12, sn-15, sn-32, sn-37, sn-40), below (most), at the bottom (sn-08, sn-17, sn-35, sn-38); spaced items (sn-01), glued site+date (sn-12), pipe-separated (sn-06, sn-08), flex items (sn-14, sn-18, sn-19).
- Date forms: 2025-03-18 (sn-01), 2025年04月02日 10:15 (sn-02), with seconds (sn-03, sn-07, sn-09, sn-13, sn-22, sn-35), 2025/09/15 (sn-04), 2025.04.28 (sn-06), 2025年8月26日 18:03 (sn-12), 25-7-15 10:08 (sn-29), English dates (sn-19).
- Bylines: info bar (sn-02, sn-08, sn-13, sn-36), first line (sn-21, sn-32, sn-35, sn-37), 本报讯（记者 …） in the first paragraph (sn-13, sn-14, sn-16, sn-23, sn-34), standalone dateline line (sn-22), closing line （记者 …） (sn-12), （马永红　丁佳） (sn-21), （任浩　薛敏） (sn-38), 文/图 (sn-15, sn-26), in parentheses at the end of the last paragraph (sn-10), `By` line (sn-19), wire copy (sn-20), speaker (sn-05), account names (sn-25, sn-27, sn-29, sn-30).
- Editor lines: 责任编辑 (sn-01, sn-13), 一审二审三审 (sn-10), 编辑/审核 (sn-06, sn-16, sn-25), 摄影/审核 (sn-36), source line (sn-24).
- Body furniture: sub-headings (sn-02, sn-03, sn-05, sn-06, sn-17, sn-32, sn-39), lists (sn-03, sn-06, sn-25, sn-37), tables (sn-04, sn-09, sn-34), quotes (sn-08), photo captions (sn-02, sn-14, sn-25, sn-26, sn-28, sn-35), 引题/副题 stacks (sn-22, sn-31, sn-32, sn-33, sn-35), document 署名/成文日期 (sn-03, sn-04, sn-07, sn-09), attachments (sn-03).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
rows = "".join(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {', '.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n" for g in golds)
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + rows)
print("README.md written")
