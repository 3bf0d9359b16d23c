# 马鞍山市慈善总会 -- association site (工作动态), 2015 layout, "发布者：… 时间：2025/4/25" line, closing org line
from lib import *

META = dict(
    id="xw-39", kind="institution", lang="zh",
    title="市慈善总会“爱心助学”项目启动 今年计划资助困难学生500名",
    authors=[],
    publish_time="2025/4/25 16:27:41",
)

BODY = [
    P("4月24日，市慈善总会2025年“爱心助学”项目启动仪式在市社会福利中心举行。今年，该项目计划资助全市家庭经济困难的高中生和大学新生500名，资助金额合计180万元。"),
    P("据介绍，“爱心助学”项目自2011年设立以来，已累计募集善款4100余万元，资助困难学生1.2万人次。今年的资助标准为：高中生每人每年3000元，大学新生每人一次性资助5000元。资助对象主要包括低保家庭、特困供养家庭、孤儿及事实无人抚养儿童等。"),
    P("启动仪式上，6家爱心企业和3位爱心人士现场认捐助学款共计62万元。市慈善总会还与部分高中学校签订了助学合作协议，由学校协助做好学生申报、审核和后续跟踪服务。"),
    P("申请资助的学生可于5月31日前向就读学校或户籍所在地的县区慈善会提出申请，经审核公示后，助学金将于9月底前直接发放至学生本人账户。咨询电话：0555-2478126。"),
]

STYLE = dict(p='<p class="MsoNormal" style="text-indent:28pt;">{}</p>')

CSS = """
body{margin:0;background:#fbeee6;font:14px/1.8 "宋体",SimSun}
#wrap{width:980px;margin:0 auto;background:#fff}
#header{height:140px;background:#d84315;color:#fff;position:relative}
#header .slogan{position:absolute;right:20px;bottom:14px;font-size:16px}
#menu{background:#bf360c;height:38px}
#menu a{float:left;color:#fff;padding:0 18px;line-height:38px;font-size:15px}
#side{float:left;width:220px;padding:10px}
#side .box{border:1px solid #f3c2ad;margin-bottom:10px}
#side .box h4{background:#fbe3d7;margin:0;padding:4px 8px;color:#bf360c}
#side .box p{margin:4px 8px}
#content{float:right;width:720px;padding:10px 10px 30px 0}
#content .pos{border-bottom:1px solid #eee;color:#666}
#content h1{font-size:20px;text-align:center;font-family:"微软雅黑";margin:20px 0 8px}
#content .info{text-align:center;color:#888;font-size:12px;margin-bottom:16px}
.MsoNormal{font-size:15px;line-height:28px;margin:0 0 8px}
.clear{clear:both}
#foot{background:#bf360c;color:#fff;text-align:center;font-size:12px;padding:10px;line-height:22px}
"""


def page(body):
    m = META
    return f"""
<div id="wrap">
<div id="header">{img("马鞍山市慈善总会", 420, 90)}<span class="slogan">慈心为民　善举为公</span></div>
<div id="menu"><a href="#">首页</a><a href="#">本会概况</a><a href="#">工作动态</a><a href="#">慈善项目</a><a href="#">信息公开</a><a href="#">捐赠查询</a><a href="#">慈善文化</a><a href="#">我要捐赠</a></div>
<div id="side">
<div class="box"><h4>捐赠热线</h4><p>0555-2478126</p><p>开户行：徽商银行马鞍山分行</p><p>账号：1020101021000387562</p></div>
<div class="box"><h4>最新公示</h4><p><a href="#">2025年3月份捐赠收入公示</a></p><p><a href="#">2024年度审计报告</a></p></div>
<div class="box"><h4>站内搜索</h4><p><input type="text" size="18"> <input type="submit" value="搜索"></p></div>
</div>
<div id="content">
<div class="pos">您当前的位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a></div>
<h1>{m['title']}</h1>
<div class="info">发布者：市慈善总会&nbsp;&nbsp;&nbsp;时间：{m['publish_time']}&nbsp;&nbsp;&nbsp;阅读：582次</div>
{body}
<p style="text-align:right">（市慈善总会秘书处）</p>
<p><a href="#">【关闭窗口】</a></p>
</div>
<div class="clear"></div>
<div id="foot">版权所有：马鞍山市慈善总会　地址：马鞍山市花山区湖北路50号　皖ICP备13004518号</div>
</div>
"""
