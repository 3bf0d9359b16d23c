# 大理州洱源县人民政府网，2012 年式表格布局：乡镇动态（作者栏里有用全角空格隔开的两字名）
from blocks import P, IMG, render as rb
from common import doc, links, img, esc, GIF

PAGE = {
    "id": "wj-03", "kind": "government", "lang": "zh",
    "title": "茈碧湖镇开展洱海源头水环境保护“冬季攻坚”行动",
    "authors": ["段丽娟", "杨芳"],
    "publish_time": "2025年11月12日 16:08",
    "body": [
        P("入冬以来，茈碧湖镇紧盯洱海源头水环境保护目标，组织镇村干部、河湖管理员和志愿者开展为期一个月的“冬季攻坚”行动，集中整治沟渠垃圾、农田退水和畜禽粪污等突出问题。"),
        P("行动中，全镇14个村委会按照“一河一策”要求划定责任段，河湖管理员每天巡查不少于一次，发现问题随手拍、随手报。截至11月10日，已清理沟渠淤泥和漂浮物共计210余吨，拆除河道沿岸违规堆放的秸秆垛37处。"),
        IMG("镇村干部清理沟渠杂物", "镇村干部清理沟渠杂物"),
        P("针对冬季农田退水减少、化肥农药残留集中的情况，镇农业农村服务中心组织技术人员深入田间地头，向种植大户宣传绿色防控和测土配方施肥技术，推广生态沟渠和小型湿地对农田退水进行净化。"),
        P("“过去大家觉得源头水量大，扔点垃圾无所谓，现在人人都知道我们这里是洱海的‘水龙头’。”梨园村党总支书记杨建明说。目前，村里已将河道保护写入村规民约，并设立“红黑榜”，每月对各村民小组的环境卫生进行评比。"),
        P("下一步，茈碧湖镇将把冬季攻坚与常态化管护相结合，完善河湖管理员考核办法，持续巩固源头水质稳定达标的成效。"),
    ],
}

CSS = """
body{margin:0;background:#dfe9e1 ;font-size:12px;font-family:宋体,SimSun;color:#333}
a{color:#333;text-decoration:none}td{font-size:12px}
.bar{background:#2f7d4f;color:#fff;height:30px}.bar a{color:#fff}
.menu{background:#3b9460}.menu a{color:#fff;font-size:14px;font-weight:bold;padding:0 12px;line-height:34px}
.box{border:1px solid #b7d3c0;background:#fff}.tit{background:#eaf4ed;height:28px;font-weight:bold;color:#2f7d4f;padding-left:10px}
.ttl{font-size:20px;font-weight:bold;color:#154d2c;text-align:center;padding:18px 10px 8px;line-height:30px}
.meta{text-align:center;color:#777;border-bottom:1px solid #cfe2d4;padding-bottom:8px}
.con{font-size:14px;line-height:28px;padding:12px 24px}
.copy{background:#2f7d4f;color:#e6f2ea;line-height:22px;text-align:center;padding:8px}
"""


def render(p):
    # an old WYSIWYG editor: one <td>, paragraphs as <br> runs with U+3000 indents
    parts = []
    for b in p["body"]:
        if b["k"] == "img":
            parts.append('<div align="center"><img src="%s" alt="%s" width="500" height="333"><br>%s</div>'
                         % (GIF, esc(b["alt"]), esc(b["cap"])))
        else:
            parts.append("\u3000\u3000" + rb([b]) .replace("<p>", "").replace("</p>", "") + "<br><br>")
    body = "\n".join(parts)
    return doc(p["title"] + "--洱源县人民政府", CSS, f"""
<table width="980" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr class="bar"><td>&nbsp;欢迎访问洱源县人民政府网站！</td><td align="right"><a href="#">设为首页</a>&nbsp;|&nbsp;<a href="#">收藏本站</a>&nbsp;|&nbsp;<a href="#">繁體中文</a>&nbsp;|&nbsp;<a href="#">无障碍阅读</a>&nbsp;</td></tr>
<tr><td colspan="2">{img("洱源县人民政府 梅乡洱源 洱海之源")}</td></tr>
<tr><td colspan="2" class="menu">{links(["首页", "走进洱源", "政务公开", "乡镇动态", "部门动态", "招商引资", "旅游洱源", "网上信访", "县长信箱"], '<a href="#">{}</a>', ' ')}</td></tr>
<tr><td colspan="2" style="padding:6px 8px">站内搜索：<input type="text" size="20" value="请输入关键字">&nbsp;<select><option>全部栏目</option><option>乡镇动态</option></select>&nbsp;<input type="submit" value="搜 索"></td></tr>
<tr><td width="230" valign="top" style="padding:6px">
<table class="box" width="100%"><tr><td class="tit">乡镇动态</td></tr>
<tr><td style="line-height:24px;padding:6px 10px">{links(["茈碧湖镇", "邓川镇", "右所镇", "三营镇", "凤羽镇", "乔后镇", "牛街乡", "炼铁乡", "西山乡"], '·<a href="#">{}</a><br>', '')}</td></tr></table>
<br><table class="box" width="100%"><tr><td class="tit">便民服务</td></tr>
<tr><td style="line-height:24px;padding:6px 10px">·<a href="#">办事指南</a><br>·<a href="#">表格下载</a><br>·<a href="#">天气预报</a><br>·<a href="#">公交线路</a></td></tr></table>
</td>
<td valign="top" style="padding:6px">
<table class="box" width="100%">
<tr><td class="tit">您当前的位置：<a href="#">首页</a> → <a href="#">乡镇动态</a> → <a href="#">茈碧湖镇</a></td></tr>
<tr><td class="ttl">{esc(p["title"])}</td></tr>
<tr><td class="meta">来源：茈碧湖镇&nbsp;&nbsp;作者：段丽娟　杨　芳&nbsp;&nbsp;发布时间：{p["publish_time"]}&nbsp;&nbsp;浏览次数：1287&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="con">
{body}
</td></tr>
<tr><td align="right" style="padding:8px 20px">【<a href="#">打印本页</a>】&nbsp;【<a href="#">关闭窗口</a>】</td></tr>
<tr><td style="padding:8px 20px;border-top:1px dashed #cfe2d4;line-height:22px">上一条：<a href="#">茈碧湖镇召开2025年冬春农业生产推进会</a><br>下一条：<a href="#">茈碧湖镇开展“法律明白人”培训</a></td></tr>
</table></td></tr>
<tr><td colspan="2" class="copy">主办：中共洱源县委办公室　洱源县人民政府办公室　　承办：洱源县融媒体中心<br>
联系电话：0872-5121073　　滇ICP备10002769号　　滇公网安备 53293002000118号　　网站标识码：5329300012<br>
Copyright&copy;2012-2025 All Rights Reserved</td></tr>
</table>
""")
