#!/usr/bin/env python3
"""Write README.md (page table from gold/) ."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
"th-01": "上海 镇政府 (2010s portal): 无障碍/长者模式/繁體 bar, search box, 当前位置 crumb, spaced info bar below headline with 浏览次数 and 【字体：大 中 小】, numbered sub-headings, list, photo with 摄影 caption, closing 文/ byline with spaced name and 审核 line, 上一篇/下一篇, footer with 沪ICP/公网安备/网站标识码",
"th-02": "江苏 园区 department, old table layout with left column glued to crumb, 公示 with 文号 in prose, 4-column table, contact lines, 署名 + 成文日期, no author",
"th-03": "甘肃 区政府 news: info bar glued (site name, date, 来源, 作者, 字号, 分享到), quoted speech, image with empty caption, 相关阅读, footer badges as alt text",
"th-04": "青海 区政府 批复: metadata table (索引号/发文字号/成文日期/发布日期) above the headline, 文号 line under headline (not body), 主送 line, numbered items, 署名, 成文日期, （此件公开发布）, U+3000 indents, 扫一扫 QR",
"th-05": "上海 区政府 政策解读 (2025 responsive): tag chips above headline, time | department info line, 相关文件 aside, sub-headings and list, 相关解读",
"th-06": "青海 省政府 领导活动: title with internal space, info bar with seconds and 【字号】【打印】, 本报讯（记者 … 韩  雪） byline inside paragraph, 责任编辑 spaced",
"th-07": "江苏 镇政府 三资 通报: left column nav, arrow crumb, 文章来源/发布时间 slash date/阅读次, lists, 署名 and date, 上一条/下一条",
"th-08": "甘肃 新区 管委会: flex info row (date, outlet, 阅读), 新区讯（通讯员 杨  帆） in-paragraph byline, table, 编辑/责任编辑/审核 line, QR caption",
"th-09": "江苏 村 page: div paragraphs, centered 作者/发布时间 line, quoted speech",
"th-10": "江苏 区政府 讲话: speaker line 区长　孙卫东 and date in parentheses under title, 同志们： salutation, sub-headings, indented prose",
"th-11": "青海 县政府 通告: info bar ABOVE the headline, sub-headings and lists, 附件 link, contact line, 署名 and date",
"th-12": "上海 区 department: date/source line BELOW the body, closing （何倩　陆振宇） byline paragraph",
"th-13": "上海 city portal: 作者 in info bar, photo caption with 记者 摄 credit, 责任编辑 and 本文来源, 热点推荐, 许可证 footer",
"th-14": "English page of a Chinese daily (Gansu story): headline on two lines (<br>), By … in … and … byline, [Photo provided to …] caption repeated as alt, Editor line",
"th-15": "江苏 provincial daily site: section kicker above headline, 本报讯（记者 王  静） in paragraph, 【编辑：】",
"th-16": "青海 provincial portal: 新华社西宁…电 wire copy with no reporter name (authors []), date with seconds, 编辑/审核 spaced",
"th-17": "English page of a Shanghai broadcaster: section · date · Source: Xinhua line above headline, SHANGHAI, Nov. 27 (Xinhua) -- dateline, (Edited by …), authors []",
"th-18": "甘肃 city evening paper site: table with title and 记者 line, two reporters with spaced name, photo caption 记者 摄, 【收藏】【打印】【关闭】",
"th-19": "江苏 city TV site: video player text, 【导语】【正文】【同期】 script paragraphs, 【记者 林可】 inside a paragraph, 记者/摄像/编辑 credit line",
"th-20": "青海 州 media: old table layout, font tag headline, 本报讯（记者 才让卓玛 通讯员 李  强） – 通讯员 counted as author",
"th-21": "江苏 city app share page: short date 11-29 18:30, byline line 记者 … 通讯员 … on its own (not body), 来源 line, 点赞/评论",
"th-22": "甘肃 provincial portal: byline 陇原在线记者 党晓燕 in info row, sub-heading, right-hand 排行榜, search placeholder",
"th-23": "江苏 newspaper app (交汇点): headline as <p>, 交汇点讯 date name line, 编辑/校对, 上一篇/下一篇 links",
"th-24": "上海 city news portal: author given only below the body (作者：范佳　编辑：…), 4-column table",
"th-25": "头条号: account name as author, 1./2./3. sub-headings, 原创声明, counts and 相关推荐",
"th-26": "微信公众号: 原创 + writer name + account name meta line, 文 | / 图 | credit lines (not body), caption-only image, 阅读/在看",
"th-27": "百家号: account name as author with avatar alt, date with seconds and province, list, image caption（图片来自网络）",
"th-28": "网易号: 来源: account, date with seconds, many sub-headings, list, platform disclaimer",
"th-29": "澎湃号: institution account but a person named 文｜周晓雯 (author = the person), sub-headings, long disclaimer",
"th-30": "微博 article: account name, 来自 微博头条文章 date 11月27日 10:21, hashtags inside last paragraph, photo credit caption",
"th-31": "江苏 e-paper (table layout): 引题/主题/副题 stack, 本版标题 list and 版 navigation on the left, byline 本报记者 … 通讯员 … on its own line, 本报讯 dateline",
"th-32": "青海 e-paper: labelled 引题：/副题：, version bar, □本报记者 byline, 本版其他文章",
"th-33": "甘肃 e-paper 副刊 (grid): ——记… 引题 above headline, □ 杜娟 王斌 文/图 byline, 编辑/美编",
"th-34": "上海 区报 e-paper: 副题 below headline, 作者：本报记者 … 来源 日期 line, sub-headings",
"th-35": "江苏 e-paper: headline split over two lines, date with weekday, 作者 only in a 本文来源 line after the body, 本版新闻",
"th-36": "青海 university news: 点击：[1026], 作者 two names, 摄影/编辑/审核 line, 上一条/下一条",
"th-37": "江苏 hospital: left column, 日期/作者/部门/阅读 line",
"th-38": "青海 state grid company: slash date with time, list, （供稿：… 审核：…） and closing 文/ byline line",
"th-39": "江苏 association 倡议: br-separated U+3000-indented paragraphs, 各会员单位： 主送, numbered items, 署名 and date, no author",
"th-40": "甘肃 intermediate court: date with seconds, 作者 in info bar, case sub-headings, table, 责任编辑",
}
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feat = "\n".join(f"- **{k}**: {v}" for k, v in FEAT.items())
text = f"""# zh-blind163: a blind test set of invented Chinese news pages

40 invented pages imitating the templates of Chinese sites from 上海, 江苏, 甘肃 and 青海 (government
portals down to 村 level, media and TV sites incl. two English pages, self-media platforms, newspaper
e-papers, institutions). Every article, name, number, 文号, phone number and ICP number is made up.
Each page has its own invented template; nothing was copied from a real site or article.
Made without reading the article reader under test.

| kind | pages |
|---|---|
| government | th-01 … th-12 (12) |
| media | th-13 … th-24 (12; th-14 and th-17 English) |
| self-media | th-25 … th-30 (6) |
| e-paper | th-31 … th-35 (5) |
| institution | th-36 … th-40 (5) |

## Layout

- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, no external resources
  (images are 1×1 data-URI GIFs with alt text).
- `raw-chromium/<id>.txt`: Chromium select-all + copy (`../shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt`: derived from raw-chromium by `src/make_raw.py` (tab runs → one space, line-edge
  spaces stripped with U+3000 kept, blank-line runs → one blank line, one final newline).
- `gold/<id>.json`: `{{id, set, lang, kind, title, authors, publish_time, body_paragraphs}}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py`
  (one description per page: template HTML with `{{TITLE}}`/`{{BODY}}`, and the body as blocks);
  `build.py` renders html/ and gold/ from the same blocks; `make_raw.py`; `check.py`; `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title, authors, date, every paragraph found in raw-chromium/ and raw/; body lengths
    python3 src/make_readme.py

## Gold conventions

As `../shared/corpus/README.md`, plus: title = main headline only (no 引题/副题/site label; a
headline on two lines joined without space in Chinese, with one space in English). Authors = named
writers/reporters incl. 通讯员 in printed order, spaced names without spaces; never editors, 审核,
photographers, 来源, 供稿 or the outlet; speech → the speaker; self-media → the named person, else the
account; official notices and wire copy with no writer → `[]`. publish_time = as printed in the info
bar without label (seconds/weekday kept). Body = prose, sub-headings, list items, table rows (cells
joined by one space, header row included); in official documents the 主送 line, 署名 and 成文日期 are
body, the 文号 line is not. In-paragraph bylines stay; byline lines on their own, captions, alt text,
editor/source lines, buttons, related lists and footers are not body. All bodies are 300+ characters.

## Features per page

{feat}

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README written")
