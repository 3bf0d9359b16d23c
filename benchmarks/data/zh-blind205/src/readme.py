#!/usr/bin/env python3
"""Write README.md from gold/ and the page sources."""
import json, os, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
golds = [json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")) for f in sorted(os.listdir(os.path.join(ROOT, "gold")))]
kinds = collections.Counter(g["kind"] for g in golds)
L = ["# zh-blind205", "",
     "A blind test set of 40 invented Chinese (and two English) web pages imitating sites in 上海、青海、广西 and 西藏, "
     "with the text a clerk gets by select-all + copy in Chromium, and gold article fields. Every person, number, 文号, "
     "phone, ICP and 公网安备 number is made up.", "",
     "| kind | pages |", "|---|---|"] + [f"| {k} | {n} |" for k, n in kinds.items()] + ["",
     "## Layout", "",
     "- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text)",
     "- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`_manifest.json` alongside)",
     "- `raw/<id>.txt`: normalised by `src/make_raw.py` (tab runs → one space, ASCII edge spaces stripped, U+3000 kept, blank runs collapsed)",
     "- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`",
     "- `src/`: `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper, institution), `furniture.py`, `build.py`, `make_raw.py`, `check.py`, `readme.py`", "",
     "## Rebuild", "", "```",
     "python3 src/build.py",
     "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
     "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
     "## Gold conventions", "",
     "- title: the main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; a two-line headline is joined with no space.",
     "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].",
     "- publish_time: as printed, without its label.",
     "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
     "## Features covered", "",
     "- site generations: 2010s table layouts (sx-01, sx-07, sx-11, sx-18, sx-23, sx-32, sx-35), div portals (sx-02, sx-04, sx-06, sx-09, sx-14, sx-16, sx-20), responsive grid/flex (sx-03, sx-05, sx-08, sx-13, sx-15, sx-19, sx-22, sx-36, sx-38, sx-40), app share pages (sx-30, sx-26, sx-29)",
     "- info bar above the headline (sx-02, sx-07, sx-10, sx-11, sx-14, sx-20, sx-21, sx-27, sx-34, sx-38, sx-40), at the bottom (sx-12, sx-35), glued without spaces (sx-04, sx-18)",
     "- 信息公开 index tables (sx-02, sx-11); 通知/通告/公示 (sx-02, sx-07, sx-09); 政策解读 (sx-05); speech (sx-06)",
     "- date forms: 2025-03-18 (sx-01), 2025年04月02日 10:15 (sx-02), 2025/09/15 (sx-03), 2025.04.28 (sx-04, sx-40), seconds (sx-05, sx-14, sx-24), 2025-4-29 16:08 (sx-07), English (sx-19)",
     "- bylines: info bar 作者/记者 (sx-01, sx-03, sx-16, sx-36), first line (sx-08, sx-17, sx-30, sx-32), 本报讯（记者 …） (sx-15, sx-33), closing line (sx-23, sx-34, sx-37), 文/ and 文/图 (sx-12, sx-23, sx-28, sx-38), names in parentheses ending the last paragraph (sx-10, sx-21, sx-24, sx-35, sx-39), spaced names (sx-10, sx-16, sx-18, sx-22, sx-32), middle-dot names (sx-04, sx-12), account names (sx-25, sx-26, sx-27, sx-29), wire only (sx-14, sx-20), English By (sx-19)",
     "- furniture: 无障碍/长者模式/关怀版, search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, 主办/承办/ICP/公网安备/网站标识码 footers, editor lines incl. 二审三审 (sx-15), captions, sub-headings, lists (sx-05), tables (sx-07, sx-09, sx-11)",
     "- e-paper frames with 版次 navigation, 引题/主题/副题 and 本版标题 lists (sx-31 … sx-35), two-line headline (sx-33)", "",
     "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
for g in golds:
    L.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
