"""wk-08: 内蒙古 村 (村务公开 on a 旗 site, 2024 narrow responsive design), financial table, two 署名."""
from lib import *

PAGE = dict(id="wk-08", kind="government", lang="zh",
            title="新安镇红旗村2025年第三季度村务财务公开",
            authors=[], publish_time="2025.11.13")

BLOCKS = [
    P("根据《内蒙古自治区村务公开条例》规定，经村务监督委员会审核，现将红旗村2025年第三季度（7月1日至9月30日）村务、财务情况公开如下，请广大村民监督。"),
    H("一、财务收支情况"),
    T([["项目", "金额（元）", "说明"],
       ["上季度结余", "186,420.35", ""],
       ["本季度收入", "312,800.00", "集体土地发包收入、上级转移支付"],
       ["本季度支出", "241,563.20", "道路维修、保洁工资、办公费等"],
       ["本季度结余", "257,657.15", ""]]),
    H("二、重点事项公开"),
    L(["1.村内二组至四组砂石路维修工程，投资8.6万元，已于8月20日完工并通过验收；",
       "2.2025年耕地地力保护补贴已全部发放到户，共涉及农户213户；",
       "3.村集体向日葵晾晒场出租，经村民代表会议表决，年租金4.2万元。"]),
    H("三、监督方式"),
    P("村民对公开内容有疑问的，可在公开之日起10日内向村务监督委员会反映，也可直接向镇纪委、镇农村经营管理站反映。"),
    P("村务监督委员会主任：张宝山　联系电话：13847891526"),
    SIGN("新安镇红旗村村民委员会"),
    SIGN("新安镇红旗村村务监督委员会"),
    SIGN("2025年11月13日"),
]

CSS = """
:root{--c:#0a7a6f}
body{margin:0;font-family:system-ui,"PingFang SC","Microsoft YaHei";background:#f2f5f4;color:#1c2b29}
header{background:var(--c);color:#fff}
header .in{max-width:960px;margin:auto;padding:16px 20px;display:flex;justify-content:space-between;align-items:center}
header .t{font-size:26px;font-weight:600}header .t small{display:block;font-size:12px;opacity:.8}
header .acc a{color:#e0f2ef;font-size:13px;margin-left:12px}
nav{background:#fff;border-bottom:1px solid #dbe5e3}nav .in{max-width:960px;margin:auto;display:flex;gap:26px;padding:0 20px}
nav a{line-height:48px;color:#0a7a6f;text-decoration:none}
main{max-width:960px;margin:18px auto;background:#fff;border-radius:6px;padding:26px 40px}
.crumbs{font-size:13px;color:#7a8a88}.crumbs a{color:#7a8a88}
h1{font-size:24px;text-align:center;margin:24px 0 8px}
.info{text-align:center;color:#7a8a88;font-size:13px;margin-bottom:18px}
.info i{font-style:normal;margin:0 10px}
.doc{font-size:16px;line-height:1.9}.doc p{text-indent:2em;margin:8px 0}.doc h3{font-size:16px;margin:16px 0 6px}
.doc table{width:100%;border-collapse:collapse;margin:8px 0}.doc th{background:#e5f2f0}.doc td,.doc th{border:1px solid #b8ccc9;padding:6px 8px}
.doc ol,.doc ul{list-style:none;padding-left:2em}
.back{margin-top:28px;font-size:14px}.back a{color:#0a7a6f;margin-right:18px}
footer{text-align:center;color:#6d7d7b;font-size:12px;line-height:2;padding:18px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3")
    html = f"""
<header><div class="in"><div class="t">乌拉特前旗人民政府<small>ᠤᠷᠠᠳ ᠤᠨ ᠡᠮᠦᠨ᠎ᠡ ᠬᠣᠰᠢᠭᠤ</small></div>
<div class="acc"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">蒙古文版</a></div></div></header>
<nav><div class="in">{links(["首页","政务公开","苏木镇","村务公开","政务服务","互动交流"])}</div></nav>
<main>
<div class="crumbs">当前位置：<a href="#">首页</a> › <a href="#">苏木镇</a> › <a href="#">新安镇</a> › <a href="#">村务公开</a></div>
<h1>{PAGE["title"]}</h1>
<div class="info"><i>发布日期：2025.11.13</i><i>信息来源：新安镇人民政府</i><i>阅读次数：143</i></div>
<div class="doc">
{bh}
</div>
<div class="back"><a href="#">« 返回列表</a><a href="#">打印</a><a href="#">分享</a></div>
</main>
<footer>主办：乌拉特前旗人民政府办公室　地址：内蒙古巴彦淖尔市乌拉特前旗乌拉山镇<br>
蒙ICP备09002467号-1　蒙公网安备 15082302000057号　网站标识码：1508230002<br>{img("党政机关", gif=True)}　{img("政府网站找错", gif=True)}</footer>
"""
    return doc(PAGE["title"], CSS, html), gold
