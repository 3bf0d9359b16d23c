#!/usr/bin/env python3
"""Write README.md: description, layout, conventions, features per page and the page table (from gold/)."""
import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
 "ti-01": "重庆 district portal, 2020s: 无障碍/长者模式/繁體 bar, search placeholder, spaced info bar below headline, photo caption with 记者 credit, closing （记者 刘　洋　通讯员 陈晓东） with U+3000-spaced name, 打印/关闭, 上一篇/下一篇, ICP/公网安备/网站标识码 footer",
 "ti-02": "河南 city bureau 通知, 2010s table layout: 文号 line (not body), 主送 line, bold sub-headings, ordered list, right-aligned 署名/成文日期, 点击数, attachment link, nbsp-spaced info bar",
 "ti-03": "山西 街道 site, 2010s: centered info bar with 作者/时间/来源/阅读, photo with alt only, closing （审核… 编辑…） line not body, related list",
 "ti-04": "西藏 district 政策解读: metadata table (索引号/发布机构/发布日期) above headline, h4 sub-headings, bullet list, Tibetan-script language link, QR caption; authors []",
 "ti-05": "重庆 乡镇 公示: table of names (rows as paragraphs), slash date with pipes, 署名/日期 body",
 "ti-06": "河南 county 领导讲话: speaker line and date line under headline, author = speaker, time with seconds, 同志们 opening",
 "ti-07": "山西 provincial dept 通报: grid metadata block with 成文日期 vs 发布日期, 文号 repeated under title, closing （此件主动公开）",
 "ti-08": "西藏 village news on county site: plain 2010s layout, Tibetan names, 责任编辑 not author, photo at end",
 "ti-09": "重庆 municipal 批复: headline split on two lines by <br> (joined), dl metadata in brackets, 此复, 署名",
 "ti-10": "河南 district 实施意见: two-line headline, 文号 glued in info line with 发布时间 and 浏览次数, （一）（二） items",
 "ti-11": "山西 district 领导活动: glued info bar starting with bare date, spaced name 李 强, editor/校对/审核 line, photo caption",
 "ti-12": "西藏 regional dept, old table frame: 【发布时间】【来源】【字号】 above headline, 本网讯（通讯员 …） byline inside first paragraph",
 "ti-13": "重庆 city news portal: 本报讯（记者 …） in paragraph, strong sub-heading, sidebar 热点排行, 责任编辑",
 "ti-14": "河南 TV site, dark video page: 【中原新闻联播】 label beside headline, 【导语】/【同期】 paragraphs, closing （中原卫视记者 马超 杜若云） as own line (not body), tags, related videos",
 "ti-15": "山西 portal: 原标题 line (not body), meta with seconds, 【纠错】【责任编辑】",
 "ti-16": "西藏 news site carrying 新华社 wire: 新华社拉萨…电（记者 A、B） in first paragraph, [责任编辑]",
 "ti-17": "English page of a 重庆 outlet: By A and B | outlet | Updated: date, h3 sub-heading, Editor line",
 "ti-18": "English page of a 河南 outlet: Xinhua wire with source only (authors []), [Editor]",
 "ti-19": "central media provincial channel (人民网 style): 引题 above headline, 华夏网太原…电 （A、B） in paragraph, glued date+time, (责编：…)",
 "ti-20": "郑州 evening-paper app share page: 记者 name in author row, MM-DD time, platform disclaimer, comments, open-app banner",
 "ti-21": "重庆 district 融媒体 site, table layout: 记者：… 通讯员：… line after the body (not body) gives authors, 字体 大中小",
 "ti-22": "山西 radio site: on-air bar, audio player caption, dotted date, 山西之声 + name byline line, 编辑/主编",
 "ti-23": "拉萨 city paper site, card design: byline above headline (记者 … 文/图), photo caption, 责编/审校",
 "ti-24": "河南 portal: headline with <br> (Chinese, joined without space), meta with 作者 and 编辑 side by side, QR caption",
 "ti-25": "头条号: 原创 tag, account name as author, h2 sub-headings, follower card, recommendations",
 "ti-26": "百家号: author card with avatar, region and 优质…创作者 label glued to date, image caption with 图片来源, 举报/反馈",
 "ti-27": "网易号: 来源 = account, but 文｜程一帆 line names the writer (author is the person), h3, special notice in Chinese and English",
 "ti-28": "微信公众号: 原创 + author + account + date row, 文字｜/图片｜/编辑｜ credits line, bullet list, WeChat chrome (预览时标签不可点, 微信扫一扫…)",
 "ti-29": "澎湃号·政务: account name as author, table with header row, closing 来源 line not body, platform disclaimer",
 "ti-30": "微博 article: short date 3-9 22:41, 阅读数, hashtags line not body, account name as author",
 "ti-31": "重庆 daily e-paper: 引题/主题/副题 stack, 版面导航, 本版标题 list repeating the headline, 本报记者 line with U+3000 spacing, first paragraph with literal U+3000 indent",
 "ti-32": "河南 daily e-paper, table layout: 引题/主题/副题 in three p's, 日期/版次/作者 line, 本版其他新闻",
 "ti-33": "山西 evening-paper e-paper, grid: 【城市故事】 label, two-line headline, 副题, ■ 本报记者 冯　瑶 文/图, caption with 摄",
 "ti-34": "西藏 daily e-paper: 引题 slogan, ——副题, three reporters, 本版新闻 list, 责编/美编 in footer",
 "ti-35": "河南 county paper e-paper: 引题 + 主题, closing （李向阳　郭丽） own line after body (not body)",
 "ti-36": "重庆 university news: 作者 two names in meta, 来源 = college, 摄影/编辑/审核 line",
 "ti-37": "河南 hospital: 文：department + name (author is the name only), 图：宣传科, （审核：…） line, strong Q sub-heading",
 "ti-38": "山西 state enterprise: spaced name 张  磊 in meta (gold 张磊), 来源 = 宣传部",
 "ti-39": "西藏 district court: h2 headline with inner space, 作者 with U+3000 between names, seconds in date",
 "ti-40": "河南 association: 发布于： label, 作者 in pipe-separated meta, 上一篇/下一篇",
}
rows = []
for i in range(1, 41):
    g = json.load(open(os.path.join(OUT, "gold", "ti-%02d.json" % i), encoding="utf-8"))
    rows.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"], g["title"], "、".join(g["authors"]) or "[]", g["publish_time"], len(g["body_paragraphs"])))
feat = "\n".join("- **%s** %s" % (k, v) for k, v in FEAT.items())
text = open(os.path.join(OUT, "src", "README.head.md"), encoding="utf-8").read()
text += "\n## Features page by page\n\n" + feat + "\n\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(text)
print("README.md written")
