from lib import *

ID = "xh-20"
KIND = "media"
LANG = "zh"
FEATURES = ("city media (长沙晚报网) 2020 layout; <title> worded differently from the printed headline; standalone "
            "byline line '■长沙晚报全媒体记者 黄维 通讯员 欧阳慧' (authors incl. 通讯员 with compound surname; not body); "
            "info bar 'm.icswb.com 2024-09-03 06:50 来源：长沙晚报'; sub-headings in 【】; a course table; "
            "掌上长沙 app promo; 编辑/责编 lines")
HEAD_TITLE = "人工智能走进中小学课堂 - 长沙晚报网"
TITLE_LINES = ["长沙118所中小学今秋开设“AI课”"]
AUTHORS = ["黄维", "欧阳慧"]
TIME = "2024-09-03 06:50"

CSS = """
body{margin:0;font:17px/1.85 "Microsoft YaHei";background:#f4f4f4}
.csw-h{background:#fff;border-bottom:1px solid #ddd;padding:10px calc(50% - 560px);display:flex;align-items:center}
.csw-h .lg{font-size:26px;color:#d0021b;font-weight:bold}.csw-h nav{margin-left:30px}.csw-h nav a{margin-right:16px}
.csw-c{width:1120px;margin:20px auto;background:#fff;padding:30px 100px;box-sizing:border-box}
.csw-c .crumb{font-size:13px;color:#aaa}
.csw-c h1{font-size:30px;margin:20px 0 10px}
.csw-c .i{font-size:13px;color:#999}.csw-c .i span{margin-right:14px}
.csw-c .byline{color:#333;font-size:16px;margin:20px 0 0}
.csw-c .txt p{margin:16px 0}
.csw-c .txt .st{font-weight:bold;color:#d0021b}
.csw-c table{width:100%;border-collapse:collapse;font-size:15px}.csw-c td,.csw-c th{border:1px solid #ddd;padding:4px 8px}
.csw-c .ed{color:#999;font-size:13px}
.app{background:#d0021b;color:#fff;padding:14px;text-align:center}
.csw-f{text-align:center;font-size:12px;color:#999;padding:20px}
"""

BODY = [
    P("9月2日，新学期第一天，长沙市开福区一所小学的科学教室里，五年级学生正围着一台编程机器人讨论如何让它“听懂”口令。从这学期起，长沙118所中小学将人工智能教育纳入课后服务和校本课程，每周至少安排1课时。"),
    P("【课程怎么上】", cls="st"),
    P("据长沙市教育局介绍，人工智能课程按学段分层设计，小学侧重体验和兴趣培养，初中侧重编程思维和简单应用，高中则结合通用技术课程开展项目式学习。各学段课程安排如下："),
    TABLE([["学段", "课程内容", "课时安排"],
           ["小学", "智能硬件体验、图形化编程", "每周1课时"],
           ["初中", "Python入门、图像识别应用", "每周1至2课时"],
           ["高中", "机器学习基础、AI项目实践", "选修模块"]]),
    P("【老师从哪来】", cls="st"),
    P("为解决师资短缺问题，长沙市今年暑期组织了首期人工智能教师专项培训，320名信息科技教师参加。同时，市教育局与本地高校、科技企业合作，遴选60名工程师担任校外兼职辅导员。"),
    P("“孩子们的学习热情很高，很多问题连我们都要回去查资料。”一名参加培训的初中信息科技老师坦言，AI课对老师也是一种“倒逼”。"),
    P("市教育局相关负责人表示，人工智能教育重在启蒙，不搞考试排名，也不鼓励校外培训“抢跑”，到2026年，全市将实现中小学人工智能教育全覆盖。"),
]


def page():
    return f"""<body>
<div class="csw-h"><span class="lg">{gif("长沙晚报网")}长沙晚报网</span><nav><a href="#">首页</a><a href="#">长沙</a><a href="#">民生</a><a href="#">教育</a><a href="#">掌上长沙</a><a href="#">电子报</a></nav></div>
<div class="csw-c">
<div class="crumb">首页 / 教育</div>
<h1>{TITLE_LINES[0]}</h1>
<div class="i"><span>m.icswb.com</span><span>{TIME}</span><span>来源：长沙晚报</span></div>
<p class="byline">■长沙晚报全媒体记者 黄维 通讯员 欧阳慧</p>
<div class="txt">
{render(BODY)}
</div>
<p class="ed">编辑：蒋  蔚　责编：刘  畅</p>
<div class="app">{gif("掌上长沙")}下载“掌上长沙”APP，看更多长沙新闻</div>
<h3>猜你喜欢</h3><ul>{ali(["长沙新增公办学位2.6万个", "开学第一课 他们这样上", "长沙中小学“课间15分钟”全面推开"])}</ul>
</div>
<div class="csw-f">长沙晚报报业集团主办　湘ICP备12006745号-1　湘公网安备 43010202000456号<br>互联网新闻信息服务许可证：43120180005　长沙晚报网版权所有，未经授权不得转载</div>
</body>"""
