#!/usr/bin/env python3
"""Write README.md (with the page table) from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
"tf-01":"南宁青秀区 portal, 2020s responsive; 无障碍/长者模式/繁體 links, spaced info bar with 作者/浏览次数/字体, numbered sub-headings, list, caption, 上一篇/下一篇",
"tf-02":"山东垦利区 医保局 notice, old table layout; info above headline in 【】 brackets; 文号 line (not body), 主送, table of fees, 署名 and 成文日期 as body",
"tf-03":"天津西青区 政策解读 (一图读懂), 2010s portal; 相关文件 line not body, sub-headings and list, QR caption, no author",
"tf-04":"武汉洪山区 领导活动; slash date with seconds; closing byline line （通讯员 刘畅　周晓雯） on its own; 编辑/审核 line",
"tf-05":"天津和平区 公示, table layout, empty 浏览次数, name table, 受理电话/地址 lines, 署名/日期",
"tf-06":"济南平阴县玫瑰镇 township portal; pipe-separated info bar with 作者 first; sub-headings; quote; caption",
"tf-07":"钦州钦南区 批复; 信息公开 metadata table above headline (索引号/成文日期/文号/发布日期); 文号 and （此件公开发布） not body",
"tf-08":"武穴 speech (讲话摘要) on app share page; speaker as author; 同志们 salutation; 编辑/审核 line",
"tf-09":"泰安生态环境局 通报, table layout, ranking table, 署名/日期",
"tf-10":"宜城小河镇 item on county portal; glued info bar 发布时间…来源…作者…; spaced name 黄  静; sidebar before headline",
"tf-11":"天津滨海新区新河街道; date with weekday; 供稿/审核 line not author; no author",
"tf-12":"罗城仫佬族自治县东门镇 app page; info above title; 文/ byline line at end with minority name 银·卡娜; caption",
"tf-13":"广西新闻网 portal; 本报讯（记者 …） opening; 责任编辑; related list, hot list",
"tf-14":"爱济南 city client; 记者： in info bar; bus-line table; 编辑/审核",
"tf-15":"荆门广播电视台 old table page; video alt first; closing （荆门台记者 …） line; 责编",
"tf-16":"北方网 (天津); 记者 王  静 spaced name in info bar; quoted passage as blockquote",
"tf-17":"十堰广电 app share page; date without year; closing 融媒记者 byline line; 编辑 | 审核",
"tf-18":"新华网山东频道; 新华社…电（记者…） inside first paragraph; info above title; photo credit caption; 【纠错】【责任编辑】",
"tf-19":"English page of a Chinese outlet (China Daily style): By … and … in Nanning | Updated:",
"tf-20":"湖北日报 commentary by 评论员 (no author), six paragraphs",
"tf-21":"青岛新闻网 old table page; 作者：薛梅　通讯员　丁海洋",
"tf-22":"梧州 city portal; 责任编辑 inside the info bar; sub-headings",
"tf-23":"English wire copy (Xinhua dateline) on a provincial English site: no author; Editor line",
"tf-24":"广西云 app page; byline+date above headline; 原标题 line (not body)",
"tf-25":"头条号 page; account avatar alt, author account; sub-headings; caption",
"tf-26":"百家号 page; account name and date above headline; likes/comments",
"tf-27":"微信公众号 article; 原创 + author + account; 作者 | / 编辑 | lines not body; list; 阅读/在看",
"tf-28":"网易号 page; 来源 is the account; platform disclaimers not body",
"tf-29":"搜狐号 page; 返回搜狐，查看更多 and empty 责任编辑 line; 平台声明",
"tf-30":"微博 article; account as author; 来自 微博网页版",
"tf-31":"南宁日报 e-paper; 引题/主题/副题 stack; 版面导航 and 本版标题 in left column; info under the article; 本报讯（记者 … 通讯员 …）",
"tf-32":"潍坊日报 e-paper; headline printed on two lines; 副题 without dash; □记者 孙  悦",
"tf-33":"今晚报 (天津) e-paper; 引题 only; 本报记者 line",
"tf-34":"襄阳日报 e-paper; 副题 with ——; byline line opens the article; sub-headings",
"tf-35":"钦州日报 e-paper; 【作者】【来源】【日期】; closing （梁　宏） inside the last paragraph",
"tf-36":"university news site; 文：/图：/编辑：/审核： info bar",
"tf-37":"天津 hospital site; 作者 with two names; sub-headings",
"tf-38":"百色中院 court site, table layout; case table; 来源/责任编辑 line",
"tf-39":"state enterprise site (东营); info above title with | separators",
"tf-40":"武汉 association 倡议书 on mobile page; no author; list; 署名/日期 as body",
}
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feats = "\n".join(f"- **{k}**: {v}" for k, v in FEAT.items())
txt = f"""# zh-blind161: a blind test set of invented Chinese news pages

40 invented pages (`tf-01` … `tf-40`) imitating the templates of Chinese sites of 广西, 山东, 天津 and 湖北:
12 government, 12 media (2 English), 6 self-media, 5 newspaper e-paper, 5 institutions. Every article,
name, number, 文号, phone number and ICP number is made up. Made without reading the reader (newsconv).

## Layout

- `html/<id>.html`: the saved page (UTF-8, one embedded `<style>`, no scripts, no external resources).
- `raw-chromium/<id>.txt`: Chromium select-all + copy (`../shared/tools/chromium_text.py`, Debian chromium).
- `raw/<id>.txt`: a paste from another browser, derived from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (one
  description per page), `build.py` (renders html/ and gold/ from the same body blocks), `make_raw.py`,
  `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # every gold field found in raw-chromium/ and raw/ (modulo white space); body lengths
    python3 src/make_readme.py

## Gold conventions

As `../shared/corpus/README.md`, plus: title = main headline only (no 引题/副题/原标题), a headline on
two lines joined without space; authors = named writers/reporters incl. 通讯员 in printed order, spaced
names without spaces, minority middle dot kept, speaker for a speech, account name on self-media when no
person is named, `[]` for documents/notices and wire copy; never editors, reviewers, photographers, 来源;
publish_time as printed without label (weekday kept when printed next to it); body = prose, sub-headings,
list items, table rows (cells joined by one space, header row included), quoted passages; for official
documents the 主送 line, 署名 and 成文日期 are body, the 文号 line is not; bylines inside a paragraph stay,
byline lines on their own, 原标题, captions, alt text, editor/source lines, buttons, related lists, footers
are not body.

## Features, page by page

{feats}

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(txt)
print("README written")
