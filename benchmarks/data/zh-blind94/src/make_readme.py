#!/usr/bin/env python3
"""Write README.md (text + page table from gold/)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FEATURES = {
    "wq-01": "安徽 芜湖 鸠江区 街道 news on the district portal (2023 design); 无障碍/长者模式/繁体 bar; info bar glued with no spaces (`发布时间：…来源：…浏览次数：…【字体：大 中 小】`); sub-headings 一、二、; closing `（湾里街道 陈晓雯）` as its own line (not body, author); 责任编辑 with U+3000-spaced name; 上一篇/下一篇; footer ICP/公网安备/网站标识码, alt-text badges.",
    "wq-02": "江西 赣州 市政府办公室 通知; 信息公开 metadata grid (索引号/发布机构/生成日期/名称/文号/发布日期) with the title repeated in the grid; 文号 line not body; 主送 line, 署名, 成文日期 and （此件主动公开） are body; 仿宋 MsoNormal spans; search box placeholder; 相关文件 list.",
    "wq-03": "四川 绵阳 市水利局 政策解读, 2012-style nested table layout with left column menu; `日期：` info bar with 【字体：大 中 小】【打印】【关闭】; Q&A 问/答 lines; （一）（二） list lines; U+3000 indents.",
    "wq-04": "宁夏 吴忠 利通区 领导活动; info bar above the headline (date, 来源, 阅读); byline line `记者 丁  洁 通讯员 海  燕` with spaced names; photo caption; 编辑/审核 line; 扫一扫 QR; 相关新闻 with dates.",
    "wq-05": "安徽 太湖县 镇 公示, 2016 table layout; publish time with seconds; 发布者 field; table of masked names (header row + 5 rows); 公示期, phones, 署名 and date as body; 上一条/下一条.",
    "wq-06": "四川 南充 顺庆区 街道 社区 news, 2024 grid design with aside; slashed date `2025/03/12`; `文/图 李思远` line (author); caption; quoted speech; 编审 line; QR caption.",
    "wq-07": "宁夏 银川 市政府 讲话: headline without the speaker, speaker name on its own line under it (author), `（2025年3月6日）` line (not body); info bar above headline with 访问量; `同志们：` salutation; 一、二、三、 sub-headings.",
    "wq-08": "安徽 省市场监管局 通报 with 文号 under the headline; flex info bar with 字号; 主送 line; table of unqualified products; 附件 line; 署名/date; QR caption.",
    "wq-09": "江西 修水县 批复, 2011 portal, body in one div with `<br><br>` and U+3000 indents; empty `作者：` field; centred 文号 line; 一、二、三、 items; 此复。; 署名/date.",
    "wq-10": "四川 德阳 市司法局 公告 征求意见, 2025 card design; chips/tags; `2025-03-13 15:00 ｜ 德阳市司法局 ｜ 阅读 812` above headline; numbered ways to comment; 附件; 署名/date.",
    "wq-11": "四川 凉山 昭觉县 部门动态; 彝族 names with middle dot in a closing `通讯员：吉克·阿依　曲比拉且` line; ▲ photo captions; 【大】【中】【小】; 责任编辑/审核 line.",
    "wq-12": "江西 南昌 新建区 人社局 news, 2018 layout; `信息来源：… | 发布时间：2025年3月13日 10:20 | …` pipe info bar; 一是/二是 list lines; closing `（熊文 涂晓琴）` inside the last paragraph (stays body, authors); 审核 line; 相关阅读.",
    "wq-13": "安徽 provincial portal (invented 皖江在线); `本报讯（记者 周  宁 通讯员 陈涛）` inside first paragraph; 来源 安徽日报 (not author); [责任编辑：…]; 相关新闻 and 热点排行 lists; client QR.",
    "wq-14": "新华网-like wire portal, 江西 story; date split into spans `2025 03/12 15:40:21` and again plain; `新华社南昌3月12日电（记者 郭  晨、邬  慧）` inside first paragraph; 【纠错】【责任编辑:…】; 阅读下一篇 / 相关稿件.",
    "wq-15": "四川 绵阳 city paper portal; info bar with 作者 (one of two reporters) and 点击; 副题-like line `总投资286亿元` under the headline (not body); `记者 王维 杨柳 文/图` line; two captions; 编辑 line.",
    "wq-16": "宁夏 盐池县融媒体中心; flex info bar `发布时间 / 作者 / 来源 / 编辑 / 浏览`; 审核/终审 line; 推荐阅读 list with a 【视频】 item.",
    "wq-17": "江西 TV site video page (dark theme), player placeholder `视频加载中... 00:00 / 01:52`; body as divs; `江西台记者 刘畅 李强 报道` closing line (authors); 责编; 相关视频 grid.",
    "wq-18": "四川 radio site; frequency list in the banner; audio player line; Tibetan name `泽仁卓玛` in a closing `四川之声记者 …` line; （编辑：…）.",
    "wq-19": "English page of an Anhui outlet; headline on two lines (joined with one space); `By Zhang Wei and Li Na | Anhui Today`; `Updated:` date; photo caption with [Photo by …/For …] (photographer not author); Editor line.",
    "wq-20": "English wire copy (Xinhua-like), `Source: Xinhua | date | Editor: huaxia` line; `YINCHUAN, March 11 (Xinhua) --` dateline in the first paragraph; no byline, authors []; end mark ■.",
    "wq-21": "安徽 芜湖 city paper portal (2010s); `芜湖日报记者 孙  磊` line under the info bar; closing `（本报通讯员 何佳）` inside last paragraph (both authors); 字号 T|T; search box; 延伸阅读.",
    "wq-22": "江西 provincial portal commentary (赣鄱时评 label above headline); `文/江  平` line; originality notice; 责任编辑; 更多评论.",
    "wq-23": "四川 portal repost of a city paper; `日期 来源 作者 责任编辑` spans in one row; figure captions with `罗琳 摄`; 原标题 line at the end (not body); 相关新闻.",
    "wq-24": "宁夏 银川 news media centre (TV/radio) site; LIVE badge and channel names; three reporters incl. 见习记者 with spaced names; bold sub-headings; 编辑/校对/审核 line.",
    "wq-25": "头条号: left action bar (赞/评论/收藏), `原创 2025-03-12 11:28 · 上饶文旅 江西`; account only, so author = account; images without captions; numbered tips; 举报/反馈; author card and 相关推荐.",
    "wq-26": "百家号: account `宁夏旅游观察` but a person named in `文 | 杨慧` (author = person); sub-headings; platform disclaimer; 为你推荐.",
    "wq-27": "网易号: `2025-03-10 18:22:07　来源: 绵州小马哥　四川 举报`; caption in parentheses; Chinese+English platform notice; account = author.",
    "wq-28": "搜狐号: 原创 badge inside the h1; `发布于：安徽省`; 返回搜狐，查看更多; empty 责任编辑; 阅读 count; author card; account = author.",
    "wq-29": "微信公众号: meta `原创 南昌发布 南昌发布 2025年03月13日 18:00 江西` glued; 来源/记者 lines at the top (reporter = author); table of route changes; ▲ caption; QR; 编辑/审核/终审; 阅读原文/在看.",
    "wq-30": "澎湃号·政务: account block, `来源：澎湃新闻·澎湃号·政务`; closing `通讯员：唐  瑶　胡凯文` line (authors); platform notice with URL.",
    "wq-31": "安徽 淮北日报 e-paper: 引题 / 主题 / 副题 stack (title = 主题), 版次 navigation, page image, 本版标题 list, `本报记者 朱  琳`; date with weekday from the header.",
    "wq-32": "江西 九江日报 e-paper, 2014 table layout: 版次 <select>, 本版新闻 list, 引题 + 主题 printed on three lines (joined), empty 副题; 作者 field plus `本报讯（记者柯琴 通讯员周文斌）` inside the first paragraph; `<br>` body with U+3000 indents.",
    "wq-33": "四川 达州日报 e-paper, responsive: 版面 buttons, 本版导航 ol, 主题 + 副题 (——…), `□本报记者 罗  雪 文/图`; caption.",
    "wq-34": "宁夏 石嘴山日报 e-paper, 2010 tables: `第2版：时政·综合` bar, 本版标题导航, 引题 + 主题, `作者：宋佳　海宁` info row with 【字号 大 中 小】.",
    "wq-35": "江西 宜春日报 e-paper, 2024: 副题 above the headline (`——二论…`), `本报评论员` (no named author, authors []); header date with weekday and 版次; 本版文章 list.",
    "wq-36": "安徽 university news: empty `作者：` in the info bar; closing `（文/李可 汪静怡　图/王林　审核/陈宏）` (authors = 文 only); caption; side menu.",
    "wq-37": "江西 hospital news: `作者：心血管内科 刘佳 | 发布时间：… | 点击：…`; 预约挂号 phone in header; sub-heading; `编辑：宣传科`; licence number in footer.",
    "wq-38": "四川 state energy enterprise news centre: `（供稿单位：安全环保部　撰稿：何明　摄影：周杰）` (author = 撰稿 only); 一是/二是 lines; caption; 审核 line.",
    "wq-39": "宁夏 industry association: `来源：协会秘书处` and `（协会秘书处供稿）`, no named writer, authors []; 相关文章.",
    "wq-40": "四川 南江县人民法院: `作者：王  菁　邓  晓` with spaced names in the info bar; time with seconds; quoted speech opening; 责任编辑/审核 line; 分享/打印/关闭.",
}


def main():
    rows = []
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        with open(os.path.join(ROOT, "gold", fn), encoding="utf-8") as f:
            g = json.load(f)
        rows.append(g)
    kinds = {}
    for g in rows:
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
    out = []
    out.append("# zh-blind94: a blind test set of Chinese news pages\n")
    out.append("40 invented web pages, as a clerk would select and copy them in a browser, for measuring a raw-text "
               "article reader (headline, authors, publish date, body paragraphs). The sites imitate the templates of "
               "kinds of real sites of 安徽, 江西, 四川 and 宁夏 (city and county governments, 街道/乡镇/社区, departments, "
               "city media, county 融媒体中心, TV/radio sites, e-paper, self-media, hospitals, schools, state enterprises, "
               "an association and a court), mixed like an ordinary week's intake of a district press office. Every "
               "article, name, number, 文号, phone number and ICP number is made up; no real article is copied. "
               "Each page has its own template (no two pages of one kind share one).\n")
    out.append("| kind | pages | ids |\n|---|---|---|\n| government | 12 | wq-01 … wq-12 |\n| media (2 English) | 12 | wq-13 … wq-24 |\n"
               "| self-media | 6 | wq-25 … wq-30 |\n| e-paper | 5 | wq-31 … wq-35 |\n| institution | 5 | wq-36 … wq-40 |\n")
    out.append("## Layout\n")
    out.append("- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, no external resources "
               "(images are `<img alt=…>` with a 1×1 data-URI GIF).\n"
               "- `raw-chromium/<id>.txt`: Debian Chromium's select-all + copy, made by "
               "`python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (with `_manifest.json`).\n"
               "- `raw/<id>.txt`: \"a clerk's paste from another browser\", made from raw-chromium by `src/make_raw.py`: "
               "each tab (with spaces around it) becomes one space, spaces at line edges are stripped (U+3000 indents "
               "kept), runs of blank lines become one blank line, leading/trailing blank lines dropped, one final newline.\n"
               "- `gold/<id>.json`: `{\"id\",\"set\",\"lang\",\"kind\",\"title\",\"authors\",\"publish_time\",\"body_paragraphs\"}`.\n"
               "- `src/`: `common.py` (renders one page description into HTML and gold from the same blocks), "
               "`pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (one description per page), "
               "`build.py`, `make_raw.py`, `check.py`, `make_readme.py`, `rebuild.sh`.\n")
    out.append("## Rebuild\n\n    sh src/rebuild.sh      # build.py, chromium_text.py, make_raw.py, make_readme.py, check.py\n\n"
               "`check.py` verifies that the title, every author, the publish_time and every gold paragraph occur in both "
               "`raw-chromium/` and `raw/` modulo white space, checks the gold keys, and prints body lengths (all pages "
               "are within 300–1200 non-space characters).\n")
    out.append("## Gold conventions\n\n"
               "Following `../shared/corpus/README.md`, and:\n\n"
               "- **title**: the main headline (主标题) only, without 引题, 副题, 原标题, site or section labels; a headline "
               "printed on several lines is joined with no space (Chinese) or one space (English).\n"
               "- **authors**: named writers/reporters incl. 通讯员, in printed order; never editors (责任编辑/编辑/审核/终审/校对), "
               "photographers (摄/图/), 来源, 供稿单位 or the outlet. Spaced names lose the spaces; minority names keep the "
               "middle dot. A speech: the speaker. Self-media: the person if one is named, else the account name. Official "
               "documents, notices and 本报评论员 pieces: `[]`. English: the `By …` names; wire copy with only a source: `[]`.\n"
               "- **publish_time**: as printed in the info bar, without label or brackets (seconds and weekday kept when printed).\n"
               "- **body_paragraphs**: prose, sub-headings, list lines and table rows (one per row incl. header, cells joined "
               "by one space) in reading order. Official documents: 主送 line, 署名 and 成文日期 are body, the 文号 line is not. "
               "Bylines inside a paragraph (`本报讯（记者…）`, `新华社…电（记者…）`, a closing `（熊文 涂晓琴）`) stay; byline "
               "lines on their own, 原标题 lines, captions and alt text, editor and source lines, buttons, related lists and "
               "footers are not body.\n")
    out.append("## Features page by page\n")
    for g in rows:
        out.append(f"- **{g['id']}** — {FEATURES[g['id']]}")
    out.append("")
    out.append("## Pages\n")
    out.append("| id | kind | lang | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|---|")
    for g in rows:
        t = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {t} | {', '.join(g['authors']) or '—'} | "
                   f"{g['publish_time']} | {len(g['body_paragraphs'])} |")
    out.append("")
    out.append(f"Pages per kind: " + ", ".join(f"{k} {v}" for k, v in kinds.items()) + ".\n")
    out.append("License: CC0 (see `LICENSE`); all pages are invented for this set.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
