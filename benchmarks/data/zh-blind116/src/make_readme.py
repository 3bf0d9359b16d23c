#!/usr/bin/env python3
"""Write README.md (features + table of pages) from the page descriptions and gold."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import PAGES, ROOT

NOTES = {
"vm-01": "海口 district portal, 2010s table layout; 无障碍/长者模式/繁体 bar; info spans glued; spaced name `吴  琼` in 作者; photo caption; 【字体】【打印本页】【关闭窗口】; `【责任编辑：】` line",
"vm-02": "渝北 通知 with two-line headline (发文机关 line + 事由 line, joined); 文号 line not body; 时间安排 table; 署名+成文日期 body; （此件公开发布） after the body, not body",
"vm-03": "兰州城关 政策解读 Q&A, 2025 design; info bar ABOVE headline with bare date-time (seconds) and 阅读 count; list items; 编辑/审核 line",
"vm-04": "临淄 领导活动, old table site with 今天是…星期五 bar; `时间：` label, 点击数：[ 652 ]; [打印本页][关闭窗口] above body; no author",
"vm-05": "万州 讲话: 引题 (meeting) above, 主题, speaker line `区长 郑  凯（日期）` as 副题 → author = speaker; strong-paragraph sub-headings",
"vm-06": "三亚吉阳 低保公示 with 5-row table, contact lines, 落款; 附件 line not body",
"vm-07": "天水秦州 卫健 通报 on an app share page; two-line headline (agency + 事由); 文号 not body; list",
"vm-08": "琼海嘉积镇 (乡镇) news, table layout; `作者：黎  娜` first in the info string; ▲ caption; 审核 line",
"vm-09": "寿光 批复 with 索引号/发文机关/成文日期/发布日期 info bar (publish_time = 发布日期); numbered clauses; 此复。",
"vm-10": "甘州 村务公开 page; info string `2025年7月3日　作者：村委会　赵  瑞`; list of 审议事项",
"vm-11": "巫山大昌镇 通告, info `2025-02-10 发布｜来源：…｜【大 中 小】`; numbered clauses; 落款",
"vm-12": "沂南 实施意见, 文号 not body; (一)(二)(三) items; 署名/日期 body",
"vm-13": "琼岛网 (provincial portal): `本报海口…讯（记者… 通讯员…）` in first paragraph; photo credit caption with 摄; 责任编辑",
"vm-14": "山城网 city media: 引题 `一线观察` + 主题 + dash 副题; info above headline; byline line `重庆日报记者 陈  宇  刘晓曦` not body; 编辑/审核",
"vm-15": "上游-style app share page: inline byline `上游快讯记者 黄燕` opening the first paragraph; tips list",
"vm-16": "每日陇原网 old table page: 新华社…电（记者王萌）; 【纠错】【责任编辑：张  蕾】",
"vm-17": "大众在线: info spans incl. 作者 and 责任编辑 (editor not author); caption （资料图）",
"vm-18": "齐鲁壹刻-style: headline on two lines (joined); info above: `齐鲁晚报·齐鲁壹刻记者 吕  森    2025.03.15 21:08`; three sub-headings",
"vm-19": "新华网 local channel: wire byline with two reporters separated by 、; date with seconds",
"vm-20": "第1眼TV (TV site): video placeholder alt + duration caption; `记者：蒋  川 罗 娅`",
"vm-21": "闪光新闻 (TV/app): `闪光新闻记者 石  磊 报道　　发布时间：…` info string; 责编",
"vm-22": "人民网 甘肃频道: date glued to time `2025年07月22日09:18`; `人民网兰州7月22日电 （王婷、李佳明）`; table; (责编：…)",
"vm-23": "English page of a Hainan outlet: two-line headline joined with a space; `By WANG Lin and CHEN Haoyu in Sanya`; photo credit caption; Editor line",
"vm-24": "English app page, Xinhua wire copy with only a source → authors []",
"vm-25": "头条号 app share: account name only → author = account; numbered sub-headings; 1×1 GIF images",
"vm-26": "百家号: account 海南生活圈 but `文/陈小鱼` byline line → author = person; 图片来源于网络 caption",
"vm-27": "网易号: info below headline `…　来源: 陇上观察　甘肃` → author = account; platform disclaimer",
"vm-28": "微信公众号: 原创 + author + account + date + region in the meta line; trailing 来源/作者 |/编辑 |/审核 | lines; list",
"vm-29": "澎湃号·政务: account 儋州发布 → author; 来自海南省; platform disclaimer",
"vm-30": "微博 article: user name → author; 来自 iPhone客户端; counters footer",
"vm-31": "海南日报 e-paper: 版面导航 + 本版标题 list before the article; 引题/主题/副题 stack; 本报讯（记者 … 通讯员 …）",
"vm-32": "重庆都市晚报 e-paper in a table layout; date `2025年08月21日 星期四` from the 版次 bar; table; side 版次 list",
"vm-33": "甘肃农民报 e-paper: headline on two lines (joined); dash 副题 placed ABOVE the headline; `本报记者 马  兰` line not body",
"vm-34": "大众日报 e-paper: 引题/主题/副题; `□记者 张  鑫 通讯员 刘海峰 报道` line on its own, not body",
"vm-35": "今日临沂 e-paper, modern: closing byline `（郭亮 姜楠）` ends the last paragraph (stays in it)",
"vm-36": "university news: `作者：周  雨　摄影：孙  宁` (photographer not author); 编辑/审核; 上一条/下一条",
"vm-37": "hospital: info has 发布者 (department) only; authors from the closing `（通讯员 谭晓琳 骆鹏）` that ends the last paragraph (stays in it)",
"vm-38": "中级法院 old table site: `作者：王  磊  康佳怡` two spaced names; date-time with seconds",
"vm-39": "association app page: date `2025.01.16`, no writer → []; list of tasks",
"vm-40": "state enterprise: `来源：…　　作者：何佳欣　　日期：…　　浏览次数` string; 审核/编辑 after body",
}

def main():
    rows = []
    for p in PAGES:
        g = json.load(open(f"{ROOT}/gold/{p['id']}.json", encoding="utf-8"))
        rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    feats = "\n".join(f"- **{p['id']}** ({p['layout']} layout): {NOTES[p['id']]}" for p in PAGES)
    tpl = open(f"{ROOT}/src/README.in.md", encoding="utf-8").read()
    open(f"{ROOT}/README.md", "w", encoding="utf-8").write(tpl.replace("@FEATURES@", feats).replace("@TABLE@", "\n".join(rows)))

if __name__ == "__main__":
    main()
