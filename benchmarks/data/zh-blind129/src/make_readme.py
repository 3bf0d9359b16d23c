#!/usr/bin/env python3
"""Write README.md (conventions, features per page, table of all pages from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
"vz-01": "浙江 区政府 2010s table layout; info bar as table cells; 领导活动; closing spaced byline （沈  洁  陆文斌）; photo caption",
"vz-02": "陕西 区政府办 通知; 索引号/文号 metadata above title; 文号 line (not body); 主送, numbered headings, list, 署名 + 成文日期 (body); （此件公开发布） not body",
"vz-03": "河北 乡镇 site; U+3000-indented paragraphs; 作者：通讯员 spaced name 王  静; 点击 counter glued to date; 责任编辑 not author",
"vz-04": "辽宁 市发改委 政策解读; two-line headline joined; info bar glued with no separators; table with header row; 扫一扫 caption",
"vz-05": "浙江 街道 公示; date with seconds; table of 公示 list; 署名/日期; no author",
"vz-06": "陕西 县政府 讲话; subtitle date line; speaker as author (spaced 赵  磊); publish time printed below body",
"vz-07": "河北 县政府 通报; bracketed info items glued 【发布时间：…】; numbered list lines; 署名",
"vz-08": "辽宁 乡镇 村 news; pipe-separated info with 文/图 byline; caption; 编辑/审核 not authors",
"vz-09": "浙江 市农业农村局 批复; metadata table before header; 文号 line not body; 此复; 署名",
"vz-10": "陕西 省厅 市县动态; 本网讯（通讯员 …）inside first paragraph; date with seconds",
"vz-11": "河北 市政府 实施意见; 文号 in info table; headings; 署名/成文日期",
"vz-12": "辽宁 街道 responsive mobile page; date 2025.04.28; 撰稿 (author) vs 审核 and 来源 lines after body",
"vz-13": "浙江 provincial portal; 本报讯（记者 … 通讯员 …）; 责任编辑/审核 line; related list",
"vz-14": "陕西 portal carrying 新华社 wire; 新华社西安…电（记者 …）; sidebar 热点排行",
"vz-15": "English page of a Zhejiang outlet; By … and …; sub-heading; photo caption with credit",
"vz-16": "English city portal, table layout; wire copy (Source: Xinhua) → no authors; Editor line",
"vz-17": "河北 city TV site; video player text; 【导语】【正文】【同期】 script; 记者 in info bar, 编辑 not author",
"vz-18": "辽宁 city portal; 来源/作者/date glued; sub-heading; image credit line",
"vz-19": "陕西 city paper site; info above headline; closing （记者 高亮） in last paragraph; 上一篇/下一篇",
"vz-20": "浙江 radio site; two-line headline; 记者 + 实习生 on one line",
"vz-21": "河北 portal commentary; 作者 | …; author bio line not body; 2025/02/27 date",
"vz-22": "辽宁 TV app share page; 记者 line; 打开APP prompts; 点赞 counts",
"vz-23": "central economic portal; 作者：经济观察记者 …; two sub-headings",
"vz-24": "浙江 city portal; 原标题 line and byline line at top of body (not body); 编辑/审核/终审",
"vz-25": "头条号 account, no person → account name; 赞/评论 counts",
"vz-26": "百家号 with info above headline; 文/周默 byline line (author, not body); 原创声明",
"vz-27": "微信公众号; 原创 label, author name in header; list; 作者/编辑/审核/来源 at end",
"vz-28": "网易号; 来源: account; platform disclaimer",
"vz-29": "澎湃号·政务; account as author; table",
"vz-30": "微博 article; info above title with 来自 client; list; counts",
"vz-31": "浙江 e-paper, table layout; 版次 nav; 引题/主题/副题; 本版标题 list; info bar after body",
"vz-32": "陕西 e-paper; two-line 主题 joined; 引题; 记者 line in body area (not body)",
"vz-33": "河北 e-paper, old tables; 副题 with dash; spaced 本报记者 刘  畅",
"vz-34": "辽宁 e-paper; 引题/副题; pipe info with author incl. middle-dot name 关·巴特尔; sub-headings",
"vz-35": "浙江 e-paper, 2020s grid; closing （孙梦洁）; 本版导读",
"vz-36": "浙江 university news; 作者 with unit; 供稿单位/摄影 not authors; 编辑/审核",
"vz-37": "陕西 hospital; glued info with 通讯员; 来源 科室",
"vz-38": "河北 state enterprise, table layout; info table; list lines",
"vz-39": "辽宁 court; spaced 作者：于  洋; 【基本案情】 style headings",
"vz-40": "浙江 association; closing 文：钱悦 line (author, not body); 审核 not author",
}
HEAD = """# zh-blind129: a blind test set of invented Chinese news pages

40 invented web pages (ids `vz-01` … `vz-40`) imitating the page templates of sites from 浙江, 陕西,
河北 and 辽宁 — government portals and their departments, 街道/乡镇, city and provincial media, TV/radio
sites, two English-language pages, self-media platforms, newspaper e-papers and institutions — for
testing a raw-text article reader (headline, authors, publish date, body paragraphs). All articles,
names, numbers, 文号, phone numbers and ICP numbers are made up.

| kind | pages |
|---|---|
| government | vz-01 … vz-12 |
| media (vz-15, vz-16 English) | vz-13 … vz-24 |
| self-media | vz-25 … vz-30 |
| e-paper | vz-31 … vz-35 |
| institution | vz-36 … vz-40 |

## Layout

- `html/<id>.html` — the page: UTF-8, one embedded `<style>`, no scripts, no external resources
  (images are `<img alt>` with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt` — Chromium select-all + copy (`../shared/tools/chromium_text.py`), with `_manifest.json`.
- `raw/<id>.txt` — derived from raw-chromium by `src/make_raw.py` (tabs → one space, line-edge spaces
  stripped, U+3000 indents kept, blank-line runs → one, one final newline).
- `gold/<id>.json` — `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/` — `pages_gov.py`, `pages_media.py`, `pages_rest.py` (one description per page), `render.py`
  (turns a description into HTML and gold from the same body blocks), `build.py`, `make_raw.py`,
  `check.py`, `make_readme.py`.

## Rebuild

    cd benchmarks/data/zh-blind129
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # title/authors/date/paragraphs found in raw-chromium and raw; body lengths
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`:
- **title**: main headline only (no 引题, 副题, 原标题, site or section label); a headline printed on
  two lines is joined with no space (Chinese) or one space (English).
- **authors**: writers/reporters incl. 通讯员 and 实习生, in printed order; not editors (责任编辑/编辑/审核/终审),
  photographers (摄影), 来源, 供稿单位 or the outlet. Spaced names are given without spaces; the middle dot
  of minority names is kept. A speech: the speaker. Self-media: the named person, else the account
  name. Official documents and notices: `[]`. English: the `By …` names; wire copy with only a source: `[]`.
- **publish_time**: as printed, without label or brackets, seconds kept.
- **body_paragraphs**: prose, sub-headings, list lines, table rows (cells joined by one space, header row
  included), in reading order. Official documents: 主送, 署名 and 成文日期 are body; the 文号 line is not.
  In-paragraph bylines (本报讯（记者 …）, 新华社…电（记者…）, closing （张三）) stay. Byline lines on their
  own, 原标题 lines, captions, alt text, editor/source lines, player controls, disclaimers, buttons,
  related lists and footers are not body.

## Features by page

"""
def main():
    rows = []
    for i in range(1, 41):
        pid = f"vz-{i:02d}"
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        rows.append(g)
    s = HEAD + "\n".join(f"- `{pid}`: {FEAT[pid]}" for pid in sorted(FEAT)) + "\n\n## Pages\n\n"
    s += "| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n"
    for g in rows:
        s += f"| {g['id']} | {g['kind']}{' (en)' if g['lang']=='en' else ''} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n"
    s += "\n## License\n\nCC0 1.0: the pages are invented for this test set; see `LICENSE`.\n"
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(s)
    print("README.md written")
main()
