#!/usr/bin/env python3
"""Write README.md from the gold files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
G = [json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8")) for i in ids]
kinds = {}
for g in G: kinds.setdefault(g["kind"], []).append(g["id"])
L = ["# zh-blind203", "",
 "A blind test set of 40 invented Chinese (and two English) news pages imitating the HTML templates of real kinds of sites "
 "in 浙江、安徽、云南 and 黑龙江: the text a clerk gets by select-all + copy in a browser, with gold article fields. "
 "Every article, person, number, 文号, phone, ICP and 公网安备 number is made up.", "",
 "| kind | pages | ids |", "|---|---|---|"]
for k, v in kinds.items(): L.append(f"| {k} | {len(v)} | {v[0]} … {v[-1]} |")
L += ["", "## Layout", "",
 "- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, 1×1 data-URI GIFs with alt text; some 2010s pages still declare gb2312).",
 "- `raw-chromium/<id>.txt`: Chromium select-all + copy (`/work/shared/tools/chromium_text.py`), with `_manifest.json`.",
 "- `raw/<id>.txt`: normalised by `src/make_raw.py` (tab runs -> one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, one final newline).",
 "- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.",
 "- `src/`: `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper, institutions) are the single source of truth; `templates.py` the page templates; `build.py`, `make_raw.py`, `check.py`, `readme.py`.",
 "", "## Rebuild", "", "```",
 "python3 src/build.py",
 "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
 "python3 src/make_raw.py", "python3 src/check.py   # 0 problems over 40 pages, exit 1 otherwise", "python3 src/readme.py", "```",
 "", "## Gold conventions", "",
 "- title: the main headline only, as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; a two-line headline is joined with no space.",
 "- authors: writers/reporters incl. 通讯员, in printed order; spaced names unspaced (许　可 -> 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices/documents without a writer: []; English: the `By` names; wire copy with only a source: [].",
 "- publish_time: as printed, without its label.",
 "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); official documents keep the 主送 line, 署名 and 成文日期, not the 文号 line; in-paragraph bylines (本报讯（记者 …）, a closing （…） in the last paragraph) stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.",
 "", "## Features covered", "",
 "- Site generations: 2010s table layouts (sv-03, sv-05, sv-07, sv-11, sv-37), div portals (sv-01, sv-02, sv-04, sv-06, sv-08, sv-09, sv-10, sv-12, sv-36), responsive grid/flex (sv-13 … sv-24, sv-38, sv-39), app/share pages (sv-25 … sv-30, sv-40), e-paper frames (sv-31 … sv-35).",
 "- Info bar above the headline (sv-04, sv-07, sv-14, sv-18, sv-23, sv-28, sv-30), below it (most), at the bottom (sv-06, sv-22, sv-40); glued without spaces (sv-12, sv-16).",
 "- Date forms: 2025-03-18 (sv-01), 2025年04月02日 10:15 (sv-08), 2025/09/15-style (sv-03, sv-16), 2025.04.28 (sv-06, sv-18), seconds (sv-04, sv-09, sv-17, sv-30), 2025-4-29 16:08 (sv-07), 25-4-18 08:05 (sv-28), English (sv-19, sv-20).",
 "- Bylines: info bar 作者：/记者： (sv-01, sv-16, sv-36, sv-37, sv-39); first line (sv-17, sv-21, sv-24, sv-32); 本报讯（记者 …） (sv-14, sv-31, sv-35); closing line (sv-34, sv-23 文/图); 文/ (sv-09, sv-27 文｜); names in parentheses at the end (sv-22, sv-30, sv-33); spaced names (sv-06, sv-11, sv-22, sv-27, sv-36); middle-dot names (sv-11, sv-33); account names (sv-26, sv-28, sv-29); wire source only (sv-15, sv-20); notices without writer (sv-02, sv-03, sv-07, sv-08, sv-10, sv-12); a speech (sv-05).",
 "- Furniture: 无障碍/长者模式/关怀版, search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions (sv-25, sv-40), related lists, 上一篇/下一篇 (sv-06), 主办/承办/ICP/公网安备/网站标识码 footers, editor lines (sv-05, sv-09, sv-11, sv-13, sv-16, sv-21, sv-39), photo captions (sv-06, sv-17, sv-21, sv-33, sv-40), sub-headings (sv-02, sv-05, sv-10, sv-26, sv-32), lists (sv-03, sv-04, sv-26), tables (sv-03, sv-07), 信息公开 index tables (sv-02, sv-10, sv-12), 文号 lines (sv-02, sv-08, sv-12), 引题/主题/副题 stacks (sv-31, sv-33, sv-34).",
 "", "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
for g in G:
    L.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
L += ["", "## License", "", "CC0 1.0; see LICENSE.", ""]
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README.md written")
