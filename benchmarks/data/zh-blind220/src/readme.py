#!/usr/bin/env python3
"""Write README.md and LICENSE from gold/."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
golds = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))]
kinds = {}
for g in golds: kinds.setdefault(g["kind"], []).append(g["id"])
L = ["# zh-blind220", "",
 "A blind test set of 40 invented Chinese (and 2 English) web pages, as a clerk gets them by opening the page in Chromium, selecting all and copying. Sites imitate those of 重庆、江苏、广西、黑龙江. Everything (sites, people, numbers, 文号, phones, ICP numbers) is invented.", "",
 "## Kinds", "", "| kind | pages | ids |", "|---|---|---|"]
for k, ids in kinds.items(): L.append(f"| {k} | {len(ids)} | {ids[0]} … {ids[-1]} |")
L += ["", "## Layout", "",
 "- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text).",
 "- `raw-chromium/<id>.txt`: Chromium select-all/copy text (`_manifest.json` too), never hand-edited.",
 "- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py`.",
 "- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.",
 "- `src/`: `pages_data.py` (content), `gen.py` (html + gold), `make_raw.py`, `check.py`, `readme.py`.", "",
 "## Rebuild", "", "```",
 "python3 src/gen.py",
 "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
 "python3 src/make_raw.py", "python3 src/readme.py", "python3 src/check.py", "```", "",
 "## Gold conventions", "",
 "- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; two-line headlines joined without a space.",
 "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].",
 "- publish_time: as printed, without its label.",
 "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
 "## Features covered", "",
 "- 2010s table layouts: rm-01, rm-03, rm-06, rm-08, rm-11, rm-38; div portals: rm-02, rm-04, rm-05, rm-07, rm-09, rm-10, rm-12, rm-15, rm-18, rm-21, rm-23, rm-36, rm-37, rm-39; responsive grids: rm-13, rm-14, rm-16, rm-17, rm-19, rm-20, rm-22, rm-24, rm-40; app share pages: rm-25 … rm-30; e-paper: rm-31 … rm-35.",
 "- notices/通告/公示/批复/函 with 主送, 署名, 成文日期: rm-01, rm-03, rm-06, rm-08, rm-10, rm-11, rm-38; 文号 line: rm-01, rm-03, rm-08, rm-10.",
 "- 政策解读 / 信息公开 index table: rm-02, rm-10; speech: rm-04; report: rm-12.",
 "- tables: rm-05, rm-06, rm-24, rm-38, rm-40; lists: rm-02; sub-headings: rm-02, rm-04, rm-12, rm-18, rm-26, rm-29, rm-37; photos with captions: rm-05, rm-07, rm-09, rm-13, rm-15, rm-17, rm-19, rm-21, rm-25, rm-28, rm-30, rm-34, rm-36.",
 "- 引题/副题: rm-04, rm-13, rm-18, rm-31, rm-33, rm-34; two-line headlines: rm-09, rm-18, rm-34.",
 "- bylines: info bar rm-05, rm-07, rm-21, rm-23, rm-36, rm-37; 本报讯（记者/通讯员）rm-09, rm-31; standalone first line rm-14, rm-20, rm-32, rm-35; closing line rm-17, rm-22, rm-33, rm-39; names in parentheses ending last paragraph rm-15, rm-18, rm-34; spaced names rm-05, rm-14; minority names with · rm-04, rm-07, rm-21, rm-36; account names rm-25, rm-26, rm-28, rm-29, rm-30; wire copy with only a source rm-16, rm-24.",
 "- dates: 2025-03-18 (rm-01), 2025年04月02日 10:15 (rm-02), 2025/09/15 (rm-03), 2025.04.28 (rm-04), seconds (rm-05, rm-20, rm-29), single digits (rm-08, rm-17, rm-35), English (rm-19), short forms (rm-09, rm-28, rm-30).",
 "- English pages from Chinese outlets' English sites: rm-19, rm-20.", "",
 "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs | licence |", "|---|---|---|---|---|---|---|"]
for g in golds:
    L.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal

All content in zh-blind220 (pages, sites, people, organisations, numbers, 文号, phone numbers,
ICP and 公网安备 numbers) is invented. To the extent possible under law, the authors have waived
all copyright and related or neighboring rights to this work under CC0 1.0 Universal.
See https://creativecommons.org/publicdomain/zero/1.0/legalcode for the full legal code.
""")
