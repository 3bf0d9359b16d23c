#!/usr/bin/env python3
"""Write README.md (conventions, features, table of pages from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = {
"ty-01": "重庆区县 portal, 2020s flex layout; 无障碍/长者模式/繁體 row; info bar 发布日期/来源/【字体：大 中 小】/浏览次数 below headline; numbered sub-headings; 责任编辑 line; 上一篇/下一篇; footer with ICP, 公网安备, 网站标识码.",
"ty-02": "甘肃 district portal, old table layout; glued info bar 作者/来源/发布时间/点击数/【打印】【关闭】 with a spaced name 王  静; photo + caption (not body); quoted speech; 审核 line.",
"ty-03": "海南 department 通知: two-line headline joined, info above headline, 文号 line (not body), 主送 line, list items, 署名 and 成文日期 as body, contact line.",
"ty-04": "山东 district 政策解读 (一图读懂): 引题 label above headline, datetime with seconds and weekday, table (header row + rows), 编辑/审核 line, 原文 link.",
"ty-05": "重庆 county 领导活动: info bar 时间/来源/作者 with two authors (second prefixed 记者), closing 县领导 line as body.",
"ty-06": "甘肃 district 街道动态: 2010s table; info in a table row, date with slashes; list lines; closing （… 通讯员 杨  帆） byline inside the last paragraph.",
"ty-07": "海南 district 公示: table of 低保 objects, date with time in Chinese form, 署名/日期 lines, 打印/关闭 buttons.",
"ty-08": "山东 街道 site: one-line info 2026-11-18 作者：… 通讯员 … 来源 浏览量; 寿光讯 dateline opening.",
"ty-09": "甘肃 department 讲话: speaker and date as 副题 lines (not title), author = speaker; 同志们 opening; numbered sub-headings.",
"ty-10": "重庆 乡镇 通告: bracketed 【发布时间：…】【信息来源：…】【字体：大 中 小】 bar, numbered paragraphs, 特此通告, 署名/日期.",
"ty-11": "山东 city bureau 通报: info above headline without labels, table, 责任编辑, share buttons, related list.",
"ty-12": "甘肃 乡 page in an app-share style layout; info 来源：… | date; closing （撰稿：马  艳　韩学军） line on its own (not body; authors from it); 编辑/审核.",
"ty-13": "华龙网 (重庆 provincial portal): datetime with seconds, 作者：记者 冉  晴, dateline with （记者 冉晴） in paragraph, sub-heading, 责任编辑 spaced name, related and hot lists.",
"ty-14": "大众网: 引题/主题/副题 stack, byline 大众新闻·大众日报记者 张浩然 in spans, 编辑/审核.",
"ty-15": "每日甘肃网: old table layout, pipe-separated info bar with 记者 and 实习生, 本报张掖讯（记者… 实习生…） in paragraph.",
"ty-16": "南海网: info with outlet name only, byline inside first paragraph, sub-heading, （编辑：… 审核：…） line.",
"ty-17": "iChongqing (English page of a Chinese outlet): two-line headline joined with a space, By … and … byline, dateline, quoted speech, Editor line.",
"ty-18": "齐鲁网 (TV site): long info line with 讯 label, datetime with seconds, 作者 with spaced name; 记者调查 headline; closing 持续关注 line.",
"ty-19": "兰州新闻网: 本报讯（记者 苏  琳 通讯员 李彦军） opening paragraph, plain info bar.",
"ty-20": "新海南客户端 commentary: 【椰网评论】 label above headline (not title), 文/海南日报评论员 byline, 责编/值班主任 lines.",
"ty-21": "第1眼TV (重庆 TV site): video still alt, 编辑 in info bar (not author), closing （重庆广电记者 邓  杰 颜  言） line on its own.",
"ty-22": "Shandong English portal: wire-style copy with Source only (authors []), info above headline, Editor line.",
"ty-23": "天水在线: info bar 作者：记者 … 来源 … 发布时间 with seconds and 【打印】, side QR caption.",
"ty-24": "海口网 app share page: byline 海口日报记者 陈  颖 实习生 何  佳, download banner, share buttons.",
"ty-25": "今日头条 article: account name as author, info tags 甘肃/原创, like/comment counts, 原创 notice.",
"ty-26": "百家号: author card (avatar alt, account, date · place · 领域创作者, 关注), sub-headings, image caption credit line (not body).",
"ty-27": "微信公众号: 原创 tag, account name twice, date and place, standalone 作者 | 符晓蕾 line (author), list lines, 阅读原文/编辑/审核, 在看.",
"ty-28": "网易号: 来源: account in info bar, standalone （本文作者：孟令哲） line (author), 举报 button, disclaimer.",
"ty-29": "澎湃号·政务: government account as source, picture caption, standalone 文字：向  宇　图片：陈  刚 line (writer only).",
"ty-30": "微博 article: @account as author, 发布于 海南, 阅读/转发/评论/赞 counts.",
"ty-31": "重庆日报数字报: 版次 nav, 引题 + two-line 主题 + 副题, 本报记者 spaced names, 本版新闻 list, 《重庆日报》（… 第003版） source line.",
"ty-32": "大众日报 e-paper commentary: date/星期/农历 banner, info bar 2026-11-25 来源 作者, 本版标题 list, PDF link.",
"ty-33": "甘肃日报 e-paper: 引题/主题/副题, 新甘肃·甘肃日报记者 byline line, 本报定西讯 opening, 本版标题.",
"ty-34": "海南日报 e-paper: 引题 place label, 全媒体记者 + 通讯员 byline line, 本报文城…电 dateline, 本版目录.",
"ty-35": "烟台日报 e-paper: info as separate pieces (paper, date, 版次, 记者　刘晓丹), 本版新闻 list.",
"ty-36": "山东 vocational university news: info bar 作者/摄影/审核/发布时间/浏览次数 (photographer and reviewer not authors).",
"ty-37": "重庆 hospital news: info above headline with 供稿 (not author) and 文/图：周  雯 罗天宇, photo caption.",
"ty-38": "海南 intermediate court: info bar with seconds and spaced name, 法官说法 sub-heading.",
"ty-39": "甘肃 state power company: dotted date 2026.11.26, 通讯员 byline in info bar, table.",
"ty-40": "重庆 lawyers' association: info with only org name and date, 本网讯（通讯员 江雨薇） in paragraph, （编辑：协会秘书处） line.",
}
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feat = "\n".join(f"- **{k}**: {v}" for k, v in F.items())
text = f"""# zh-blind180: a blind test set of invented Chinese news pages

40 invented pages imitating the templates of Chinese sites from 重庆, 山东, 甘肃 and 海南 (two English-language
pages of Chinese outlets), made without reading the raw-text reader. Every article, name, number, phone number,
文号 and ICP number is made up. Templates are the author's own; no two pages share the same page description.

| kind | pages | ids |
|---|---|---|
| government | 12 | ty-01 … ty-12 |
| media | 12 | ty-13 … ty-24 |
| self-media | 6 | ty-25 … ty-30 |
| e-paper | 5 | ty-31 … ty-35 |
| institution | 5 | ty-36 … ty-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, no external resources; images as 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy (`../shared/tools/chromium_text.py`, Debian chromium).
- `raw/<id>.txt`: "another browser's paste", made from raw-chromium by `src/make_raw.py` (tab runs → one space, line-edge spaces stripped, U+3000 kept, blank-line runs → one blank line, one final newline).
- `gold/<id>.json`: `{{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}}`.
- `src/pages1.py` … `src/pages4.py`: one description per page (furniture + body blocks + gold metadata); `src/build.py` renders html/ and writes gold/ from the same blocks; `src/check.py`; `src/make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # every gold string must be in raw-chromium/ and raw/ (modulo white space); body lengths
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`: title = main headline only (no 引题/副题/labels; multi-line headlines joined
with no space, English with one space). Authors = named writers/reporters incl. 通讯员 and 实习生 in printed order, spaces
inside names removed; never editors, reviewers, photographers, 来源/供稿 or the outlet; a speech's author is the speaker;
self-media: the named person, else the account name; notices without a writer and English wire copy with only a source: `[]`.
publish_time = as printed in the info bar without label (seconds/weekday kept). Body = prose, sub-headings, list lines and
table rows (cells joined by one space) in reading order; for official documents the 主送 line, 署名 and 成文日期 are body and
the 文号 line is not; bylines inside a paragraph stay; standalone byline lines, captions, alt text, editor/source lines,
buttons, related lists and footers are not body. Body lengths are 300–1000 characters.

## Features page by page

{feat}

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
