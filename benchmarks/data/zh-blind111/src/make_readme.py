#!/usr/bin/env python3
"""Write README.md: description, conventions, per-page features and the page table (from gold/)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FEATURES = {
 "vh-01": "江西 district portal, 2010s table layout; info bar glued without spaces (发布时间…来源…作者…浏览次数…【字体：大 中 小】) under the headline; two authors in 作者; U+3000 indents; photo caption with 供图; 打印/关闭, 上一篇/下一篇; footer with 主办/承办/ICP/公网安备/网站标识码.",
 "vh-02": "新疆 county 通知 (official document): 索引号 metadata table repeating the title, 文号 line (not body), 主送 line, 一、二、三 headings as bold paragraphs, a table, 署名 + 成文日期 in the body; attachment link; publish_time is the 发布日期 (2025-03-10), not the 成文日期.",
 "vh-03": "福建 乡镇 公示 on a 2020s flexbox design; spaced info bar (`来源： …`, `发布时间： …` with seconds); 11-row table (header + 10); contact lines and 署名/日期 are body; authors [].",
 "vh-04": "河北 district 政策解读; info bar ABOVE the headline (`发布日期：2025年03月13日`); h4 sub-headings; a <ul> list; 解读机关/联系电话 lines kept as body; authors [] (no writer named).",
 "vh-05": "江西 provincial department 领导活动 on a 2016 portal; date-only info bar `时间：2025-03-14`; `来源：办公室` is not an author; `文/图：胡敏` credit line after the body gives the author.",
 "vh-06": "新疆 街道 site; closing byline `（通讯员 阿依古丽·买买提 王  静）` stays inside the last paragraph; authors keep the middle dot and lose the spaces; `审核：`/`编辑：` lines are not authors; slash date `2025/3/11 18:20`; a banner date (今天是…) that is not the publish date.",
 "vh-07": "福建 provincial department 通报, 2025 responsive design; 文号 line below the info bar; 主送, bold numbered case headings, 署名/日期 in the body; A+/A/A- size buttons.",
 "vh-08": "河北 city 讲话: info bar above the title; speaker line `市委副书记、市长　刘建国` and date line `（2025年3月10日）` under the headline (not body); author = the speaker; 同志们： opening; bold U+3000 headings.",
 "vh-09": "河北 village (村) 财务公开 on a late-1990s style table layout with a left column; bracketed info `[日期：2025年3月13日]`; body paragraphs separated only by <br>; money table with an empty cell; two 署名 lines.",
 "vh-10": "新疆 region department 公告; headline printed on two lines (<br>) and joined in gold; uyghur-script language link; numbered list; long timestamp with seconds; attachments and share links after the body.",
 "vh-11": "江西 city government 批复; 文号 in a metadata table under the headline (not body); 主送, 一至四 numbered paragraphs, 署名/日期; date-only publish_time.",
 "vh-12": "福建 district 领导活动 on a 2013 table layout; info in a table cell with spaced author `作者：陈  璐`; &nbsp; indented paragraphs; 责任编辑 after the body; related list.",
 "vh-13": "江西 provincial news portal; `本报讯（记者钟振宇 刘  敏 通讯员谢晓东）` inside the first paragraph (three authors, one spaced name); 来源：江西日报; 责任编辑/审核; 相关新闻 and 热门排行.",
 "vh-14": "新疆 news portal carrying Xinhua copy: `新华社乌鲁木齐3月11日电（记者孙哲、古丽娜尔·吐尔逊）` in the first paragraph; photographer in a caption (`新华社记者 丁磊 摄`, not an author); `编辑：` in the info bar; side column.",
 "vh-15": "福建 provincial portal; 原标题 line and reporter line `福州日报记者 林志远 通讯员 郑雯` on their own lines above the body (not body); 来源：福州日报; 责任编辑.",
 "vh-16": "河北 provincial portal, 2014 layout; reporter line `长城网·冀云客户端记者 杜雅楠 赵鹏飞` alone above the body with U+3000 indent; `（编辑：王丽娜）` after the body.",
 "vh-17": "English, China Daily-like: `By Mao Weihua in Urumqi and Cui Jia | China Daily | Updated: 2025-03-12 07:21`; photo caption before the first paragraph; contact line after the body.",
 "vh-18": "English wire copy (`Source: Xinhua`), dateline inside the first paragraph, `Editor:` in the meta line; authors [] (source only); date printed `Mar 13, 2025`.",
 "vh-19": "河北 TV site, dark video page; transcript with 【导语】/【同期】 markers (body); `河北台记者：王硕 李佳音　摄像：张宇　编辑：许静` after the body: reporters are authors, camera/editor are not.",
 "vh-20": "福建 city paper site; `泉州网3月13日讯（记者 黄巧娜 通讯员 林晓婷）` inside the first paragraph; h4 sub-headings; a 2-column table; `来源：泉州晚报 2025-03-13 09:48:12` info line.",
 "vh-21": "central media provincial channel (人民网-like); dateline byline `人民网南昌3月12日电 （时雨）` (name only in brackets); glued date `2025年03月12日15:26`; `(责编：…)`; photo caption with 供图.",
 "vh-22": "新疆 radio site, audio player text; body in <div>s; `记者：吴凡、热孜万古丽·艾海提` after the body with 编辑/审核; dotted date `2025.03.13 12:06`.",
 "vh-23": "national portal local channel (网易-like) reprinting a city paper: `燕赵都市报记者 王思源 近日，…` byline inside the first paragraph; 原标题 line at the end (not body); `本文来源：`/`责任编辑：` lines; side hot list.",
 "vh-24": "city 融媒体 app share page (mobile width): 打开APP bars, `全媒体记者 陶晓琳　通讯员 余航` line above the body, short date `03-13 20:17`, 编辑/二审/三审 line; photo caption.",
 "vh-25": "头条号: no person named, author = account `赣鄱游记`; numbered h2 sub-headings; 原创 label; interaction counts and comments after the body; side box with account and recommendations before the article.",
 "vh-26": "百家号: account `丝路财经观察` in the header but the article names its writer `文 | 周敏` on its own line (author = the person); bold sub-headings; 作者最新文章 list.",
 "vh-27": "微信公众号: meta line `原创 张雅琴 平和发布 2025年3月12日 18:30 福建` (author 张雅琴, account 平和发布); <section> body; bold route headings; 来源/编辑/审核 lines and QR caption after the body.",
 "vh-28": "搜狐号 (account only `冀商观察`); `返回搜狐，查看更多`, `责任编辑：`, 平台声明 after the body; author box in a left column.",
 "vh-29": "澎湃号·政务: account `邯郸市场监管` in the header, closing `（通讯员 杨帆 赵凯）` on its own line after the last paragraph (authors; not body); platform disclaimer; 字号 control.",
 "vh-30": "微博 头条文章: blogger nickname `牧野的新疆` in the header, `作者：李牧野` line at the top of the article (author = the person); 转发/评论/赞 counts.",
 "vh-31": "江西 provincial daily e-paper: 引题 / 主题 / 副题 (——…) stack, 版次 navigation (第01版：要闻 上一版 下一版), version list, 本版标题 list repeating the headline, `本报记者　邱辉强　通讯员　江晓红` line; date with weekday in the page banner.",
 "vh-32": "新疆 daily e-paper on a table layout; 引题 and 副题 in table cells around the 主题; `日期：[2025-03-12]　版次：[A03]`; <br>-separated U+3000 paragraphs; closing `（记者 戴岳 买尔哈巴·艾尼瓦尔）` inside the last paragraph.",
 "vh-33": "福建 city daily e-paper, CSS grid; 引题 + 主题 (no 副题); `■本报记者 何无痕　通讯员 陈舒雅`; date with weekday in the banner next to the 版次.",
 "vh-34": "河北 daily e-paper: 主题 printed on two lines (<br>, joined without space), 引题 and ——副题; spaced author line `河北日报记者　曹　铮　马宁宁`; 本版标题导航 as an <ol> before the article.",
 "vh-35": "福建 city daily e-paper for phones; 肩题 `上杭` above the headline (not title); `文/图　本报记者 黄炜　实习生 吴语涵`; bold-free short layout; 本版其他文章 after the body.",
 "vh-36": "江西 university news site: `发布日期：2025-03-12　　点击量：…　　来源：学院`; `文/胡雨晨　彭嘉怡　图/学生记者团` then 初审/复审/终审 after the body; left column nav.",
 "vh-37": "新疆 hospital site: `作者：努尔比亚·阿不都热依木（心脏外科） 刘晓燕` with the department in brackets; timestamp with seconds; 责编/审核 after the body.",
 "vh-38": "福建 state enterprise, 2025 corporate design; info bar glued with half-width colons `发布时间:2025-03-13来源:福州港务集团作者:郭梓豪浏览量:642`; `供稿：` and `编辑：` lines are not authors.",
 "vh-39": "河北 association on a 2011 table layout (动网-style article system): `作者：孟庆山　来源：本站原创　点击数：486　更新时间：2025-3-10 9:41:23`; 【发表评论】【告诉好友】; 上一篇文章/下一篇文章.",
 "vh-40": "江西 intermediate court: `本网讯（通讯员 肖雨萌 曾凡宇）` inside the first paragraph; date `2025年03月14日 15时20分`; `文章来源：研究室`, `责任编辑：宣传科`; bold sub-headings.",
}

HEAD = """# zh-blind111: a blind test set of Chinese news pages

40 invented web pages (ids `vh-01` … `vh-40`) imitating the page templates of Chinese sites in
江西, 新疆, 福建 and 河北, for testing a raw-text article reader: each page is given as the text a
clerk gets by select-all + copy in a browser, and the reader must find the headline, the authors,
the publish date and the body paragraphs. Every article, name, number, 文号, phone number, ICP and
公网安备 number is made up; site names are used only to imitate the kind of site (some are marked
（示例）). Made blind: without reading the reader's code, tests or other sets.

| kind | pages | ids |
|---|---|---|
| government (district/county portals, departments, 街道, 乡镇, 村; news, 通知, 公示, 政策解读, 领导活动, 通报, 讲话, 公告, 批复) | 12 | vh-01 … vh-12 |
| media (provincial/city portals, central media channel, wire copy, TV, radio, app share page; vh-17 and vh-18 in English) | 12 | vh-13 … vh-24 |
| self-media (头条号, 百家号, 微信公众号, 搜狐号, 澎湃号, 微博 article) | 6 | vh-25 … vh-30 |
| newspaper e-paper (引题/主题/副题, 版次 navigation, 本版标题 lists) | 5 | vh-31 … vh-35 |
| institutions (university, hospital, state enterprise, association, court) | 5 | vh-36 … vh-40 |

## Layout

- `html/<id>.html`: the page, UTF-8 with `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no
  external resources (images are `<img alt=…>` without src, or a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Debian Chromium's select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (`_manifest.json` records the build).
- `raw/<id>.txt`: "a paste from another browser", derived from raw-chromium by `src/make_raw.py`: each tab
  (with the spaces around it) becomes one space, spaces at line edges are stripped (leading U+3000 indents kept),
  runs of blank lines become one blank line, leading/trailing blank lines dropped, one final newline.
- `gold/<id>.json`: `{"id","set":"zh-blind111","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (one description
  per page: furniture HTML before/after the article and the list of article blocks), `lib.py` (renders the blocks;
  the gold body is taken from the same blocks that are rendered as body), `build.py`, `make_raw.py`, `check.py`,
  `make_readme.py`.

## Rebuild

    cd zh-blind111
    python3 src/build.py                      # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                   # raw/
    python3 src/check.py                      # every gold string found in raw-chromium/ and raw/, body lengths
    python3 src/make_readme.py                # this file

`check.py` verifies that the title, every author, the publish_time and every gold paragraph occur in both
raw-chromium/ and raw/ modulo white space, and that each body is 300–1200 characters; it reports 0 problems.

## Gold conventions (following ../shared/corpus/README.md)

- **title**: the main headline (主标题) only; no 引题/肩题, 副题, 原标题, site or section label. A headline printed on
  two lines (vh-10, vh-34) is joined with no space.
- **authors**: named writers/reporters including 通讯员 and 实习生, in printed order; never editors (责任编辑, 编辑,
  审核, 初审/复审/终审, 二审/三审), photographers/camera (摄, 摄像), 来源, 供稿 units or the outlet. Spaced-out names
  without the spaces (王  静 → 王静, 曹　铮 → 曹铮); minority names keep the middle dot. A speech (vh-08): the
  speaker. Self-media: the person if one is named (vh-26, vh-27, vh-30), else the account name (vh-25, vh-28);
  vh-29 names 通讯员 in its closing line, so they are the authors. Official documents and notices with no writer
  (vh-02, vh-03, vh-04, vh-07, vh-09, vh-10, vh-11): `[]`. English: the `By …` names (vh-17); wire copy with only a
  source (vh-18): `[]`.
- **publish_time**: as printed in the info bar, without label or brackets; seconds and weekday kept where printed next
  to the date (e-paper banners vh-31, vh-33 print the weekday). Where a page shows both 成文日期 and 发布日期 (vh-02), the
  发布日期 of the info bar. vh-34's date is the e-paper banner's `2025-03-13`.
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row incl. the header row,
  cells joined by one space; an empty cell leaves nothing, vh-09) in reading order. Official documents: 主送 line,
  署名 and 成文日期 are body; the 文号 line is not. Bylines inside a paragraph stay there (vh-06, vh-13, vh-14,
  vh-20, vh-21, vh-23, vh-32, vh-40), and vh-29's closing `（通讯员 杨帆 赵凯）` stands on its own line, so it gives the
  authors but is not body. Byline lines on their own, 原标题 lines, the speaker/date lines of a speech, captions
  and alt text, editor/source lines, buttons, related lists and footers are not body. TV transcript markers
  【导语】/【同期】 stay in their paragraphs (vh-19). U+3000 / &nbsp; indents are not part of the gold text.

## Things a scorer should know

- The same headline appears more than once on several pages (metadata tables vh-02; 本版标题 lists vh-31, vh-32, vh-33,
  vh-34), as on real sites.
- Some pages print the date twice in different forms (vh-02: 成文日期 2025年03月07日 and 发布日期 2025-03-10; vh-06: a
  "今天是" banner date; vh-08: the speech date 2025年3月10日 vs the posting time 2025-03-12 17:08).
- Bodies are short-to-medium: about 300–550 characters for the Chinese pages, about 870–900 for the two English ones
  (`check.py` prints each).
- Furniture text (nav, related lists, footers) often contains other headlines and names on purpose (editors, reviewers,
  photographers, a 发布者, platform accounts); only the gold names are authors.

## Features page by page

"""


def main():
    gold = {}
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        gold[g["id"]] = g
    out = [HEAD]
    for pid in sorted(gold):
        out.append(f"- **{pid}** ({gold[pid]['kind']}): {FEATURES[pid]}\n")
    out.append("\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for pid in sorted(gold):
        g = gold[pid]
        out.append(f"| {pid} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
