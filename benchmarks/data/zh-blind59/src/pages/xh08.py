from lib import *

ID = "xh-08"
KIND = "government"
LANG = "zh"
FEATURES = ("county portal (泸溪县) 村务公开 column of a village (浦市镇石榴坪村): 公示 with a distribution table "
            "(header + rows + 合计 row), 公示时间 and 监督电话 lines (body), 落款 of the 村民委员会 and date (body); "
            "info bar as a right-aligned one-liner with 访问量; tree-style 村务公开 menu; 2019 layout")
HEAD_TITLE = "石榴坪村2024年度村集体经济收益分配方案公示"
TITLE_LINES = ["石榴坪村2024年度村集体经济收益分配方案公示"]
AUTHORS = []
TIME = "2024-12-05"

CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#fff}
.gh{background:linear-gradient(#c5241c,#9d1812);color:#fff;height:110px;padding:0 10%}
.gh b{font-size:30px;line-height:110px}
.gh span{float:right;line-height:30px;font-size:12px}.gh span a{color:#fff;margin-left:8px}
.gn{background:#f7e7c9;padding:8px 10%}.gn a{margin-right:30px;color:#7a1a12;font-weight:bold}
.wp{display:flex;padding:0 10%;gap:24px;margin-top:16px}
.tree{width:200px;border:1px solid #e8d5b0}.tree p{margin:0;padding:6px 10px;border-bottom:1px solid #f0e2c6}
.tree .on{background:#c5241c;color:#fff}.tree .sub{padding-left:26px;font-size:13px}
.ar{flex:1}
.ar .pos{font-size:12px;color:#888;border-bottom:1px solid #eee;padding-bottom:6px}
.ar h1{font-size:22px;text-align:center;margin:22px 0 8px}
.ar .inf{text-align:right;color:#999;font-size:12px}
.ar .wz p{text-indent:2em;margin:8px 0;font-size:15px}
.ar table{border-collapse:collapse;width:90%;margin:10px auto}.ar td,.ar th{border:1px solid #666;padding:4px;text-align:center}
.ar .lk{text-align:right;text-indent:0}
.ft{margin-top:30px;border-top:3px solid #c5241c;text-align:center;font-size:12px;color:#666;padding:12px}
"""

BODY = [
    P("根据《湖南省农村集体经济组织财务管理办法》和村集体经济组织章程，经村“两委”提议、党员大会审议、村民代表大会表决通过，现将本村2024年度村集体经济收益分配方案公示如下："),
    P("一、2024年度村集体经营性收入共计286400元，主要来源于油茶基地承包费、光伏发电收益和闲置校舍租赁收入。扣除提取公积公益金85920元、村级公益事业支出60480元后，可分配收益140000元。"),
    P("二、本次分配对象为截至2024年11月30日登记在册的村集体经济组织成员，共312户1275人，按人均分配，每人109.8元（不足1元部分计入下年度）。各组分配明细如下："),
    TABLE([["组别", "户数", "成员人数", "分配金额（元）"],
           ["一组", "58", "236", "25912.8"],
           ["二组", "64", "261", "28657.8"],
           ["三组", "71", "289", "31732.2"],
           ["四组", "55", "230", "25254.0"],
           ["五组", "64", "259", "28438.2"],
           ["合计", "312", "1275", "139995.0"]]),
    P("三、公示时间：2024年12月5日至12月11日（共7天）。"),
    P("四、公示期间，村民如有异议，可向村务监督委员会或浦市镇纪委反映。村务监督委员会电话：13974381526，浦市镇纪委电话：0743-4511203。"),
    P("泸溪县浦市镇石榴坪村村民委员会", cls="lk"),
    P("2024年12月5日", cls="lk"),
]


def page():
    return f"""<body>
<div class="gh"><span><a href="#">无障碍阅读</a><a href="#">长者版</a><a href="#">繁體</a></span><b>{gif("泸溪县人民政府")}泸溪县人民政府</b></div>
<div class="gn"><a href="#">首页</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">村务公开</a><a href="#">走进泸溪</a></div>
<div class="wp">
<div class="tree"><p class="on">村务公开</p><p>白沙镇</p><p>武溪镇</p><p>浦市镇</p><p class="sub">石榴坪村</p><p class="sub">铁山村</p><p class="sub">马王溪社区</p><p>潭溪镇</p></div>
<div class="ar">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">村务公开</a> &gt; <a href="#">浦市镇</a> &gt; <a href="#">石榴坪村</a></div>
<h1>{TITLE_LINES[0]}</h1>
<div class="inf">信息来源：浦市镇人民政府　发布日期：{TIME}　访问量：<span>217</span></div>
<div class="wz">
{render(BODY)}
</div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div></div>
<div class="ft">主办：泸溪县人民政府　承办：泸溪县融媒体中心　湘ICP备15004412号　湘公网安备 43312202000031号　网站标识码：4331220003<br>{gif("党政机关")}{gif("政府网站找错")}</div>
</body>"""
