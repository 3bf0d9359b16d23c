#!/usr/bin/env python3
"""Write README.md from the gold files."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
G = [json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8")) for i in ids]
kinds = [("government", "su-01 … su-12", "portals, 信息公开 index tables, 通知/通告/公示, 政策解读, a speech"),
         ("media", "su-13 … su-24", "city/provincial papers, portals, TV station sites; su-19, su-20 in English"),
         ("self-media", "su-25 … su-30", "公众号, 头条号, 百家号, 澎湃号, 微博 article, app share page"),
         ("e-paper", "su-31 … su-35", "报纸电子版: 版次 navigation, 引题/主题/副题, 本版标题 list"),
         ("institution", "su-36 … su-40", "university, hospital, association, enterprise, museum")]
out = ["# zh-blind202", "",
 "A blind test set of 40 invented web pages imitating Chinese sites in 广东、福建、四川 and 重庆, "
 "with the text a clerk gets by select-all + copy in Chromium, and gold article fields. "
 "Every article, person, number, 文号, phone, ICP and 公网安备 number is made up.", "",
 "## Kinds", "", "| kind | pages | ids | what |", "|---|---|---|---|"]
for k, r, w in kinds:
    out.append(f"| {k} | {sum(g['kind'] == k for g in G)} | {r} | {w} |")
out += ["", "## Layout", "",
 "- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, 1×1 data-URI GIF images with alt text).",
 "- `raw-chromium/<id>.txt`: Chromium select-all/copy text (`_manifest.json` alongside).",
 "- `raw/<id>.txt`: normalised raw-chromium (tab runs → one space, ASCII spaces stripped at line edges, U+3000 kept, blank-line runs collapsed, one final newline).",
 "- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.",
 "- `src/`: `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper, institution) are the single source of truth; `build.py` renders html and gold from the same body blocks; `make_raw.py`; `check.py`; `readme.py`.",
 "", "## Rebuild", "", "```sh",
 "python3 src/build.py",
 "python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium",
 "python3 src/make_raw.py", "python3 src/check.py   # 0 problems expected; exit 1 otherwise", "python3 src/readme.py", "```", "",
 "## Gold conventions", "",
 "- title: the main headline only, as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 (listed under 本版标题); a two-line headline is joined with no space (su-16).",
 "- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices/documents without a writer and wire copy with only a source: []; English: the `By` names.",
 "- publish_time: as printed, without its label.",
 "- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); official documents keep the 主送 line, 署名 and 成文日期, not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.",
 "- check.py: every gold string occurs in raw-chromium/ and raw/ modulo white space; every body ≥ 300 characters.",
 "", "## Features covered", "",
 "- site generations: 2010s table layouts (su-01, su-05, su-09, su-31…35), div portals (su-03, su-04, su-06, su-08, su-10, su-11, su-14, su-17, su-20, su-23, su-36…40), grid pages (su-13, su-15, su-16, su-18, su-19, su-21, su-22, su-24, su-26…30), 公众号 (su-25), app share page (su-30).",
 "- info bar above the headline (su-02, su-04, su-09, su-14, su-20, su-21, su-28, su-30, su-32, su-39), below (most), at the bottom (su-05, su-15, su-31, su-35, su-38); glued without spaces (su-04, su-08, su-17, su-23, su-40).",
 "- date forms: 2025-03-18 (su-01), 2025年04月02日 10:15 (su-02), 2025/09/15 (su-03), 2025.04.28 (su-04, su-33), with seconds (su-05, su-07, su-15, su-16, su-27, su-36), 2025-4-29 16:08 (su-06), English (su-19), weibo with device (su-29), 09-12 20:15 (su-30).",
 "- bylines: info bar 作者：/记者： (su-01, su-06, su-13, su-22, su-32), first line (su-05 speaker, su-11, su-22, su-27, su-30, su-39), 本网讯/本报讯（…） in the first paragraph (su-10, su-14, su-31), closing line (su-23, su-25, su-37), 文/ and 文/图 (su-15, su-24, su-39), names in parentheses at the end of the last paragraph (su-16, su-21, su-35), spaced names (su-06, su-33), middle-dot names (su-11, su-27), account names (su-26, su-28, su-29), wire source only (su-18, su-20), documents without writer (su-02, su-03, su-07, su-08, su-09, su-12).",
 "- furniture: 无障碍/长者模式/关怀版, search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, view counts, share bars, QR captions, related lists, 上一篇/下一篇, footers with 主办/承办/ICP/公网安备/网站标识码, editor lines (编辑/审核/责任编辑/二审三审), photo captions (su-06, su-15, su-24, su-40), sub-headings, lists (su-03, su-27, su-38), tables (su-04, su-07, su-12), 信息公开 index tables (su-02, su-07, su-12), 文号 line (su-02, su-12), e-paper 引题/副题 (su-31…35).",
 "", "## Pages", "", "| id | kind | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|"]
for g in G:
    out.append(f"| {g['id']} | {g['kind']} | {g['title'].replace('|', '｜')} | {'、'.join(g['authors'])} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
out += ["", "## License", "", "The pages are invented for testing and released under CC0 1.0; see LICENSE.", ""]
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
