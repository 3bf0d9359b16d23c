from blocks import *
from furniture import *

ID, KIND, LANG = "xn-12", "government", "zh"
SITE = "湛江市政务服务和数据管理局（市政府部门网站，通知公告）"
DOC_TITLE = "关于2024年第二季度全市政府网站和政务新媒体检查情况的通报-湛江市政务服务和数据管理局"
TITLE = "关于2024年第二季度全市政府网站和政务新媒体检查情况的通报"
AUTHORS = []
PUBLISH_TIME = "2024-07-15"
FEATURES = ("通报 with a real HTML results table (gold: header and each row a paragraph, cells joined by one "
            "space); 一、二、三、 headings in <h4>; info bar 时间：…　来源：本网 glued to 【字体：大 中 小】【打印】【关闭】; "
            "主送 line and 署名/date body; 附件 line not body; 扫一扫 caption; left sidebar menu before the article.")

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fafafa}
.head{background:#00529b;color:#fff;padding:20px 60px;font-size:26px}
.navbar a{display:inline-block;padding:8px 22px;color:#00529b}
.wrap{width:1160px;margin:0 auto;display:flex;gap:20px}
.side{width:220px;background:#fff;border-top:3px solid #00529b}
.art{flex:1;background:#fff;padding:20px 40px}
.art h2{text-align:center;font-size:22px}
.infobar{text-align:center;color:#777;font-size:12px;background:#f2f6fa;padding:4px}
h4{margin:12px 0 4px}
table.tb{border-collapse:collapse;width:100%;font-size:13px}table.tb td,table.tb th{border:1px solid #999;padding:4px;text-align:center}
.right{text-align:right;margin:0}
.foot{background:#00529b;color:#cde;text-align:center;font-size:12px;padding:14px}
"""

BODY = [
    P("各县（市、区）人民政府，湛江经济技术开发区管委会，市政府各部门、各直属机构：", ),
    P("根据《广东省政府网站和政务新媒体检查指标》要求，市政务服务和数据管理局于6月对全市政府网站和政务新媒体开展了第二季度检查。现将有关情况通报如下：", indent=IND),
    H("一、总体情况", tag="h4"),
    P("本次共检查政府网站38个、政务新媒体219个，总体合格率分别为100%和98.2%。其中，政务新媒体不合格4个，主要问题为超过2周未更新内容。", indent=IND),
    H("二、检查结果", tag="h4"),
    TABLE([
        ["单位", "政府网站", "政务新媒体", "主要问题"],
        ["赤坎区", "合格", "合格", "无"],
        ["霞山区", "合格", "1个不合格", "“霞山民政”公众号超期未更新"],
        ["遂溪县", "合格", "2个不合格", "个别账号互动回应不及时"],
        ["雷州市", "合格", "1个不合格", "转载信息未注明来源"],
    ]),
    H("三、工作要求", tag="h4"),
    P("各单位要对照检查发现的问题，于7月31日前完成整改，并将整改情况报送市政务服务和数据管理局。对确无能力持续维护的政务新媒体，要按程序及时关停注销。", indent=IND),
    X('<p>附件：<a href="#">2024年第二季度全市政务新媒体检查情况明细表.xlsx</a></p>'),
    P("湛江市政务服务和数据管理局", cls="right"),
    P("2024年7月12日", cls="right"),
]


def page(body):
    return f"""<body>
<div class="head"><img alt="湛江市政务服务和数据管理局"> 湛江市政务服务和数据管理局
<span class="tl"><a href="#">无障碍</a>｜<a href="#">长者模式</a>｜<a href="#">繁体</a></span></div>
<div class="navbar"><a href="#">首页</a><a href="#">机构概况</a><a href="#">工作动态</a><a href="#">政务公开</a><a href="#">数字政府</a><a href="#">互动交流</a></div>
<div class="wrap">
<div class="side"><h3>政务公开</h3><ul><li><a href="#">通知公告</a></li><li><a href="#">政策法规</a></li><li><a href="#">规划计划</a></li><li><a href="#">人事信息</a></li><li><a href="#">财政资金</a></li></ul></div>
<div class="art">
<div class="loc">您所在的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a></div>
<h2>{TITLE}</h2>
<div class="infobar">时间：{PUBLISH_TIME}　来源：本网【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
{body}
<div class="qrx"><img src="{QR_GIF}" alt=""> 扫一扫在手机打开当前页</div>
</div></div>
<div class="foot">
<p>湛江市政务服务和数据管理局 版权所有　地址：湛江市赤坎区南方路42号</p>
<p>粤ICP备19051822号　粤公网安备44080202000246号　网站标识码：4408000048</p>
</div>
</body>"""
