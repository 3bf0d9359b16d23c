# 天津晨报电子版（虚构“渤海晨报”），2012 年式表格数字报平台：本报讯导语带记者、通讯员；副题在主题下
from blocks import P, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-32", "kind": "e-paper", "lang": "zh",
    "title": "一个街道试点“楼门长议事” 小区停车难有了新解法",
    "authors": ["郑楠", "于海涛"],
    "publish_time": "2025-11-12",
    "body": [
        P("本报讯（记者 郑楠 通讯员 于海涛）小区停车位少、车多，晚上回家转好几圈找不到车位，是很多老旧小区居民的烦心事。河北区望海楼街道今年在辖区6个老旧小区试点“楼门长议事”制度，由居民推选的楼门长牵头商议停车问题，一批“停车难”小区找到了新解法。"),
        P("建昌道一个小区有居民320户，登记车辆却有190多辆，小区内只能划出停车位80个。过去车辆乱停乱放，消防通道经常被堵。今年5月，社区召集12名楼门长和居民代表开了三次议事会，最终商定：清理小区内长期停放的“僵尸车”和废旧自行车，重新规划出停车位112个；与周边两家单位签订协议，夜间错时开放单位停车场，提供车位60个；小区车位实行“居民优先、按月缴费”，收取的费用用于小区公共设施维护。"),
        P("“这些办法都是居民自己商量出来的，大家认可，执行起来也顺。”楼门长马秀兰说。方案实施半年来，小区再没有出现消防通道被堵的情况。"),
        P("望海楼街道相关负责人介绍，楼门长议事制度除了解决停车问题，还在加装电梯、楼道清理、垃圾分类等事务中发挥了作用。下一步，街道将在总结试点经验的基础上，把这一做法推广到辖区所有老旧小区。"),
    ],
}

CSS = """
body{margin:0;background:#d6d6d6;font-size:12px;font-family:宋体}a{color:#000;text-decoration:none}
.maintable{width:1000px;background:#fff}
.hdr td{background:#0d3d78;color:#fff;height:70px}.hdr .d{font-size:14px;text-align:right;padding-right:10px}
.bar td{background:#e8eef6;height:28px;border-bottom:1px solid #b9c7da}
.pagelist{line-height:22px}.pagelist a{display:block}
.pagelist .on{color:#c00;font-weight:bold}
.artbox td{font-size:14px}
.yt{font-size:14px;text-align:center;color:#333}
.zt{font-size:24px;font-weight:bold;text-align:center;line-height:34px;font-family:黑体,SimHei}
.ft{font-size:16px;text-align:center;color:#333}
.zw{font-size:15px;line-height:28px;padding:10px 20px}.zw p{margin:0 0 12px;text-indent:2em}
.bmbt td{border-bottom:1px dashed #ccc;height:22px}
.foot td{background:#0d3d78;color:#d9e3f1;text-align:center;height:50px}
"""


def render(p):
    body = rb(p["body"])
    return doc("渤海晨报电子版", CSS, f"""
<table class="maintable" align="center" cellpadding="0" cellspacing="0" border="0">
<tr class="hdr"><td>{img("渤海晨报")}</td><td class="d">2025年11月12日 星期三　<a href="#" style="color:#fff">往期查询</a></td></tr>
<tr class="bar"><td colspan="2">&nbsp;&nbsp;<a href="#">首页</a> | <a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#">版面导航</a> | <a href="#">标题导航</a>　　　<b>第A06版：社区</b>　　<a href="#">PDF版</a></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="6" cellspacing="0"><tr>
<td width="180" valign="top" style="border-right:1px solid #ccc">
<div style="font-weight:bold;background:#e8eef6;padding:3px">版面导航</div>
<div class="pagelist">{links(["A01：头版", "A02：要闻", "A03：天津", "A04：天津", "A05：城事"], '<a href="#">{}</a>', '')}<a class="on" href="#">A06：社区</a>{links(["A07：健康", "A08：文娱", "B01：体育"], '<a href="#">{}</a>', '')}</div>
<div style="margin-top:8px"><a href="#">&lt;上一版</a>　<a href="#">下一版&gt;</a></div>
<div style="margin-top:10px">{img("A06版缩略图")}</div>
</td>
<td valign="top">
<table class="artbox" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="zt">{esc(p["title"])}</td></tr>
<tr><td class="ft">——河北区望海楼街道6个老旧小区新增停车位170余个</td></tr>
<tr><td align="center" style="color:#666;padding:8px 0;border-bottom:1px solid #ddd">{p["publish_time"]}　　　来源：渤海晨报</td></tr>
<tr><td class="zw">
{body}
</td></tr>
</table>
<div style="font-weight:bold;background:#e8eef6;padding:3px;margin-top:10px">本版标题</div>
<table class="bmbt" width="100%">
{links(["一个街道试点“楼门长议事” 小区停车难有了新解法", "社区食堂推出“冬季暖心套餐”", "志愿者为独居老人安装防滑扶手", "图片新闻"], '<tr><td>·<a href="#">{}</a></td></tr>', '')}
</table>
</td></tr></table></td></tr>
<tr class="foot"><td colspan="2">渤海晨报社 版权所有　本报所有内容未经许可不得转载　津ICP备09005712号<br>技术支持：数字报刊平台 V5.0</td></tr>
</table>
""")
