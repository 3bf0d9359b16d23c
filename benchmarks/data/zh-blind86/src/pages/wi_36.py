from lib import links, lis, GIF

PAGE = dict(
    id="wi-36", kind="institution", lang="zh",
    region="湖南 湘潭", site="湘江师范学院新闻网（高校新闻网）",
    title="我校学子在第十届湖南省大学生英语演讲大赛中获佳绩",
    authors=["阿依古丽·买买提", "李卓"],
    publish_time="2025-11-20",
    head_title="我校学子在第十届湖南省大学生英语演讲大赛中获佳绩-湘江师范学院新闻网",
    features="高校新闻网：信息栏“发布时间：2025-11-20　来源：外国语学院　点击数：”；正文后括号内的一行"
             "“（文/阿依古丽·买买提　李卓　图/张帆　一审：周琴　二审：刘勇　三审：王建华）”（少数民族姓名保留中间点，摄影和三审都不是作者；该行非正文）；"
             "正文中英文演讲题目；校徽 alt、快速通道、“上一条/下一条”、页脚校址/邮编/ICP。",
)

BLOCKS = [
    ("p", "11月15日至16日，第十届湖南省大学生英语演讲大赛决赛在长沙举行。我校外国语学院2023级英语专业学生陈思瑶、2024级翻译专业学生欧阳子涵分获本科组一等奖和二等奖，学校获评“优秀组织单位”。"),
    ("img", "获奖学生合影", None),
    ("p", "本届大赛由省大学外语教学研究会主办，全省48所高校的两百余名选手参赛。比赛分为定题演讲、即兴演讲和现场问答三个环节，全面考查选手的语言表达、思辨能力和跨文化交流能力。"),
    ("p", "决赛中，陈思瑶以“Small Towns, Big Stories”为题，结合自己在湘西支教的经历，讲述了乡村孩子的求学故事，赢得评委和观众的一致好评。"),
    ("p", "赛前，外国语学院组建了由5名骨干教师组成的指导团队，采取“一对一”辅导、模拟比赛等方式开展集训，帮助选手反复打磨演讲稿、提升临场应变能力。"),
    ("p", "近年来，学校坚持以赛促学、以赛促教，不断深化外语专业人才培养模式改革，学生在各级各类学科竞赛中屡获佳绩。"),
    ("x", "（文/阿依古丽·买买提　李卓　图/张帆　一审：周琴　二审：刘勇　三审：王建华）"),
]

FMT = {
    "p": '<p class="vsbcontent_start" style="text-indent:2em">{t}</p>',
    "x": '<p style="text-align:right">{t}</p>',
    "img": '<p style="text-align:center"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="600" height="400"></p>',
}

CSS = """
body{margin:0;background:#f5f5f5 ;font-family:"Microsoft YaHei";color:#333}
.header{background:#004d99;height:120px}
.header .con{width:1200px;margin:0 auto;display:flex;align-items:center;height:120px}
.header .q{margin-left:auto;color:#fff;font-size:13px}
.header .q a{color:#fff;margin-left:10px}
.menu{background:#003a73}.menu .con{width:1200px;margin:0 auto}
.menu a{color:#fff;display:inline-block;padding:0 24px;line-height:48px;font-size:16px}
.ct{width:1200px;margin:20px auto;display:flex;gap:20px}
.lm{width:240px;background:#fff}
.lm h2{background:#004d99;color:#fff;margin:0;padding:14px;font-size:18px}
.lm a{display:block;padding:10px 16px;border-bottom:1px solid #eee}
.nr{flex:1;background:#fff;padding:24px 50px}
.dqwz{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:8px}
.nr h1{font-size:24px;text-align:center;color:#004d99;margin:24px 0 10px}
.xx{text-align:center;font-size:13px;color:#999;background:#f7f9fc;padding:6px}
.v_news_content{font-size:16px;line-height:2}
.sxt{font-size:14px;border-top:1px dashed #ccc;margin-top:20px;padding-top:10px}
.footer{background:#003a73;color:#b9cde2;text-align:center;font-size:13px;padding:26px;line-height:2}
"""


def render(P, body):
    return f"""
<div class="header"><div class="con"><img src="{GIF}" alt="湘江师范学院 新闻网" width="460" height="70"><div class="q"><a href="#">学校主页</a><a href="#">信息门户</a><a href="#">English</a> <input type="text" placeholder="关键字"></div></div></div>
<div class="menu"><div class="con">{links(["首页", "学院要闻", "综合新闻", "院部动态", "媒体湘师", "图片新闻", "视频湘师", "专题报道"], sep="")}</div></div>
<div class="ct">
<div class="lm"><h2>院部动态</h2>{links(["文学院", "外国语学院", "数学与统计学院", "教育科学学院", "艺术学院", "体育学院"], sep="")}</div>
<div class="nr">
<div class="dqwz">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">院部动态</a> &gt;&gt; 正文</div>
<h1>{P['title']}</h1>
<div class="xx">发布时间：{P['publish_time']}　　来源：外国语学院　　点击数：</div>
<div class="v_news_content">
{body}
</div>
<div class="sxt"><p>上一条：<a href="#">数学与统计学院举办2025年学术活动月开幕式</a></p><p>下一条：<a href="#">我校召开2025年本科教学工作审核评估整改推进会</a></p></div>
</div>
</div>
<div class="footer">版权所有 © 湘江师范学院　地址：湖南省湘潭市雨湖区书院路1号　邮编：411100<br>湘ICP备05003419号　湘公网安备 43030202000265号　党委宣传部主办</div>
"""
