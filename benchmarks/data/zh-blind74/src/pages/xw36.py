# 苏南科技大学 新闻网 -- university news CMS: info bar with 来源/作者/摄影/编辑/审核/发布时间/点击数, 2022 design
from lib import *

META = dict(
    id="xw-36", kind="institution", lang="zh",
    title="学校召开2025年本科教育教学工作会议",
    authors=["李沐阳"],
    publish_time="2025-04-24",
)

BODY = [
    P("4月23日下午，学校2025年本科教育教学工作会议在图书馆报告厅召开。会议以“深化教育教学改革，提升人才培养质量”为主题，总结近年来本科教育教学工作成效，部署下一阶段重点任务。校长何景舟出席会议并讲话，副校长钱敏主持会议。"),
    P("会上，教务处处长汤宇介绍了学校本科教育教学工作总体情况。近三年来，学校新增国家级一流本科专业建设点6个，获批省级以上一流课程41门，学生在“挑战杯”、中国国际大学生创新大赛等高水平学科竞赛中获国家级奖项120余项。机械工程学院、计算机科学与技术学院、外国语学院负责人分别围绕新工科建设、人工智能赋能教学、课程思政等作交流发言。"),
    IMG("会议现场", "会议现场"),
    P("何景舟在讲话中指出，本科教育是大学的根和本。全校上下要牢固树立“以本为本”的理念，重点抓好三方面工作："),
    LI([
        "一是优化专业结构，对接区域产业需求，建立专业动态调整机制，加快建设智能制造、集成电路等新兴专业；",
        "二是推进课堂革命，推动人工智能技术与教育教学深度融合，建设一批高质量数字课程；",
        "三是完善质量保障，健全教学评价和督导体系，把教学业绩作为教师评聘考核的重要依据。",
    ]),
    P("会议对2024年度校级教学成果奖获奖团队和“教学名师”进行了表彰。获奖教师代表、材料科学与工程学院教授蒋文洁分享了自己二十年来坚守本科教学一线的体会。"),
    P("各学院院长、分管教学副院长，相关职能部门负责人，教师代表共200余人参加会议。"),
]

STYLE = dict(
    p='<p class="vsbcontent_start">{}</p>',
    ul='<div class="su-list">{}</div>',
    li='<p>{}</p>',
    img='<p class="vsbcontent_img"><img src="' + GIF + '" alt="{alt}" width="680" height="420"></p>',
    cap='<p class="vsbcontent_img_cap">{}</p>',
)

CSS = """
body{margin:0;font-family:"Microsoft YaHei";color:#333;background:#f5f6f8}
.su-top{background:#003f88;color:#fff}
.su-top .in{width:1200px;margin:0 auto;height:110px;display:flex;align-items:center;justify-content:space-between}
.su-top a{color:#fff;font-size:13px;margin-left:12px}
.su-nav{background:#fff;border-bottom:1px solid #dde3ea}
.su-nav .in{width:1200px;margin:0 auto}
.su-nav a{display:inline-block;padding:16px 22px;color:#003f88;font-size:16px}
.su-page{width:1200px;margin:20px auto;display:flex;gap:24px}
.su-menu{width:220px;background:#fff}
.su-menu h3{background:#003f88;color:#fff;margin:0;padding:14px 18px;font-size:18px}
.su-menu a{display:block;padding:10px 18px;border-bottom:1px solid #eee}
.su-art{flex:1;background:#fff;padding:30px 50px}
.su-dir{font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:10px}
.su-art h1{font-size:26px;text-align:center;line-height:1.5;margin:26px 0 12px;color:#003f88}
.su-info{text-align:center;font-size:13px;color:#888;margin-bottom:24px}
.su-info span{margin:0 7px}
.vsbcontent_start,.su-list p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 8px}
.vsbcontent_img,.vsbcontent_img_cap{text-align:center;font-size:14px;color:#666}
.su-pn{margin-top:30px;border-top:1px solid #eee;padding-top:12px;font-size:14px}
.su-foot{background:#002a5c;color:#aab8cc;text-align:center;font-size:13px;padding:24px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="su-top"><div class="in">{img("苏南科技大学新闻网", 420, 70)}<div><a href="#">学校主页</a><a href="#">English</a><a href="#">投稿系统</a><br><input type="text" placeholder="关键词"><button type="button">检索</button></div></div></div>
<div class="su-nav"><div class="in"><a href="#">首页</a><a href="#">综合新闻</a><a href="#">教学科研</a><a href="#">学院动态</a><a href="#">校园文化</a><a href="#">媒体苏科</a><a href="#">图说苏科</a><a href="#">视频</a></div></div>
<div class="su-page">
<div class="su-menu"><h3>综合新闻</h3><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">通知公告</a><a href="#">学术活动</a></div>
<div class="su-art">
<div class="su-dir">当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">综合新闻</a>&gt;&gt;正文</div>
<h1>{m['title']}</h1>
<div class="su-info"><span>来源：教务处</span><span>作者：李沐阳</span><span>摄影：陈宇</span><span>编辑：孙晓</span><span>审核：周正</span><span>发布时间：{m['publish_time']}</span><span>点击数：1546</span></div>
<div class="v_news_content">
{body}
</div>
<div class="su-pn">
<p>上一条：<a href="#">我校举办第十一届青年教师教学竞赛决赛</a></p>
<p>下一条：<a href="#">学校与常州市武进区签署校地合作协议</a></p>
</div>
</div>
</div>
<div class="su-foot">
版权所有 © 苏南科技大学党委宣传部　地址：江苏省常州市科教城学府路88号　邮编：213164<br>
新闻热线：0519-86330021　投稿邮箱：news@snust.edu.cn　苏ICP备05023871号
</div>
"""
