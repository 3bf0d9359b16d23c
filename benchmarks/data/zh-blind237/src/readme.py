"""Write README.md and LICENSE from gold/."""
import os, glob, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.load(open(g, encoding="utf-8")) for g in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))]
FEAT = """- 2010s table layouts: qd-01, qd-04, qd-06, qd-09, qd-11; div portals: qd-02, qd-03, qd-05, qd-07, qd-08, qd-10, qd-12, qd-13–15, qd-17, qd-18, qd-21, qd-23, qd-36–40; app/share pages: qd-16, qd-22, qd-24, qd-25–30; e-paper: qd-31–35; English: qd-19, qd-20
- notices with 主送/署名/成文日期: qd-01 (通知, 文号 line), qd-04 (公示, table), qd-06 (批复, 文号), qd-07 (答复函, 文号), qd-09 (通告, list), qd-12 (通知), qd-39 (association 通知)
- 政策解读 with 信息公开 index table: qd-02, qd-08 (Q&A); index table on a 批复: qd-06; speech: qd-03
- tables in body: qd-04, qd-18; lists: qd-02, qd-09, qd-28, qd-38; sub-headings: qd-01, qd-02, qd-03, qd-12, qd-14, qd-26, qd-38; photos with captions: qd-05, qd-10, qd-16, qd-20, qd-23, qd-35, qd-36, qd-40
- 引题/副题: qd-14, qd-31–35, qd-03 (speaker line); two-line headline: qd-11
- bylines: info bar qd-02, qd-05, qd-11, qd-18, qd-21; 本报讯（记者 … 通讯员 …） qd-13, qd-33; standalone first line qd-10, qd-17, qd-31, qd-32, qd-35; closing line qd-22, qd-34, qd-37; names in parentheses ending the last paragraph qd-08; 文/图 qd-17, qd-35, qd-40; spaced names qd-02, qd-11, qd-14, qd-22, qd-31, qd-34–36, qd-40; minority names with · qd-10, qd-21; account names only qd-25, qd-26, qd-28, qd-29, qd-30; wire/source only qd-15, qd-24
- dates: 2025-03-18, 2025年04月02日 10:15, 2025/09/15 16:40:08, 2025.04.28 21:06, seconds (qd-09, qd-13, qd-18, qd-23, qd-25, qd-26, qd-39), single digits (qd-04, qd-12, qd-39), English (qd-19), short forms (qd-24 03-21 09:12, qd-29 11-7 08:22)
- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR caption (qd-02, qd-28), related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines; a page declaring gb2312 while saved as UTF-8: qd-31"""
t = ["# zh-blind237", "", "A blind test set of 40 invented Chinese (and 2 English) news-like web pages imitating sites of 重庆、广西、黑龙江、天津, for a program that extracts articles from the text a clerk gets by select-all + copy in a browser. Everything (sites, people, numbers, 文号, phones, ICP numbers) is invented.", "",
 "| kind | pages | ids |", "|---|---|---|", "| government | 12 | qd-01 … qd-12 |", "| media | 12 | qd-13 … qd-24 (qd-19, qd-20 English) |", "| self-media | 6 | qd-25 … qd-30 |", "| e-paper | 5 | qd-31 … qd-35 |", "| institution | 5 | qd-36 … qd-40 |", "",
 "## Layout", "- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs)", "- `raw-chromium/<id>.txt`: Chromium select-all/copy text (never hand-edited), plus `_manifest.json`", "- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py`", "- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs", "- `src/`: `common.py` and `pages_*.py` (page data, bodies written by hand), `build.py`, `make_raw.py`, `check.py`, `readme.py`", "",
 "## Rebuild", "```", "python3 src/build.py", "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium", "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
 "## Gold conventions", "- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; two-line headline joined without a space.", "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].", "- publish_time: as printed, without its label.", "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
 "## Features covered", FEAT, "",
 "## Pages", "| id | kind | title | authors | publish_time | paragraphs | licence |", "|---|---|---|---|---|---|---|"]
for d in rows:
    t.append(f"| {d['id']} | {d['kind']} | {d['title'].replace('|','｜')} | {'、'.join(d['authors']) or '—'} | {d['publish_time']} | {len(d['body_paragraphs'])} | CC0-1.0 |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(t) + "\n")
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal

The zh-blind237 test set (pages, texts, gold files and scripts) is dedicated to the public domain
under Creative Commons CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/legalcode

To the extent possible under law, the authors have waived all copyright and related or neighboring
rights to this work. Everything in it is invented: sites, organisations, people, numbers, document
numbers (文号), phone numbers, ICP and 公网安备 numbers, and any resemblance to real ones is coincidental.
""")
print("README.md and LICENSE written")
