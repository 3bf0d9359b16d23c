from lib import *

NOTES = "University news site (Hainan), 2022 design: info bar 作者/来源/摄影/编辑/审核/发布时间/点击数 in one row (only the 作者 is an author; a Uyghur student name with the middle dot, 阿依古丽·买买提), campus banner with 校训, sub-headings, team members named in the text, photo captions, 上一条/下一条, 扫码 caption, footer with 琼ICP备 and address."

META = dict(id="xy-36", kind="institution", lang="zh",
            title="海洋科学学院师生赴三亚湾开展珊瑚礁生态调查",
            authors=["阿依古丽·买买提"],
            publish_time="2025-06-12")

HEAD_TITLE = "海洋科学学院师生赴三亚湾开展珊瑚礁生态调查-琼南理工学院新闻网"

CSS = """
body{margin:0;font-family:"Microsoft YaHei";color:#333;background:#fff}
.un-banner{background:#003b6f;color:#fff}
.un-banner .in{width:1180px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:100px}
.un-banner .in .nm{font-size:30px;font-family:"STKaiti","KaiTi"}
.un-banner .in .xx{font-size:14px;color:#b3cde6}
.un-menu{background:#005a9c}
.un-menu .in{width:1180px;margin:auto}
.un-menu a{color:#fff;padding:11px 22px;display:inline-block;text-decoration:none}
.un-body{width:1180px;margin:24px auto;display:flex;gap:30px}
.un-left{width:220px}
.un-left .cat{background:#003b6f;color:#fff;padding:14px;font-size:18px}
.un-left a{display:block;border-bottom:1px solid #e5e5e5;padding:10px 14px;color:#333;text-decoration:none}
.un-right{flex:1}
.un-right .route{font-size:13px;color:#999;border-bottom:1px solid #e5e5e5;padding-bottom:8px}
.un-right h1{font-size:26px;text-align:center;margin:28px 0 12px;color:#003b6f}
.un-right .attrs{text-align:center;font-size:13px;color:#888;background:#f6f8fa;padding:8px}
.un-right .attrs span{margin:0 8px}
.un-right .v_news_content p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.un-right .v_news_content p.sh{font-weight:bold;text-indent:0;color:#005a9c}
.un-right .v_news_content p.ic{text-align:center;text-indent:0}
.un-right .v_news_content p.it{text-align:center;text-indent:0;font-size:14px;color:#666}
.un-right .pre{border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:14px}
.un-foot{background:#003b6f;color:#b3cde6;font-size:13px}
.un-foot .in{width:1180px;margin:auto;display:flex;justify-content:space-between;padding:20px 0;align-items:center}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="sh">{t}</p>',
    "IMG": lambda a, kw: f'<p class="ic">{img(a, data=True, w=600, h=400)}</p><p class="it">{kw["cap"]}</p>',
}

BLOCKS = [
    P("6月7日至10日，海洋科学学院组织“蓝色守护”科研实践团队赴三亚湾开展珊瑚礁生态调查。团队由学院珊瑚礁生态研究室的3名教师和12名本科生、研究生组成，这是该团队连续第五年在同一海域开展夏季调查。"),
    H("潜水调查摸清“家底”"),
    P("调查期间，团队在三亚湾的鹿回头、东岛等4个站点布设了12条固定样带，通过水下摄影、样方计数等方法，记录活珊瑚覆盖率、珊瑚种类、白化比例和敌害生物数量等指标。每天清晨，有潜水资质的队员分组下水作业，岸上队员则负责整理数据、处理水样。"),
    IMG("队员在水下进行样带调查", cap="队员在水下进行样带调查"),
    P("初步结果显示，调查海域活珊瑚平均覆盖率约为23.6%，比去年同期略有上升，共记录造礁石珊瑚60余种；但个别站点出现了轻度白化现象，长棘海星数量也有所增加，需要持续关注。"),
    H("把课堂搬进大海"),
    P("“书本上学到的珊瑚分类，到了水下才发现没那么容易分清。”第一次参加野外调查的大二学生李昊然说，几天下来，他已经能独立辨认十几种常见珊瑚。指导教师吴振东副教授表示，学院一直坚持“把课堂搬进大海”，让学生在真实的科研场景中锻炼本领。"),
    P("此次调查获得的数据将纳入学院建立的三亚湾珊瑚礁长期监测数据库，并提供给有关部门，为海洋生态保护修复提供参考。"),
]


def frame(M, body):
    return f"""<body>
<div class="un-banner"><div class="in"><span class="nm">琼南理工学院</span><span class="xx">校训：明德 笃学 向海 致远　<a href="#" style="color:#fff">English</a> | <a href="#" style="color:#fff">信息门户</a></span></div></div>
<div class="un-menu"><div class="in"><a href="#">首页</a><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">学院动态</a><a href="#">媒体琼南</a><a href="#">校园人物</a><a href="#">图说校园</a></div></div>
<div class="un-body">
<div class="un-left"><div class="cat">学院动态</div><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">学院动态</a><a href="#">通知公告</a></div>
<div class="un-right">
<div class="route">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">学院动态</a> &gt;&gt; 正文</div>
<h1>{M["title"]}</h1>
<div class="attrs"><span>作者：阿依古丽·买买提</span><span>来源：海洋科学学院</span><span>摄影：陈宇航</span><span>编辑：吴敏</span><span>审核：符永康</span><span>发布时间：{M["publish_time"]}</span><span>点击数：1027</span></div>
<div class="v_news_content">
{body}
</div>
<div class="pre"><p>上一条：<a href="#">学校召开2025年本科教学工作会议</a></p><p>下一条：<a href="#">信息工程学院举办“AI+教育”主题讲座</a></p></div>
</div>
</div>
<div class="un-foot"><div class="in">
<div>版权所有：琼南理工学院　地址：海南省三亚市吉阳区学院路88号　邮编：572022<br>琼ICP备12002871号　琼公网安备 46020302000217号</div>
<div>{img("微信公众号", data=True, w=80, h=80)} 扫码关注官方微信</div>
</div></div>
</body>"""
