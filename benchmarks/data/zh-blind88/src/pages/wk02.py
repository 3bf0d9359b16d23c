"""wk-02: 辽宁 区政府 信息公开 page, 2010s table layout, 通知 with 索引号 table, 文号, 主送, 署名."""
from lib import *

PAGE = dict(id="wk-02", kind="government", lang="zh",
            title="沈阳市浑南区人民政府办公室关于做好2025—2026年冬季清冰雪工作的通知",
            authors=[], publish_time="2025年11月11日")

BLOCKS = [
    NOTE("浑政办发〔2025〕31号", f=lambda t, b: f'<p style="text-align:center"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'),
    P("各街道办事处，区政府各部门，各有关单位：", f=lambda t, b: f'<p class="MsoNormal" style="line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'),
    P("为切实做好今冬明春清冰雪工作，保障道路畅通和群众出行安全，经区政府同意，现就有关事项通知如下："),
    H("一、明确责任分工"),
    P("（一）城市主次干道、桥梁、广场由区城市管理局负责组织清雪，机械化作业率不低于90%。"),
    P("（二）背街小巷、居民小区由属地街道牵头，物业服务企业具体落实；无物业小区由社区组织清扫。"),
    P("（三）沿街单位、门店落实“门前三包”责任，降雪停止后6小时内完成责任区清扫。"),
    H("二、严格作业标准"),
    P("小雪时，主干道随降随清；中雪及以上时，主干道在降雪停止后24小时内、次干道在48小时内实现路面见本色。清出的冰雪须运至指定消纳场，严禁堆放在绿地、消防通道和雨水口处。"),
    H("三、强化保障措施"),
    P("区城市管理局要在11月20日前完成清雪机械检修和融雪剂储备，储备量不少于1200吨；各街道要组建不少于30人的应急清雪队伍，降雪期间实行24小时值班值守，遇有重大情况及时报告。"),
    H("四、加强督导考核"),
    P("区城市管理局会同区政府督查室对清冰雪工作实行“日检查、周通报”，检查结果纳入年度绩效考核。对工作不力、造成严重后果的，依规依纪追究相关人员责任。"),
    SIGN("沈阳市浑南区人民政府办公室", f=lambda t, b: f'<p class="MsoNormal" style="text-align:right;margin-right:48pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'),
    SIGN("2025年11月10日", f=lambda t, b: f'<p class="MsoNormal" style="text-align:right;margin-right:64pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>'),
]

CSS = """
body{margin:0;background:#e9eef2 ;font-size:12px;font-family:宋体,SimSun}
table{border-collapse:collapse}
.wrap{width:1000px;margin:0 auto;background:#fff}
.hd{height:120px;background:#2a6fb3;color:#fff;font-size:34px;font-weight:bold;padding-left:30px}
.nv td{background:#1d5794;color:#fff;text-align:center;height:36px;font-size:14px}.nv a{color:#fff;text-decoration:none}
.pos{height:32px;border-bottom:1px solid #c9d6e3;padding-left:10px}.pos a{color:#333}
.left{width:220px;vertical-align:top;background:#f4f8fb;border-right:1px solid #d5e0ea}
.left h4{background:#2a6fb3;color:#fff;margin:0;padding:8px;font-size:14px}
.left li{line-height:26px}.left a{color:#1d5794}
.right{vertical-align:top;padding:14px 26px}
.xxgk{width:100%;border:1px solid #c9d6e3;margin-bottom:16px;font-size:12px}
.xxgk td{border:1px solid #c9d6e3;padding:5px 8px}.xxgk .t{background:#eef4fa;width:80px;text-align:right}
.tit{font-size:22px;color:#c00;text-align:center;font-weight:bold;line-height:36px;padding:16px 0 8px;font-family:"Microsoft YaHei"}
.zw{border-top:1px solid #c9d6e3;padding-top:14px}
.gn{text-align:right;padding:8px 0;border-top:1px dashed #ccc;margin-top:20px}.gn a{color:#333}
.fj{padding:6px 0}
.ft{background:#2a6fb3;color:#fff;text-align:center;line-height:24px;padding:12px 0}.ft a{color:#fff}
"""


def render():
    bh, gold = body(BLOCKS, p="font", h="font")
    html = f"""
<div class="wrap">
<table width="1000" cellpadding="0" cellspacing="0"><tr><td class="hd">{img("沈阳市浑南区人民政府", gif=True)}沈阳市浑南区人民政府<br><span style="font-size:14px">区政府信息公开</span></td>
<td style="background:#2a6fb3;color:#fff;text-align:right;padding-right:20px;font-size:12px"><a href="#" style="color:#fff">无障碍浏览</a> | <a href="#" style="color:#fff">关怀版</a> | <a href="#" style="color:#fff">设为首页</a> | <a href="#" style="color:#fff">加入收藏</a><br><br>
<input type="text" value="" placeholder="信息公开搜索" size="20"> <input type="submit" value="检索"></td></tr></table>
<table width="1000" class="nv"><tr><td><a href="#">首页</a></td><td><a href="#">政府信息公开指南</a></td><td><a href="#">政府信息公开制度</a></td><td><a href="#">法定主动公开内容</a></td><td><a href="#">政府信息公开年报</a></td><td><a href="#">依申请公开</a></td></tr></table>
<div class="pos">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">法定主动公开内容</a> &gt;&gt; <a href="#">政府文件</a> &gt;&gt; <a href="#">区政府办文件</a></div>
<table width="1000" cellpadding="0" cellspacing="0"><tr>
<td class="left"><h4>公开目录</h4><ul><li><a href="#">机构职能</a></li><li><a href="#">政策文件</a></li><li><a href="#">区政府文件</a></li><li><a href="#">区政府办文件</a></li><li><a href="#">规划信息</a></li><li><a href="#">财政信息</a></li><li><a href="#">人事信息</a></li><li><a href="#">重点领域信息公开</a></li></ul></td>
<td class="right">
<table class="xxgk">
<tr><td class="t">索 引 号：</td><td>11210112MB0138526X/2025-00412</td><td class="t">主题分类：</td><td>城乡建设、环境保护\\城市管理</td></tr>
<tr><td class="t">发文机关：</td><td>沈阳市浑南区人民政府办公室</td><td class="t">成文日期：</td><td>2025年11月10日</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{PAGE["title"]}</td></tr>
<tr><td class="t">文　　号：</td><td>浑政办发〔2025〕31号</td><td class="t">发布日期：</td><td>2025年11月11日</td></tr>
</table>
<div class="tit">{PAGE["title"]}</div>
<div class="zw">
{bh}
</div>
<div class="fj">相关附件：<a href="#">浑南区2025—2026年冬季清冰雪责任分工表.docx</a></div>
<div class="gn">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a></div>
</td></tr></table>
<div class="ft"><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a><br>
主办单位：沈阳市浑南区人民政府办公室　技术支持：浑南区大数据管理中心<br>
辽ICP备09018832号　辽公网安备 21011202000096号　网站标识码：2101120007<br>
{img("党政机关", gif=True)}　{img("我为政府网站找错", gif=True)}</div>
</div>
"""
    return doc(PAGE["title"], CSS, html), gold
