#!/usr/bin/env python3
"""Write README.md (with the page table built from gold/) for zh-blind98."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FEATURES = {
 "wu-01": "广东 县级市 portal, 2010s table layout; left sidebar lists before the headline; glued info bar 发布时间/来源/作者 (spaced name 邓  敏)/浏览次数 + 【字体：大 中 小】; U+3000 indents; photo alt + caption; 上一篇/下一篇; ICP/公网安备/标识码 footer",
 "wu-02": "吉林 区政府 通知, responsive; 索引号/发文机关/成文日期/发布日期 block above a two-line headline; 文号 line (not body); 主送; numbered list; 4-row table; 署名 + 成文日期 (body); 扫一扫 caption",
 "wu-03": "甘肃 区政府 政策解读, 2010s div; date+weekday in top bar; info spans glued (信息来源/发布时间/阅读次数); Q&A sub-headings; bullet list; no author (供稿单位 only)",
 "wu-04": "上海 街道 news, 2020s; 副题 under headline; `文：周  颖  图：陈浩然` (photographer not author); quoted speech; list of services; 责任编辑 after body",
 "wu-05": "广东 省厅 领导活动; info bar as table cells (tabs in raw-chromium); 作者 with department prefix; 一是/二是/三是 list; 【责任编辑】",
 "wu-06": "吉林 州局 公示, 2014 table layout; bilingual (朝鲜文) banner; bracketed info 【发布时间：…】; 6-column table whose first row is a td header row; 署名/日期; right sidebar after article",
 "wu-07": "甘肃 乡镇 news, 2010 table layout; div paragraphs with nbsp indents; `时间：2025-5-13`; closing byline `（王  静）` inside the last paragraph",
 "wu-08": "上海 区政府 讲话; 引题 label 领导讲话 + 副题 line `区长　顾晓东` (speaker = author); date line under headline (not body); 同志们 salutation; h3 sections",
 "wu-09": "广东 村 site 村务公开 公告; slash date 2025/05/11; 发布人 is the committee (no author); numbered paragraphs; three-line 署名",
 "wu-10": "吉林 市局 通报; 文号 line; 5-row ranking table; info with seconds and 【大】【中】【小】【打印】; U+3000 indents",
 "wu-11": "甘肃 区政府 批复, 2025 responsive; metadata table (标题/文号/发布机构/成文日期/发布日期) above the headline, headline repeated; 此复; (此件公开发布)",
 "wu-12": "广东 区府办 实施意见, table layout; headline on two lines; info bar printed BELOW the body; h4 sub-headings; 相关解读 link",
 "wu-13": "广东 provincial app portal; `南方+ 记者 … 通讯员 曾  伟 黄思琪` (three authors); blockquote; editor/审核 lines after body",
 "wu-14": "吉林 provincial portal, 2013 div; info bar starting with the bare date; 作者：记者 孙  宇; 编辑 in info bar; photo caption with （资料图片）; sidebars after article in DOM",
 "wu-15": "甘肃 portal reposting wire copy; info spans glued; authors only in `新华社兰州5月12日电（记者 张文斌 马  兰）` inside the first paragraph; 【责任编辑】 and 相关新闻 after body",
 "wu-16": "上海 evening paper site; `新民晚报记者 江  南`; photo credit `新民晚报记者 孙中钦 摄` in caption (photographer, not author); 原标题 line after body; quoted speech",
 "wu-17": "广东 TV site video page; info (programme + time with seconds) above the headline; player placeholder; `记者：黄振宇 梁  爽` and editor lines after body (not body)",
 "wu-18": "吉林 TV site, table layout; info spans glued incl. 【字号：大 中 小】; `（吉视新闻 记者 金美玉）` opening the first paragraph",
 "wu-19": "English, 上海 city paper; section kicker METRO; English standfirst (副题); `By Zhou Wen and Lisa Chen`; `Updated:` label; photo credit; Editor line",
 "wu-20": "English, 广东 portal, Xinhua wire copy: `Source: Xinhua` only → authors []; dateline inside first paragraph; Editor in info bar",
 "wu-21": "广州 city daily site; two-line headline; byline line `文/广州日报新花城记者 … 通讯员 …` on its own at top of body (not body); sub-headings; editor line",
 "wu-22": "甘肃 city news site, 2011 table; info as separate lines (来源/作者/编辑/发布时间); `本报讯 连日来…` without a name; related list with empty heading",
 "wu-23": "上海 district 融媒体 app share page (mobile); `记者 | 王欣怡`; 阅读 count; Q-style sub-headings; list; 点赞/在看, 打开APP",
 "wu-24": "长春 city news site; date `2025年05月13日 07:58`; `本报讯（记者 刘  畅）` inside first paragraph; 上一篇/下一篇",
 "wu-25": "头条号: account name only (韶关吃货圈) → author; info spans glued with 省份; 小贴士 list; 原创声明, 评论 count",
 "wu-26": "百家号: account 关东财经观察 in info, person named in `作者 | 孟凡星` line at top of body (not body) → author is the person; 举报/反馈 and follower counts",
 "wu-27": "网易号: `来源: 兰州生活志` (account) → author; 网易 特别声明 in Chinese and English after the body",
 "wu-28": "微信公众号 article: `原创 陈  可 上海社区观察 2025年05月13日 20:15 上海` glued; 文字｜/图片｜/编辑｜ credits after body; WeChat's junk footer strings",
 "wu-29": "搜狐号: 来源 is the account; person named in a closing `（作者：扎西卓玛）` line on its own (not body) → author; 平台声明, 阅读 count",
 "wu-30": "微博 article: `@长白山文旅` account → author (without @); 4-row price table; list; 转发/评论/赞",
 "wu-31": "广东 provincial daily e-paper: 引题/主题/副题 stack (title = 主题 only); 版次 links; 版面图 alt; 本版标题 list before the article; byline printed AFTER the body; date = issue date with weekday in banner",
 "wu-32": "吉林 daily e-paper, 2012 table: 版次 nav as 第A0x版; 本版标题 sidebar; 主题 + 副题; `作者：本报记者 邹  晶`; paragraphs separated by <br><br> in one cell",
 "wu-33": "甘肃 daily e-paper: 引题 + 主题 printed on two lines; byline and date above the headline; 本版新闻 sidebar after",
 "wu-34": "上海 city daily e-paper, responsive: 主题 + 副题; `本报记者　许  静　实习生　何雨桐`; `本报讯` opening paragraph; 4-row table; date in banner with 版次",
 "wu-35": "甘肃 city daily e-paper: 版面缩略图, 版次 table, 本版新闻 list before the article; 引题/主题/副题; `通讯员　何明亮　记者　李  慧` (通讯员 first)",
 "wu-36": "上海 university news site: glued info spans 作者 (with 学院 prefix)/摄影 (not author)/来源/发布时间/浏览次数; 指导教师 with spaced name inside body; 编辑/审核 line",
 "wu-37": "广东 hospital, 2016 table: 发布者 (department), `文：陈立新 叶  婷`; sub-heading 什么是TAVR？; 审核/编辑 line",
 "wu-38": "甘肃 state enterprise: glued info spans with date first and `作者：马  骏 张  瑜`; 责任编辑 is a department",
 "wu-39": "广东 association, 2025: info (section label | 2025.05.12) above the headline; closing `（协会秘书处 卢嘉俊）` on its own line (not body) → author",
 "wu-40": "吉林 court: two-line headline; 作者 first in info bar with seconds in time; 【案情回顾】/【法官说法】 sub-headings; list; 责任编辑",
}


def main():
    rows = []
    for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
        rows.append(g)
    table = ["| id | kind | lang | title | authors | publish_time | paragraphs |", "|---|---|---|---|---|---|---|"]
    for g in rows:
        table.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {g['title']} | {'、'.join(g['authors']) or '[]'} | "
                     f"{g['publish_time']} | {len(g['body_paragraphs'])} |")
    feats = "\n".join(f"- **{k}**: {v}" for k, v in FEATURES.items())
    text = open(os.path.join(ROOT, "src", "README.in.md"), encoding="utf-8").read()
    text = text.replace("{{FEATURES}}", feats).replace("{{TABLE}}", "\n".join(table))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print("README.md written")


if __name__ == "__main__":
    main()
