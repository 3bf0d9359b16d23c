#!/usr/bin/env python3
"""Write README.md and LICENSE from gold/."""
import os, json, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEATURES = [
 ("info-disclosure index tables (索引号/发布机构)", "sz-03, sz-09"),
 ("notices/通告/公示 with 文号, 主送, 署名, 成文日期", "sz-02, sz-08, sz-09, sz-12, sz-38"),
 ("政策解读", "sz-03"), ("speech (speaker as author)", "sz-07"), ("interview Q&A", "sz-18"),
 ("tables as body", "sz-08, sz-09, sz-15"), ("list lines", "sz-39"), ("sub-headings", "sz-02, sz-03, sz-07, sz-25, sz-27"),
 ("photos with captions", "sz-05, sz-17"), ("2010s table layout", "sz-01, sz-05, sz-09, sz-12, sz-16, sz-21, sz-38"),
 ("responsive grid", "sz-04, sz-08, sz-11, sz-15, sz-18, sz-20, sz-23, sz-37, sz-39"), ("app share pages", "sz-25 … sz-30"),
 ("info bar above headline", "sz-02, sz-11, sz-15, sz-23, sz-39"), ("info bar at bottom", "sz-12"), ("info bar glued without spaces", "sz-10"),
 ("spaced names (许　可)", "sz-04, sz-10, sz-13, sz-14, sz-35, sz-36, sz-40"), ("minority name with ·", "sz-08, sz-32"),
 ("本报讯（记者 …）", "sz-15, sz-34"), ("names in parentheses ending last paragraph", "sz-11, sz-37"), ("文/ and 文/图", "sz-18, sz-28, sz-40"),
 ("first-line byline in body", "sz-14"), ("wire copy, source only", "sz-16, sz-20, sz-24"), ("English By-line", "sz-19"),
 ("account names for self-media", "sz-25, sz-26, sz-27, sz-29, sz-30"), ("two-line headline", "sz-21"),
 ("e-paper 引题/主题/副题, 本版标题", "sz-31 … sz-35"), ("editor lines 编辑/审核/二审/三审", "sz-04, sz-10, sz-11, sz-15, sz-36"),
 ("date forms: single-digit, dotted, slashed, seconds, English, 2-digit year", "sz-05, sz-10, sz-04, sz-03, sz-19, sz-30"),
]
def main():
    golds = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))]
    L = ["# zh-blind207", "", "A blind test set of 40 invented news pages imitating ordinary sites of 江苏、江西、山东、河南, with gold answers",
         "(headline, writers, publish date, body paragraphs) for a tool that reads the text copied from Chromium after select-all + copy.",
         "Everything in the pages is made up.", "",
         "| kind | pages | ids |", "|---|---|---|", "| government | 12 | sz-01 … sz-12 |", "| media | 12 | sz-13 … sz-24 (sz-19, sz-20 English) |",
         "| self-media | 6 | sz-25 … sz-30 |", "| e-paper | 5 | sz-31 … sz-35 |", "| institution | 5 | sz-36 … sz-40 |", "",
         "## Layout", "- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIFs with alt text)",
         "- `raw-chromium/<id>.txt`: Chromium select-all + copy text (never edited by hand), plus `_manifest.json`",
         "- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tab runs → one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, trailing blank lines dropped)",
         "- `gold/<id>.json`: keys `id, set, lang, kind, title, authors, publish_time, body_paragraphs`",
         "- `src/`: furniture.py, pages_a.py, pages_b.py, pages_c.py, extra.py, build.py, make_raw.py, check.py, readme.py", "",
         "## Rebuild", "```", "python3 src/build.py",
         "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
         "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
         "## Gold conventions",
         "- title: the main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; a two-line headline is joined with no space.",
         "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].",
         "- publish_time: as printed, without its label.",
         "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
         "## Features covered"] + [f"- {a}: {b}" for a, b in FEATURES] + ["",
         "## Pages", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
    for g in golds:
        L.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {', '.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
        "The pages in this set (zh-blind207) were invented for testing. Everything in them — people, organisations' statements,\n"
        "numbers, 文号, phone numbers, ICP and 公网安备 numbers — is made up.\n\n"
        "The set (pages, raw texts, gold files, scripts and documentation) is released under CC0 1.0 Universal.\n"
        "To the extent possible under law, the authors have waived all copyright and related or neighboring rights to it.\n"
        "See https://creativecommons.org/publicdomain/zero/1.0/\n")
    print("README.md and LICENSE written")
if __name__ == "__main__": main()
