ID = "wa-08"
KIND = "government"
LANG = "zh"
TITLE = "岔路河镇开展春耕备耕农资下乡服务活动"
AUTHORS = ["张宏伟", "王丹"]
DATE = "2025-4-18 9:26:44"
NOTES = "乡镇 news on a county portal, 2012 table layout: 作者：张宏伟 王&nbsp;&nbsp;丹 (spaced two-character name) in an info row with 来源/点击数/更新时间 (single-digit month and day, seconds), <br>-separated paragraphs inside one cell, photo alt and caption, 上一条/下一条, 【关闭窗口】, 技术支持 footer."

CSS = r'''
body{margin:0;padding:0;font-size:12px;background:#fff}
td{font-size:12px}
.yj-logo{background:#3a7d2c;height:120px;color:#fff;font-size:30px;font-family:"隶书"}
.yj-dh td{background:#2a6120;height:32px;text-align:center}
.yj-dh a{color:#fff;font-size:14px}
.yj-wz{height:28px;color:#333;padding-left:6px;background:#eaf3e6}
.yj-bt{font-size:18px;font-weight:bold;color:#000;text-align:center;height:50px}
.yj-zz{text-align:center;color:#555;height:26px;border-bottom:1px dotted #999}
.yj-nr{font-size:14px;line-height:26px;padding:14px 30px}
.yj-nr img{border:0}
.yj-sx td{height:22px}
.yj-db{background:#3a7d2c;color:#fff;text-align:center;line-height:22px}
'''

TEMPLATE = r'''<html>
<head>
<meta charset="utf-8">
<title>岔路河镇开展春耕备耕农资下乡服务活动_乡镇动态_永吉县人民政府</title>
<style>
{{CSS}}
</style>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="yj-logo">&nbsp;&nbsp;永吉县人民政府 &nbsp;<font size="3">www.yongji.gov.cn</font></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="1" class="yj-dh"><tr>
<td><a href="/">首页</a></td><td><a href="#">永吉概况</a></td><td><a href="#">政务要闻</a></td><td><a href="#">乡镇动态</a></td><td><a href="#">部门动态</a></td><td><a href="#">信息公开</a></td><td><a href="#">招商引资</a></td><td><a href="#">县长信箱</a></td>
</tr></table>
</td></tr>
<tr><td class="yj-wz">当前位置：<a href="/">首页</a> -&gt; <a href="#">乡镇动态</a> -&gt; 正文</td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="yj-bt">{{TITLE}}</td></tr>
<tr><td class="yj-zz">作者：张宏伟 王&nbsp;&nbsp;丹&nbsp;&nbsp;&nbsp;&nbsp;来源：岔路河镇&nbsp;&nbsp;&nbsp;&nbsp;点击数：315&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2025-4-18 9:26:44</td></tr>
<tr><td class="yj-nr">
{{BODY}}
</td></tr>
<tr><td>
<table width="100%" class="yj-sx">
<tr><td>上一条：<a href="#">万昌镇召开2025年森林防火工作部署会</a></td></tr>
<tr><td>下一条：<a href="#">一拉溪镇组织开展人居环境整治“春季战役”</a></td></tr>
<tr><td align="right">【<a href="#">关闭窗口</a>】</td></tr>
</table>
</td></tr>
</table>
</td></tr>
<tr><td class="yj-db">版权所有：永吉县人民政府　主办：永吉县人民政府办公室<br>
地址：吉林省吉林市永吉县口前镇　电话：0432-64221503　吉ICP备06003214号<br>
技术支持：吉林市某网络科技有限公司</td></tr>
</table>
</body>
</html>
'''

FMT = {
    "br": "<div>{items}</div>",
    "br_item": "　　{t}",
    "br_join": "<br>\n",
    "img": '<div align="center"><img alt="{t}" src="{{GIF}}" width="450" height="300"></div>',
    "cap": '<div align="center">{t}</div>',
}

BLOCKS = r'''
br: 为确保春耕生产顺利进行，4月17日，岔路河镇联合县农业农村局、县供销社在镇文化广场开展春耕备耕农资下乡服务活动，把优质农资和农技服务送到农民家门口。
br: 活动现场，十余家农资企业设立展位，集中展示种子、化肥、农药、农机具等春耕物资，并现场讲解产品性能和使用方法。县农业技术推广中心的专家们为农民提供测土配方施肥、玉米密植高产、病虫害绿色防控等技术咨询，帮助农民科学选种、合理用肥。
img: 活动现场
cap: 农技专家为农民讲解玉米密植高产技术
br: 镇市场监管所工作人员设立“农资打假”咨询台，教农民辨别假劣农资，提醒大家购买农资时要认准正规经营门店，索要并保存好购货凭证。“今年种了80多亩玉米，在这儿买的种子和化肥价格实惠，还能当面问专家问题，心里有底了。”前三家子村种植户李振山说。
br: 据统计，本次活动共发放技术资料1200余份，接受农民咨询300余人次，现场销售各类农资40余吨。截至目前，全镇已备足种子86吨、化肥4300吨，春耕物资储备充足，为全年粮食丰收奠定了坚实基础。
'''
