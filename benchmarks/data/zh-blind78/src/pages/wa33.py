ID = "wa-33"
KIND = "e-paper"
LANG = "zh"
TITLE = "全省规上工业增加值同比增长7.1%"
AUTHORS = ["周航"]
DATE = "2025-04-18"
NOTES = "Provincial daily 数字报 (2013 layout): 出版日期：2025-04-18 in the header, 前一期/后一期 and 版次 links A1–A8, 引题 above the 主题 (only the 主题 is the title), 本报讯 记者周航报道 dateline inside the first paragraph (Liaoning style, stays body), photo caption ending 本报记者 周航 摄, 本版标题 list under the article, 数字报 footer."

CSS = r'''
body{margin:0;background:#f3efe6;font-family:SimSun,"宋体";font-size:14px}
#header{width:1000px;margin:0 auto;background:#fff;border-bottom:2px solid #b00}
#header .name{font-size:34px;font-family:"黑体";color:#b00;padding:16px 20px 6px}
#header .line{padding:4px 20px 10px;font-size:13px}
#header .line a{margin-right:10px}
#pages{width:1000px;margin:0 auto;background:#f9f5ec;padding:6px 20px;box-sizing:border-box;font-size:13px}
#pages a{margin-right:8px}
#content{width:1000px;margin:0 auto;background:#fff;padding:20px 80px;box-sizing:border-box}
#content .banci{font-size:13px;color:#666}
#content .intro{text-align:center;font-size:17px;margin-top:20px}
#content .main_t{text-align:center;font-size:30px;font-family:"黑体";margin:8px 0 24px}
#content .text p{font-size:16px;line-height:30px;text-indent:2em;margin:0 0 6px}
#content .text .tu{text-align:center;text-indent:0}
#content .list{margin-top:24px;border-top:1px dashed #ccc;padding-top:10px}
#content .list li{line-height:26px}
#footer{width:1000px;margin:0 auto;text-align:center;font-size:12px;color:#666;padding:14px 0;line-height:22px}
'''

TEMPLATE = r'''<html>
<head>
<meta charset="utf-8">
<title>辽海日报数字报</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div id="header">
<div class="name">辽海日报</div>
<div class="line">出版日期：2025-04-18　<a href="#">前一期</a><a href="#">后一期</a><a href="#">往期检索</a><a href="#">辽海网</a></div>
</div>
<div id="pages">版面：<a href="#">A1 要闻</a><a href="#">A2 要闻</a><a href="#">A3 经济</a><a href="#">A4 综合</a><a href="#">A5 区域</a><a href="#">A6 民生</a><a href="#">A7 文化</a><a href="#">A8 专刊</a></div>
<div id="content">
<div class="banci">第A3版：经济</div>
<div class="intro">聚焦一季度经济运行</div>
<div class="main_t">{{TITLE}}</div>
<div class="text">
{{BODY}}
</div>
<div class="list"><b>本版标题</b><ul>
<li><a href="#">全省规上工业增加值同比增长7.1%</a></li>
<li><a href="#">我省外贸进出口实现“开门红”</a></li>
<li><a href="#">沈阳大连两市设立企业服务专员</a></li>
<li><a href="#">辽宁港口一季度集装箱吞吐量稳中有升</a></li>
</ul></div>
</div>
<div id="footer">辽海日报社主办　辽ICP备05003381号<br>Copyright © 辽海日报社 All Rights Reserved</div>
</body>
</html>
'''

FMT = {
    "img": '<p class="tu"><img alt="{t}" src="{{GIF}}" width="500" height="300"></p>',
    "cap": '<p class="tu">{t}</p>',
}

BLOCKS = r'''
p: 本报讯 记者周航报道 4月17日，记者从省统计局获悉，一季度，全省规模以上工业增加值同比增长7.1%，增速比去年全年加快1.6个百分点，工业经济实现良好开局。
p: 从三大门类看，采矿业增加值增长3.2%，制造业增长8.4%，电力、热力、燃气及水生产和供应业增长4.9%。制造业的较快增长，成为拉动全省工业增长的主要力量。
p: 装备制造业保持较快增长。一季度，全省装备制造业增加值同比增长10.8%，对规上工业增长的贡献率达到45.3%。其中，汽车制造业增长13.6%，船舶及相关装置制造业增长18.2%，通用设备制造业增长9.7%。
img: 工人在生产线上作业
cap: 图为大连一家船舶企业的工人在焊接作业。本报记者 周航 摄
p: 高技术制造业增势良好。一季度，全省高技术制造业增加值同比增长14.5%，高于全省规上工业7.4个百分点。工业机器人、集成电路、新能源汽车等新产品产量分别增长21.3%、16.8%和35.6%。
p: 省统计局有关负责人表示，一季度全省工业生产稳中有进，但也要看到，部分行业市场需求仍然不足，企业经营压力依然较大。下一步，要持续推动惠企政策落地见效，加快重大工业项目建设，推动工业经济持续回升向好。
'''
