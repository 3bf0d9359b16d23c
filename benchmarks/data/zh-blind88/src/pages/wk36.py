"""wk-36: 吉林 university news site (2021 design): closing 文/图 + 审核 + 编辑 line, 点击数 in the info bar, table."""
from lib import *

PAGE = dict(id="wk-36", kind="institution", lang="zh",
            title="我校举办2026届毕业生秋季大型供需见面会",
            authors=["张子涵"], publish_time="2025-11-10")

BLOCKS = [
    P("11月8日，我校2026届毕业生秋季大型供需见面会在体育馆举行。来自吉林、辽宁、北京、江苏、广东等16个省（区、市）的326家用人单位进校揽才，提供岗位6800余个，吸引4000余名毕业生入场求职。"),
    IMG("", "见面会现场"),
    P("本次见面会涵盖装备制造、汽车及零部件、电子信息、建筑工程、现代服务等行业，其中国有企业89家、上市公司41家。会场按行业分设六个展区，并设置了就业指导、简历诊断和政策咨询服务台，为毕业生提供“一站式”求职服务。"),
    P("“我投了三家汽车零部件企业，有一家当场就约了下周的二面。”机械与车辆工程学院车辆工程专业学生刘思远说。一汽某供应商的招聘负责人表示，学校的专业设置和企业需求契合度高，今年计划在校招收50名毕业生。"),
    P("据统计，截至当天下午，用人单位共收到简历1.1万余份，初步达成签约意向1260人次。各单位岗位需求情况如下："),
    T([["行业", "参会单位（家）", "岗位数（个）"],
       ["装备制造、汽车及零部件", "118", "2650"],
       ["电子信息", "64", "1420"],
       ["建筑工程", "57", "1180"],
       ["现代服务及其他", "87", "1560"]]),
    P("校党委副书记孙立国在巡视会场时表示，学校将继续深入实施就业“一把手”工程，加大访企拓岗力度，精准推送岗位信息，全力促进毕业生高质量充分就业。"),
    NOTE("（文/图：张子涵　审核：刘波　编辑：孟晓）", f=lambda t, b: f'<p class="sign">{t}</p>'),
]

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.u-top{background:#00468c;height:110px}.u-top .w{width:1200px;margin:auto;display:flex;align-items:center;height:110px}
.u-top .lg{color:#fff;font-size:30px;font-weight:bold;letter-spacing:2px}.u-top .lg span{font-size:18px;margin-left:10px;font-weight:normal;border-left:1px solid #fff;padding-left:10px}
.u-top .q{margin-left:auto;color:#fff;font-size:13px}.u-top .q a{color:#fff;margin-left:12px}
.u-nav{background:#003366}.u-nav .w{width:1200px;margin:auto;display:flex}.u-nav a{flex:1;text-align:center;color:#fff;line-height:48px;text-decoration:none;font-size:16px}
.u-main{width:1200px;margin:24px auto;display:flex;gap:30px}
.u-side{width:240px}.u-side h3{margin:0;background:#00468c;color:#fff;padding:14px;font-size:18px}
.u-side a{display:block;border-bottom:1px solid #e5e5e5;padding:12px 14px;color:#333;text-decoration:none}
.u-art{flex:1}
.u-pos{font-size:13px;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.u-art h1{font-size:26px;text-align:center;color:#00468c;margin:26px 0 12px}
.u-info{text-align:center;font-size:13px;color:#999;margin-bottom:20px}.u-info span{margin:0 10px}
.u-con{font-size:16px;line-height:2}.u-con p{text-indent:2em;margin:0 0 12px}.u-con .pic-cap{text-indent:0}
.u-con img{width:600px;height:380px;background:#dde5ee}.u-con .sign{text-align:right}
.u-con table{width:80%;margin:10px auto;border-collapse:collapse}.u-con th,.u-con td{border:1px solid #9ab;padding:6px;text-align:center}
.u-foot{background:#003366;color:#a9c0da;text-align:center;font-size:13px;line-height:2;padding:20px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="u-top"><div class="w"><div class="lg">吉林理工大学<span>新闻网</span></div><div class="q"><a href="#">学校主页</a><a href="#">信息门户</a><a href="#">English</a><input type="text" placeholder="搜索"></div></div></div>
<div class="u-nav"><div class="w">{links(["首页","学校要闻","综合新闻","院部动态","媒体理工","校园人物","视频理工","图说理工"])}</div></div>
<div class="u-main">
<div class="u-side"><h3>综合新闻</h3><a href="#">学校要闻</a><a href="#">综合新闻</a><a href="#">院部动态</a><a href="#">通知公告</a></div>
<div class="u-art">
<div class="u-pos">当前位置： 首页 &gt;&gt; 综合新闻 &gt;&gt; 正文</div>
<h1>{PAGE["title"]}</h1>
<div class="u-info"><span>发布时间：2025-11-10</span><span>来源：招生就业处</span><span>点击：[1024]</span></div>
<div class="u-con">
{bh}
</div>
<p style="font-size:14px;margin-top:30px">上一条：<a href="#">学校召开2025年秋季学期教学检查工作会议</a><br>下一条：<a href="#">我校学子在全国大学生机械创新设计大赛中获佳绩</a></p>
<p style="text-align:right;font-size:13px"><a href="#">【关闭】</a></p>
</div></div>
<div class="u-foot">版权所有 © 吉林理工大学 党委宣传部　地址：吉林省长春市经济技术开发区学苑路1066号<br>吉ICP备05000937号　吉公网安备 22017202000081号</div>
"""
    return doc(PAGE["title"] + "-吉林理工大学新闻网", CSS, html), gold
