#!/usr/bin/env python3
"""Write README.md and LICENSE for zh-blind215 from the gold files."""
import json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
golds = [json.loads(f.read_text('utf-8')) for f in sorted((root / 'gold').glob('*.json'))]
kinds = {}
for g in golds: kinds.setdefault(g['kind'], []).append(g['id'])
FEATURES = [
 ('2010s table layout, 无障碍/长者模式, 【字体：大 中 小】, 【打印】【关闭】', 'rh-01, rh-03, rh-05, rh-08, rh-09, rh-12'),
 ('div portal / responsive grid news pages, share buttons, related lists, 热点排行', 'rh-13 … rh-18, rh-21 … rh-24'),
 ('notices (通知/通告/公示/批复/函) with 主送, 署名, 成文日期', 'rh-01, rh-03, rh-05, rh-07, rh-09, rh-12'),
 ('文号 line (not body)', 'rh-01, rh-07, rh-09'),
 ('政策解读 with 信息公开 index table', 'rh-02, rh-10'),
 ('speech (author = speaker)', 'rh-06'),
 ('tables (rows = cells joined by one space)', 'rh-03, rh-08, rh-38'),
 ('lists and sub-headings', 'rh-01, rh-02, rh-05, rh-06, rh-10, rh-23, rh-26, rh-27, rh-29'),
 ('photos with captions (alt text + caption, not body)', 'rh-04, rh-08, rh-11, rh-14, rh-16, rh-18, rh-21, rh-26, rh-33, rh-36'),
 ('引题/副题', 'rh-13, rh-22, rh-31, rh-32, rh-33'),
 ('two-line headline joined without a space', 'rh-15, rh-32'),
 ('info-bar bylines 来源/作者/编辑', 'rh-04, rh-13, rh-22, rh-36'),
 ('本报讯（记者 … 通讯员 …） inside first paragraph', 'rh-15, rh-31'),
 ('standalone first-line byline', 'rh-11, rh-14, rh-16, rh-23, rh-27, rh-32, rh-34, rh-39'),
 ('closing byline line', 'rh-21, rh-33, rh-37, rh-40'),
 ('names in parentheses ending the last paragraph', 'rh-18, rh-35'),
 ('文/图 bylines', 'rh-11, rh-21, rh-33, rh-40'),
 ('spaced two-character names (许　可, 张　弛, 于　娜, 张　伟)', 'rh-13, rh-16, rh-32, rh-40'),
 ('minority names with ·', 'rh-11, rh-22, rh-34'),
 ('self-media account as author', 'rh-25, rh-26, rh-28, rh-29, rh-30'),
 ('wire copy with only a source (authors [])', 'rh-17, rh-20, rh-24'),
 ('English pages', 'rh-19, rh-20'),
 ('dates: 2025-03-18 / 2025年04月02日 10:15 / 2025/09/15 / 2025.04.28 / seconds / single digits / English / short forms',
  'rh-01 / rh-02 / rh-03 / rh-04 / rh-06, rh-26, rh-36 / rh-05, rh-18, rh-39 / rh-19 / rh-29, rh-30'),
 ('e-paper: 版面导航, 本版标题, 上一版/下一版', 'rh-31 … rh-35'),
 ('app share page furniture (打开APP, 关注, 阅读/赞, QR caption, platform disclaimer)', 'rh-25 … rh-30'),
 ('ICP/公网安备/网站标识码 footers, 上一篇/下一篇, editor/审核 lines, QR captions', 'rh-01 … rh-12, rh-36 … rh-40'),
]
L = ['# zh-blind215', '',
 'A blind test set of 40 invented Chinese (and two English) web pages, as a clerk gets them by opening the page in a browser, selecting all and copying. '
 'Sites imitate those of 内蒙古、山东、广东、西藏. Everything — sites, people, numbers, 文号, phones, ICP numbers — is invented.', '',
 '## Kinds', '', '| kind | pages | ids |', '|---|---|---|']
for k, ids in kinds.items(): L.append(f'| {k} | {len(ids)} | {ids[0]} … {ids[-1]} |')
L += ['', '## Layout', '',
 '- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, images as 1×1 data-URI GIFs with alt text).',
 '- `raw-chromium/<id>.txt`: Chromium select-all + copy text, made by `/work/shared/tools/chromium_text.py` (with `_manifest.json`).',
 '- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tabs to one space, ASCII spaces stripped at line edges, blank runs collapsed, trailing blanks dropped).',
 '- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.',
 '- `src/`: `pages_a.py`, `pages_b.py`, `extras.py` (page data), `build.py` (renders html and gold), `make_raw.py`, `check.py`, `readme.py`.', '',
 '## Rebuild', '', '```',
 'cd zh-blind215',
 'python3 src/build.py',
 'python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium',
 'python3 src/make_raw.py',
 'python3 src/check.py',
 'python3 src/readme.py', '```', '',
 '## Gold conventions', '',
 '- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; a two-line headline joined without a space.',
 '- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].',
 '- publish_time: as printed, without its label.',
 '- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.', '',
 '## Features covered', '', '| feature | ids |', '|---|---|']
L += [f'| {a} | {b} |' for a, b in FEATURES]
L += ['', '## Pages', '', '| id | kind | title | authors | publish_time | paragraphs | licence |', '|---|---|---|---|---|---|---|']
for g in golds:
    L.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
L += ['', '## Licence', '', 'CC0 1.0 Universal (see LICENSE). All content is invented.', '']
(root / 'README.md').write_text('\n'.join(L), 'utf-8')
(root / 'LICENSE').write_text('''zh-blind215 test set

Everything in this set (sites, organisations, people, numbers, document numbers, phone numbers,
ICP/公网安备 numbers, text and images) is invented; nothing is copied from real pages.

CC0 1.0 Universal

To the extent possible under law, the authors have waived all copyright and related or
neighboring rights to this work, dedicating it to the public domain worldwide. This work is
distributed without any warranty. Full legal text:
https://creativecommons.org/publicdomain/zero/1.0/legalcode
''', 'utf-8')
print('README.md and LICENSE written')
