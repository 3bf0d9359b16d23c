#!/usr/bin/env python3
"""Write README.md (set description + page table) from gold/ and the feature notes below."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
"we-01": "福州 district portal, 2010s table layout; info bar below headline with 信息来源/浏览次数/【字体：大 中 小】 spaced by &nbsp;; old `<br><br>` body with U+3000 indents; photo alt; 打印/关闭, 上一篇/下一篇, footer with ICP/公网安备/网站标识码. No writer: authors [].",
"we-02": "佛山 district 通知: 索引号 table (成文日期 2025-05-13 vs 发布日期 2025-05-14), 文号 line under title (not body), 主送 line, numbered sub-headings, 署名 + 成文日期 as body.",
"we-03": "成都 街道 site: headline printed on two lines (joined), date without label, closing `（通讯员 刘佳 何雨桐）` inside last paragraph, 【责任编辑】 not author, photo caption.",
"we-04": "遵义 county 政策解读 (2022 design): date with seconds, weekday date in top bar, 来源 = department, h4 sub-headings, list items, 相关文件 link above body.",
"we-05": "厦门 department 公示: glued info bar `日期：…来源：…字体：【大中小】`, table rows as body, contact lines, 署名 + date.",
"we-06": "深圳 街道 领导活动: 作者 in info bar, div paragraphs, photo with caption, 编辑/审核 line after body, QR caption.",
"we-07": "绵阳 township site, village news: 作者 field first in info bar, Chinese date without zero padding, 浏览 count.",
"we-08": "黔东南 county speech: speaker line `县委副书记、县长　潘文华` and speech date above info bar; speaker is the author; 同志们： opening; centred bold sub-headings.",
"we-09": "漳州 county 通报: date with slashes, 文号 line inside content area (not body), table in body, 主送/署名/成文日期.",
"we-10": "湛江 department 批复: info bar above headline, 文号 after title, 此复。, attachment link.",
"we-11": "宜宾 district bureau 征求意见公告: grid info (发布单位/发布日期/征集期限), list of contact methods, 附件 list.",
"we-12": "贵阳 district portal, 2025 card design: chips `作者：记者 罗婷 田旭` with 编辑/审核 beside it, three-level review line, sub-headings, 推荐阅读 with dates.",
"we-13": "福州 city news portal: `本报讯（记者 … 通讯员 …）` byline inside first paragraph, date in top bar and info bar, 24小时热点 list.",
"we-14": "广州 city media app-style page: separate `文/…记者 … 通讯员 …` and `图/…` lines (photographer not author), photo caption with 摄, 责编/审核.",
"we-15": "四川 provincial portal with wire copy: `新华社成都5月13日电（记者张海磊、康锦谦）` inside first paragraph, empty `作者：` field, 来源：新华网, side column.",
"we-16": "贵州 county 融媒体中心: meta line with dots; stacked 来源/作者/编辑/审核/终审 lines after body; spaced two-character name `吴  燕`.",
"we-17": "汕头 TV station video page: player placeholder text, 栏目 label, closing `（记者 蔡晓东 许漫 汕头台报道）` inside last paragraph, video list.",
"we-18": "English page of a Fujian outlet: headline on two lines (joined with a space), `By Lin Jiayi and Chen Mo | … | Updated:`, photo caption with credit.",
"we-19": "English page of a Guangdong outlet: Xinhua wire copy with dateline, `Source: Xinhua` only, authors [].",
"we-20": "绵阳 city paper site, 2012 nested tables: `作者：王&nbsp;&nbsp;静&nbsp;&nbsp;刘一鸣`, date `2025-5-16 8:52:00`, side column with 图片新闻/排行榜.",
"we-21": "贵州 provincial portal: 副题 `——…见闻` under headline (not title), `记者 龙雪梅` in info bar, sub-headings, 编辑/二审/三审.",
"we-22": "厦门 radio/TV site: fully glued info bar `…来源：…作者：…编辑：…`, audio player line, 关键词.",
"we-23": "深圳 portal reprint: 原标题 line and `鹏城晚报记者 周婧 林泽宇` line above body (not body), comment box placeholder, （编辑 孙悦）.",
"we-24": "成都 city media card design: author block with avatar, `发布于四川`, 摄影 credit line, comment cards.",
"we-25": "头条号: account name only (author = account), list of tips, sub-heading, original-content statement, author card, comments.",
"we-26": "百家号: account name `乌蒙山下笔记` but `文/苏明远` line names the writer (author = person), 举报/反馈.",
"we-27": "网易号: `来源: 岭南吃货志` = account (author), numbered sub-headings, 图源网络 caption, bilingual platform disclaimer.",
"we-28": "微信公众号 of a county account: `原创 郑丽芳 永春发布 2025年5月16日 18:30 福建`, section/span paragraphs, 来源/作者/编辑/审核 tail.",
"we-29": "澎湃号·政务: account `韶关市场监管` as author, two tables (红榜/黑榜) with sub-headings, platform disclaimer.",
"we-30": "微博 头条文章: `发布于 2025-5-14 22:45`, 阅读数, blogger name as author, sub-headings, comment box.",
"we-31": "泉州 daily 数字报: 引题/主题/副题 stack, `□本报记者 … 通讯员 … 文/图` line, 版面导航 and 本版标题 lists on the left, date with weekday in masthead.",
"we-32": "佛山 daily 电子版: 引题 + two-line 主题 (joined), meta table 作者/版次/日期, `本报讯　近日` with no names, 本版其他文章.",
"we-33": "宜宾 evening paper 电子版, three-column table: 副题 with dash, `■本报记者 陈冬梅` right-aligned after body, 本版标题导航 column.",
"we-34": "贵阳 daily 数字报 grid: 引题 above 主题, `本报记者　田野　安琪` line, date `2025年5月17日 星期六` only in masthead, 本版新闻.",
"we-35": "安溪 county paper: 引题/主题/副题, `本报讯（通讯员 王清河 林美玲）` inside first paragraph, 期数 masthead, `<br>` body.",
"we-36": "四川 university news: 点击 counter, closing `（文/赵梓涵 何俊　图/机械工程学院　审核/陈勇）` credit line (not body), 编辑/责任编辑.",
"we-37": "江门 hospital news: 供稿 department (not author), `文字：梁晓彤　图片：…` line, photo caption, 审核 line.",
"we-38": "贵州 state enterprise: `作者：通讯员 谢红梅 付强`, date with seconds, emissions table, 责任编辑.",
"we-39": "福建 association 会议通知: 发布者：协会秘书处 (not a writer: authors []), sub-headings, list, 署名/date, 附件.",
"we-40": "四川 county court 以案释法: 【基本案情】-style bracket sub-headings, quoted statute (blockquote), 作者 first in info bar, 审核/编辑 after body, 友情链接.",
}

def main():
    rows = []
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        rows.append(g)
    kinds = {}
    for g in rows:
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
    out = [open(os.path.join(ROOT, "src", "README.head.md"), encoding="utf-8").read().rstrip() + "\n"]
    out.append("\n## Features page by page\n")
    for g in rows:
        out.append(f"- **{g['id']}** ({g['kind']}): {FEAT[g['id']]}")
    out.append("\n## All pages\n")
    out.append("| id | kind | title | authors | publish_time | paragraphs |")
    out.append("|---|---|---|---|---|---|")
    for g in rows:
        t = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {t} | {'、'.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    out.append("\nKinds: " + ", ".join(f"{k} {v}" for k, v in kinds.items()) + f"; {len(rows)} pages.\n")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
    print("README.md written")

if __name__ == "__main__":
    main()
