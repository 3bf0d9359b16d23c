# 宁夏 · 乡镇 · 工作动态（2000s/early-2010s table layout, <br><br> paragraphs with &nbsp; indents, 文/图 line）
from lib import *

PAGE = dict(
    id="wh-04", kind="government", lang="zh",
    title="红柳湾镇多措并举保障群众温暖过冬",
    authors=["马强"],
    publish_time="2025-11-20 11:26:07",
    features="old table-layout town site (宁夏), nested tables, left column of 栏目 links; glued info line with ASCII "
             "colons (作者 field holds the writer, 图 credit is a photographer); paragraphs separated by <br><br> with "
             "&nbsp; indents inside one cell; numbered lead-ins; one photo with alt text only; [打印本页] [关闭窗口]; "
             "上一条/下一条; footer with ICP number and visit counter.",
    blocks=[
        P("入冬以来，红柳湾镇把群众安全温暖过冬作为当前重点工作，聚焦供暖保障、困难群众帮扶和安全隐患排查，多措并举把温暖送到群众心坎上。"),
        P("一是抓好供暖设施检修。镇上组织供热站、各村（社区）对集中供暖管网、换热站开展全面检修，更换老化阀门42个，维修管网1.6公里，确保集中供暖区域11月中旬全部达标供热。对分散取暖的农户，逐户检查炉具、烟道，发放一氧化碳报警器320台。"),
        IMG("红柳湾镇工作人员入户检查取暖炉具"),
        P("二是兜牢困难群众底线。镇民政办对辖区低保户、特困供养人员、独居老人等重点群体开展走访摸排，建立过冬保障台账，为68户困难家庭送去清洁煤、棉被和米面油等生活物资，对因病因灾临时陷入困境的4户家庭及时给予临时救助。"),
        P("三是排查整治安全隐患。镇应急办联合派出所、市场监管所，对辖区餐饮场所、加油站、农村自建房开展冬季安全检查，排查整改燃气使用、电动车违规充电等隐患27处。各村通过“大喇叭”、微信群每天播报防范一氧化碳中毒和防火安全常识。"),
        P("四是强化值班值守。镇上公布24小时供暖服务热线，实行领导带班和干部轮流值班，对群众反映的不热、漏水等问题做到2小时内上门处置。截至目前，已受理并解决群众诉求53件。"),
        P("镇党委书记杨建军表示，下一步，红柳湾镇将持续跟踪供暖运行情况，动态更新困难群众台账，确保每一户群众都能安全温暖过冬。"),
    ],
)

CSS = """
body{margin:0;background:#c8d8c0;font-size:12px;font-family:宋体}
td{font-size:12px;line-height:20px}
a:link,a:visited{color:#333;text-decoration:none}
.lm td{background:#e7efe2;border-bottom:1px dashed #9b9;padding-left:14px;height:26px}
.tt{font-size:18px;font-weight:bold;color:#004400;line-height:30px}
.zw{font-size:14px;line-height:26px}
"""


def render(p):
    body = render_body(p["blocks"], {
        "p": "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}",
        "img": '<div align="center">' + noimg("{t}") + '</div>',
        "join": "<br>\n<br>\n"})
    html_body = f"""
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="120" bgcolor="#3b7a2a" align="left" style="color:#fff;font-size:28px;font-weight:bold;padding-left:30px">中卫市沙泉县红柳湾镇人民政府<br><span style="font-size:12px;font-weight:normal">今天是：2025年11月20日 星期四</span></td></tr>
<tr><td bgcolor="#2e6020" height="30" align="center">
<a href="#" style="color:#fff">首页</a> &nbsp;|&nbsp; <a href="#" style="color:#fff">镇情简介</a> &nbsp;|&nbsp; <a href="#" style="color:#fff">工作动态</a> &nbsp;|&nbsp; <a href="#" style="color:#fff">通知公告</a> &nbsp;|&nbsp; <a href="#" style="color:#fff">村务公开</a> &nbsp;|&nbsp; <a href="#" style="color:#fff">便民服务</a> &nbsp;|&nbsp; <a href="#" style="color:#fff">党建园地</a></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top" bgcolor="#f3f7f0">
<table width="100%" class="lm" cellspacing="0">
<tr><td style="background:#3b7a2a;color:#fff;font-weight:bold">栏目导航</td></tr>
<tr><td><a href="#">» 工作动态</a></td></tr><tr><td><a href="#">» 通知公告</a></td></tr>
<tr><td><a href="#">» 村务公开</a></td></tr><tr><td><a href="#">» 党建园地</a></td></tr>
<tr><td><a href="#">» 乡村振兴</a></td></tr></table>
</td>
<td valign="top" style="padding:10px 16px">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28" style="border-bottom:1px solid #9b9">当前位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a> &gt; 正文</td></tr>
<tr><td align="center" class="tt" style="padding-top:14px">{esc(p["title"])}</td></tr>
<tr><td align="center" style="color:#666;padding-bottom:6px;border-bottom:1px solid #ddd">发布时间:{p["publish_time"]} 作者:马  强 图:杨  帆 来源:红柳湾镇 点击数:86</td></tr>
<tr><td class="zw" style="padding-top:10px">
{body}
</td></tr>
<tr><td align="right" style="padding:12px 0">[<a href="#">打印本页</a>] [<a href="#">关闭窗口</a>]</td></tr>
<tr><td style="border-top:1px dashed #999;padding-top:6px">上一条：<a href="#">红柳湾镇开展2025年秋季农村人居环境整治“回头看”</a><br>下一条：<a href="#">红柳湾镇召开冬春季森林草原防火工作部署会</a></td></tr>
</table>
</td></tr></table>
</td></tr>
<tr><td height="70" align="center" bgcolor="#e7efe2">版权所有：中卫市沙泉县红柳湾镇人民政府　地址：红柳湾镇政府街1号　电话：0955-7721106<br>宁ICP备09003715号　您是本站第 <b>0281364</b> 位访问者</td></tr>
</table>
"""
    return doc("红柳湾镇多措并举保障群众温暖过冬-红柳湾镇人民政府", CSS, html_body)
