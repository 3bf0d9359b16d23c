from lib import *

META = dict(
    id="xu-02", kind="government", lang="zh",
    title="丽景街街道开展“银发课堂”反诈宣传进社区活动",
    authors=["马丽"],
    publish_time="2025年09月10日",
)
FEATURES = ("银川 街道 office site in a 2012-style table layout: text banner, one-row nav table, 您现在的位置 breadcrumb, "
            "centred headline and a one-line info bar (时间/来源/作者 with a spaced name 马  丽/点击数), paragraphs indented "
            "with &nbsp; (leading spaces in the copy), a quoted resident, 【打印本页】【关闭窗口】, a friendly-links select box, "
            "footer with 版权所有/ICP.")

BODY = [
    P("为进一步提升辖区老年人识骗防骗能力，守好群众“养老钱”，9月9日上午，丽景街街道联合辖区派出所、银川市兴庆区检察院在丽水园社区新时代文明实践站开展“银发课堂”反诈宣传进社区活动，60余名老年居民参加。"),
    P("活动中，社区民警结合近期发生在身边的冒充客服退款、虚假保健品推销、以“以房养老”为名实施诈骗等真实案例，用通俗易懂的语言为老人们讲解常见诈骗手法和防范要点，提醒大家牢记“不轻信、不透露、不转账”，遇到拿不准的情况及时拨打96110咨询。检察干警围绕老年人消费维权和遗嘱、赡养等法律问题进行了现场答疑。"),
    P("社区工作人员还手把手指导老人们在手机上下载安装国家反诈中心APP，开启来电预警功能，并为行动不便的高龄老人预约了上门宣传服务。"),
    P("“以前总觉得骗子离自己很远，今天听了这些案例才知道，骗子专挑我们老年人下手。”居民杨大爷说，回家后要把学到的知识讲给老伴和邻居们听。"),
    P("据了解，今年以来，丽景街街道已累计开展各类反诈宣传活动37场，发放宣传资料5000余份，下一步将把反诈宣传纳入网格员日常走访内容，推动防范知识家喻户晓。"),
]

CSS = """
body{margin:0;font-size:12px;font-family:宋体,SimSun;background:#e9e9e9}
table{border-collapse:collapse}
.wrap{width:980px;margin:0 auto;background:#fff}
.bannerTd{height:110px;background:#b32c1e;color:#ffe8a8;font-size:30px;font-weight:bold;padding-left:30px}
.navTd a{color:#fff;font-size:14px;padding:0 16px;line-height:34px}
.navRow{background:#d33b28}
.posTd{padding:6px 10px;border-bottom:1px solid #ddd}
.titTd{font-size:20px;font-weight:bold;color:#c00;text-align:center;padding:20px 0 8px}
.infoTd{text-align:center;color:#666;padding-bottom:8px;border-bottom:1px dotted #999}
.conTd{font-size:14px;line-height:26px;padding:10px 30px}
.btnTd{text-align:right;padding:10px 30px}
.yqTd{padding:6px 10px}
.footTd{background:#b32c1e;color:#fff;text-align:center;line-height:22px;padding:8px}
"""


def html():
    body = render(BODY, p="<p>{}</p>", indent="&nbsp;&nbsp;&nbsp;&nbsp;")
    t = META["title"]
    return doc(t, CSS, f"""
<table class="wrap" width="980" border="0" cellspacing="0" cellpadding="0">
<tr><td class="bannerTd">银川市兴庆区丽景街街道办事处</td></tr>
<tr class="navRow"><td class="navTd"><a href="#">首 页</a><a href="#">街道概况</a><a href="#">党建引领</a><a href="#">社区风采</a><a href="#">便民服务</a><a href="#">政务公开</a><a href="#">民族团结</a></td></tr>
<tr><td class="posTd">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">街道动态</a> &gt;&gt; 正文</td></tr>
<tr><td>
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td class="titTd">{e(t)}</td></tr>
 <tr><td class="infoTd">时间：2025年09月10日&nbsp;&nbsp;&nbsp;来源：丽景街街道&nbsp;&nbsp;&nbsp;作者：马&nbsp;&nbsp;丽&nbsp;&nbsp;&nbsp;点击数：216&nbsp;&nbsp;&nbsp;【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
 <tr><td class="conTd">
{body}
 </td></tr>
 <tr><td class="btnTd"><a href="#">【打印本页】</a>&nbsp;<a href="#">【关闭窗口】</a></td></tr>
 </table>
</td></tr>
<tr><td class="yqTd">友情链接：<select><option>-- 政府网站 --</option><option>银川市人民政府</option><option>兴庆区人民政府</option></select> <select><option>-- 社区网站 --</option><option>丽水园社区</option></select></td></tr>
<tr><td class="footTd">版权所有：银川市兴庆区丽景街街道办事处&nbsp;&nbsp;地址：银川市兴庆区丽景北街321号<br>
电话：0951-6087342&nbsp;&nbsp;<a href="#">宁ICP备10002715号</a>&nbsp;&nbsp;技术支持：银川博思网络科技有限公司</td></tr>
</table>
""")
