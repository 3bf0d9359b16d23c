from lib import *

PAGE = dict(
    id="xj-10", kind="government", lang="zh",
    title="关于2024年第二季度全省环境空气质量状况的通报",
    authors=[],
    publish_time="2024-07-19 15:47:02",
    doc_title="关于2024年第二季度全省环境空气质量状况的通报_黑龙江省生态环境厅",
    pfmt="span", hfmt="hei",
    features="province department 通报 typeset as Word-exported spans (仿宋/黑体); 文号 (not body); 主送 line; ranking table of 13 cities "
             "(header + rows body); numbered parts; 署名 and date; info bar below the headline with 【字号 大 中 小】 and 分享到 buttons.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#f0f4f2}
.w{width:1200px;margin:0 auto}
.hd{background:#127a55;color:#fff;height:100px}
.hd h2{margin:0;padding:26px 0 0;font-size:30px}
.tools{float:right;margin-top:-30px;font-size:13px}
.tools a{color:#fff;margin-left:8px}
.nav{background:#0c5c40}
.nav a{color:#fff;display:inline-block;padding:0 22px;line-height:44px}
.loc{padding:10px 0}
.art{background:#fff;padding:36px 90px}
.art h1{font-size:24px;text-align:center}
.wh{text-align:center;font-family:仿宋_GB2312,仿宋;font-size:16pt}
.bar{display:flex;justify-content:space-between;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px;margin-bottom:20px}
.art table{border-collapse:collapse;margin:8px auto;width:80%}
.art th,.art td{border:1px solid #000;text-align:center;font-size:14px;padding:2px 4px}
.share{margin-top:20px;color:#666}
.share a{margin-right:8px}
.ft{background:#0c5c40;color:#d7eee4;padding:18px 0;text-align:center;font-size:13px;margin-top:20px}
""",
)

HTML = """
<div class="hd"><div class="w"><h2>黑龙江省生态环境厅</h2><div class="tools"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">繁体版</a></div></div></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">机构设置</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">环境质量</a><a href="#">互动交流</a></div></div>
<div class="w loc">您当前的位置： <a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">通知公告</a></div>
<div class="w art">
<h1>关于2024年第二季度全省环境空气质量状况的通报</h1>
<div class="bar"><span>发布时间：2024-07-19 15:47:02　　来源：大气环境处</span><span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<p class="wh">黑环函〔2024〕88号</p>
{{BODY}}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
</div>
<div class="ft">主办：黑龙江省生态环境厅　技术支持：黑龙江省生态环境信息中心<br>黑ICP备09011478号　黑公网安备 23010302000188号　网站标识码：2300000013</div>
"""

_cities = [["排名", "城市", "优良天数比例（%）", "PM2.5平均浓度（微克/立方米）"],
           ["1", "大兴安岭地区", "100", "9"], ["2", "黑河市", "98.9", "12"], ["3", "伊春市", "98.9", "13"],
           ["4", "鹤岗市", "97.8", "17"], ["5", "牡丹江市", "96.7", "18"], ["6", "双鸭山市", "96.7", "19"],
           ["7", "七台河市", "95.6", "21"], ["8", "佳木斯市", "95.6", "22"], ["9", "鸡西市", "94.5", "22"],
           ["10", "齐齐哈尔市", "93.4", "24"], ["11", "大庆市", "92.3", "25"], ["12", "哈尔滨市", "90.1", "28"],
           ["13", "绥化市", "87.9", "31"]]

BODY = [
    P("各市（地）生态环境局："),
    P("根据全省环境空气质量监测数据，现将2024年第二季度各市（地）环境空气质量状况通报如下："),
    H("一、总体情况"),
    P("第二季度，全省13个市（地）环境空气质量平均优良天数比例为95.3%，同比上升1.2个百分点；PM2.5平均浓度为20微克/立方米，同比下降9.1%。受秸秆露天焚烧和沙尘天气影响，4月份出现轻度及以上污染天数合计19天。"),
    H("二、排名情况"),
    P("按照环境空气质量综合指数，第二季度全省各市（地）排名如下："),
    T(_cities),
    H("三、有关要求"),
    P("（一）排名后三位的市要认真分析原因，制定整改措施，于8月10日前将整改情况报送我厅。"),
    P("（二）各地要持续抓好秸秆禁烧、扬尘管控和散煤治理，加强重污染天气预警会商，确保完成年度空气质量改善目标。"),
    G("黑龙江省生态环境厅", '<p class="MsoNormal" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">黑龙江省生态环境厅</span></p>'),
    G("2024年7月18日", '<p class="MsoNormal" style="text-align:right;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">2024年7月18日</span></p>'),
]
