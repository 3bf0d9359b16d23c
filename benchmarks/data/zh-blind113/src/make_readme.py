#!/usr/bin/env python3
"""Write README.md (prose + features + page table generated from gold/)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
"vj-01": "天津 区政府, 2010s table layout; glued-ish info bar with 访问量 and 【字体】; U+3000 indents; closing byline （记者 … 通讯员 …） stays in last paragraph",
"vj-02": "成都 武侯区 通知; 索引号/文号 metadata table above the headline (tab-separated in raw-chromium); 文号 line not body; 主送, numbered headings, list items, 联系人, 署名, 成文日期 are body; （此件公开发布） not body; authors []",
"vj-03": "宝鸡 凤翔区 department 公示; table of names (header row + 5 rows); 署名/日期 body; authors []",
"vj-04": "湖州 安吉 乡镇 site; `文/张  燕` spaced byline on its own line; photo with alt + caption; 编辑/审核 not authors; seconds in time",
"vj-05": "天津 滨海 街道 领导活动; date-only info bar above the headline; banner carries today's date with weekday (not the publish time); no author",
"vj-06": "绵阳 教体局 政策解读; headline printed on two lines (joined); `撰稿：王  丽` in info bar is the author; Q&A sub-headings; numbered list",
"vj-07": "汉中 西乡县 讲话; speaker and date lines under the headline (speaker = author); 同志们： salutation is body; 责任编辑 not author",
"vj-08": "台州 路桥区 通报; info bar above headline, date as 2025/04/21; 文号 line not body; data table; 附件 line not body",
"vj-09": "天津 武清 批复; empty `作者：` field in info bar; banner with today's date; 文号 not body; 此复。/署名/日期 body; authors []",
"vj-10": "阿坝 红原县 乡镇; minority name with middle dot (泽仁·拉姆) in closing （通讯员 …） line on its own (not body); info bar split in two <p>",
"vj-11": "西安 雁塔区 实施意见; responsive design; seconds in time; 浏览次数 with a space in the number; list items; 文号 not body",
"vj-12": "宁波 鄞州 市场监管局; `记者 … 通讯员 …` byline line on its own; caption with 通讯员供图 (not body); 编辑 not author",
"vj-13": "天津 city portal; 本报讯（记者 …） in first paragraph; photo caption with 摄 credit; 责任编辑; related + ranking lists",
"vj-14": "成都 city news site; info bar `作者：`; sub-headings; 【编辑：…】 not author",
"vj-15": "陕西 TV site; video placeholder; `记者：… 摄像：…` line (摄像 not author); 【导语】/【正文】/同期声 transcript paragraphs are body",
"vj-16": "杭州 portal; info bar above headline with 作者 and 编辑 side by side; data table; 版权声明 not body",
"vj-17": "central-media portal; wire copy 新华社成都…电（记者 …） inside first paragraph; seconds in time; 【纠错】【责任编辑】",
"vj-18": "English page of a Tianjin outlet; `By Liu Yang and Wang Xiaoxue`; `Updated:` label dropped from publish_time; photo caption with credit",
"vj-19": "English page of a Sichuan outlet; wire copy with only `Source: Xinhua` (authors []); headline on two lines joined with one space",
"vj-20": "浙江 radio site; audio player placeholder; author as a link in the info bar; 浙音网消息（记者 …） in first paragraph; seconds",
"vj-21": "宝鸡 city news site, old table layout; `本报讯 记者马瑞 通讯员张文博报道：` byline inside first paragraph; 编辑 in info bar",
"vj-22": "安吉 county media-centre app share page; short date `03-21 14:08`; closing `记者：钟  凯　杨  露` spaced names line (not body); 编辑/校对/审核",
"vj-23": "portal re-publishing a city paper; 原标题 line and `华西晨报-封面新闻记者 吴冬梅` line (not body); `本文来源` + 责任编辑 not body",
"vj-24": "天津 TV site; `记者：… 摄像：…`; transcript with 同期声 lines",
"vj-25": "头条号 article; no person named, account name = author; numbered sub-headings; tips list; image without caption",
"vj-26": "百家号 article; account block (name, date, 地区, 领域 tag) above the headline; account name = author",
"vj-27": "网易号 article; `作者 | 陈默` line (not body); `来源: 县域观察笔记` account in info bar; platform disclaimer",
"vj-28": "搜狐号 article; `文/李卫东 图/户外陕西` line; table of route sections; list; photo caption; empty 责任编辑",
"vj-29": "微信公众号 article; `原创` label above headline; person + account + date + 地区 meta line; `文字、图片：` and `编辑：` lines at the end (not body)",
"vj-30": "微博 头条文章; date without zero padding `2025-1-19 22:47`; meta line above the headline; repost/comment counters",
"vj-31": "天津 evening paper 数字报, table layout; 引题 + 主题 + 副题 stack (title = 主题); date only in the issue header; 本版标题 list repeats the headline; `本报记者 于洋` line",
"vj-32": "成都 paper 电子版; 版面导航 and 本版标题 in a left column before the article; 引题 / 主题 / ——副题; byline line on its own",
"vj-33": "西安 evening paper; headline printed on two lines; weekday kept in publish_time; `记者 曹  雯` spaced; 上一篇/下一篇",
"vj-34": "嘉善 county paper; 【日期】【版名】【作者】 info bar; 本报讯（记者 … 通讯员 …） inside first paragraph",
"vj-35": "绵阳 daily 电子版; long 引题 and 副题 around the 主题; `□本报记者 邓涛` line; sub-headings",
"vj-36": "天津 university news site, table layout; `文/… 图/… 审核/…` info bar (图 and 审核 are not authors); seconds in time",
"vj-37": "四川 hospital; `作者：` in info bar; `来源：心血管内科` not author; 审核 line",
"vj-38": "陕西 state enterprise; info bar above headline with 来源 and 作者; emission table",
"vj-39": "浙江 association; `发布日期：` label dropped; closing （胡晓蕾） on its own line (not body)",
"vj-40": "西安 district court 以案说法; 【基本案情】-style bracketed sub-headings; `作者：秦悦 白雪` in info bar; 责任编辑",
}
rows = []
for i in range(1, 41):
    g = json.load(open(os.path.join(ROOT, "gold", f"vj-{i:02d}.json"), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feats = "\n".join(f"- **{k}**: {v}" for k, v in FEAT.items())
table = "\n".join(rows)
text = open(os.path.join(ROOT, "src", "README.template.md"), encoding="utf-8").read()
text = text.replace("{FEATURES}", feats).replace("{TABLE}", table)
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README.md written")
