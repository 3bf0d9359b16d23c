from lib import *

ID = "xh-03"
KIND = "government"
LANG = "zh"
DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
FEATURES = ("district portal (柳州市柳北区), 2010s nested-table layout; 公告 with 一、二、 sections and a numbered （一）（二） "
            "list; 落款 of two offices plus date (body); contact phone lines in the body; info bar glued in one table cell "
            "with slash date; 【打印此页】【关闭窗口】; footer with 主办/承办/ICP/公网安备/网站标识码")
HEAD_TITLE = "柳北区人民政府--关于做好2025年度城乡居民基本医疗保险集中参保缴费工作的公告"
TITLE_LINES = ["关于做好2025年度城乡居民基本医疗保险集中参保缴费工作的公告"]
AUTHORS = []
TIME = "2024/09/03"

CSS = """
body{margin:0;font-size:12px;font-family:宋体;background:#dfe9f2}
table{border-collapse:collapse}
.top td{background:#2d6fb5;color:#fff}
.topnav a{color:#fff;padding:0 9px;font-size:14px;font-weight:bold}
.title{font-size:22px;font-weight:bold;color:#c00;text-align:center;padding:20px 10px 8px}
.info{text-align:center;color:#666;border-bottom:1px solid #c9d7e5;padding-bottom:6px}
.content{font-size:15px;line-height:28px;padding:10px 30px}
.content p{margin:6px 0}
.content ul{list-style:none;margin:0;padding:0}.content li{text-indent:2em;margin:6px 0}
.lk{text-align:right}
.btn{text-align:right;padding:10px 30px}
.left td{padding:4px 12px;border-bottom:1px dotted #aaa}
.bottom{background:#2d6fb5;color:#fff;text-align:center;line-height:22px}
"""

BODY = [
    P("根据《广西壮族自治区城乡居民基本医疗保险实施办法》有关规定，我区2025年度城乡居民基本医疗保险集中参保缴费工作已经启动，现将有关事项公告如下：", indent="nbsp"),
    H("一、参保对象", tag="p", inner="b"),
    P("除职工基本医疗保险应参保人员以外的其他所有城乡居民，包括在校学生、未成年人和灵活就业人员等，均可在户籍所在地或居住地参加城乡居民基本医疗保险。", indent="nbsp"),
    H("二、缴费标准", tag="p", inner="b"),
    P("2025年度城乡居民基本医疗保险个人缴费标准为每人每年400元。特困人员、低保对象、防止返贫监测对象等困难群众按规定享受个人缴费资助。", indent="nbsp"),
    H("三、缴费时间", tag="p", inner="b"),
    P("集中缴费期为2024年9月1日至12月31日。在集中缴费期内参保缴费的，待遇享受期为2025年1月1日至12月31日。", indent="nbsp"),
    H("四、缴费方式", tag="p", inner="b"),
    LI(["（一）通过“桂税通”小程序、“广西税务”微信公众号或支付宝“城乡居民医保缴费”服务自助缴纳；",
        "（二）通过中国农业银行、广西农村信用社等合作银行的手机银行或柜台缴纳；",
        "（三）到户籍所在地社区居委会、村委会由代收人员协助缴纳，并索取缴费凭证。"]),
    H("五、温馨提示", tag="p", inner="b"),
    P("请广大群众通过正规渠道缴费，谨防以“代缴医保”为名的诈骗。对缴费政策有疑问的，可拨打以下电话咨询：", indent="nbsp"),
    P("柳北区医疗保障局：0772-2813657", indent="nbsp"),
    P("国家税务总局柳州市柳北区税务局：0772-2836420", indent="nbsp"),
    P("特此公告。", indent="nbsp"),
    P("柳州市柳北区医疗保障局", cls="lk"),
    P("国家税务总局柳州市柳北区税务局", cls="lk"),
    P("2024年9月2日", cls="lk"),
]


def page():
    return f"""<body>
<table width="1000" align="center" class="top"><tr><td height="36">&nbsp;今天是：2024年9月3日 星期二</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a>&nbsp;</td></tr>
<tr><td colspan="2" height="100">{gif("柳北区人民政府门户网站")}<font size="6"><b>柳北区人民政府门户网站</b></font></td></tr>
<tr><td colspan="2" class="topnav" height="34"><a href="#">首 页</a><a href="#">走进柳北</a><a href="#">政务公开</a><a href="#">网上办事</a><a href="#">公众参与</a><a href="#">专题专栏</a></td></tr></table>
<table width="1000" align="center" bgcolor="#ffffff"><tr>
<td width="220" valign="top"><table width="100%" class="left"><tr><td bgcolor="#2d6fb5"><font color="#ffffff"><b>通知公告</b></font></td></tr><tr><td><a href="#">通知公告</a></td></tr><tr><td><a href="#">部门动态</a></td></tr><tr><td><a href="#">镇街动态</a></td></tr></table>
<p>搜索：<input type="text" size="14" /> <input type="button" value="检索" /></p></td>
<td valign="top" width="780">
<table width="100%"><tr><td height="30">您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></td></tr>
<tr><td class="title">{TITLE_LINES[0]}</td></tr>
<tr><td class="info">发布时间：{TIME}&nbsp;&nbsp;来源：柳北区医疗保障局&nbsp;&nbsp;点击数：<span>1876</span>&nbsp;&nbsp;【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="content">
{render(BODY)}
</td></tr>
<tr><td class="btn">【<a href="#">打印此页</a>】&nbsp;&nbsp;【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>上一条：<a href="#">柳北区2024年秋季学期学生资助政策告家长书</a><br />下一条：<a href="#">关于柳北区2024年公开招聘社区专职工作者拟聘用人员的公示</a></td></tr>
</table></td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td>
<a href="#"><font color="#ffffff">网站地图</font></a> | <a href="#"><font color="#ffffff">联系我们</font></a><br />
主办：柳州市柳北区人民政府办公室&nbsp;&nbsp;承办：柳北区大数据发展中心&nbsp;&nbsp;联系电话：0772-2810326<br />
桂ICP备13004518号-2&nbsp;&nbsp;桂公网安备 45020202000127号&nbsp;&nbsp;网站标识码：4502050009<br />
{gif("党政机关")}&nbsp;{gif("政府网站找错")}
</td></tr></table>
</body>"""
