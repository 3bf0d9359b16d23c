#!/usr/bin/env python3
"""Write README.md and LICENSE for zh-blind214 from gold/."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))]
kinds = {}
for g in G: kinds.setdefault(g["kind"], []).append(g["id"])
L = ["# zh-blind214", "",
 "A blind test set of 40 invented Chinese (and 2 English) news-like web pages, as a clerk would get them by opening",
 "each page in Chromium, selecting all and copying. Sites imitate those of 天津、江西、湖南、新疆. **Everything is invented**:",
 "sites, people, numbers, 文号, phone, ICP/公网安备 numbers. Nothing is copied from real pages.", "",
 "## Kinds", "", "| kind | pages | ids |", "|---|---|---|"]
for k, ids in kinds.items(): L.append(f"| {k} | {len(ids)} | {ids[0]} … {ids[-1]} |")
L += ["", "## Layout", "",
 "- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, no external files; images are 1×1 data-URI GIFs with alt text).",
 "- `raw-chromium/<id>.txt`: Chromium select-all/copy text, made by `chromium_text.py` (plus `_manifest.json`); never hand-edited.",
 "- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tabs→space, ASCII spaces stripped at line edges, blank runs collapsed, trailing blanks dropped).",
 "- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.",
 "- `src/`: `content_a.py`, `content_b.py`, `content_c.py`, `extras.py` (page texts), `render.py` (HTML + gold), `make_raw.py`, `check.py`, `readme.py`.", "",
 "## Rebuild", "", "```", "cd zh-blind214", "python3 src/render.py",
 "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
 "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
 "## Gold conventions", "",
 "- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; a two-line headline is joined without a space (rg-22).",
 "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; speech: the speaker; self-media without a person: the account name; notices without a writer and wire copy with only a source: [].",
 "- publish_time: as printed, without its label.",
 "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
 "## Features covered", "",
 "- 2010s table layouts: rg-01, rg-06, rg-12, rg-15, rg-18, rg-23, rg-32, rg-34; div portals: rg-02, rg-03, rg-07, rg-11, rg-13, rg-16; responsive grids: rg-08, rg-10, rg-14, rg-17, rg-22; app share pages: rg-25 … rg-30",
 "- notices/通知/通告/公示/批复 with 主送, 署名, 成文日期: rg-02, rg-05, rg-07, rg-09, rg-39; 文号 line: rg-02, rg-07, rg-09",
 "- 政策解读 with 信息公开 index table: rg-03, rg-11 (also rg-02, rg-07); speech: rg-04; tables: rg-05, rg-11, rg-18; lists: rg-03, rg-26, rg-37; sub-headings: rg-01, rg-03, rg-14, rg-26, rg-37",
 "- photos with captions: rg-15, rg-19, rg-20, rg-23, rg-25, rg-26, rg-28, rg-37; 引题/副题: rg-14, rg-17, rg-21, rg-31 … rg-34; two-line headline: rg-22",
 "- bylines: info bar rg-14, rg-18, rg-19, rg-24, rg-36, rg-40; 本报讯（记者 … 通讯员 …） rg-10, rg-13, rg-34; standalone first line rg-08, rg-21, rg-28, rg-31, rg-35; closing line rg-06, rg-17, rg-23, rg-33, rg-37; 文/图 rg-15; spaced names rg-06, rg-13, rg-24; minority names with · rg-04, rg-08, rg-23, rg-34; account names rg-25, rg-26, rg-27, rg-29, rg-30; wire copy with only a source rg-16, rg-20",
 "- dates: 2025-03-18 (rg-01), 2025年04月02日 10:15 (rg-14), 2025/09/15 (rg-04), 2025.04.28 (rg-05), seconds (rg-07, rg-12, rg-16, rg-40), single digits (rg-06, rg-39), English (rg-19), short forms (rg-29, rg-30)",
 "- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines (throughout)", "",
 "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs | licence |", "|---|---|---|---|---|---|---|"]
for g in G:
    L.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '/')} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
 "zh-blind214 is dedicated to the public domain under CC0 1.0 Universal.\n\n"
 "All pages, sites, names, organisations, numbers, document numbers (文号), phone numbers and ICP/公网安备 numbers\n"
 "in this set are invented; nothing is copied from real web pages.\n\n"
 "CC0 1.0 Universal: the person who associated a work with this deed has dedicated the work to the public domain\n"
 "by waiving all of his or her rights to the work worldwide under copyright law, including all related and neighboring\n"
 "rights, to the extent allowed by law. You can copy, modify, distribute and perform the work, even for commercial\n"
 "purposes, all without asking permission.\nFull text: https://creativecommons.org/publicdomain/zero/1.0/legalcode\n")
print("README.md and LICENSE written")
