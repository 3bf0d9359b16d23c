#!/usr/bin/env python3
"""Write README.md (with the table of all pages from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
"vp-01":"浙江县政府 2025 portal: 无障碍/长者/繁體 bar, search placeholder, spaced info bar with 浏览次数 and 字体大中小, photo+caption, list, closing (叶晓岚 周启明), 责任编辑, 上一篇/下一篇, ICP/公网安备/标识码 footer",
"vp-02":"江西县政府 old nested-table layout, 公示 with empty 作者：, table of 6 rows, 联系人 lines, 署名+日期 right-aligned, 附件 link",
"vp-03":"湖北市政府 2010s portal, QR caption before headline, date with seconds glued before 来源/作者, quoted speech, 责任编辑/审核, related list",
"vp-04":"青海市 政府信息公开 政策解读: metadata box (索引号, 成文日期, empty 文号) before headline, numbered sub-headings, list, Q&A",
"vp-05":"江西镇政府 table-era site, left column, info bar 文章来源/作者/发布时间 with slashes date, 阅读次数",
"vp-06":"湖北省厅 通知 with 文号 line (not body), 主送 line, table, 署名/成文日期",
"vp-07":"南昌县 leader speech: info bar above headline, speaker line + date in brackets, speech sub-headings; author = speaker",
"vp-08":"青海区 通报: info bar above headline, 文号, table, 署名",
"vp-09":"湖北县 mobile portal: 【代表风采】 kicker above headline, author line without label, 阅读 3.1万, 编辑/审核, tab bar",
"vp-10":"浙江乡 批复 on 信息公开 platform: metadata table with 文号, 此复, （此件公开发布） not body",
"vp-11":"青海市 部门动态: flex info bar 时间/来源/撰稿/摄影 (photographer not author), photo caption equal to alt",
"vp-12":"浙江市场监管 2020s grid: 引题 kicker, own-line byline 通讯员 章  倩 记者 楼佳宁 (spaced name), side QR caption",
"vp-13":"新华网 provincial channel: 新华社…电（记者…） in first paragraph, 责任编辑 with spaced name",
"vp-14":"English wire (Xinhua): Source/date/Editor line, photo caption credit, no author",
"vp-15":"长江网 city portal: own-line byline 长江日报记者…通讯员…, 【编辑：】, APP promo, hot list",
"vp-16":"大江网: 【聚焦】 in headline tag, 作者 with spaced names, 编者按 not body, repeated 稿件来源/编辑",
"vp-17":"青海新闻网 table layout, 作者/来源 info bar, 【责任编辑】 with Tibetan name",
"vp-18":"湖北广电 TV page: dark design, video player text, 【导语】【正文】【同期】 markers, 记者 line after body",
"vp-19":"China Daily-style English: By … in …, Updated: date, Share, copyright",
"vp-20":"潮新闻 app share page: sticky bar, own-line byline, 打开APP prompts, comment counts",
"vp-21":"西宁新闻网: info bar above headline with 发布时间 label, spaced author, list",
"vp-22":"客家新闻网: 赣州发布｜ kicker, 本报讯（全媒体记者…、… 通讯员…）, 编辑/校对/审核 line",
"vp-23":"浙江在线 opinion: 时评｜ kicker, 作者 with spaced name, （作者系…） note, 上一篇/下一篇",
"vp-24":"荆楚网: 湖北日报讯（记者…、通讯员…）, table, 责编",
"vp-25":"头条号: 原创 · date · account · 关注, list, photo, profile box",
"vp-26":"百家号: author box with avatar alt, sub-headings, quote, list, 原创声明",
"vp-27":"网易号: 来源 = account, 文/ own-line byline, bilingual 特别声明",
"vp-28":"微信公众号: 原创 + person + account name, 作者 | line at top and credits line at end, QR, 阅读/点赞",
"vp-29":"搜狐号: left account card, price table, 返回搜狐, empty 责任编辑：, 平台声明",
"vp-30":"微博 article: account link + date + 阅读数, sub-headings, list, 转发/评论/赞",
"vp-31":"温州日报 e-paper (table): 引题/主题 on two lines/副题, 本版标题导航, 版面导航, 本报讯（记者 … 通讯员 …）",
"vp-32":"江西日报 理论版: ■ byline with spaced name, 版次 list, 作者单位 and 报 citation lines",
"vp-33":"荆州日报: 引题/主题/——副题, 记者/通讯员 line with spaced name, 稿件来源/版次 line",
"vp-34":"海东时报: 版次 bar with 本版标题 inline, 引题/主题/副题, 本报记者 spaced name",
"vp-35":"湖州晚报: 引题/主题/副题, closing （沈佳怡　钱  程） on its own line, 本版标题 sidebar",
"vp-36":"college news site: 作者 two names in info bar, photo, 摄影/编辑/审核 line",
"vp-37":"provincial hospital: 胸外科： kicker, 文/ in info bar, 初审/复审/终审",
"vp-38":"county court 以案说法: two-line headline joined, 作者 before date, sub-headings, 法官说法 quote",
"vp-39":"province association old table site: 发布者 is 秘书处 (not author), closing （秦川）, photo",
"vp-40":"state grid company: ■ own-line byline with Tibetan name, 责任编辑",
}
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
readme = f"""# zh-blind119: a blind test set of invented Chinese news pages

40 invented pages imitating page templates of 浙江, 江西, 湖北 and 青海 sites (county/district
governments, 乡镇, departments, city media, portals, TV, e-paper, self-media, universities, hospitals,
courts, associations, a state enterprise) for testing a raw-text article reader. Articles, names,
numbers, 文号, phone and ICP numbers are made up. Made without reading the reader.

## Layout

- `html/<id>.html`: the saved page (UTF-8, one embedded `<style>`, no scripts, no external resources).
- `raw-chromium/<id>.txt`: Chromium select-all + copy (`../shared/tools/chromium_text.py`).
- `raw/<id>.txt`: derived from raw-chromium by `src/make_raw.py` (tabs → one space, line-edge spaces stripped,
  U+3000 kept, blank-line runs → one, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `build.py` (renders html/ and gold/ from the descriptions in `pages_*.py`: the body is a block text,
  rendered and written to the gold from the same blocks), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title, authors, date, every paragraph in raw-chromium/ and raw/; body lengths
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`: title = main headline only (no 引题/副题/kicker like `时评｜`,
`【代表风采】`, `胸外科：`); a headline printed on two lines is joined without space. Authors = named writers and
reporters incl. 通讯员, in printed order, spaced names without spaces; never editors, reviewers, photographers,
来源 or 发布者; speech → speaker; self-media with no person → account name; notices → `[]`; English wire → `[]`.
publish_time = as printed, without label. Body = prose, sub-headings, list items, table rows (cells joined by one
space, header row included), quoted passages; documents include 主送 line, 署名 and 成文日期 but not the 文号 line.
Own-line bylines, captions, alt text, editor/source lines, 原创声明, related lists and footers are not body; a byline
inside a paragraph (本报讯（记者…）, closing （秦川）) stays.

## Features page by page

""" + "\n".join(f"- **{k}**: {v}" for k, v in FEAT.items()) + """

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
print("README written")
