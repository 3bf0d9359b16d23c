#!/usr/bin/env python3
"""README.md from src/README.head.md, the feature notes below and the gold files."""
import glob, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(ROOT)
feat = {
"vr-01":"区政府门户 2015 div: 无障碍/长者模式/繁體, search, 当前位置 crumb, info bar with spaced author 刘  畅 and 浏览次数, 【字体：大 中 小】, sub-headings, quoted speech, 责任编辑, 上一篇/下一篇, ICP/公网安备/网站标识码, 扫一扫",
"vr-02":"县人社局公示, 2010 table layout, info bar as table cells (时间/点击), roster table with header row, 署名+日期 right-aligned, no author",
"vr-03":"区政府批复: 索引号/文号 metadata table above headline, 文号 line (not body), 主送 line, numbered items, 署名, 成文日期, （此件公开发布）",
"vr-04":"区工信局部门动态: info bar above headline 'source | date time', sub-headings, photo alt+caption with 供图, no author",
"vr-05":"镇政府 mobile page: info with ｜, closing （王雪梅  孙亮） byline inside last paragraph",
"vr-06":"市政府办公室通知 with embedded 实施方案: 文号 line, 主送, 署名/日期 mid-body, second title as sub-heading, list items, 附件下载",
"vr-07":"区政府领导活动, table layout, info table above headline with 作者 = office (authors []), U+3000 indents, empty-caption image",
"vr-08":"商务局政策解读: two-line headline (joined), Q&A sub-headings in <strong>, 【字号】【打印】",
"vr-09":"市委书记讲话: title 在…上的讲话, date sub-line （2025年2月20日）, speaker byline line (author = speaker), 同志们：",
"vr-10":"区市场监管局通报: info above headline with 丨, statistics table, 署名+日期",
"vr-11":"村务公开网 table layout, <br><br> paragraphs, 文/ byline line, info bar after body with 发布人：admin",
"vr-12":"区委组织部组工动态: 作者：浈组宣  黄晓琳 (author only the person), 审核/编辑 lines not authors",
"vr-13":"大河网 portal: info 作者：记者 谢  磊 通讯员 韩  冰, 本报讯（记者 … 通讯员 …） in first paragraph, 24小时排行, sidebar",
"vr-14":"English page of a Shaanxi outlet: By … and …, Updated:, photo caption, quotes",
"vr-15":"河北新闻网 city channel: 记者 郝  帅 in info, <ul> list, caption with 摄, 编辑 line after body",
"vr-16":"读特 app share page (mobile): 打开APP, 读特记者 byline line, 审核/责编, 阅读 3.2万, comments",
"vr-17":"南阳网 table-era portal: info table with 作者：张  璐  文/图 and 编辑, 【我要纠错】",
"vr-18":"陕西传媒网: info above headline without author, 本报讯 （记者 王璐） in paragraph, 责任编辑 after body",
"vr-19":"TV site (大象网): 视频加载中, 【导语】【正文】【同期】 script paragraphs, reporters in info",
"vr-20":"长城网: 引题 above headline (not title), 河北日报讯（记者曹铮） glued byline, [责任编辑：…]",
"vr-21":"English GDToday: two-line headline joined with a space, Xinhua wire copy (authors []), Edited by: not author",
"vr-22":"华商网: 华商报讯（记者 马婷）, blockquote with attribution, 编辑 line, copyright notice",
"vr-23":"南方网: 南方日报记者 … 实习生 … in info, sub-headings, district table",
"vr-24":"洛阳网: 副题 below headline (not title), 首席记者 + 通讯员 in info, 稿件来源",
"vr-25":"微信公众号: 原创 + account + 公众号 name line, <section><span> paragraphs, 阅读原文, 写留言; author = account",
"vr-26":"头条号: date · account · region info, numbered sub-headings, list, 举报/反馈, author = account",
"vr-27":"百家号: author account + 'date time + 创作者 label' glued, sub-headings; author = account",
"vr-28":"网易号: 来源: account in info, table, closing 作者：周洁 line (person named: author = person), platform disclaimer",
"vr-29":"澎湃号·政务: account in info, 文字：/图片： credit lines at end (author = 文字 person)",
"vr-30":"微博 article (mobile): @account, 发布于 河北, 转发/评论/赞 counters, author = account",
"vr-31":"河南日报数字报, table layout: 版面导航 + 本版标题 lists, ——副题, 本报记者 孙  静 薛  诗 line, date only in the date bar",
"vr-32":"石家庄日报数字版: 引题/主题 (two lines joined)/副题 stack, 第03版 nav with 上一版/下一版/PDF下载, 本版新闻",
"vr-33":"西安日报数字报: 版次 line + date with weekday (kept), 文/记者 霍  萌, caption credit 记者 张  敏 摄 (not author), 版面 table",
"vr-34":"南方日报数字报, table layout: A01–A06 版次 nav, 引题, 记者 + 通讯员 pen name (通讯员 粤海宣 is an office pen name, not a person: not in authors), 本版其他新闻",
"vr-35":"洛阳晚报电子版: 版次 sidebar, ——副题, 记者 + 实习生 … 文/图",
"vr-36":"university news site: 作者：理学院 吴  琼, 来源, empty 点击数, 审核 and 编辑 after body",
"vr-37":"hospital site: info above headline with / separators, 文图：杨  帆, 医生提醒 sub-heading",
"vr-38":"中级法院 table layout: info table with two spaced authors, 打印本页/关闭窗口 in info, 法官提醒",
"vr-39":"行业协会: date 2025/12/06, list lines, 供稿 line (not author), no author",
"vr-40":"state-grid city company: 作者：马晓东 通讯员 王  珂, 责任编辑 after body",
}
rows = []
for f in sorted(glob.glob("gold/*.json")):
    g = json.load(open(f, encoding="utf-8"))
    rows.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"], g["title"].replace("|", "\\|"),
                "、".join(g["authors"]) or "[]", g["publish_time"], len(g["body_paragraphs"])))
fl = "\n".join("- **%s**: %s" % kv for kv in feat.items())
head = open("src/README.head.md", encoding="utf-8").read()
tab = "| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n" + "\n".join(rows)
open("README.md", "w", encoding="utf-8").write(head.replace("@FEATURES@", fl).replace("@TABLE@", tab))
