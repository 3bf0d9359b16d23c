#!/usr/bin/env python3
"""Write README.md and LICENSE from the gold files."""
import os, json
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gs = [json.load(open(os.path.join(root, 'gold', 'rq-%02d.json' % i), encoding='utf-8')) for i in range(1, 41)]
FEAT = [
 ('2010s table layout, 【字体：大 中 小】, 【打印本页】【关闭窗口】, view counts', 'rq-01, rq-04, rq-08, rq-11, rq-18, rq-24, rq-38'),
 ('div portal with 无障碍/长者模式, login, search placeholder, breadcrumbs, QR caption, share', 'rq-02, rq-05, rq-06, rq-09, rq-12, rq-17, rq-22, rq-37, rq-39'),
 ('responsive grid (header/main/aside/footer)', 'rq-10, rq-13–rq-16, rq-19–rq-21, rq-23, rq-36, rq-40'),
 ('app share pages (头条号, 网易号, 百家号, 微信公众号, 澎湃号, 小红书)', 'rq-25 … rq-30'),
 ('notices: 通知 / 公示 / 批复 / 函 with 主送, 署名, 成文日期', 'rq-02, rq-05, rq-07, rq-09, rq-11, rq-39'),
 ('文号 line (not body)', 'rq-02, rq-07, rq-09, rq-39'),
 ('信息公开 index table (索引号, 发布机构, 成文日期 …)', 'rq-03, rq-07'),
 ('政策解读', 'rq-03'), ('speech (author = speaker)', 'rq-06'),
 ('tables in body (cells joined by one space in gold)', 'rq-05, rq-11, rq-26, rq-38'),
 ('list lines', 'rq-03, rq-23, rq-30'), ('sub-headings', 'rq-02, rq-03, rq-06, rq-13, rq-21, rq-28, rq-30, rq-34, rq-39'),
 ('photos with captions (1×1 GIF + alt text)', 'rq-01, rq-10, rq-14, rq-19, rq-22, rq-25, rq-27, rq-28, rq-33, rq-36'),
 ('引题 / 副题', 'rq-10, rq-14, rq-22, rq-31, rq-33, rq-34, rq-35; subtitle line rq-06'),
 ('two-line headline (joined without a space in gold)', 'rq-12, rq-16, rq-33'),
 ('byline in info bar (来源/作者/编辑)', 'rq-01, rq-08, rq-10, rq-12, rq-16, rq-17, rq-22, rq-24, rq-36, rq-37'),
 ('本报讯（记者 … 通讯员 …） inside first paragraph', 'rq-14, rq-31'),
 ('standalone first-line byline', 'rq-06, rq-15, rq-23, rq-27, rq-32, rq-33, rq-34'),
 ('closing-line byline', 'rq-04, rq-38'), ('names in parentheses ending the last paragraph', 'rq-21'),
 ('文/图', 'rq-27, rq-33'), ('spaced two-character names (许　可 etc.)', 'rq-01, rq-04, rq-10, rq-13, rq-22, rq-24, rq-33, rq-37, rq-38'),
 ('minority names with ·', 'rq-16 (author), rq-11 (table)'),
 ('self-media account name as author', 'rq-25, rq-26, rq-28, rq-29, rq-30'),
 ('wire copy with only a source (authors [])', 'rq-18, rq-20, rq-35'),
 ('English pages from Chinese outlets', 'rq-19, rq-20'),
 ('date forms: 2025-03-18 / 2025年04月02日 10:15 / 2025/09/15 / 2025.04.28 / with seconds / single digits / English / short', 'rq-01 / rq-02 / rq-04 / rq-03 / rq-05, rq-09, rq-18, rq-24 / rq-08, rq-10, rq-16, rq-21, rq-39 / rq-19 / rq-30'),
 ('上一篇/下一篇, related lists, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines', 'most pages'),
]
kinds = [('government', 'rq-01 … rq-12'), ('media', 'rq-13 … rq-24 (rq-19, rq-20 English)'), ('self-media', 'rq-25 … rq-30'), ('e-paper', 'rq-31 … rq-35'), ('institution', 'rq-36 … rq-40')]
L = ['# zh-blind224', '',
 'A blind test set of 40 invented Chinese (and two English) web pages imitating an ordinary week of sites from 浙江, 河南, 湖南 and 四川, '
 'for evaluating article extraction from the text a clerk gets by opening a page in a browser, selecting all and copying. '
 'Every site, person, number, 文号, phone number, ICP/公网安备 number and domain is invented.', '',
 '## Kinds', '', '| kind | pages | ids |', '|---|---|---|']
for k, r in kinds:
    L.append('| %s | %d | %s |' % (k, sum(1 for g in gs if g['kind'] == k), r))
L += ['', '## Layout', '',
 '- `html/<id>.html` — the page (UTF-8, one embedded `<style>`, no scripts, no external files; images are 1×1 data-URI GIFs with alt text).',
 '- `raw-chromium/<id>.txt` — headless Chromium select-all + copy, via `/work/shared/tools/chromium_text.py` (never hand-edited; `_manifest.json` alongside).',
 '- `raw/<id>.txt` — from raw-chromium by `src/make_raw.py` (tabs to one space, ASCII spaces stripped at line edges, blank-line runs collapsed to one, trailing blank lines dropped).',
 '- `gold/<id>.json` — keys id, set, lang, kind, title, authors, publish_time, body_paragraphs.',
 '- `src/` — `pages_*.py` (page specs), `extras.py` (added paragraphs), `gen.py` (renders html + gold), `make_raw.py`, `check.py`, `readme.py`.', '',
 '## Rebuild', '', '```sh', 'cd /work/scratch/zh-blind224', 'python3 src/gen.py',
 'python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium',
 'python3 src/make_raw.py', 'python3 src/check.py', 'python3 src/readme.py', '```', '',
 '## Gold conventions', '',
 '- title: the main headline only (no 引题/副题, no site name, no 【label】); e-paper: the 主题 as listed under 本版标题; a two-line headline joined without a space.',
 '- authors: writers/reporters incl. 通讯员, in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].',
 '- publish_time: as printed, without its label.',
 '- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.',
 '', '`src/check.py` verifies keys, set name, 40 pages, body ≥ 300 characters, and that title, publish_time, each author and each body paragraph occur (whitespace removed) in both raw-chromium and raw.', '',
 '## Features covered', '', '| feature | ids |', '|---|---|'] + ['| %s | %s |' % f for f in FEAT] + ['',
 '## Pages', '', '| id | kind | title | authors | publish_time | paragraphs | licence |', '|---|---|---|---|---|---|---|']
for g in gs:
    L.append('| %s | %s | %s | %s | %s | %d | CC0-1.0 |' % (g['id'], g['kind'], g['title'].replace('|', '\\|'), '、'.join(g['authors']) or '—', g['publish_time'], len(g['body_paragraphs'])))
L += ['', '## Licence', '', 'CC0 1.0 Universal (see `LICENSE`). All content is invented.', '']
open(os.path.join(root, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L))
open(os.path.join(root, 'LICENSE'), 'w', encoding='utf-8').write(
 'CC0 1.0 Universal\n\nThe zh-blind224 test set (pages, raw text, gold files, scripts and documentation) is dedicated to the public domain '
 'under the Creative Commons CC0 1.0 Universal Public Domain Dedication: https://creativecommons.org/publicdomain/zero/1.0/legalcode\n\n'
 'To the extent possible under law, the authors have waived all copyright and related or neighboring rights to this work. '
 'Everything in this set is invented: sites, organisations, people, numbers, document numbers (文号), phone numbers, addresses, '
 'ICP and 公网安备 registration numbers, site identification codes and domains. Any resemblance to real ones is coincidental.\n')
print('README.md and LICENSE written')
