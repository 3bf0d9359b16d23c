from lib import *

NOTES = "City evening paper e-paper (Guangxi), 2012 frame-like table layout: 上一期/下一期/往期回顾, 版面导航 and 标题导航 boxes, date and 第05版：城事 in the header (date with dashes), 引题 above and a ——副题 below the headline, 本报讯（记者 …） opening the first paragraph (stays), photo caption with （记者 … 摄）, 上一篇/下一篇, 本文访问次数."

META = dict(id="xy-32", kind="e-paper", lang="zh",
            title="柳州螺蛳粉产业园新添三条自动化生产线",
            authors=["韦晓丹"],
            publish_time="2025-06-13")

DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
HEAD_TITLE = "柳江晚报数字报刊平台"

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
a{color:#0033aa;text-decoration:none}
.hd{background:#08357a;color:#fff;height:70px}
.hd td{color:#fff}
.mast{font-size:30px;font-family:黑体;padding-left:20px}
.tool td{background:#e4ecf7;height:26px;padding:0 8px}
.box{border:1px solid #9fb4d6;margin:6px}
.box .bt{background:#9fb4d6;color:#fff;padding:3px 6px;font-weight:bold}
.box .bc{padding:4px 6px;line-height:20px}
.yinti{font-size:15px;text-align:center;padding-top:14px}
.zhuti{font-size:24px;font-weight:bold;font-family:黑体;text-align:center;padding:6px 0}
.futi{font-size:15px;text-align:center;padding-bottom:10px}
.wz{font-size:14px;line-height:25px;padding:0 24px}
.wz p{margin:0 0 6px}
.fwcs{color:#666;text-align:right;padding:6px 20px}
.dib{background:#08357a;color:#dfe6f1;text-align:center;line-height:20px;padding:6px}
"""

R = {
    "P": lambda t, kw: f"<p>\u3000\u3000{t}</p>",
    "IMG": lambda a, kw: f'<p align="center">{img(a, w=460, h=300)}</p><p align="center">{kw["cap"]}</p>',
}

BLOCKS = [
    P("本报讯（记者 韦晓丹）6月12日，柳州螺蛳粉产业园内一家螺蛳粉生产企业新建的三条自动化生产线正式投产。至此，产业园内自动化生产线已达到86条，螺蛳粉日产能突破400万袋。"),
    P("记者在车间看到，从米粉挤压成型、烘干、切段，到酸笋、腐竹、花生等配料包的分装和封口，大部分工序已经由机器完成。企业负责人介绍，新生产线每小时可包装螺蛳粉1.2万袋，比原来的半自动生产线效率提高了一倍多，人工用量减少了近一半。"),
    IMG("自动化生产线", cap="工人在新投产的自动化生产线上作业。（记者 韦晓丹 摄）"),
    P("近年来，柳州螺蛳粉产业从“小作坊”走向“大工厂”，带动原材料种植、包装印刷、电商物流等上下游产业发展。今年1至5月，柳州预包装螺蛳粉销售收入同比增长约15%，其中出口到东南亚、欧美等地的订单明显增多。"),
    P("产业园管委会相关负责人表示，下一步将引导企业加大技术改造投入，推进螺蛳粉配料标准化生产，同时加强质量监管，守护好柳州螺蛳粉的品牌。"),
]


def frame(M, body):
    return f"""<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr class="hd"><td class="mast">柳江晚报</td><td align="right" style="padding-right:16px">{M["publish_time"]}　第05版：城事</td></tr>
<tr class="tool"><td colspan="2"><a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#">往期回顾</a> | <a href="#">首页</a> | <a href="#">柳江网</a></td></tr>
<tr><td colspan="2">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="230" valign="top">
<div class="box"><div class="bt">版面导航</div><div class="bc">
<a href="#">第01版：头版</a><br><a href="#">第02版：要闻</a><br><a href="#">第03版：时事</a><br><a href="#">第04版：社会</a><br><a href="#">第05版：城事</a><br><a href="#">第06版：县区</a><br><a href="#">第07版：体育</a><br><a href="#">第08版：副刊</a>
</div></div>
<div class="box"><div class="bt">标题导航</div><div class="bc">
<a href="#">柳州螺蛳粉产业园新添三条自动化生产线</a><br>
<a href="#">窑埠古镇周末市集本月开张</a><br>
<a href="#">市区部分路段将临时停水</a>
</div></div>
</td>
<td valign="top" style="border-left:1px solid #9fb4d6">
<div class="yinti">日产能突破400万袋</div>
<div class="zhuti">{M["title"]}</div>
<div class="futi">——生产效率提高一倍多，人工用量减少近一半</div>
<hr size="1" color="#9fb4d6" width="90%">
<div class="wz">
{body}
</div>
<div class="fwcs">本文访问次数：318</div>
<div style="padding:6px 24px"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>
</td>
</tr></table>
</td></tr>
<tr><td colspan="2" class="dib">柳江晚报社版权所有　未经授权不得转载<br>桂ICP备09006372号</td></tr>
</table>
</body>"""
