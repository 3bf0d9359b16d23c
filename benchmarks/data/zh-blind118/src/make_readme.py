#!/usr/bin/env python3
"""Write README.md (features list + table of all pages from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
 "vo-01": "北京 街道 sub-site of a district portal (2020s): 无障碍/长者模式 top bar, breadcrumb, spaced info bar with 浏览次数 and 【字体：大 中 小】; numbered sub-headings, photo caption, closing `（孙晓燕 葛明）` inside last paragraph, 责任编辑 with spaced name; 上一篇/下一篇, related list, ICP/公网安备/网站标识码 footer.",
 "vo-02": "吉林 district government 通知 in a 2010s table layout: 索引号/文号/成文日期 table above headline, 文号 line repeated above body (not gold), 主送 line, U+3000 indents, list items, right-aligned 署名 and 成文日期 (body), 【打印本页】【关闭窗口】.",
 "vo-03": "内蒙古 旗 portal 公示: date `[ 2025-05-27 ]` in brackets in the info bar *above* the headline, 10-row 名单 table (header row is body), 附件 link, QR caption, 署名/日期.",
 "vo-04": "福建 city bureau 政策解读 (一图读懂 label line above the headline, not title), long-image alt text, info bar with 解读机构/解读人 (not authors), h4 sub-headings, bullet list, Q&A paragraphs; no author.",
 "vo-05": "北京 district 领导活动: info bar `2025/06/20 | 来源 | 作者：张　弛` (U+3000-spaced name), photo caption, dated related list in sidebar.",
 "vo-06": "吉林 延边 乡镇 page, old table layout: 作者 + 通讯员 in one spaced info line, date with seconds, `<hr>`, search box placeholder, 上一条/下一条 table.",
 "vo-07": "内蒙古 自治区厅 通报: info bar (time only, 来源, 字号 T|T|T) above headline, 文号 line, 主送, data table, minority name with middle dot in body only (contact, not author), 署名/成文日期.",
 "vo-08": "福建 村务公开 on a 镇 site: two financial tables, numbered items as paragraphs, `时间：2025年7月3日` info, 监督电话 after body, other-village list.",
 "vo-09": "北京 municipal bureau 批复: bracketed index table `[发布日期] …`, info bar *below* the body, 文号 line and `（此件主动公开）` not body, 此复。, 署名/日期.",
 "vo-10": "吉林 provincial department speech: 副题 `（2025年4月16日）` not in title, speaker line under the headline; the speaker is the author; bold-paragraph sub-headings.",
 "vo-11": "内蒙古 盟 portal news: `日期：2025年06月05日 11:20`, 来源 outlet, byline line `（记者 包金花　通讯员 乌日娜）` on its own after body (not body), 责任编辑/审核 line.",
 "vo-12": "福建 county 征求意见 公告: date with seconds and weekday, U+3000 indented numbered contact lines, attachments list, 扫一扫 QR caption.",
 "vo-13": "central wire story on a portal: `新华社长春6月3日电（记者李爽、陈梓涵）` dateline inside first paragraph, photographer in caption, 【纠错】【责任编辑】, QR.",
 "vo-14": "吉林 provincial portal: `作者：记者 周洋` in info, one sub-heading, `[责任编辑：孟  琳]`, hot list.",
 "vo-15": "呼和浩特 TV site video page: player alt/time, 【导语】 paragraph, quoted-speech paragraphs (blockquote), byline `本台记者　王　静　苏日古嘎` after body, 编辑/审核.",
 "vo-16": "福建 provincial portal: 引题 + 主题 + 副题 stack (title = 主题), 原标题 line (not body), closing `（福建日报记者 林晖 通讯员 陈雅琳）` in last paragraph.",
 "vo-17": "English page of a Chinese outlet: headline on two lines (joined with one space), `By … and … in Changchun | chinadaily.com.cn | Updated:` info, photo caption with [Photo provided …].",
 "vo-18": "English wire copy: `Source: Xinhua| 2025-06-10 21:03:47|Editor: Huang Wei` above the headline, `HOHHOT, June 10 (Xinhua) --` dateline, no byline → authors [].",
 "vo-19": "北京 city paper portal, table layout: `来源：北京日报　作者：钱坤　时间：…` info, `本报讯（记者钱坤）` inside first paragraph, （责任编辑） line, two-cell related table.",
 "vo-20": "内蒙古 radio/TV group site: byline line `记者：敖　登　　通讯员：韩晓东` under headline, info bar (date `2025.05.30 18:40`, 编辑, 来源) *after* the body, like/share row.",
 "vo-21": "泉州 city paper site: `文/图 本报记者 黄晓婷 通讯员 庄　毅` line, three sub-headings, caption, 编辑/值班主任 line.",
 "vo-22": "central paper site (2010s): `2025年06月17日08:42　来源：人民网－人民日报` glued date-time, `本报记者　吴　冰　郑丽丽` line before body, `《 人民日报 》（ … 10 版）` after, (责编：…).",
 "vo-23": "北京 district 融媒体 app share page: sticky 打开APP banner, info only account + date, image without caption, 作者/编辑/审核 block after body, read/like counts.",
 "vo-24": "吉林 TV site: section label `吉林新闻联播` printed apart from headline (not in title), video alt, quoted interview paragraphs, closing `（记者 孙博 曲凌霄）`.",
 "vo-25": "头条号: account name as author, date glued to `·吉林` IP location, images without src/caption, bullet tips, comments and recommendations.",
 "vo-26": "百家号: author card (account name, `2025-06-12 18:07发布于福建`) under headline, `文/陈小舟　图/作者` line names the person → author 陈小舟; caption with 摄影.",
 "vo-27": "网易号: `（原标题：…）` line, table of 换乘站, platform statement, account box; account name as author.",
 "vo-28": "搜狐号: `作者 | 吴　桐` and `来源 | …` header lines (not body), `01 …` sub-headings, 返回搜狐，查看更多, empty 责任编辑.",
 "vo-29": "微信公众号: `原创 邢佳 满洲里发布 2025年06月19日 20:30 内蒙古` header, 文字/图片/编辑/审核 credits after body (文字 = author), WeChat UI strings.",
 "vo-30": "微博 headline article: cover image, account + date `2025-6-21 09:10` + 阅读数, no person named → account name is the author; 转发/评论/赞 and comments.",
 "vo-31": "北京 evening paper e-paper, table layout: 版面导航 column left, 引题/主题/副题, `本报记者　赵　蕾` line, U+3000 indented paragraphs, 本版标题 list repeating the headline.",
 "vo-32": "吉林 provincial daily e-paper: 引题, 主题 printed on two lines (joined), 副题 with dash, byline line, info `文章来源：… 第03版` after body, 本版新闻 + 版面导航 lists.",
 "vo-33": "内蒙古 daily e-paper (2024): 版次 tabs, info grid 日期/版次/作者 with minority name `额尔敦·巴雅尔` and spaced `杨　帆`, 本版标题 list.",
 "vo-34": "福州 city daily e-paper: left floated 版面 column with 本版导读, 主题 + 副题, `本报讯　昨日` opening, closing `（记者 林雯 通讯员 王凯）`, info after body.",
 "vo-35": "吉林 evening paper e-paper, 2010 table layout: 引题 + 主题 on two lines, `文/本报记者 崔敏` line, date in the masthead with weekday, 本版其他文章 column beside the article.",
 "vo-36": "北京 university news site: info row 作者/摄影/编辑/审核/发布时间 (only 作者 names are authors), paper title in body, caption.",
 "vo-37": "吉林 hospital site, table layout: `作者：孟瑶 通讯员 徐海波` in info, date `2025/5/27 14:06:55`, 打印/关闭, related news.",
 "vo-38": "内蒙古 state power company: `作者 | 苏雅　李建国　　来源 | …　　时间 | …` info, h4 sub-headings with U+3000 inside, two QR captions.",
 "vo-39": "福建 association: info bar (date, 阅读) above the headline, no writer (来源 after body) → authors [], caption, dated notice list.",
 "vo-40": "北京 district court: `作者：冯　琪　郑　好`, date with seconds, bold sub-headings 基本案情/法院审理/法官提示, 编辑/审核 line after body.",
}
rows = []
for fn in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", fn), encoding="utf-8"))
    rows.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"], g["title"].replace("|", "\\|"), "、".join(g["authors"]) or "—", g["publish_time"], len(g["body_paragraphs"])))
feats = "\n".join("- **%s**: %s" % (k, v) for k, v in sorted(FEAT.items()))
tmpl = open(os.path.join(ROOT, "src", "README.in"), encoding="utf-8").read()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(tmpl.replace("@FEATURES@", feats).replace("@TABLE@", "\n".join(rows)))
print("README written")
