from lib import *

NOTES = "City department site (Guangxi), 2013 table layout: 信息公开 index table above the headline (索引号, 发布机构, 成文日期 and 发布日期 both printed, title repeated in the table), 文号 line, 主送 line, numbered sections, contact line, 署名 and 成文日期, 【打印】【关闭】, 浏览次数, footer with 主办/ICP/网站标识码. Publish time is the 发布日期, not the 成文日期."

META = dict(id="xy-02", kind="government", lang="zh",
            title="南宁市人力资源和社会保障局关于开展2025年高校毕业生就业服务月活动的通知",
            authors=[],
            publish_time="2025-06-11")

DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
HEAD_TITLE = "南宁市人力资源和社会保障局"

CSS = """
body{margin:0;font-size:12px;font-family:"宋体",SimSun;background:#e9eef3}
table{border-collapse:collapse}
.tb_main{width:1000px;margin:0 auto;background:#fff}
.top_bar td{font-size:12px;color:#555;height:26px}
.top_bar a{color:#555}
.logo_td{height:110px;background:#2f6db5;color:#fff;font-size:30px;font-weight:bold;padding-left:30px}
.menu_td a{color:#fff;font-size:14px;font-weight:bold;text-decoration:none;padding:0 14px}
.menu_td{background:#184f8f;height:36px;text-align:center}
.wz{height:30px;border-bottom:1px solid #c5d5e6;color:#333;padding-left:10px}
.xxgk_tb{width:900px;margin:15px auto;border:1px solid #bcd}
.xxgk_tb td{border:1px solid #bcd;padding:4px 6px;font-size:12px}
.xxgk_tb td.l{background:#eef4fa;width:80px;text-align:right}
.bt{font-size:20px;font-weight:bold;color:#c00;text-align:center;padding:18px 40px 6px;font-family:"黑体"}
.sj{text-align:center;color:#666;border-bottom:1px solid #ddd;padding-bottom:6px}
.nr{padding:10px 60px;font-size:15px;line-height:30px;font-family:"仿宋",FangSong}
.nr p{margin:0;text-indent:2em}
.nr p.zs,.nr p.wh{text-indent:0}
.nr p.wh{text-align:center}
.nr p.qm{text-align:right;padding-right:30px}
.dy{text-align:right;padding:10px 40px}
.foot_td{background:#184f8f;color:#dfe8f2;text-align:center;line-height:24px;padding:10px}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<p>{t}</p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "ZS": lambda t, kw: f'<p class="zs">{t}</p>',
    "WH": lambda t, kw: f'<p class="wh">{t}</p>',
    "SIGN": lambda t, kw: f'<p class="qm">{t}</p>',
    "DT": lambda t, kw: f'<p class="qm">{t}</p>',
}

BLOCKS = [
    WH("南人社通〔2025〕37号"),
    ZS("各县（市、区）人力资源和社会保障局，市直各有关单位："),
    P("为做好2025届高校毕业生就业服务工作，帮助未就业毕业生尽早实现就业，根据自治区人力资源和社会保障厅工作部署，经研究，决定于2025年6月至7月在全市开展高校毕业生就业服务月活动。现将有关事项通知如下："),
    H("一、活动时间"),
    P("2025年6月16日至7月31日。"),
    H("二、服务对象"),
    P("2025届高校毕业生，离校未就业的往届高校毕业生，以及在我市求职的区外高校毕业生。"),
    H("三、活动内容"),
    L(["（一）集中招聘。各县（市、区）每周至少举办1场线下专场招聘会，市本级在6月21日、7月12日举办两场大型综合招聘会。",
       "（二）政策宣讲。组织就业创业政策“进校园、进社区”宣讲，重点解读一次性扩岗补助、社会保险补贴、创业担保贷款等政策。",
       "（三）精准帮扶。对离校未就业毕业生逐一联系，提供1次职业指导、3个岗位信息和1次技能培训或见习机会。",
       "（四）见习募集。面向企事业单位募集就业见习岗位不少于1500个，见习期间按规定落实见习补贴。"]),
    H("四、工作要求"),
    P("各单位要明确专人负责，提前做好岗位归集和场地保障，活动期间每周五前将工作进展报送市人力资源和社会保障局就业促进科。"),
    P("联系人：覃思远，联系电话：0771-5582316，电子邮箱：nnrsjyk@163.com。"),
    SIGN("南宁市人力资源和社会保障局"),
    DT("2025年6月9日"),
]


def frame(M, body):
    return f"""<body>
<table class="tb_main" cellpadding="0" cellspacing="0">
<tr class="top_bar"><td>&nbsp;欢迎访问南宁市人力资源和社会保障局网站！</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">繁体版</a>&nbsp;</td></tr>
<tr><td class="logo_td" colspan="2">{img("南宁市人力资源和社会保障局", w=60, h=60)} 南宁市人力资源和社会保障局</td></tr>
<tr><td class="menu_td" colspan="2"><a href="#">网站首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">就业创业</a><a href="#">社会保障</a><a href="#">人才人事</a><a href="#">劳动关系</a><a href="#">网上办事</a><a href="#">互动交流</a></td></tr>
<tr><td class="wz" colspan="2">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></td></tr>
<tr><td colspan="2">
<table class="xxgk_tb">
<tr><td class="l">索 引 号：</td><td>000014349/2025-01187</td><td class="l">信息分类：</td><td>就业创业</td></tr>
<tr><td class="l">发布机构：</td><td>南宁市人力资源和社会保障局</td><td class="l">成文日期：</td><td>2025-06-09</td></tr>
<tr><td class="l">标　　题：</td><td colspan="3">{M["title"]}</td></tr>
<tr><td class="l">文　　号：</td><td>南人社通〔2025〕37号</td><td class="l">发布日期：</td><td>{M["publish_time"]}</td></tr>
</table>
<div class="bt">{M["title"]}</div>
<div class="sj">发布日期：{M["publish_time"]}　　来源：市人社局　　浏览次数：1386　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="nr">
{body}
</div>
<div class="dy">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</div>
</td></tr>
<tr><td class="foot_td" colspan="2">
<a href="#" style="color:#fff">关于我们</a> | <a href="#" style="color:#fff">网站地图</a> | <a href="#" style="color:#fff">联系我们</a><br>
主办单位：南宁市人力资源和社会保障局　地址：南宁市青秀区民族大道116-3号<br>
桂ICP备05007731号　网站标识码：4501000032　桂公网安备 45010302000457号<br>
建议使用1024×768分辨率 IE8.0以上浏览器浏览本站
</td></tr>
</table>
</body>"""
