# 安徽 · 县政府信息公开 · 通知（2010s table layout, 信息公开 metadata grid, 文号 line, 主送/署名/成文日期）
from lib import *

PAGE = dict(
    id="wh-02", kind="government", lang="zh",
    title="淝南县人民政府办公室关于做好2025—2026年度冬春季森林防火工作的通知",
    authors=[],
    publish_time="2025-11-17",
    features="2010s table-layout county 信息公开 page (安徽); metadata grid (索引号/信息分类/发布机构/成文日期/"
             "文号/发布日期/主题词) above the headline; 文号 line above the 主送 line; numbered sections with bold "
             "lead-ins; 附件说明 line, 署名 and 成文日期 right-aligned (all body); 【字体】【打印】【关闭】 row; related "
             "documents list; footer with ICP/公网安备/网站标识码.",
    blocks=[
        NB("淝政办秘〔2025〕58号", fmt='<p align="center" class="wh">{t}</p>'),
        P("各乡镇人民政府，县经济开发区管委会，县政府各部门、各直属机构："),
        P("当前已进入冬春季森林防火期，我县林区可燃物载量大，野外用火管控难度加大，森林火灾风险持续升高。为切实做好2025—2026年度冬春季森林防火工作，经县政府同意，现就有关事项通知如下："),
        H("一、压紧压实防火责任"),
        P("**（一）落实属地责任。**各乡镇要严格落实森林防火行政首长负责制，乡镇主要负责同志为第一责任人，分管负责同志为直接责任人，层层签订责任书，把责任落实到山头地块和具体人员。"),
        P("**（二）落实部门责任。**县林业局要加强统筹协调和督导检查，应急、公安、农业农村、民政、文化旅游等部门要按照职责分工，协同做好火源管控、祭祀用火引导、景区防火等工作。"),
        H("二、严格管控野外火源"),
        P("防火期内，全县林区及林缘500米范围内严禁烧荒、烧田埂、烧秸秆、燎荒积肥等野外用火。各乡镇要在进山路口设立检查卡点，对进山人员实行登记，劝导游客不携带火种进山。对违规用火行为，依法从严查处。"),
        H("三、做好扑救准备"),
        P("各乡镇要对半专业扑火队伍进行集中培训和实战演练，做好风力灭火机、二号工具、防火服等物资的检修补充。县森林消防大队实行24小时驻防备勤，确保接警后30分钟内到达重点林区。"),
        H("四、加强值班值守"),
        P("防火期内各级各单位要严格落实24小时值班和领导带班制度，发现火情及时报告、迅速处置，严禁迟报、漏报、瞒报。县森林防火指挥部办公室值班电话：0551-66317205。"),
        P("附件：淝南县2025—2026年度森林防火重点区域及责任人名单", fmt='<p class="fj">{t}</p>'),
        SIGN("淝南县人民政府办公室"),
        SIGN("2025年11月14日"),
    ],
)

CSS = """
body{margin:0;font-size:12px;font-family:"宋体",SimSun;background:#e9eef3}
table{border-collapse:collapse}
a{color:#000;text-decoration:none}
.top{background:#1f5fa8;height:132px;color:#fff}
.top .t{font-size:32px;font-weight:bold;padding:38px 0 0 40px;font-family:"黑体"}
.menu td{background:#2b73c4;color:#fff;height:36px;font-size:14px;text-align:center}
.menu a{color:#fff}
.pos{height:32px;background:#f1f4f8;border-bottom:1px solid #cfd8e3;padding-left:10px}
.xxgk td{border:1px solid #cfd8e3;padding:6px 8px;font-size:12px}
.xxgk .k{background:#f3f6fa;width:90px;text-align:right}
.tit{font-size:20px;font-weight:bold;color:#c00;text-align:center;line-height:36px;padding:18px 30px 6px}
.bar{text-align:center;color:#666;border-bottom:1px solid #d6d6d6;padding-bottom:6px}
.content{font-size:16px;line-height:30px;padding:10px 40px;font-family:"仿宋_GB2312","仿宋"}
.content p{text-indent:2em;margin:0}
.content p.wh{text-indent:0}
.content h3{font-size:16px;text-indent:2em;margin:0;font-family:"黑体"}
.content p.fj{margin-top:16px}
.rel td{font-size:12px;line-height:24px}
.foot{background:#1f5fa8;color:#e0e8f2;line-height:24px;text-align:center;padding:12px 0}
.foot a{color:#e0e8f2}
"""

STYLE = {"sign": '<p align="right" style="text-indent:0;padding-right:3em">{t}</p>'}


def render(p):
    body = render_body(p["blocks"], STYLE)
    html_body = f"""
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td class="top"><div class="t">淝南县人民政府</div><div style="padding-left:42px">淝南县人民政府门户网站&nbsp;&nbsp;<a href="#" style="color:#fff">设为首页</a> | <a href="#" style="color:#fff">加入收藏</a> | <a href="#" style="color:#fff">无障碍浏览</a></div></td></tr>
<tr><td><table width="100%" class="menu"><tr>
<td><a href="#">首 页</a></td><td><a href="#">县情概况</a></td><td><a href="#">信息公开</a></td><td><a href="#">网上办事</a></td><td><a href="#">公众参与</a></td><td><a href="#">招商引资</a></td><td><a href="#">专题专栏</a></td></tr></table></td></tr>
<tr><td class="pos">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">信息公开</a> &gt;&gt; <a href="#">政府文件</a> &gt;&gt; <a href="#">县政府办公室文件</a></td></tr>
<tr><td style="padding:14px 20px">
<table width="100%" class="xxgk">
<tr><td class="k">索 引 号：</td><td>11341123003225617Q/202511-00041</td><td class="k">信息分类：</td><td>县政府办公室文件</td></tr>
<tr><td class="k">发布机构：</td><td>淝南县人民政府办公室</td><td class="k">成文日期：</td><td>2025-11-14</td></tr>
<tr><td class="k">文　　号：</td><td>淝政办秘〔2025〕58号</td><td class="k">发布日期：</td><td>2025-11-17</td></tr>
<tr><td class="k">名　　称：</td><td colspan="3">淝南县人民政府办公室关于做好2025—2026年度冬春季森林防火工作的通知</td></tr>
<tr><td class="k">主 题 词：</td><td>森林防火</td><td class="k">有 效 性：</td><td>有效</td></tr>
</table>
<div class="tit">{esc(p["title"])}</div>
<div class="bar">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】&nbsp;&nbsp;【<a href="#">打印本页</a>】&nbsp;&nbsp;【<a href="#">关闭窗口</a>】</div>
<div class="content">
{body}
</div>
<table width="100%" class="rel" style="margin-top:20px;border-top:2px solid #1f5fa8">
<tr><td><b>相关文件</b></td></tr>
<tr><td>· <a href="#">淝南县人民政府办公室关于印发淝南县森林火灾应急预案的通知</a></td></tr>
<tr><td>· <a href="#">淝南县人民政府办公室关于进一步加强秸秆禁烧工作的通知</a></td></tr>
<tr><td>· <a href="#">淝南县林长制工作实施方案</a></td></tr>
</table>
</td></tr>
<tr><td class="foot">
<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系方式</a><br>
主办单位：淝南县人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：淝南县数据资源管理局<br>
皖ICP备10027165号&nbsp;&nbsp;&nbsp;皖公网安备 34112302000088号&nbsp;&nbsp;&nbsp;网站标识码：3411230021<br>
建议使用1024×768分辨率 IE8.0以上版本浏览本站
</td></tr>
</table>
"""
    return doc("淝南县人民政府办公室关于做好2025—2026年度冬春季森林防火工作的通知", CSS, html_body)
