#!/usr/bin/env python3
"""Write README.md (conventions, features per page, table of pages) from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
'tm-01':'天津 district portal, 2010s nested-table layout; 无障碍/长者模式/繁體 top bar with date and search; info bar spaced below title with 浏览次数 and 【字体：大 中 小】; 打印/关闭; 上一篇/下一篇; footer with 主办/承办/ICP/公网安备/标识码; no author.',
'tm-02':'山东 city bureau 通知 (official document): 索引号/成文日期/文号 metadata table above a two-line headline (joined in gold); 文号 line not body; 主送, ordered list, 署名 and 成文日期 are body; publish_time with seconds; attachment link and 扫一扫 caption.',
'tm-03':'贵州 county 政策解读 with left sub-nav; 一图读懂｜ headline; 信息来源/发布时间/访问量 spans; sub-headings, a table (one paragraph per row), bullet list, image + caption (not body); &nbsp; indents.',
'tm-04':'新疆 county portal with Uyghur language link; 领导活动; minority names with middle dot as authors (作者：); image without caption; share and prev/next.',
'tm-05':'天津 街道 site, 2012 style; paragraphs separated by <br><br> with U+3000 indents; info bar ABOVE title with half-width glued labels (时间:… 作者:社区办 — a department, so authors []); closing （长虹湾街道） line not body.',
'tm-06':'山东 乡镇 公示 with 低保 table (masked names), 监督电话, signature and date lines; 【发布时间：…】【来源：…】 bracketed info bar.',
'tm-07':'贵州 county mobile page about a 村; spaced name 潘 文 in info bar (gold 潘文); photo caption with 摄 credit not body.',
'tm-08':'新疆 prefecture department 通报 with left column, table of failing samples, 附件 line after body, 来源 before 发布时间 with seconds.',
'tm-09':'天津 department 讲话: speaker line and date line below the headline (not body); speaker is the author; 同志们： and 谢谢大家！ are body; sub-headings.',
'tm-10':'山东 county 批复 in a table layout; two-line red headline; 发文字号/成文日期/发布日期 table; 文号 line not body; 主送, 此复, 署名, 成文日期 body; publish_time = 发布日期.',
'tm-11':'贵州 city department; info bar fully glued (发布时间：…信息来源：…字号：…); 本网讯（通讯员 …）byline inside first paragraph; 编辑/审核 line with spaced names not body.',
'tm-12':'新疆 city 意见: info table with 字号 (文号) and 发布时间; numbered sub-headings and （一）（二）（三） paragraphs; 署名/成文日期 body; （此件公开发布） not body; related 解读 link.',
'tm-13':'Central agency channel page: 新华社济南…电（记者…、…）inside first paragraph; photo caption with 新华社记者 … 摄; 【责任编辑:…】; related lists.',
'tm-14':'天津 city media portal: date with weekday (kept), 作者：记者 … 通讯员 … (both authors), list of tips, 责任编辑.',
'tm-15':'山东 provincial newspaper site: 原标题 line (not body); 本报日照…讯（记者 … 通讯员 …）; 来源/作者 in info bar; 【编辑：…】; comment box placeholder.',
'tm-16':'贵州 provincial app share page: 文/…记者 吴　丹 图/… line (U+3000 inside name), image caption, 来源 line and three-level 编辑/二审/三审 line, 打开APP prompts.',
'tm-17':'新疆 portal, 2013 table layout with right column; author only in the closing （记者 … …）of the last paragraph (kept in body); minority name; [责任编辑：…].',
'tm-18':'天津 TV site: video player text above headline, 栏目/播放次数 info; credit line 记者/摄像/编辑 after body (reporters are authors).',
'tm-19':'贵州 city newspaper site with sidebar ranking; info bar with spaced name 陈　曦 and 阅读 count; two images with captions; (编辑：…); tags and prev/next.',
'tm-20':'Central TV site: headline inside a title area, 来源：央视新闻客户端 | date with seconds; no writer → authors []; 编辑/责任编辑 line.',
'tm-21':'山东 city radio site: audio player line under headline; byline 记者：… on its own line after body (not body, author); 编辑/监制.',
'tm-22':'English page of a 天津 outlet: By … and … | outlet | Updated: date; photo caption first; quoted speech.',
'tm-23':'English page of a 新疆 outlet: Xinhua wire copy with Source/Editor line only → authors []; dateline inside first paragraph.',
'tm-24':'贵州 county 融媒体中心: info bar above headline with two-space spaced names 王  静  刘  敏; 供稿/编辑/审核/终审 lines after body; QR caption.',
'tm-25':'头条号: 原创 tag, date, account name only → author = account; account box with followers; 举报/反馈 and comment box.',
'tm-26':'百家号: account name + date + location, then 文 | 龙　飞 line (person named → author); sub-headings; 举报/反馈.',
'tm-27':'微信公众号: 原创 · author · account · date · location meta; sections; list; - END -, 编辑｜/审核｜ lines, 阅读/在看 counts.',
'tm-28':'网易号: date with seconds + 来源: account; three sub-headings and a table; long 特别声明 disclaimer.',
'tm-29':'澎湃号·湃客: channel label above headline; account name and date in meta; 作者 | … and 编辑 | … lines (person named → author); disclaimer.',
'tm-30':'微博 article: @account, 阅读数, 发布于 date; account name as author; hashtags and 转发/评论/赞 counts.',
'tm-31':'天津 daily 数字报: 版次 nav, 本版标题 list in left cell; 引题/主题/副题 stack (only 主题 in gold); 作者：本报记者 孟 然; 本报讯（记者 …）in first paragraph.',
'tm-32':'山东 daily e-paper, old table layout with 版次 list; 引题 + 主题 in table cells; □本报记者　赵　芳 byline line; 本版其他文章.',
'tm-33':'贵州 daily 数字报 with flex layout; 主题 + 副题; info line “报名 date 版次”; 本报讯（记者 … 通讯员 …）; 本版新闻 list.',
'tm-34':'新疆 daily e-paper with page image and 上一版/下一版; 引题/主题/副题; byline line 本报记者　阿依努尔·买买提　李　伟; date line after body.',
'tm-35':'山东 city evening paper digital edition (mobile): select-box 版次 nav; two-line 主题 + 副题; 文/图 … line; image caption; 编辑.',
'tm-36':'天津 university news site: date + 点击数; closing （文/… …　图/…）credit line after body; 审核/编辑 line with spaced name.',
'tm-37':'山东 hospital 健康科普: 作者：科室 + name; numbered sub-headings and symptom list.',
'tm-38':'贵州 state enterprise: pipe-separated info bar 来源 | 发布日期 | 作者：通讯员 … | 浏览; 编辑/审核 line.',
'tm-39':'新疆 intermediate court 以案说法: 文：… 通讯员 … (minority name) in info bar; 【基本案情】/【法院审理】/【法官说法】 sub-headings; 供稿 line.',
'tm-40':'天津 industry association, 2011 table layout with left column; closing （许文博 袁莉） inside the last paragraph gives the authors; meeting speaker is not an author.',
}
pages = [json.load(open(os.path.join(ROOT, 'gold', f), encoding='utf-8')) for f in sorted(os.listdir(os.path.join(ROOT, 'gold')))]
cnt = {}
for g in pages: cnt[g['kind']] = cnt.get(g['kind'], 0) + 1
out = []
out.append('''# zh-blind168: a blind test set of invented Chinese news pages

40 invented web pages (ids `tm-01` … `tm-40`) imitating the templates of Chinese government,
media, self-media, e-paper and institutional sites of 天津, 山东, 贵州 and 新疆, with the
gold headline, authors, publish time and body for each. Every article, name, number, 文号,
phone number and ICP/公网安备 number is made up. Site designs range from 2010s table layouts to
2020s responsive pages and app share pages; no two pages share a template.

Kinds: ''' + ', '.join('%s %d' % kv for kv in cnt.items()) + '''.

## Layout

- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, no external resources
  (images are `<img alt=…>` with an empty src or a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium select-all + copy, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (Debian chromium).
- `raw/<id>.txt`: a clerk's paste from another browser, derived from raw-chromium by `src/make_raw.py`
  (tab → one space, spaces at line edges stripped with U+3000 kept, blank-line runs → one, edges trimmed).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_other.py` (one description per page: furniture
  strings + body blocks), `build.py` (renders html/ and gold/ from the same blocks), `make_raw.py`,
  `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # title/authors/date/paragraphs found in raw-chromium and raw; body lengths
    python3 src/make_readme.py

## Gold conventions

Follows `../shared/corpus/README.md`, plus:

- **title**: the 主标题 only, no 引题/副题/原标题/site or section label; a headline printed on two
  lines is joined without a space.
- **authors**: named writers/reporters incl. 通讯员, in printed order; never editors, reviewers,
  photographers, 来源, 供稿单位 or the outlet. Spaced names without spaces; minority names keep `·`.
  A speech: the speaker. Self-media: the person if named, else the account name. Official
  documents and notices with no writer, and a department given as 作者: `[]`. English: the `By`
  names; wire copy with only a source: `[]`.
- **publish_time**: as printed in the info bar, without label or brackets (seconds and weekday kept).
  For an official document with both 成文日期 and 发布日期, the 发布日期.
- **body_paragraphs**: prose, sub-headings, list items, table rows (cells joined by one space,
  header row included) in reading order. Documents: 主送, 署名 and 成文日期 are body, the 文号 line
  is not. Bylines inside a paragraph stay; byline lines on their own, 原标题 lines, captions, alt
  text, editor/source/供稿 lines, buttons, related lists and footers are not body.

## Features page by page
''')
for g in pages:
    out.append('- `%s` (%s): %s' % (g['id'], g['kind'], FEAT[g['id']]))
out.append('\n## Pages\n')
out.append('| id | kind | title | authors | publish_time | paragraphs |')
out.append('|---|---|---|---|---|---|')
for g in pages:
    out.append('| %s | %s | %s | %s | %s | %d |' % (g['id'], g['kind'], g['title'].replace('|', '\\|'),
               '、'.join(g['authors']) or '—', g['publish_time'], len(g['body_paragraphs'])))
open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('README written')
