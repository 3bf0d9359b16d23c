#!/usr/bin/env python3
"""Write README.md from the gold files."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
G = [json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8")) for i in ids]
kinds = collections.Counter(g["kind"] for g in G)
L = ["# zh-blind204", "",
 "A blind test set of 40 invented Chinese (and 2 English) web pages imitating sites in 辽宁、河北、陕西 and 宁夏, "
 "with the text a clerk gets by select-all + copy in Chromium, and hand-made gold for title, authors, publish time and body.", "",
 "| kind | pages |", "|---|---|"] + [f"| {k} | {v} |" for k, v in kinds.items()] + ["",
 "## Layout", "",
 "- `html/<id>.html` – the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)",
 "- `raw-chromium/<id>.txt` – Chromium select-all + copy (`/work/shared/tools/chromium_text.py`, plus `_manifest.json`)",
 "- `raw/<id>.txt` – normalised by `src/make_raw.py`",
 "- `gold/<id>.json` – keys id, set, lang, kind, title, authors, publish_time, body_paragraphs",
 "- `src/` – `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper, institution), `build.py`, `make_raw.py`, `check.py`, `readme.py`", "",
 "## Rebuild", "", "```", "python3 src/build.py",
 "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
 "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
 "## Gold conventions", "",
 "- title: the main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题; two-line headlines joined without space.",
 "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; middle dot kept; never 编辑/审核/摄影/来源; speech: the speaker; self-media: the account when no person is named; unsigned documents and wire copy with a source only: [].",
 "- publish_time: as printed, without its label.",
 "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are left out.", "",
 "## Features covered", "",
 "- site generations: 2010s table layouts (sw-02, 04, 08, 16, 21, 38), div portals (sw-01, 05, 07, 10, 11, 14, 17, 20, 23, 36, 40), flex/grid (sw-03, 06, 09, 12, 13, 15, 18, 19, 24, 26, 28, 37, 39), app share pages (sw-22, 25, 27, 29, 30), e-paper frames (sw-31–35)",
 "- info bar above the headline (sw-02, 10, 14, 26), below it (most), at the bottom (sw-23, 40); glued without spaces (sw-11)",
 "- date forms: 2025-03-18 (sw-01), 2025年04月02日 10:15 (sw-14), 2025/09/15 (sw-03, 39), 2025.04.28 (sw-04, 34), seconds (sw-07, 12, 18, 22, 30, 40), 2025-4-29 16:08 (sw-11), 2025-4-9 14:05 (sw-38), 2025-7-30 14:26 (sw-29), English (sw-19, 20)",
 "- bylines: info-bar 作者 (sw-01, 05, 09, 11, 18, 23, 36), first line (sw-07, 17, 22, 24, 26, 28, 30, 31, 32, 37), 本报讯（记者 …） (sw-13, 33), closing line (sw-08, 12, 35, 40), 文/ and 文/图 (sw-08, 17, 37), names in parentheses in the last paragraph (sw-21, 34, 38), spaced names (sw-07, 08, 17, 22, 28, 31, 32, 37), middle-dot name (sw-09), account names (sw-25, 27, 29), wire source only (sw-16, 20), speech (sw-06), unsigned documents (sw-02, 03, 04, 10, 39)",
 "- official documents with 索引号 tables, 文号, 主送, 署名, 成文日期 (sw-02, 10), notices (sw-03), 公示 with table (sw-04), 政策解读 (sw-05), speech (sw-06)",
 "- furniture: 无障碍/长者模式/关怀版, search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, footers with 主办/承办/ICP/公网安备/网站标识码, editor lines (编辑/审核/责任编辑/二审三审), captions, sub-headings, lists, tables", "",
 "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
for g in G:
    L.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {'、'.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
