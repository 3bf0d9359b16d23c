from blocks import *
from furniture import *

ID, KIND, LANG = "xn-07", "government", "zh"
SITE = "儋州市木棠镇人民政府（镇政府子站，村务公开栏目，旧式页面）"
DOC_TITLE = "兰训村2019年第二季度村务公开"
TITLE = "兰训村2019年第二季度村务公开"
AUTHORS = []
PUBLISH_TIME = "2019年07月05日"
FEATURES = ("村务公开 on an old town site whose whole text sits in a <pre> block: hard-wrapped lines, U+3000 "
            "indents, a financial table laid out with spaces (gold: cells joined by one space), 村委会 署名 and "
            "date inside the pre (body); the page date is outside the pre in 发布日期：; 监督电话 line; frames-era footer.")

CSS = """
body{margin:0;font:12px/1.7 SimSun;background:#d8e6cf}
.box{width:900px;margin:0 auto;background:#fff;border:1px solid #8fb37a}
.ban{background:#3d7a2a;color:#ff0;font-size:24px;padding:14px}
.nav{background:#5e9a48;padding:4px}.nav a{color:#fff;margin:0 8px}
.tt{text-align:center;font-size:18px;font-weight:bold;color:#333;margin-top:16px}
.rq{text-align:center;color:#666}
pre{font:14px/1.8 SimSun;margin:10px 40px;white-space:pre-wrap}
.foot{text-align:center;background:#eef5ea;padding:8px}
"""

W = [16, 14, 14]
BODY = [
    PRE([
        ("p", "根据《海南省村务公开条例》的规定，现将兰训村2019年第二季度（4月—6月）村务、财务情况公开如下，请广大村民监督。"),
        ("blank",),
        ("h", "一、村务工作情况"),
        ("p", "1.完成兰训至那恁村道硬化工程1.2公里，总投资38.6万元，其中上级补助30万元，村集体自筹8.6万元。"),
        ("p", "2.新发展槟榔种植120亩、黄皮种植45亩，组织种养技术培训2期，参训村民86人次。"),
        ("p", "3.开展人居环境整治“三清两改”行动，清理卫生死角32处，拆除乱搭乱建棚舍5间。"),
        ("blank",),
        ("h", "二、财务收支情况（单位：元）"),
        ("row", ["项目", "本季收入", "本季支出"], W),
        ("row", ["上级转移支付", "52000.00", "——"], W),
        ("row", ["集体资产租赁", "18600.00", "——"], W),
        ("row", ["村道硬化工程", "——", "86000.00"], W),
        ("row", ["办公及水电费", "——", "4320.50"], W),
        ("row", ["合计", "70600.00", "90320.50"], W),
        ("blank",),
        ("p", "以上公开内容如有疑问，请于公开之日起15日内向村务监督委员会反映。监督电话：0898-23561407。"),
        ("blank",),
        ("l", "兰训村民委员会"),
        ("l", "2019年7月3日"),
    ], lo=30, hi=36),
]


def page(body):
    return f"""<body>
<div class="box">
<div class="ban">儋州市木棠镇人民政府</div>
<div class="nav"><a href="#">首页</a>|<a href="#">木棠概况</a>|<a href="#">政务公开</a>|<a href="#">村务公开</a>|<a href="#">办事指南</a>|<a href="#">联系我们</a></div>
<div class="loc">您的位置：<a href="#">首页</a>&gt;&gt;<a href="#">村务公开</a>&gt;&gt;正文</div>
<div class="tt">{TITLE}</div>
<div class="rq">发布日期：{PUBLISH_TIME}　　阅读：<span>211</span>次</div>
{body}
<p align="center"><a href="#">[打印此页]</a>　<a href="#">[返回顶部]</a>　<a href="#">[关闭窗口]</a></p>
<div class="foot">版权所有：儋州市木棠镇人民政府　地址：儋州市木棠镇木棠居委会文化路1号<br>
琼ICP备09004218号　技术支持：儋州市信息中心</div>
</div>
</body>"""
