ID = "wa-06"
KIND = "government"
LANG = "zh"
TITLE = "周建华调研重点项目建设和春季造林绿化工作"
AUTHORS = ["韩冰"]
DATE = "2025-04-17 08:55"
NOTES = "City portal 领导活动 page, 2014 nested-table layout with a left column of 领导活动 links; info bar glued into one line (日期 来源 作者 with no separators), photo with caption ending 记者 韩冰 摄 (caption not body), 【打印此页】【关闭窗口】 below, 相关新闻 list and a footer with 网站标识码."

CSS = r'''
body{margin:0;background:#dfe7ef;font-size:12px;font-family:SimSun}
a{color:#333;text-decoration:none}
.bd_banner{height:150px;background:#2d6db3;color:#fff;font-size:34px;font-family:"黑体"}
.bd_nav td{height:34px;background:#1a4f8c;color:#fff;font-size:14px;font-weight:bold;text-align:center}
.bd_left{background:#f3f7fb;border:1px solid #c5d5e6}
.bd_left .tt{background:#2d6db3;color:#fff;font-size:14px;font-weight:bold;height:30px;padding-left:10px}
.bd_left td{line-height:26px;padding-left:12px}
.bd_loc{height:30px;border-bottom:2px solid #2d6db3;color:#555}
.bd_bt{font-size:20px;font-weight:bold;color:#1a4f8c;text-align:center;line-height:40px;padding-top:16px}
.bd_xx{text-align:center;color:#666;height:30px;background:#f3f7fb}
.bd_zw{font-size:14px;line-height:26px;padding:16px 20px}
.bd_zw div{margin:6px 0}
.bd_tp{text-align:center}
.bd_gn{text-align:right;padding:10px 20px}
.bd_xg td{line-height:24px}
.bd_copy{background:#1a4f8c;color:#d8e3ef;text-align:center;line-height:22px;padding:10px 0}
'''

TEMPLATE = r'''<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7">
<meta charset="utf-8">
<title>{{TITLE}}--保定市人民政府</title>
<style type="text/css">
{{CSS}}
</style>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bd_banner" valign="middle">&nbsp;&nbsp;<img alt="保定市人民政府" src="{{GIF}}" width="400" height="80"></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="1" cellpadding="0" class="bd_nav"><tr>
<td><a href="/" style="color:#fff">首 页</a></td><td><a href="#" style="color:#fff">保定概况</a></td><td><a href="#" style="color:#fff">政务动态</a></td><td><a href="#" style="color:#fff">信息公开</a></td><td><a href="#" style="color:#fff">网上办事</a></td><td><a href="#" style="color:#fff">公众参与</a></td><td><a href="#" style="color:#fff">投资保定</a></td>
</tr></table>
</td></tr>
<tr><td bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="8" cellpadding="0"><tr>
<td width="220" valign="top">
<table width="100%" class="bd_left" cellspacing="0">
<tr><td class="tt">政务动态</td></tr>
<tr><td><a href="#">&gt; 领导活动</a></td></tr>
<tr><td><a href="#">&gt; 政务要闻</a></td></tr>
<tr><td><a href="#">&gt; 部门动态</a></td></tr>
<tr><td><a href="#">&gt; 县区动态</a></td></tr>
<tr><td><a href="#">&gt; 图片新闻</a></td></tr>
</table>
<br>
<table width="100%" class="bd_left" cellspacing="0">
<tr><td class="tt">市长信箱</td></tr>
<tr><td><a href="#">写信</a> | <a href="#">查询</a> | <a href="#">选登</a></td></tr>
</table>
</td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="bd_loc">当前位置：<a href="/">首页</a>&gt;&gt;<a href="#">政务动态</a>&gt;&gt;<a href="#">领导活动</a></td></tr>
<tr><td class="bd_bt">{{TITLE}}</td></tr>
<tr><td class="bd_xx"><span>2025-04-17 08:55</span><span>来源：保定市融媒体中心</span><span>作者：韩冰</span></td></tr>
<tr><td class="bd_zw">
{{BODY}}
</td></tr>
<tr><td class="bd_gn">【<a href="#">打印此页</a>】&nbsp;&nbsp;【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>
<table width="100%" class="bd_xg">
<tr><td><b>相关新闻：</b></td></tr>
<tr><td>· <a href="#">市政府召开常务会议 研究部署春季农业生产等工作</a>　2025-04-15</td></tr>
<tr><td>· <a href="#">周建华主持召开全市重点项目建设推进会</a>　2025-04-09</td></tr>
</table>
</td></tr>
</table>
</td>
</tr></table>
</td></tr>
<tr><td class="bd_copy">
主办：保定市人民政府办公室　承办：保定市政务服务管理办公室<br>
冀ICP备05017329号　网站标识码：1306000007　冀公网安备 13060202000146号<br>
建议使用1024×768分辨率 IE8.0以上版本浏览器
</td></tr>
</table>
</body>
</html>
'''

FMT = {
    "p": "<div>　　{t}</div>",
    "img": '<div class="bd_tp"><img alt="{t}" src="{{GIF}}" width="520" height="340"></div>',
    "cap": '<div class="bd_tp">{t}</div>',
}

BLOCKS = r'''
p: 4月16日，市长周建华到徐水区、满城区调研重点项目建设和春季造林绿化工作。他强调，要牢固树立“项目为王”理念，抢抓当前施工黄金期，全力推动项目早开工、快建设、早见效，同时统筹抓好国土绿化，持续厚植高质量发展的生态底色。
img: 周建华在徐水区调研
cap: 4月16日，周建华在徐水区调研重点项目建设情况。记者 韩冰 摄
p: 在徐水区汽车零部件产业园，周建华走进新能源汽车电驱系统项目建设现场，详细了解项目投资规模、建设进度和达产后效益。该项目总投资12亿元，目前主体厂房已封顶，计划年内投产。周建华指出，要加强要素保障，优化服务流程，帮助企业解决建设中的实际困难，推动产业链上下游协同发展。
p: 在满城区抱阳山片区春季造林现场，周建华与正在植树的干部群众交流，询问苗木品种选择、栽植成活率和后期管护等情况。今年，满城区计划完成营造林2.1万亩，目前已完成1.4万亩。周建华强调，要坚持科学绿化，因地制宜选择乡土树种，落实管护责任，确保栽一棵活一棵、造一片绿一片。
p: 周建华要求，各级各部门要把项目建设和生态建设作为推动发展的重要抓手，压实责任、加强调度，以实干实绩确保全年目标任务圆满完成。
p: 副市长孙立伟，市政府秘书长李铮参加调研。
'''
