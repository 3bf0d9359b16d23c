#!/usr/bin/env python3
"""Write README.md and LICENSE from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = [json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8")) for f in sorted(os.listdir(os.path.join(ROOT, "gold")))]
FEAT = [
    ("notices with 主送/署名/成文日期 (文号 line kept out of body)", "rp-01, rp-04, rp-06, rp-07, rp-08, rp-11, rp-39"),
    ("通知/通告/公示/批复/函", "rp-01/rp-11, rp-08, rp-04, rp-06, rp-07"),
    ("政策解读 with 信息公开 index table (索引号, 发布机构, 成文日期)", "rp-02, rp-09 (index tables also on rp-01, rp-04, rp-06, rp-07, rp-08, rp-11)"),
    ("speech (author = speaker)", "rp-03"),
    ("tables as body rows", "rp-04, rp-38"),
    ("sub-headings", "rp-02, rp-03, rp-09, rp-13, rp-18, rp-22"),
    ("2010s table layout", "odd government ids rp-01 … rp-11"),
    ("responsive grid / div portal", "media rp-13 … rp-24, even government ids"),
    ("app share pages", "rp-25 … rp-30"),
    ("two-line headline", "rp-14, rp-18"),
    ("引题/副题", "rp-15, rp-21, rp-13, e-paper rp-31 … rp-35"),
    ("本报讯（记者 … 通讯员 …）", "rp-13, rp-31, rp-33, rp-35"),
    ("byline in info bar", "rp-05, rp-22, rp-36, rp-20 (Writer:)"),
    ("standalone byline line", "rp-15, rp-19, rp-21, rp-32, rp-34, rp-38"),
    ("closing byline line", "rp-24, rp-26, rp-40"),
    ("names in parentheses ending last paragraph", "rp-10, rp-16, rp-37"),
    ("文/图", "rp-14, rp-38"),
    ("spaced two-character name 许　可", "rp-10, rp-21"),
    ("minority names with ·", "rp-10, rp-15"),
    ("self-media account as author", "rp-25, rp-27, rp-28, rp-29, rp-30"),
    ("wire copy with only a source", "rp-17"),
    ("notices without writer / source-only", "rp-01, rp-04, rp-06 … rp-08, rp-11, rp-12, rp-39"),
    ("English pages", "rp-19, rp-20"),
    ("dates: ISO, 年月日 with time, slashes, dots, seconds, single digits, English, short forms", "rp-01, rp-02, rp-03, rp-04, rp-05, rp-10, rp-12, rp-19, rp-24, rp-27, rp-29, rp-30"),
    ("photos with captions", "rp-05, rp-12, rp-13 … rp-24, rp-31, rp-36 … rp-40"),
    ("page furniture: 无障碍/长者模式, search, login, breadcrumbs, 【字体】【打印】【关闭】, view counts, share, QR, related, 上一篇/下一篇, ICP/公网安备/网站标识码, 编辑/审核", "government pages; others in part"),
]
L = ["# zh-blind223", "", "A blind test set of 40 invented Chinese (and two English) news-type web pages, with the text a clerk gets by opening each page in Chromium, selecting all and copying, and hand-set gold fields. Sites imitate those of 内蒙古、吉林、山东、海南. Every site, person, number, 文号, phone, ICP number and text is invented; nothing is copied from real pages.", "",
     "## Kinds", "", "| kind | pages | ids |", "|---|---|---|",
     "| government | 12 | rp-01 … rp-12 |", "| media | 12 | rp-13 … rp-24 (rp-19, rp-20 English) |", "| self-media | 6 | rp-25 … rp-30 |", "| e-paper | 5 | rp-31 … rp-35 |", "| institution | 5 | rp-36 … rp-40 |", "",
     "## Layout", "", "- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text).",
     "- `raw-chromium/<id>.txt`: Chromium select-all + copy, from `/work/shared/tools/chromium_text.py` (plus `_manifest.json`).",
     "- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tabs to one space, ASCII spaces stripped at line edges, blank-line runs collapsed, trailing blanks dropped).",
     "- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.",
     "- `src/`: `text.py` + `gen.py` (generator), `make_raw.py`, `check.py`, `readme.py`.", "",
     "## Rebuild", "", "```", "python3 src/gen.py", "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium", "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
     "## Gold conventions", "",
     "- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; two-line headlines joined without a space.",
     "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].",
     "- publish_time: as printed, without its label.",
     "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
     "## Features covered", "", "| feature | ids |", "|---|---|"] + [f"| {a} | {b} |" for a, b in FEAT] + ["",
     "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs | licence |", "|---|---|---|---|---|---|---|"]
for g in G:
    L.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
    "zh-blind223 test set\n\nEverything in this set (sites, people, organisations, numbers, 文号, phone and ICP numbers, texts) is invented.\n\n"
    "CC0 1.0 Universal\n\nTo the extent possible under law, the authors have dedicated all copyright and related and neighboring rights to this work to the public domain worldwide. This work is distributed without any warranty.\nSee https://creativecommons.org/publicdomain/zero/1.0/legalcode for the full text.\n")
