#!/usr/bin/env python3
"""Write README.md: the fixed description below plus the page table made from gold/."""
from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FEATURES = {
    "xx-01": "河南 county portal (鹿邑), 2010s table layout; date line, 无障碍/长者模式/繁體 links, search; 热点排行 + 专题专栏 sidebar (15 links) between the info bar and the text; paragraphs indented with U+3000; closing `（李航 王雪）` inside the last paragraph (stays in body; both are authors); 【字体：大 中 小】【打印本页】【关闭窗口】, 上一篇/下一篇, footer with 网站标识码/ICP/公网安备.",
    "xx-02": "山东 city government 通知 on a 2024 信息公开 page: 索引号 table (it repeats the title and holds both 成文日期 and 发布日期; publish_time is 发布日期), headline printed on two lines, 文号 line (not body), 主送 line, bold 一、二、 sub-headings, 署名 and 成文日期 (body); 附件 download links, 相关解读 box, QR caption after.",
    "xx-03": "湖北 district 政策解读 in Q&A form (questions are sub-headings, answers start with 答：); 一图读懂 image alt before the text; a 延伸阅读 box between two Q&As; no writer.",
    "xx-04": "江西 township news in a county portal's 乡镇动态 column; own-line byline `通讯员　钟  琴　刘伟明` (spaced name); a 4-picture gallery (上一张/下一张/查看原图 controls, one caption per picture with 摄 credits) after the text; 责任编辑.",
    "xx-05": "河南 city 生态环境局 公示 with a 5-column body table (header row + 3 rows), 听证权利告知 and contact paragraphs, 署名 + date; a second, separate 更正公告 printed in full under the article (not body).",
    "xx-06": "山东 county 领导活动; info bar with 来源/time/`记者：刘  洋 赵文博`; a text video player (▶ 播放 00:00 / 02:36 静音 高清 1.0x 全屏) between the info bar and the text; 责任编辑/审核 after.",
    "xx-07": "湖北 city government: a speech (date line and speaker's name under the headline are not body; the speaker is the author); `同志们：`, 一、二、 sub-headings; the speech is split over three pages (第1页 第2页 第3页 下一页 尾页) and this is page 1: body is what is on this page.",
    "xx-08": "江西 county 通报, 2015-era layout: info bar glued with no spaces (`发布时间：2024-04-15 10:20:33信息来源：县行政审批局访问量：[579]`), 文号 line, 主送, indented 一、二、三、 sub-headings, 6-row body table, 署名 and date.",
    "xx-09": "河南 街道 news on a 2025-design district portal: `听全文` audio player controls (00:00 / 03:12, 倍速, 语音由AI合成), `文/ 刘  芳　图/ 张凯` credit line (photographer not an author), 【】 sub-headings, 编辑/审核/终审, QR caption.",
    "xx-10": "山东 village 村务公开 on a town site: 12-row income/expenditure table, 监督电话 paragraph, 署名 of two committees and date (body); no writer.",
    "xx-11": "湖北 provincial department 批复: 文号 in the info bar (not body), 主送, numbered paragraphs, a 相关链接 box between the last paragraph and the 署名 (not body), 署名 and date (body).",
    "xx-12": "江西 city government 在线访谈: video player controls, 访谈简介 box (访谈时间, 嘉宾, 主持人, 访谈摘要; not body), then the 文字实录 transcript (主持人：/杨志刚： lines are body); no writer.",
    "xx-13": "河南 provincial portal: 编者按 box over the text (body, label kept), `本报讯（记者 高岩 通讯员 李卫东）` inside paragraph 1, 编辑 in the info bar; 本文来源/责任编辑/审核 line and 版权声明 box after the text; 热点排行 and 大河视频 side lists.",
    "xx-14": "山东 provincial portal: own-line byline `大众网记者 孙  娜 淄博报道`; a floated 淄博热点 + 专题 box (11 links) between the byline and the text; article split over two pages (共2页：1 2 下一页), this is page 1; （责编：…）.",
    "xx-15": "湖北 provincial portal: `荆楚网消息（记者胡蓉 通讯员程新华）` inside paragraph 1; 延伸阅读 box between paragraphs 2 and 3; 【来源】【作者】 line and 版权声明 after.",
    "xx-16": "江西 provincial portal: 【导语】 box over the text (the article's own lead: body, label kept); `中国江西网记者 吴  磊　文/图` in the meta line; two photos inside the text with one caption each (not body); 编辑/审核.",
    "xx-17": "河南 TV news site (dark design): video player controls (▶ 00:00 / 01:58 倍速 超清 画中画), hashtags, then the 视频文稿 transcript (body); `大象新闻记者 王梦瑶 刘  博 / 编辑 / 审核` after the text; 本文来源 and 免责声明; 相关视频 with durations.",
    "xx-18": "湖北 radio site: audio player (收听, 00:00, 02:21, 下载音频), `记者：郑  琳　主播：李冉` (the 主播 is not an author), 【新闻文稿】 label; transcript paragraphs open with 【主持人】【记者】【录音】 (kept).",
    "xx-19": "山东 city daily's app page: author line with avatar and IP region, photo with caption and 摄 credit inside the text, 编辑/校对, app promotion, a comments section (4 comments with names, dates, regions, likes).",
    "xx-20": "江西 city media site: body starts `本报讯 4月8日…`; 作者 in the info bar with a U+3000 inside the name; closing byline on its own line (not body); a second short story (■ 相关新闻, own headline, text, reporter and date) printed in full under the article (not body).",
    "xx-21": "central media's 河南 channel: 【摘要】 box (a site summary that rewords the lead: not body), `人民网郑州8月26日电 （孟晓 龚立）` inside paragraph 1 (authors), date glued to time (`2024年08月26日16:43`), (责编：…) not authors.",
    "xx-22": "central wire's 湖北 channel, CSS grid: a long 热点排行 + 专题 + 图片 sidebar (11 links and a captioned photo) between the headline block and the text in document order; `新华社武汉6月3日电（记者蔡明远、方芸）` inside paragraph 1; 语音播报, 【纠错】【责任编辑】.",
    "xx-23": "English page of a Chinese outlet's Henan site: `By Zhang Wei and Li Na in Luoyang | chinadaily.com.cn | Updated: 2024-04-23 10:22`; photo with caption above the text; Share buttons, Editor line, Related stories.",
    "xx-24": "English page of a Chinese outlet's Jiangxi channel: wire copy `Source: Xinhua | 2024-07-02 15:44:10 | Editor: Wang Qian` (no authors), photo caption before the text, `NANCHANG, July 2 (Xinhua) --` dateline inside paragraph 1, popular/video lists beside.",
    "xx-25": "头条号 (河南): no person named, so the account is the author; date · account · IP region; h2 sub-headings; like/comment/favourite rail before the headline; 原创 notice, 举报; comments with the author's reply; author card and 相关推荐.",
    "xx-26": "百家号 (湖北): account is the author; date glued to the IP region (`2024-05-18 09:12湖北`); bold one-line paragraphs (body); 特别声明, 举报/反馈, empty comment box with a placeholder.",
    "xx-27": "网易号 (山东): the account is only the 来源; `原标题：《…》` line and `作者 | 马小川` line at the top of the text (not body; 马小川 is the author), photo-credit note and the NetEase 特别声明 (Chinese + English) after.",
    "xx-28": "澎湃号·政务 (江西): account is the author; `原标题：《…》` line at the top of the text; 来源/编辑/审核 lines and the platform disclaimer after.",
    "xx-29": "微信公众号 (河南 county media): `原创 张  磊 兰考融媒 2024年05月22日 19:30 河南` glued meta line (张磊 is the author), 点击上方蓝字 关注我们, 导语 box (body), blue-label sub-headings, ▲ photo caption, 来源/编辑/审核/监制, 投稿邮箱, 往期推荐, 阅读原文 bar, 留言 with regions.",
    "xx-30": "微博头条文章 (湖北): account is the author; `发布于 2024-05-25 21:03 来自 湖北`; numbered sub-headings; 阅读数, 转发/评论/赞 bar and a comments list with replies.",
    "xx-31": "河南 provincial daily e-paper: masthead date with weekday, 往期回顾/PDF版, 版面导航 (8 版), 本版标题 list, all before the article; 引题 / 主题 / 副题 stack (title is the 主题 only); `本报记者 李  铮　本报通讯员 王红梅` byline line.",
    "xx-32": "山东 evening paper e-paper (table-cell layout): 版面导航 + 本版其他文章 before the article; 主题 printed on two lines (joined without a space), 副题; `记者 于  静  通讯员 高建 报道`; 编者按 box (body).",
    "xx-33": "湖北 metropolitan daily e-paper, table layout: photo story with 引题 over the 主题; `文/本报记者 陈  晨　图/本报记者 刘  强` (photographer not an author); three photos with captions between the paragraphs (not body).",
    "xx-34": "江西 provincial daily e-paper: signed commentary with a `□ 刘  明` byline; `（作者单位：江西省社会科学院）` after the text (not body); 本版标题 and 版面导航 after the article.",
    "xx-35": "河南 city daily county edition, old table-layout e-paper: date selector, 往期回顾, page image, version table (tab-separated cells), 本版文章 list; page column and article column are cells of one layout table; byline line; the text breaks off with （下转第三版） (not body).",
    "xx-36": "河南 university news: info bar `作者：张晓晴　通讯员：阿依努尔·吐尔逊　摄影：王鹏　编辑：赵雪　审核：钱立新` (minority name keeps the middle dot; photographer, editor, reviewer are not authors); 摘要 box that repeats the lead (not body); an unnumbered list (一是…四是…) in the body.",
    "xx-37": "山东 hospital 健康科普: left sidebar before the headline; `文/ 王  静　图/ 李明`; h3 sub-headings, list of 误区; medical 审核 line, 免责声明 and 投稿 notes after the text (not body).",
    "xx-38": "湖北 state enterprise: `作者：通讯员 黄  涛　覃小燕` and a dotted date (`2024.03.28`) in the info bar; a floated 延伸阅读 box after paragraph 1; 版权声明 after the text.",
    "xx-39": "江西 court 以案说法: info bar above the headline; 【案情】【裁判】【法官说法】【法条链接】 sub-headings, the quoted statute is body; 相关链接 box and 打印/关闭 after.",
    "xx-40": "山东 writers' association: `文/ 孔  颖` line inside the content block; a separate 通知 (征集会员作品, with its own 主送/署名/date) printed in full in a box under the article (not body).",
}

HEAD = """# zh-blind75: a blind test set of Chinese news pages

Forty invented web pages (`xx-01` … `xx-40`) for testing a raw-text article reader: a
program that gets a whole page as a clerk selected and copied it in a browser and must
find the headline, the authors, the publish date and the body paragraphs. The pages
imitate the templates of real kinds of Chinese sites in 河南, 山东, 湖北 and 江西; the
articles, names, numbers, 文号, phone numbers, ICP/公网安备 numbers and 网站标识码 are
made up (see `LICENSE`). The set was built without looking at the reader.

| kind | pages | ids |
|---|---|---|
| government (county/city portals and departments, 街道/乡镇, 村, a provincial department) | 12 | xx-01 … xx-12 |
| media (provincial/city portals, central media channels, TV and radio sites; xx-23 and xx-24 in English) | 12 | xx-13 … xx-24 |
| self-media (头条号, 百家号, 网易号, 澎湃号, 微信公众号, 微博文章) | 6 | xx-25 … xx-30 |
| newspaper e-paper | 5 | xx-31 … xx-35 |
| institutions (university, hospital, state enterprise, court, association) | 5 | xx-36 … xx-40 |

The set is weighted to where the body starts and ends: 编者按 and 导语 boxes over the
text (body) and 摘要 boxes that only summarise the lead (not body), video and audio players'
controls above transcripts, picture galleries and photos with a caption each, Q&A
政策解读 and 在线访谈 transcripts, comments sections under the text, 延伸阅读/相关链接
boxes inside the article, a second story or notice printed in full under the article,
long 热点排行/专题 sidebars between the headline and the text, articles split over pages,
and closing notes (本文来源, 版权声明, 免责声明, 特别声明, 投稿邮箱) that are not body.

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`,
  no scripts, no external resources (images are `<img alt=…>` without `src`, or 1×1
  data-URI GIFs; all links are `href="#"`).
- `raw-chromium/<id>.txt`: the page as Debian Chromium's select-all + copy gives it, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium`
  (`_manifest.json` records the Chromium version and flags).
- `raw/<id>.txt`: "a clerk's paste from another browser", made from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line
  edges are stripped (leading U+3000 indents are kept), each run of blank lines becomes one
  blank line, leading and trailing blank lines are dropped, one final newline.
- `gold/<id>.json`: `{"id", "set": "zh-blind75", "lang", "kind", "title", "authors",
  "publish_time", "body_paragraphs"}`.
- `src/`: `lib.py` (the block types), `pages_gov.py`, `pages_media.py`, `pages_self.py`,
  `pages_epaper.py`, `pages_inst.py` (one description per page), `build.py` (writes html/
  and gold/), `make_raw.py`, `check.py`, `make_readme.py` (writes this file), `build.sh`.

## Rebuilding

    sh src/build.sh          # build.py, chromium_text.py, make_raw.py, check.py
    python3 src/make_readme.py

Each page is described once, as a list of parts in document order: furniture (raw HTML that
is never body) and body blocks (paragraphs, sub-headings, `<br>`-separated lines, list items,
table rows). The same block objects render the HTML and give the gold body, so the gold
body is exactly the text rendered as body. The title, authors and publish_time are written in
each description and `check.py` verifies that they, and every gold paragraph (in order),
occur in both `raw-chromium/` and `raw/` modulo white space; it also checks the gold schema,
the id/kind plan, body length (300–1200 characters), that `raw/` equals `make_raw.py`'s
output, and that the HTML is self-contained. It prints each page's body length and ends with
`problems found: none`.

## Gold conventions

Those of `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only, never the 引题, 副题, 原标题, site or section
  label. A headline printed on two lines (xx-02, xx-32) is joined with no space.
- **authors**: named writers and reporters, 通讯员 included, in printed order; never editors
  (责任编辑/编辑/责编/校对), reviewers (审核/终审/监制, a medical 审核), photographers
  (图/摄影/摄), 主播, 来源, 供稿单位 or the outlet. Spaced-out names are written without the
  spaces (`王  静` → 王静); a minority name keeps its middle dot (阿依努尔·吐尔逊). A speech:
  the speaker. Self-media: the person if one is named (xx-27 `作者 | 马小川`, xx-29 原创 张磊),
  otherwise the account name. Official documents, notices, 政策解读 and 在线访谈 with no
  writer: `[]`. English: the `By …` names; wire copy with only a source: `[]`.
- **publish_time**: the date/time of the info bar as printed, without its label or brackets;
  a weekday printed next to it is kept (e-paper mastheads). Where an 信息公开 table shows both
  成文日期 and 发布日期, the 发布日期. An 在线访谈's 访谈时间 (in the 简介 box) is not the
  publish time.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row
  including the header row, cells joined by one space) in reading order; leading U+3000
  indents are dropped. Official documents: the 主送 line, 署名 and 成文日期 are body; the 文号
  line is not. Bylines inside a paragraph stay (`本报讯（记者 …）`, `人民网…电 （…）`, a
  closing `（李航 王雪）`). Labels printed inline at the start of a paragraph stay
  (`编者按：`, `【导语】`, `答：`, `【主持人】`). An 编者按 or 导语 box is body; a 摘要 box that
  only summarises the lead is site furniture (xx-21, xx-36). A transcript under a video or
  audio player is body; player controls are not. Q&A and 访谈 lines are body. Not body:
  byline lines on their own, 原标题 lines, captions, gallery controls and alt text, editor
  and source lines, 作者单位 lines, jump lines like （下转第三版）, buttons, 延伸阅读/相关链接
  boxes, sidebars, comments, a second story or notice printed under the article, closing
  notes (本文来源, 版权声明, 免责声明, 特别声明, 投稿邮箱), pagination and footers. For an
  article split over pages the body is the part on the saved page.

## Features page by page

"""


def main():
    out = [HEAD]
    rows = []
    for pid in sorted(FEATURES):
        out.append(f"- **{pid}**: {FEATURES[pid]}\n")
    out.append("\n## Pages\n\n| id | kind | lang | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|---|\n")
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(ROOT, "gold", fn), encoding="utf-8") as f:
            g = json.load(f)
        authors = "; ".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {title} | {authors} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
