#!/usr/bin/env python3
"""Write README.md and LICENSE for zh-blind225 from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.load(open(f"{ROOT}/gold/rr-{n:02d}.json", encoding="utf-8")) for n in range(1, 41)]
kinds = {}
for g in gold:
    kinds.setdefault(g["kind"], []).append(g["id"])
L = ["# zh-blind225", "",
     "A blind test set of 40 invented Chinese (and two English) news-like web pages, imitating an ordinary week's pages from "
     "sites in 贵州、西藏、新疆、广东. Each page comes with the text a clerk gets by select-all + copy in Chromium, and gold "
     "fields (title, authors, publish time, body paragraphs). Every site, person, number, 文号, phone, ICP/公网安备 number and "
     "text is invented; nothing is copied from a real page.", "",
     "## Kinds", "", "| kind | pages | ids |", "|---|---|---|"]
for k, ids in kinds.items():
    L.append(f"| {k} | {len(ids)} | {ids[0]} … {ids[-1]} |")
L += ["", "## Layout", "",
      "- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts or external files; images are 1×1 data-URI GIFs with alt text).",
      "- `raw-chromium/<id>.txt` + `_manifest.json`: `python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium` (never hand-edited).",
      "- `raw/<id>.txt`: `src/make_raw.py` (tabs to one space, ASCII spaces stripped at line edges, blank-line runs collapsed, trailing blanks dropped).",
      "- `gold/<id>.json`: id, set, lang, kind, title, authors, publish_time, body_paragraphs.",
      "- `src/`: `content.py` (invented text pools), `gen.py` (pages + gold), `make_raw.py`, `check.py`, `readme.py`.", "",
      "## Rebuild", "", "```", "python3 src/gen.py",
      "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
      "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
      "## Gold conventions", "",
      "- title: main headline only (no 引题/副题, site name or 【label】); e-paper: the 主题 as listed under 本版标题; two-line headlines joined without a space.",
      "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced; minority names keep ·; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].",
      "- publish_time: as printed, without its label (or a trailing weekday).",
      "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名, 成文日期 but not the 文号 line; bylines inside a paragraph stay; standalone bylines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
      "## Features covered", "",
      "- 2010s table layouts: rr-01, rr-06, rr-08, rr-11, rr-15, rr-21, rr-38; div portals: rr-02, rr-03, rr-05, rr-07, rr-12, rr-14, rr-17, rr-20, rr-24, rr-36, rr-40; responsive grids: rr-04, rr-09, rr-10, rr-13, rr-16, rr-18, rr-19, rr-22, rr-23, rr-37, rr-39; app share pages: rr-25–rr-27, rr-29, rr-30; 微信公众号: rr-28; 数字报: rr-31–rr-35",
      "- notices: 通知 rr-01, rr-12; 通告 rr-06; 批复 rr-04; 函 rr-08; 公示 rr-09 (table); 文号 line: rr-01, rr-04, rr-08, rr-12",
      "- 政策解读 with 信息公开 index table (索引号, 发布机构, 成文日期 …): rr-02, rr-10; speech: rr-05",
      "- tables: rr-07, rr-09; lists: rr-02, rr-06, rr-10, rr-24; sub-headings: rr-01, rr-02, rr-05, rr-10, rr-12, rr-24, rr-26, rr-30",
      "- photos with captions: most pages; 引题/副题: rr-13, rr-15, rr-16, rr-21, rr-22, rr-31–rr-35; two-line headline: rr-22; 【组图】 label: rr-23",
      "- bylines: info bar 作者 (rr-03, rr-11, rr-16, rr-23, rr-39), 本报讯（记者 … 通讯员 …） (rr-13, rr-31, rr-33, rr-35), standalone first line (rr-14, rr-32, rr-34, rr-27, rr-28, rr-38), closing line (rr-21 文/图, rr-24, rr-36), names in parentheses ending the last paragraph (rr-15), 本报记者 at paragraph start (rr-22), spaced names 许　可 (rr-16), minority names with · (rr-03, rr-15, rr-17, rr-27, rr-39), Tibetan names (rr-14, rr-22, rr-28, rr-32)",
      "- self-media account names with no person: rr-25, rr-26, rr-29, rr-30; wire copy with only a source: rr-18; institution pages without a writer: rr-37, rr-40",
      "- dates: ISO, with seconds, 年月日 with/without zero padding, slashes, dots, single digits (rr-06), English (rr-19), 'Updated:' (rr-20), short forms (rr-25 03-18 10:22, rr-29 07-25), weekday (rr-33)",
      "- furniture: 无障碍/长者模式, search placeholders, login, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share buttons, QR captions, related lists, 上一篇/下一篇, ICP/公网安备/网站标识码 footers, 编辑/审核/责任编辑 lines, 来源 lines", "",
      "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs | licence |", "|---|---|---|---|---|---|---|"]
for g in gold:
    L.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} | CC0-1.0 |")
open(f"{ROOT}/README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
open(f"{ROOT}/LICENSE", "w", encoding="utf-8").write(
    "zh-blind225 is dedicated to the public domain under CC0 1.0 Universal.\n"
    "https://creativecommons.org/publicdomain/zero/1.0/legalcode\n\n"
    "To the extent possible under law, the authors have waived all copyright and related or neighboring rights to this work.\n"
    "Everything in this set (sites, people, organisations, numbers, 文号, phone numbers, ICP and 公网安备 numbers, texts) is invented.\n")
