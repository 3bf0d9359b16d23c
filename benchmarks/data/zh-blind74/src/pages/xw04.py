# 晋江市人民政府 -- 部门动态/公示公告 (市工信局), 2019-era design with a list table in the body
from lib import *

META = dict(
    id="xw-04", kind="government", lang="zh",
    title="晋江市2025年第一批市级“专精特新”中小企业拟认定名单公示",
    authors=[],
    publish_time="2025-04-23",
)

ROWS = [
    ("序号", "企业名称", "所属镇（街道）", "主导产品"),
    ("1", "福建晋鸿纺织科技有限公司", "英林镇", "功能性针织面料"),
    ("2", "晋江市恒川精密机械有限公司", "灵源街道", "制鞋自动化设备"),
    ("3", "福建泉安新材料股份有限公司", "安海镇", "环保型热熔胶"),
    ("4", "晋江永兴卫浴科技有限公司", "磁灶镇", "智能恒温阀芯"),
    ("5", "福建宸宇包装制品有限公司", "内坑镇", "食品级复合软包装"),
    ("6", "晋江市嘉联电子科技有限公司", "池店镇", "汽车线束连接器"),
    ("7", "福建拓晟智能装备有限公司", "经济开发区", "伺服压装设备"),
]

BODY = [
    P("根据《福建省优质中小企业梯度培育管理实施细则》和《晋江市“专精特新”中小企业培育工作方案》，经企业自主申报、镇（街道）初审、专家评审和部门联审，拟认定福建晋鸿纺织科技有限公司等7家企业为晋江市2025年第一批市级“专精特新”中小企业，现予以公示。"),
    TB(ROWS),
    P("公示期为2025年4月23日至4月29日（5个工作日）。公示期间，任何单位或个人对公示名单有异议的，可通过书面形式向市工业和信息化局反映。以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名并提供联系方式，逾期或匿名反映的不予受理。"),
    P("联系电话：0595-85629317，联系地址：晋江市世纪大道行政服务中心B区5楼。"),
    P("晋江市工业和信息化局", fmt='<p class="jj-right">{}</p>'),
    P("2025年4月23日", fmt='<p class="jj-right">{}</p>'),
]

STYLE = dict(
    p='<p style="text-indent:2em">{}</p>',
    table='<table class="jj-table" width="100%" border="1" cellspacing="0" cellpadding="5">{}</table>',
)

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#f2f2f2}
.jj-w{width:1100px;margin:0 auto}
.jj-top{background:#fff;border-bottom:1px solid #e0e0e0;font-size:12px;line-height:32px}
.jj-top .r{float:right}
.jj-top a{margin:0 6px;color:#555}
.jj-banner{background:#c4161c;height:110px}
.jj-nav{background:#a50f15;line-height:46px}
.jj-nav li{display:inline-block;padding:0 24px}
.jj-nav a{color:#fff;font-size:16px}
.jj-loc{line-height:40px;color:#666}
.jj-box{background:#fff;padding:30px 50px;min-height:600px}
.jj-box h2{text-align:center;font-size:24px;color:#222;line-height:1.5}
.jj-attr{text-align:center;color:#999;font-size:13px;margin-bottom:20px;background:#f7f7f7;line-height:36px}
.jj-table{border-collapse:collapse}
.jj-table th{background:#f0f0f0}
.jj-table td,.jj-table th{text-align:center}
.jj-right{text-align:right}
.jj-ops{text-align:right;margin-top:30px;color:#888}
.jj-foot{background:#333;color:#aaa;font-size:12px;text-align:center;padding:20px 0;line-height:24px}
"""


def page(body):
    m = META
    return f"""
<div class="jj-top"><div class="jj-w">
<span class="r"><a href="#">无障碍阅读</a>|<a href="#">长者模式</a>|<a href="#">繁體中文</a>|<a href="#">手机版</a></span>
<span>晋江市人民政府欢迎您！</span>
</div></div>
<div class="jj-banner"><div class="jj-w">{img("晋江市人民政府", 480, 80)}
<span style="float:right;margin-top:36px"><input type="text" placeholder="搜索本站"><input type="button" value="搜索"></span></div></div>
<div class="jj-nav"><ul class="jj-w">
<li><a href="#">首页</a></li>
<li><a href="#">走进晋江</a></li>
<li><a href="#">政务公开</a></li>
<li><a href="#">政务服务</a></li>
<li><a href="#">政民互动</a></li>
<li><a href="#">专题专栏</a></li>
</ul></div>
<div class="jj-w">
<div class="jj-loc">当前位置： <a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">部门动态</a> &gt; <a href="#">市工信局</a></div>
<div class="jj-box">
<h2>{m['title']}</h2>
<div class="jj-attr">发布时间：{m['publish_time']}&emsp;信息来源：市工信局&emsp;【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】&emsp;【<a href="#">打印</a>】</div>
{body}
<div class="jj-ops">分享到： <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
<p>上一篇： <a href="#">晋江市2024年度工业企业技术改造专项资金拟拨付名单公示</a><br>
下一篇： <a href="#">关于开展2025年晋江市工业设计大赛的通知</a></p>
</div>
</div>
<div class="jj-foot">
<p>主办：晋江市人民政府办公室　运维：晋江市大数据服务中心</p>
<p>闽ICP备05008413号　闽公网安备 35058202000198号　网站标识码：3505820001</p>
<p>{img("扫码关注晋江发布", 80, 80)} 扫码关注“晋江发布”</p>
</div>
"""
