ID = "wa-35"
KIND = "e-paper"
LANG = "zh"
TITLE = "“棚二代”王磊的数字大棚"
AUTHORS = ["王静", "陈涛"]
DATE = "2025年04月17日"
NOTES = "Agricultural paper 数字报 (2019 design): 第04版：人物 版次 tabs, 主题 with a ——记… 副题 (not title), byline 本报记者 王　静 通讯员 陈　涛 with U+3000-spaced two-character names, three bold sub-headings, quoted speech, photo caption, 本期导读 list and 版面 thumbnails, footer with 主管/主办."

CSS = r'''
body{margin:0;background:#f4f1e8;font-family:"Microsoft YaHei";color:#2b2b2b}
.nb-head{background:#3f6b2a;color:#fff;padding:14px 40px;display:flex;align-items:baseline;gap:20px}
.nb-head .t{font-size:30px;font-family:"隶书",serif}
.nb-head .date{font-size:14px}
.nb-tabs{background:#fff;padding:0 40px;border-bottom:1px solid #ddd}
.nb-tabs a{display:inline-block;padding:10px 14px;color:#3f6b2a;font-size:14px}
.nb-tabs a.on{background:#3f6b2a;color:#fff}
.nb-page{display:grid;grid-template-columns:240px 1fr;gap:20px;padding:20px 40px}
.nb-guide{background:#fff;padding:14px;font-size:13px}
.nb-guide li{line-height:1.9}
.nb-story{background:#fff;padding:30px 60px}
.nb-story h1{text-align:center;font-size:28px;margin:0 0 8px}
.nb-story h2{text-align:center;font-size:17px;font-weight:normal;margin:0 0 14px}
.nb-story .by{text-align:center;color:#666;font-size:14px;margin-bottom:22px}
.nb-story .tx p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px}
.nb-story .tx h3{font-size:16px;margin:16px 0 8px;color:#3f6b2a}
.nb-story .tx .c{text-align:center;text-indent:0;font-size:14px;color:#666}
.nb-foot{text-align:center;font-size:12px;color:#777;padding:16px;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鲁中农报数字报</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="nb-head"><span class="t">鲁中农报</span><span class="date">2025年04月17日</span><span>第1568期</span></div>
<div class="nb-tabs"><a href="#">01 要闻</a><a href="#">02 农情</a><a href="#">03 科技</a><a href="#" class="on">04 人物</a><a href="#">05 市场</a><a href="#">06 乡村</a><a href="#">往期</a></div>
<div class="nb-page">
<div class="nb-guide">
<b>本期导读</b>
<ul>
<li><a href="#">全市小麦“一喷三防”全面展开</a></li>
<li><a href="#">“棚二代”王磊的数字大棚</a></li>
<li><a href="#">沂河岸边的“草莓姐妹”</a></li>
<li><a href="#">农资价格周报</a></li>
</ul>
<p><img alt="第04版版面" src="{{GIF}}" width="200" height="280"></p>
</div>
<div class="nb-story">
<h1>{{TITLE}}</h1>
<h2>——记沂南县青年农民王磊</h2>
<div class="by">本报记者　王　静　通讯员　陈　涛</div>
<div class="tx">
{{BODY}}
</div>
</div>
</div>
<div class="nb-foot">主管：临沂市农业农村局　主办：鲁中农报社　国内统一连续出版物号：CN37-0099<br>鲁ICP备15008842号　本报所有稿件未经授权不得转载</div>
</body>
</html>
'''

FMT = {
    "h": "<h3>{t}</h3>",
    "img": '<p class="c"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="c">{t}</p>',
}

BLOCKS = r'''
p: 清晨六点，沂南县双堠镇的蔬菜大棚里，32岁的王磊掏出手机，轻点几下，棚顶的卷帘机缓缓升起，滴灌管道开始给黄瓜苗补水。“以前这些活儿得天不亮就起来干，现在在手机上就能搞定。”王磊笑着说。
h: 从城里回到大棚
p: 王磊的父母种了二十多年大棚，是村里有名的种菜能手。大学毕业后，学计算机的王磊在济南一家互联网公司上班。2019年，父亲腰伤住院，家里的大棚没人管，王磊辞职回了老家。
p: “刚回来那会儿，村里人都说我是‘大学生回家种地，白念了’。”王磊说，一开始他跟着父亲学放风、浇水、打药，常常累得直不起腰，“那时候就想，能不能用技术让种地轻松点”。
h: 让大棚“长”出智慧
p: 2021年，王磊拿出积蓄，在自家两个大棚里安装了温湿度传感器、智能卷帘和水肥一体化设备，又自己写程序，把数据接到手机上。棚内温度高了自动放风，土壤缺水了自动滴灌，哪个环节出了问题，手机马上报警。
img: 王磊在大棚里查看黄瓜长势
cap: 王磊在大棚里查看黄瓜长势。
p: 一年下来，两个大棚的黄瓜产量提高了近两成，用水用肥减少了三成多，人工也省了一半。父亲王德山从一开始的怀疑到后来主动让儿子给自家其他大棚“装系统”，“这玩意儿比我这老把式还准”。
p: 这几年，王磊还琢磨起了销售。他在网上开了直播间，每天傍晚在大棚里直播采摘，讲解黄瓜怎么种、怎么挑，粉丝涨到了两万多。“城里人就想知道菜是怎么长出来的，看着放心，买着也踏实。”去年，他家的黄瓜通过直播卖出去近十万斤，价格比批发高出两三毛钱。
h: 带着乡亲一起干
p: 看到王磊的大棚效益好，不少村民上门取经。2023年，王磊牵头成立了蔬菜种植专业合作社，帮社员统一改造大棚、统一采购农资、统一对接销售。目前，合作社已有社员46户，改造智能大棚120个，社员户均年增收3万多元。
p: 沂南县农业农村局副局长刘长青介绍，县里正在推广王磊合作社的经验，今年计划改造提升智能大棚1000个，并依托合作社开展青年农民培训，培养一批懂技术、会经营的“新农人”。
p: “下一步，我想把合作社的数据平台做得更完善，让更多乡亲用上数字大棚。”站在大棚前，王磊对未来充满信心。
'''
