#!/usr/bin/env python3
"""Write README.md (with the per-page table from gold/)."""
import os, json, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
for p in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(p, encoding="utf-8"))
    rows.append(f'| {g["id"]} | {g["kind"]} | {g["title"]} | {"、".join(g["authors"]) or "—"} | {g["publish_time"]} | {len(g["body_paragraphs"])} |')
HEAD = """# zh-blind192

A blind test set of 40 invented Chinese (and two English) news pages imitating the HTML templates of
government, media, self-media, e-paper and institution sites in 河北、安徽、陕西 and 宁夏, as a press-office clerk
would copy them out of a browser (select-all + copy). Everything (articles, names, numbers, 文号, phones, ICP and
公网安备 numbers) is made up. License: CC0 1.0 (see LICENSE).

| kind | pages | ids |
|---|---|---|
| government | 12 | sk-01 … sk-12 |
| media (sk-19, sk-20 English) | 12 | sk-13 … sk-24 |
| self-media | 6 | sk-25 … sk-30 |
| e-paper | 5 | sk-31 … sk-35 |
| institution | 5 | sk-36 … sk-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, images as 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt`: normalised from raw-chromium by `src/make_raw.py` (tab runs -> one space, ASCII spaces stripped at line
  edges, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_other.py` (page data: one `body` text per page, the single source of
  truth for html and gold), `build.py` (skeletons; writes html and gold), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
    python3 src/make_raw.py
    python3 src/check.py        # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
    python3 src/make_readme.py

## Gold conventions

- title: the main headline only, as printed (no 引题/副题, no site name, no 【label】 prefix); e-paper: the 主题; a headline
  broken over two lines is joined with no space (sk-23).
- authors: writers/reporters including 通讯员, in printed order; spaced names unspaced; never 编辑/审核/摄影/图/来源/责任编辑;
  a speech: the speaker (sk-05); self-media: the account name when no person is named; notices/documents without a writer
  and pages with only a source department: []; English: the `By` names, wire copy with only a source: [] (sk-20).
- publish_time: as printed, without its label.
- body: prose, sub-headings, list lines, table rows (cells joined by one space); official documents: 主送 line, 署名 and
  成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）) stay; standalone byline lines, captions,
  editor/source lines, buttons, related lists and footers are not body.

## Features covered

- Skeletons: 2010s table layout (sk-01, 04, 08, 11), div portal with 无障碍/长者模式, share, QR, 上一篇/下一篇 (sk-03, 05, 07, 09, 12),
  信息公开 index table with 文号 line (sk-02, 06, 10), responsive flex media (sk-13, 15–17, 21–23), old table portals (sk-14, 18, 24),
  English pages (sk-19, 20), 公众号 (sk-25, 29), 头条/百家/网易 share pages (sk-26, 27, 30), 微博 (sk-28), e-paper frames with
  版次 and 本版标题 (sk-31–35), institutions: university, hospital, state enterprise, court, association (sk-36–40).
- Info bar: above the headline (sk-01, 03, 13), glued (sk-04), before the headline (sk-07, 15), below the body (sk-08, 11, 37, 40),
  at the bottom of the article (sk-05, 21).
- Date forms: 2025-03-18 (sk-01), 2025年04月02日 (sk-02), 2025/04/15 09:32 (sk-03), with seconds (sk-04, 14, 21, 27, 36),
  2025.04.28 (sk-06, 30), 2025-4-29 17:20 (sk-28), English (sk-20).
- Bylines: info bar (sk-01, 03, 36), in the first paragraph 本报讯（记者 …） (sk-13, 32), closing line (sk-11, 15, 17, 33, 35),
  standalone first line (sk-22), centred under the headline (sk-31, 34), 文/图 (sk-29, 34), speech speaker (sk-05),
  account names (sk-25, 26, 27, 28, 30), spaced names (sk-13, 15, 22, 34), minority name with middle dot (sk-37).
- Tables (sk-06, 08), lists (sk-04, 12, 25, 40), sub-headings (sk-03, 04, 05, 10, 15, 26, 34), quote (sk-39), photo captions
  (sk-01, 07, 13, 19), 引题/主题/副题 stacks (sk-31, 33, 34), kicker/subtitle on media (sk-15, 23), two-line headline (sk-23),
  official documents with 主送/署名/成文日期 (sk-02, 10, 12), one-two-three review editor line (sk-07).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(HEAD + "\n".join(rows) + "\n")
