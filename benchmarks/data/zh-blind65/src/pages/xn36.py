from blocks import *
from furniture import *

ID, KIND, LANG = "xn-36", "institution", "zh"
SITE = "桂南理工学院新闻网（高校新闻网）"
DOC_TITLE = "我校学子在全国大学生机械创新设计大赛中获一等奖-桂南理工学院新闻网"
TITLE = "我校学子在全国大学生机械创新设计大赛中获一等奖"
AUTHORS = ["何晓岚", "覃宇航"]
PUBLISH_TIME = "2023-12-08"
FEATURES = ("university news CMS: one glued info line 作者：何晓岚 覃宇航 摄影：黄建 审核：蓝天 编辑：吴桐 "
            "来源：机械工程学院 发布时间：2023-12-08 点击数： (only 作者 are authors); photo with caption; "
            "quoted speech; 上一条/下一条; 校园 footer with 地址/邮编/备案.")

CSS = """
body{margin:0;font:14px/1.9 "Microsoft YaHei";color:#333;background:#f4f6f9}
.header{background:#123e7c;color:#fff;padding:14px 60px;font-size:26px}
.header span{font-size:14px;margin-left:20px}
.nav{background:#0e3266}.nav a{color:#fff;display:inline-block;padding:8px 22px}
.cont{width:1000px;margin:20px auto;background:#fff;padding:20px 50px}
.arti_title{text-align:center;font-size:22px;color:#123e7c}
.arti_metas{text-align:center;font-size:12px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.arti_metas span{margin:0 6px}
.entry p{text-indent:2em;margin:8px 0}
.entry p.pic,.entry p.caption{text-indent:0;text-align:center}
.foot{background:#123e7c;color:#c9d6ea;font-size:12px;text-align:center;padding:16px}
"""

BODY = [
    P("12月2日至4日，第十届全国大学生机械创新设计大赛决赛在湖北武汉举行。我校机械工程学院学生团队设计的“甘蔗收获机智能剥叶装置”从全国1200余件参赛作品中脱颖而出，荣获全国一等奖，实现了我校在该项赛事中一等奖零的突破。"),
    IMG("获奖团队合影", "获奖团队成员与指导教师合影"),
    P("广西是全国最大的甘蔗产区，但甘蔗收获环节机械化水平不高，剥叶不净、损伤蔗茎等问题突出。团队成员在指导教师韦国强、黎丽的带领下，多次深入崇左、来宾等地的蔗田调研，历时10个月完成了设计、样机制作和田间试验。"),
    P("该装置采用柔性剥叶辊和自适应压紧机构，可根据甘蔗直径自动调整剥叶力度，剥叶率达到95%以上，蔗茎损伤率低于3%。评审专家认为，作品紧扣产业需求，结构设计合理，具有良好的推广应用前景。"),
    P("“最难的是田间试验，样机一开始总是卡蔗，我们反复改了七八版才成功。”团队负责人、机械设计制造及其自动化专业2020级学生莫振华说。"),
    P("近年来，学校坚持以赛促学、以赛促创，每年投入专项经费支持学生参加各类学科竞赛，2023年学生在省级以上学科竞赛中获奖420余项。"),
]


def page(body):
    return f"""<body>
<div class="header"><img alt="校徽"> 桂南理工学院新闻网<span>GUINAN INSTITUTE OF TECHNOLOGY</span></div>
<div class="nav"><a href="#">首页</a><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">媒体桂工</a><a href="#">校园人物</a><a href="#">学校主页</a>{search("关键字")}</div>
<div class="cont">
<div class="loc">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">综合新闻</a> &gt;&gt; 正文</div>
<h1 class="arti_title">{TITLE}</h1>
<p class="arti_metas"><span>作者：何晓岚 覃宇航</span><span>摄影：黄建</span><span>审核：蓝天</span><span>编辑：吴桐</span><span>来源：机械工程学院</span><span>发布时间：{PUBLISH_TIME}</span><span>点击数：</span></p>
<div class="entry">
{body}
</div>
<div class="pn"><p>上一条：<a href="#">学校召开2024年度科研项目申报动员会</a></p><p>下一条：<a href="#">我校与柳州多家企业签订产教融合协议</a></p></div>
<p><a href="#">【关闭窗口】</a></p>
</div>
<div class="foot">版权所有 © 桂南理工学院　地址：广西南宁市西乡塘区大学东路199号　邮编：530004<br>党委宣传部主办　桂ICP备05001247号</div>
</body>"""
