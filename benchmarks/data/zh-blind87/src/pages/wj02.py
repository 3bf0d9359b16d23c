# 天津市西青区人民政府，2015 年前后的表格布局：政府信息公开专栏的通知（含公开目录信息表）
from blocks import P, H, WH, SIGN, DATE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-02", "kind": "government", "lang": "zh",
    "title": "天津市西青区人民政府办公室关于做好2025—2026年度冬季供热保障工作的通知",
    "authors": [],
    "publish_time": "2025-11-11",
    "body": [
        WH("西青政办发〔2025〕21号"),
        P("各街镇人民政府，区政府各委、办、局，各有关单位：", '<p class="zs">{}</p>'),
        P("为切实保障我区2025—2026年度采暖季居民正常用热，经区人民政府同意，现将有关事项通知如下："),
        H("一、明确供热时间和室温标准"),
        P("本采暖季供热期为2025年11月15日至2026年3月15日。各供热单位须于11月1日起进行试供热，确保正式供热之日起居民卧室、起居室室温不低于18℃。遇极端天气，由区城市管理委根据气象预报适时启动延长供热或提前供热。"),
        H("二、加强设施检修和燃料储备"),
        P("各供热单位要在试供热前完成锅炉、换热站和管网的检修维护，对老旧管网存在的跑冒滴漏隐患逐一整改；燃气供热单位要与上游企业签订供气合同，燃煤供热单位要储备不少于15天用量的燃煤。"),
        H("三、畅通群众诉求渠道"),
        P("区供热办公室实行24小时值班，开通服务热线022-27391566，对群众反映的室温不达标、管道漏水等问题，做到当日受理、48小时内处置完毕并回访。各街镇要建立供热矛盾问题台账，属地排查、限时销号。"),
        H("四、做好困难群体帮扶"),
        P("民政、住建部门要对低保家庭、特困人员等困难群体的采暖费减免政策做到应享尽享，不得以欠缴采暖费为由对困难家庭停止供热。"),
        H("五、强化安全生产和应急处置"),
        P("各供热单位要严格落实安全生产主体责任，加强对锅炉房、燃气调压站等重点部位的巡检，完善应急预案，储备必要的抢修物资和设备。发生大面积停热等突发事件时，要第一时间启动应急响应，并在2小时内向区供热办公室报告。"),
        P("各单位要高度重视冬季供热保障工作，主要负责同志亲自抓，分管负责同志具体抓，确保全区群众温暖过冬。"),
        SIGN("天津市西青区人民政府办公室"),
        DATE("2025年11月7日"),
    ],
}

CSS = """
body{margin:0;background:#e9eef3;font-size:12px;font-family:"宋体",SimSun,serif}
table{border-collapse:collapse}a{color:#222;text-decoration:none}
.wrap{width:1000px;margin:0 auto;background:#fff}
.top td{font-size:12px;color:#555;height:26px;background:#f3f3f3}
.banner{height:120px;background:#b71c1c;color:#fff;font-size:30px;font-weight:bold}
.menu td{background:#c62828;height:36px;text-align:center;font-size:14px}.menu a{color:#fff;font-weight:bold}
.pos{height:32px;border-bottom:1px solid #ddd;font-size:12px}
.left{width:200px;vertical-align:top;background:#f7f7f7}.left .t{background:#c62828;color:#fff;font-size:14px;font-weight:bold;height:34px;text-align:center}
.left a{display:block;border-bottom:1px dotted #ccc;padding:6px 16px}
.xxgk{width:100%;margin:10px 0;border:1px solid #d9d9d9}.xxgk td{border:1px solid #d9d9d9;padding:5px 8px;font-size:12px}.xxgk .k{background:#f2f2f2;width:90px;text-align:right}
.ctitle{font-size:20px;font-weight:bold;color:#c62828;text-align:center;line-height:32px;padding:10px 30px}
.doc{font-size:16px;line-height:30px;padding:0 40px;font-family:"仿宋",FangSong,serif}.doc p{text-indent:2em;margin:6px 0}
.doc p.zs{text-indent:0}.doc h3{font-size:16px;font-family:"黑体",SimHei,sans-serif;font-weight:normal;text-indent:2em;margin:6px 0}
.tools{text-align:right;padding:10px 30px;font-size:12px}
.foot{background:#8e1b1b;color:#fff;text-align:center;line-height:22px;padding:10px}
"""


def render(p):
    body = rb(p["body"], sign='<p style="text-align:right;padding-right:3em">{}</p>',
                  date='<p style="text-align:right;padding-right:4em">{}</p>')
    return doc(p["title"], CSS, f"""
<table class="wrap" width="1000" cellpadding="0" cellspacing="0" align="center">
<tr class="top"><td>&nbsp;&nbsp;2025年11月11日　星期二</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a> | <a href="#">简</a>/<a href="#">繁</a>&nbsp;&nbsp;</td></tr>
<tr><td colspan="2" class="banner">{img("天津市西青区人民政府 www.xiqing.gov.cn")}</td></tr>
<tr><td colspan="2"><table class="menu" width="100%"><tr>{links(["首 页", "西青概况", "政务公开", "网上办事", "公众参与", "投资西青", "专题专栏"], '<td><a href="#">{}</a></td>', '')}</tr></table></td></tr>
<tr><td colspan="2" class="pos">&nbsp;您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">区政府办文件</a></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="left"><div class="t">政府信息公开</div>
{links(["信息公开指南", "信息公开制度", "法定主动公开内容", "区政府文件", "区政府办文件", "政策解读", "信息公开年报", "依申请公开"])}
<div class="t">信息公开目录</div>{links(["按主题分类", "按机构分类", "按体裁分类"])}</td>
<td valign="top" style="padding:10px 16px">
<table class="xxgk">
<tr><td class="k">索 引 号：</td><td>11120111MB1F45221K/2025-00318</td><td class="k">主题分类：</td><td>城乡建设、环境保护</td></tr>
<tr><td class="k">发布机构：</td><td>西青区政府办</td><td class="k">成文日期：</td><td>2025年11月07日</td></tr>
<tr><td class="k">名　　称：</td><td colspan="3">{esc(p["title"])}</td></tr>
<tr><td class="k">文　　号：</td><td>西青政办发〔2025〕21号</td><td class="k">发布日期：</td><td>{p["publish_time"]}</td></tr>
<tr><td class="k">有 效 性：</td><td colspan="3">有效</td></tr>
</table>
<div class="ctitle">{esc(p["title"])}</div>
<div class="doc">
{body}
</div>
<div class="tools">【<a href="#">我要打印</a>】　【<a href="#">关闭窗口</a>】</div>
<table width="100%" style="border-top:1px solid #ddd;margin-top:10px"><tr><td style="padding:6px">相关文件：</td></tr>
<tr><td>{links(["天津市西青区人民政府办公室关于做好2024—2025年度冬季供热保障工作的通知", "西青区供热突发事件应急预案"], '·<a href="#">{}</a><br>', '')}</td></tr></table>
</td></tr></table></td></tr>
<tr><td colspan="2" class="foot">版权所有：天津市西青区人民政府　主办：天津市西青区人民政府办公室<br>
地址：天津市西青区杨柳青镇柳口路33号　邮编：300380<br>
津ICP备05012846号　津公网安备 12011102000739号　网站标识码：1201110006<br>
建议使用1024×768分辨率 IE8.0以上版本浏览器<br>{img("党政机关")} {img("找错")}</td></tr>
</table>
""")
