#!/usr/bin/env python3
"""Write README.md: fixed text + features page by page + a table of all pages from gold/."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FEATURES = {
"ww-01": "天津 district portal, 2025 design; 无障碍/长者模式/繁體 bar, search box, breadcrumb; spaced info bar below headline with 作者 (two names), 浏览次数, 字体 大中小; sub-headings, a 4-column table, photo + caption; 责任编辑 with spaced name; related list; ICP/公网安备/标识码 footer.",
"ww-02": "四川 city bureau, 2012 table layout; 通知 with 文号 line (not body), 主送, numbered headings, list lines, attachment link (not body), right-floated 署名 and 成文日期 (body; 成文日期 differs from the 发布日期); empty 点击数.",
"ww-03": "山西 county portal 政策解读; info bar glued without separators (信息来源…发布时间…浏览量…字号); left column with QR caption; headings 一、…四、, numbered list; no author.",
"ww-04": "新疆 county portal 领导活动; headline with internal spaces; bracketed info bar 【来源】【作者】【发布时间】; two authors, one minority name with middle dot; photo caption with 摄 credit.",
"ww-05": "天津 town office 公示; 2016 two-column layout; date as 2025/06/09; 6-column table of recipients; right-aligned signature and date (body).",
"ww-06": "四川 township news on a county site; U+3000-indented paragraphs; no author in info bar; closing (供稿：… 文/图：杨欣怡) line on its own (not body; 杨欣怡 is the author); 审核/编辑 lines.",
"ww-07": "山西 city bureau 通报; info bar above the headline with empty 作者：; 文号 line; table of rankings; signature block; (此件公开发布) not body.",
"ww-08": "新疆 prefecture speech (讲话): speaker line under the headline (author = speaker), speech date line in brackets (not body), 同志们 salutation, three headed parts; time with seconds.",
"ww-09": "天津 district bureau 批复: 信息公开 metadata table (索引号, 成文日期, 文号; headline repeated inside); 文号 line; 主送; 此复; signature and date.",
"ww-10": "四川 village 村务公开 site, very old nested-table layout; 作者：村委会 (not a person, authors []); body lines separated by <br><br>; time as 2025-6-3 15:48:09; 发表评论/告诉好友 buttons.",
"ww-11": "山西 provincial department 征求意见 公告; long headline with 《》; glued grey info bar 时间…来源…【字号】【打印】; list lines; attachments; signature and date.",
"ww-12": "新疆 county portal news: 本网讯（记者 … 通讯员 …） byline inside the first paragraph; minority name; photo caption; 编辑/审核/终审 lines with spaced name.",
"ww-13": "天津 city daily news site, 2019 portal: 本报讯（记者 陈思远 周蕾） in paragraph; right column 热点排行; QR caption; [责任编辑：…].",
"ww-14": "四川 TV site video page (dark design): player placeholder text, 播放量, 点赞/收藏; 记者/摄像/剪辑 line after the body (author = 记者 only); 更多视频 list with durations.",
"ww-15": "山西 provincial portal, 2014 design: 新华社太原…电（记者马晓燕、刘涛） wire dateline in paragraph; 来源：新华网; (编辑：…) line; 相关稿件.",
"ww-16": "新疆 city evening paper site, responsive: reporter line on its own under the headline (记者 王  瑞 通讯员 …); time with seconds; sub-headings; tags; 编辑/审核 line; like/comment counters.",
"ww-17": "English page of a central outlet (Xinjiang story): By … in Urumqi and … in Kashgar; figure caption with [Photo by …]; Editor line; quotes.",
"ww-18": "English page of a Tianjin outlet: wire copy with only Source: Xinhua (authors []), date as June 10, 2025 in the meta line; TIANJIN, June 9 (Xinhua) -- dateline in paragraph.",
"ww-19": "central media provincial channel, 2013 portal: date glued to time (2025年06月09日16:03); 国是网成都6月9日电（郭雨） in paragraph; (责编：…、…) spaced names; QR caption.",
"ww-20": "山西 radio site: 作者：任杰 编辑：… on one line; audio player text; 山西之声记者任杰报道： inside the first paragraph; 上一篇/下一篇.",
"ww-21": "成都 city portal: info line fully glued (2025-06-09 16:47:03来源：成都日报作者：何玲); 原标题 line at the top of the body (not body); 责任编辑; 声明 line.",
"ww-22": "新疆 provincial app share page (mobile width): 打开APP banner; 记者： line above body; photo caption with （记者 … 摄）; 编辑/责编; sticky download bar.",
"ww-23": "天津 district 融媒体中心: date as 2025.06.08; closing byline （徐丽 赵鹏） inside the last paragraph (stays in body); 编辑/校对/审核 line.",
"ww-24": "四川 city news site: headline printed on two lines (joined without space in gold); time with seconds and 星期六; 文/ 邓  楠 图/ 唐  鑫 line (author = 文/ only); sub-headings; QR caption.",
"ww-25": "头条号 (天津 food account): no person named, author = account name; sub-headings; image with no caption; comments and author card.",
"ww-26": "百家号 (四川 travel): author card with account name, but 作者 | 林小溪 names a person (author = 林小溪); numbered sub-headings; list lines; 原创声明.",
"ww-27": "网易号 (山西 culture): 来源: account name (author = account); question headline; sub-headings; 特别声明 platform disclaimer.",
"ww-28": "微信公众号 (新疆 county 融媒): 原创 tag, author with middle dot, account name, IP location; section/span markup; ▲ photo caption; ▶ list lines; 来源/编辑/审核 lines centred after the body; 阅读原文, counters.",
"ww-29": "澎湃号·政务 (天津 police account): author = account; 来源：澎湃新闻·澎湃号·政务; sub-headings 案例/警方提示; numbered list; platform disclaimer.",
"ww-30": "微博头条文章 (四川 blogger): 头条文章 label above headline; date without year (6月9日 22:14); 阅读数; counters; comments.",
"ww-31": "天津 daily 数字报: 引题 / 主题 / ——副题 stack (title = 主题 only); 版次 navigation, 版面图 alt, 本版标题 list repeating the headline; 本报记者 line; weekday in the date.",
"ww-32": "成都 evening paper e-paper, 2012 table layout: 版次 list, 新闻列表 repeating headline; 引题 above 主题; paragraphs separated by <br> with U+3000 indents; closing byline on its own line （…记者 郑晓蓉 实习生 伍  勇） (not body; both are authors).",
"ww-33": "山西 daily e-paper: 引题/主题/副题 grid layout; 版次 <select>; 本报记者韩冰 通讯员白晓峰 glued; headline with internal space; 本版新闻 list repeats the headline.",
"ww-34": "新疆 metropolitan paper e-paper, 2016 float layout: 版次 bar, 本版导读 repeating headline; 副题 below 主题; 本报记者 肖  云 通讯员 … 文/图 line; photo caption.",
"ww-35": "四川 farmers' paper e-paper, responsive: kicker 引题 above headline; date line 2025-06-06 第4版 (publish_time = the date); closing （本报记者 罗敏 通讯员 陈浩然） inside the last paragraph (stays in body).",
"ww-36": "四川 university news site: 发布时间/来源/浏览 bar; closing line （文/ 周婧怡 黄  磊 图/ … 审核/ …） on its own (not body; authors = 文/); photo caption; quote from a student.",
"ww-37": "山西 hospital site, 2015 design: 发布者：宣传科 (not author); 供稿/撰稿/编辑/审核 lines after the body (author = 撰稿); U+3000 indents; Q&A sub-heading.",
"ww-38": "天津 state enterprise site, 2025 design: hero banner headline; chips 2025-06-05 / 文：吕涛 曹雨晴 / 图：…; photo caption; 责任编辑 is a department.",
"ww-39": "新疆 county court site: 作者：minority name + spaced name in the info bar; 案情回顾 / 法官说法 sub-headings; 责任编辑.",
"ww-40": "四川 association 通知 (no writer): 发布人：秘书处 (not author); 主送; headed sections; 3-column table; signature and date; attachments.",
}

HEAD = """# zh-blind100: a blind test set of Chinese news pages

40 **invented** web pages (ids `ww-01` … `ww-40`) that imitate the page templates of kinds of real
Chinese sites — district/county governments, 乡镇 and 村 sites, departments, city and provincial
media, TV/radio sites, portals, self-media platforms, newspaper e-papers and institutions — from
四川, 山西, 天津 and 新疆. They test a raw-text article reader: the input is the whole page as a clerk
selected and copied it in a browser; the reader must find the headline, authors, publish date and
body paragraphs. All articles, names, numbers, 文号, phone numbers, ICP/公网安备 numbers and site
names are made up; no real article was copied. Every page has its own template (no two pages of
the same kind share one), from 2010s table layouts to 2025 responsive designs and app share pages.

| kind | pages | ids |
|---|---|---|
| government | 12 | ww-01 … ww-12 |
| media (2 English pages: ww-17, ww-18) | 12 | ww-13 … ww-24 |
| self-media | 6 | ww-25 … ww-30 |
| e-paper | 5 | ww-31 … ww-35 |
| institution | 5 | ww-36 … ww-40 |

## Layout

- `html/<id>.html` — the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are 1×1 data-URI GIFs with `alt`).
- `raw-chromium/<id>.txt` — Chromium select-all + copy, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium`
  (Debian Chromium 156.0.8078.114; `_manifest.json` records the run).
- `raw/<id>.txt` — "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges
  are stripped (leading U+3000 indents kept), runs of blank lines become one blank line, leading
  and trailing blank lines dropped, one final newline. Nothing else changes.
- `gold/<id>.json` — `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/` — `pages/*.py` (one description per page: its own CSS and template, the gold metadata and
  the body blocks), `build.py` (renders html/ and gold/ from the same blocks, so the gold body is
  exactly what is rendered as body), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    cd benchmarks/data/zh-blind100
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # every gold string occurs in raw-chromium/ and raw/ (modulo white space)
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only — no 引题, 副题, 原标题, site or section label. A
  headline printed on two lines (ww-24) is joined with no space.
- **authors**: named writers/reporters incl. 通讯员 and 实习生, in printed order; never editors,
  reviewers (审核/终审/校对), photographers/摄像, 来源, 供稿 units, 发布者/发布人 or the outlet.
  Spaced-out names are given without the spaces (`王  瑞` → `王瑞`); minority names keep the
  middle dot. A speech: the speaker (ww-08). Self-media: the person if one is named (ww-26, ww-28),
  else the account name (ww-25, ww-27, ww-29, ww-30). Official documents and notices with no
  writer: `[]` (a unit in a 作者 field, ww-10 村委会, is not a writer). English: the `By …` names;
  wire copy with only a source: `[]` (ww-18).
- **publish_time**: the date/time as printed in the info bar, without label or brackets; seconds
  and a weekday printed next to it are kept (ww-24, ww-31). For ww-35 the date line reads
  `2025-06-06 第4版`; the gold is the date `2025-06-06`. Where a page prints both a 成文日期 and a
  发布日期, the publish_time is the 发布日期 (ww-02, ww-09); the 成文日期 in the text is body.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送
  line, 署名 and 成文日期 are body; the 文号 line is not. Bylines inside a paragraph stay there
  (ww-12, ww-13, ww-15, ww-19, ww-20, ww-23, ww-35); byline lines on their own (ww-06, ww-32,
  ww-36), 原标题 lines (ww-21), captions and alt text, editor/source lines, attachments, buttons,
  related lists and footers are not body. A double space inside a gold paragraph (`何  涛`) is
  printed on the page as two no-break spaces; scorers should fold white space anyway.

Things a scorer should know: the body is deliberately modest in length (about 300–1000
characters per Chinese page), headline text is repeated in 本版标题 / 新闻列表 / metadata tables on
ww-09, ww-31 … ww-34, the English pages (ww-17, ww-18) have `lang` `en`, and in some copies inline spans glue
metadata together with no separator (ww-03 info bar, ww-21 info line, ww-28 WeChat meta line
`原创阿丽米热·艾山昭苏发布2025年6月8日 19:30新疆`), as real copies do. check.py reports 0 problems.

## Features page by page

"""


def main():
    out = [HEAD]
    for pid in sorted(FEATURES):
        out.append(f"- **{pid}**: {FEATURES[pid]}\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        t = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {t} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
