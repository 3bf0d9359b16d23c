# 宁波市奉化区萧王庙街道 -- 村务公开 column, a village 公告 (上塘村), simple CMS page with sidebar
from lib import *

META = dict(
    id="xw-06", kind="government", lang="zh",
    title="上塘村关于2025年度土地流转租金发放的公告",
    authors=[],
    publish_time="2025-04-24 14:05:37",
)

BODY = [
    P("全体村民："),
    P("经村两委会议研究、村民代表大会表决通过，我村2025年度土地流转租金将于近期统一发放。现将有关事项公告如下："),
    P("一、发放对象：已与村股份经济合作社签订土地流转合同的承包农户，共计316户。"),
    P("二、发放标准："),
    TB([
        ("地块类别", "面积（亩）", "租金标准（元/亩·年）"),
        ("水田", "1286.4", "1100"),
        ("旱地", "213.7", "800"),
        ("山林地", "95.0", "300"),
    ]),
    P("三、发放时间：2025年4月28日至5月9日（工作日上午8:30—11:30，下午13:30—16:30）。"),
    P("四、发放方式：租金统一打入农户“一卡通”账户。如账户信息有变更，请户主携带身份证、承包经营权证于4月27日前到村便民服务中心办理变更登记。"),
    P("如对发放面积、金额有疑问，可向村务监督委员会反映。监督电话：0574-88715362（村务监督委员会 陈先生）。"),
    P("萧王庙街道上塘村股份经济合作社", fmt='<p align="right">{}</p>'),
    P("萧王庙街道上塘村村民委员会", fmt='<p align="right">{}</p>'),
    P("2025年4月24日", fmt='<p align="right">{}</p>'),
]

STYLE = dict(p="<p>　　{}</p>", table='<table class="cw-tab" cellspacing="0" cellpadding="6" align="center">{}</table>')

CSS = """
body{margin:0;background:#eef3ea;font:14px/1.7 "Microsoft YaHei";color:#2b2b2b}
#cw-header{background:#3d8b3d;height:96px;color:#fff}
#cw-header .in{width:1080px;margin:0 auto;padding-top:18px;font-size:30px;font-weight:bold}
#cw-header small{display:block;font-size:13px;font-weight:normal}
#cw-menu{background:#2f6f2f}
#cw-menu .in{width:1080px;margin:0 auto}
#cw-menu a{color:#fff;display:inline-block;padding:0 20px;line-height:40px}
#cw-page{width:1080px;margin:14px auto;display:flex;gap:16px}
#cw-side{width:240px;background:#fff}
#cw-side dt{background:#3d8b3d;color:#fff;padding:8px 12px;font-weight:bold}
#cw-side dd{margin:0;border-bottom:1px dashed #ddd;padding:8px 12px}
#cw-main{flex:1;background:#fff;padding:16px 30px}
#cw-main .crumbs{color:#777;border-bottom:1px solid #e3e3e3;padding-bottom:8px}
#cw-main h3{text-align:center;font-size:22px;margin:24px 0 8px}
#cw-main .attr{text-align:center;color:#999;font-size:12px}
.cw-tab{border-collapse:collapse;margin:8px auto}
.cw-tab td,.cw-tab th{border:1px solid #999;padding:4px 14px}
#cw-foot{text-align:center;font-size:12px;color:#666;padding:16px 0;border-top:3px solid #3d8b3d;background:#fff}
"""


def page(body):
    m = META
    return f"""
<div id="cw-header"><div class="in">萧王庙街道<small>宁波市奉化区萧王庙街道办事处</small></div></div>
<div id="cw-menu"><div class="in">
<a href="#">首页</a>
<a href="#">街道概况</a>
<a href="#">新闻动态</a>
<a href="#">党务公开</a>
<a href="#">村务公开</a>
<a href="#">财务公开</a>
<a href="#">便民服务</a>
<a href="#">无障碍</a>
</div></div>
<div id="cw-page">
<div id="cw-side"><dl>
<dt>村务公开</dt>
<dd><a href="#">林家村</a></dd>
<dd><a href="#">上塘村</a></dd>
<dd><a href="#">青云村</a></dd>
<dd><a href="#">后竺村</a></dd>
<dd><a href="#">棠岙村</a></dd>
</dl>
<dl><dt>最新公开</dt>
<dd><a href="#">青云村2025年3月财务收支明细</a></dd>
<dd><a href="#">林家村关于村级工程项目招标结果的公示</a></dd>
</dl></div>
<div id="cw-main">
<div class="crumbs">首页 » 村务公开 » 上塘村</div>
<h3>{m['title']}</h3>
<div class="attr">发布日期：{m['publish_time']}　来源：上塘村　点击：213次</div>
<div class="article">
{body}
</div>
<p style="text-align:center;margin-top:30px"><a href="#">[ 打印 ]</a>　<a href="#">[ 关闭 ]</a></p>
</div>
</div>
<div id="cw-foot">
版权所有：宁波市奉化区萧王庙街道办事处　联系电话：0574-88715001<br>
浙ICP备09084122号-3　浙公网安备 33021302000715号
</div>
"""
