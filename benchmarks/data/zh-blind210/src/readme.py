"""Write README.md and LICENSE for zh-blind210 from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FEATURES = [
 ("2010s table layouts (今天是/设为首页/站内搜索)", "rc-01, rc-06, rc-10"),
 ("无障碍/长者模式/关怀版, search placeholders, login links", "rc-02, rc-03, rc-04, rc-05, rc-07, rc-08, rc-09, rc-11, rc-12"),
 ("breadcrumbs in many forms (>>, >, /, », ›, -&gt;)", "rc-01, rc-03, rc-06, rc-07, rc-16, rc-23, rc-37"),
 ("【字体：大 中 小】【打印】【关闭】", "rc-01, rc-02, rc-04, rc-08, rc-11, rc-12, rc-33, rc-37"),
 ("info-disclosure index tables (索引号/发布机构/文号)", "rc-02, rc-11"),
 ("notices/公示/通知 with 主送, 署名, 成文日期, 文号 line not in gold", "rc-02, rc-06, rc-11, rc-38"),
 ("policy interpretation, Q&A", "rc-03, rc-09"),
 ("speech (speaker as author)", "rc-05"),
 ("tables in body (cells joined by one space)", "rc-02, rc-06, rc-38"),
 ("lists and sub-headings", "rc-03, rc-09, rc-17, rc-25, rc-32, rc-38"),
 ("photos with captions (captions not body)", "rc-03, rc-07, rc-14, rc-16, rc-28, rc-36"),
 ("info bar above headline", "rc-04, rc-08, rc-14, rc-16, rc-17, rc-23, rc-26, rc-27, rc-29, rc-30, rc-39"),
 ("info bar glued without spaces", "rc-09"),
 ("date forms: seconds, 年月日 时分, slashes, dots, single-digit month/day, English, yy-m-d", "rc-01, rc-02, rc-03, rc-05, rc-06, rc-19, rc-30, rc-35"),
 ("本报讯（记者 …）/ 通讯员 in first line", "rc-04, rc-10, rc-13, rc-23, rc-31"),
 ("closing-line bylines (standalone, not body)", "rc-17, rc-32, rc-35, rc-40"),
 ("文/图 and 文/ bylines", "rc-14, rc-27, rc-35, rc-36"),
 ("names in parentheses ending the last paragraph", "rc-39"),
 ("spaced names (许　可, 林　立)", "rc-07, rc-33"),
 ("minority names with middle dot", "rc-04, rc-39"),
 ("wire copy with only a source (authors [])", "rc-15, rc-20, rc-34"),
 ("English pages with By-line", "rc-19, rc-20"),
 ("self-media account names as authors", "rc-25, rc-26, rc-28, rc-29, rc-30"),
 ("two-line headline joined", "rc-18"),
 ("e-paper: 版次 navigation, 引题/主题/副题, 本版标题", "rc-31, rc-32, rc-33, rc-34, rc-35"),
 ("editor lines 编辑/责任编辑/审核/二审/三审", "rc-04, rc-10, rc-13, rc-17, rc-21, rc-40"),
 ("上一篇/下一篇, related lists, share buttons, QR captions, view counts", "rc-01, rc-02, rc-07, rc-12, rc-13, rc-36"),
 ("主办/承办/ICP/公网安备/网站标识码 footers", "rc-01 … rc-12"),
 ("app share pages (打开APP)", "rc-24, rc-26, rc-27, rc-30"),
]


def main():
    gd = os.path.join(ROOT, "gold")
    gs = [json.load(open(os.path.join(gd, f), encoding="utf-8")) for f in sorted(os.listdir(gd)) if f.endswith(".json")]
    L = ["# zh-blind210", "",
         "A blind test set of 40 invented Chinese (and two English) news web pages imitating sites from 辽宁、河北、福建、西藏, "
         "with gold answers (headline, writers, publish time, body paragraphs) for the text a reader gets by select-all + copy in Chromium. "
         "Every page, person, number, 文号, phone, ICP and 公网安备 number is made up.", "",
         "| kind | pages | ids |", "|---|---|---|",
         "| government | 12 | rc-01 … rc-12 |", "| media | 12 | rc-13 … rc-24 (rc-19, rc-20 English) |",
         "| self-media | 6 | rc-25 … rc-30 |", "| e-paper | 5 | rc-31 … rc-35 |", "| institution | 5 | rc-36 … rc-40 |", "",
         "## Layout", "",
         "- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, 1×1 data-URI GIF images with alt text).",
         "- `raw-chromium/<id>.txt`: Chromium select-all + copy text (with `_manifest.json`), never edited by hand.",
         "- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tab runs → one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, trailing blank lines dropped).",
         "- `gold/<id>.json`: keys `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.",
         "- `src/`: furniture.py, pages_a.py (government), pages_b.py (media, self-media), pages_c.py (e-paper, institution), build.py, make_raw.py, check.py, readme.py.", "",
         "## Rebuild", "", "```", "python3 src/build.py",
         "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
         "python3 src/make_raw.py", "python3 src/check.py", "python3 src/readme.py", "```", "",
         "## Gold conventions", "",
         "- title: the main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; a two-line headline is joined with no space.",
         "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].",
         "- publish_time: as printed, without its label.",
         "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.", "",
         "## Features covered", ""]
    L += [f"- {a}: {b}" for a, b in FEATURES]
    L += ["", "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
    for g in gs:
        L.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {', '.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    L += ["", "## License", "", "The pages were invented for testing; everything in them is made up. Released under CC0 1.0 Universal (see LICENSE).", ""]
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
    open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write(
        "zh-blind210 test set\n\nThe pages, gold files and texts in this folder were invented for testing. "
        "Every person, organisation detail, number, 文号, phone, ICP and 公网安备 number in them is made up.\n\n"
        "To the extent possible under law, the authors have dedicated all copyright and related rights in this work "
        "to the public domain worldwide under CC0 1.0 Universal.\n"
        "See https://creativecommons.org/publicdomain/zero/1.0/legalcode\n")
    print("README.md and LICENSE written,", len(gs), "pages")


if __name__ == "__main__":
    main()
