ID = "wa-23"
KIND = "media"
LANG = "zh"
TITLE = "彰武：沙地上建起“绿色银行”"
AUTHORS = ["额尔敦·其其格", "韩雪"]
DATE = "2025年4月14日 16:28"
NOTES = "City newspaper group's news site (2017 design): info bar with 作者：记者 额尔敦·其其格 通讯员 韩雪 (minority name keeps its middle dot), 发布时间 in 年月日 form, 来源 and 字号; sub-headings in 【】 brackets, a quoted official, photo with caption, 责任编辑 line, 新闻排行 sidebar, footer."

CSS = r'''
body{margin:0;font-family:"Microsoft YaHei";font-size:14px;background:#fff}
.yl-h{background:#2e7d32;height:100px}
.yl-h .in{width:1000px;margin:0 auto;color:#fff;font-size:30px;line-height:100px}
.yl-n{border-bottom:1px solid #ccc;background:#f8f8f8}
.yl-n .in{width:1000px;margin:0 auto}
.yl-n a{display:inline-block;padding:10px 16px;color:#2e7d32;font-weight:bold}
.yl-c{width:1000px;margin:16px auto;overflow:hidden}
.yl-c .main{float:left;width:680px}
.yl-c .side{float:right;width:290px}
.yl-c .bc{font-size:12px;color:#888;margin-bottom:10px}
.yl-c .ttl{font-size:26px;font-weight:bold;line-height:1.5;color:#1a1a1a}
.yl-c .info{font-size:12px;color:#888;margin:10px 0 18px;padding:6px 0;border-bottom:1px dotted #ccc}
.yl-c .txt p{font-size:16px;line-height:1.9;text-indent:2em;margin:0 0 12px}
.yl-c .txt p.m{text-align:center;text-indent:0}
.yl-c .edt{text-align:right;color:#888;font-size:12px}
.yl-c .side h3{font-size:16px;background:#2e7d32;color:#fff;padding:6px 10px;margin:0}
.yl-c .side ul{padding-left:20px}
.yl-c .side li{line-height:2;font-size:13px}
.yl-f{clear:both;background:#f0f0f0;text-align:center;font-size:12px;color:#666;line-height:2;padding:14px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}-玉龙新闻网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="yl-h"><div class="in">玉龙新闻网 <small style="font-size:14px">阜新日报社主办</small></div></div>
<div class="yl-n"><div class="in"><a href="/">首页</a><a href="#">阜新要闻</a><a href="#">县区</a><a href="#">民生</a><a href="#">生态</a><a href="#">玛瑙之都</a><a href="#">数字报</a></div></div>
<div class="yl-c">
<div class="main">
<div class="bc">首页 » 县区 » 正文</div>
<div class="ttl">{{TITLE}}</div>
<div class="info">作者：记者 额尔敦·其其格 通讯员 韩雪　　发布时间：2025年4月14日 16:28　　来源：阜新日报　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="txt">
{{BODY}}
</div>
<div class="edt">责任编辑：白云峰</div>
</div>
<div class="side">
<h3>新闻排行</h3>
<ul><li><a href="#">阜新市2025年重点项目集中开工</a></li><li><a href="#">海州露天矿国家矿山公园迎来客流高峰</a></li><li><a href="#">阜蒙县：设施农业“春管”正忙</a></li><li><a href="#">细河综合治理工程启动</a></li></ul>
</div>
</div>
<div class="yl-f">玉龙新闻网 版权所有　阜新日报社主办<br>互联网新闻信息服务许可证：21120180012　辽ICP备05011894号</div>
</body>
</html>
'''

FMT = {
    "h": "<p><b>{t}</b></p>",
    "img": '<p class="m"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="m">{t}</p>',
}

BLOCKS = r'''
p: 4月的科尔沁沙地南缘，樟子松林已经泛出新绿。在彰武县章古台镇，护林员李长海正和工友们在沙丘上栽植樟子松苗。“这片沙地二十年前还是明沙，风一刮，沙子直往村里跑。现在你看，全是林子了。”
h: 【治沙造林 沙地披上绿装】
p: 彰武县地处科尔沁沙地南部，曾是辽宁省风沙危害最严重的地区之一。几代治沙人坚持植树造林、封沙育林，全县森林覆盖率由新中国成立初期的2.9%提高到现在的31.4%，沙化土地面积大幅减少。
p: 今年春季，彰武县计划完成造林绿化5.2万亩，目前已完成3.6万亩。县林业和草原局副局长宋晓光介绍，今年造林以樟子松、油松和灌木混交为主，并推广“容器苗+保水剂”栽植技术，苗木成活率可达90%以上。
img: 护林员在沙地上栽植樟子松苗
cap: 护林员在彰武县章古台镇栽植樟子松苗。
h: 【生态变现 林下经济见效益】
p: 沙地变绿了，“绿色银行”也开始产生效益。彰武县依托林地资源，发展林下种植、沙地旅游和光伏治沙项目，带动农民增收。在阿尔乡镇，村民利用林间空地种植榛子和中草药，亩均增收2000多元。
p: “过去说起沙地，大家想到的是穷。现在沙地变成了聚宝盆，治沙人的日子越过越红火。”宋晓光说。
'''
