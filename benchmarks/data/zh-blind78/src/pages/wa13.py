ID = "wa-13"
KIND = "media"
LANG = "zh"
TITLE = "河北沧州：盐碱地里麦苗壮"
AUTHORS = ["孟凡", "郭佳宁"]
DATE = "2025-04-16 15:21:08"
NOTES = "Central news portal's provincial channel (2017 design) carrying wire copy: channel bar, breadcrumb 神州网 > 河北频道 > 要闻, date with seconds and 来源：新华社 on one line with share icons, the 新华社石家庄4月16日电（记者 孟凡 郭佳宁） dateline inside the first paragraph (stays body; the two reporters are the authors), photo caption with 新华社记者 … 摄, （责任编辑：杨洁） line, 相关新闻 and 热点排行 lists, licence footer."

CSS = r'''
body{margin:0;font:14px/1.6 "Microsoft YaHei";color:#222}
.szw-top{background:#f2f2f2;border-bottom:1px solid #ddd;font-size:12px;padding:6px 0}
.szw-top .w,.szw-chan .w,.szw-body{width:1000px;margin:0 auto}
.szw-chan{background:#a8001e;color:#fff}
.szw-chan .w{display:flex;align-items:center;height:60px;gap:20px}
.szw-chan b{font-size:24px}
.szw-chan a{color:#fff}
.szw-body{display:flex;gap:30px;margin-top:16px}
.szw-main{width:680px}
.szw-crumb{font-size:12px;color:#888}
.szw-main h1{font-size:28px;margin:16px 0 10px;font-weight:bold}
.szw-line{display:flex;justify-content:space-between;font-size:13px;color:#777;border-bottom:1px solid #e5e5e5;padding-bottom:10px}
.szw-line .l span{margin-right:16px}
.szw-text p{font-size:16px;line-height:1.9;text-indent:2em}
.szw-text .pic{text-align:center;text-indent:0}
.szw-text .pic-t{text-align:center;text-indent:0;font-size:14px;color:#555}
.szw-ed{text-align:right;color:#888;font-size:13px}
.szw-side{width:290px}
.szw-side h4{border-bottom:2px solid #a8001e;margin:0 0 8px;padding-bottom:4px}
.szw-side li{font-size:13px;line-height:2}
.szw-foot{margin-top:30px;background:#f2f2f2;text-align:center;font-size:12px;color:#666;padding:16px 0;line-height:2}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}--河北频道--神州网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="szw-top"><div class="w"><a href="#">神州网首页</a> | <a href="#">时政</a> | <a href="#">地方</a> | <a href="#">财经</a> | <a href="#">社会</a> | <a href="#">文旅</a> | <a href="#">视频</a> | <a href="#">English</a>　　<a href="#">登录</a> <a href="#">注册</a></div></div>
<div class="szw-chan"><div class="w"><b>河北频道</b><a href="#">要闻</a><a href="#">市县</a><a href="#">民生</a><a href="#">产经</a><a href="#">图片</a></div></div>
<div class="szw-body">
<div class="szw-main">
<div class="szw-crumb"><a href="#">神州网</a> &gt;&gt; <a href="#">河北频道</a> &gt;&gt; <a href="#">要闻</a></div>
<h1>{{TITLE}}</h1>
<div class="szw-line"><div class="l"><span>2025-04-16 15:21:08</span>
<span>来源：新华社</span></div><div class="r">分享到：<img alt="微信" src="{{GIF}}"><img alt="微博" src="{{GIF}}"></div></div>
<div class="szw-text">
{{BODY}}
</div>
<div class="szw-ed">（责任编辑：杨洁）</div>
<div class="szw-side" style="width:auto"><h4>相关新闻</h4><ul>
<li><a href="#">河北今年将新建高标准农田200万亩</a></li>
<li><a href="#">沧州渤海新区：“海水稻”试种面积扩大</a></li></ul></div>
</div>
<div class="szw-side">
<h4>热点排行</h4>
<ol><li><a href="#">石家庄地铁4号线首段进入空载试运行</a></li><li><a href="#">河北发布一季度经济数据</a></li><li><a href="#">唐山港一季度货物吞吐量同比增长</a></li><li><a href="#">承德多地迎来春季山杏花开</a></li></ol>
<h4>图片</h4><p><img alt="白洋淀春色" src="{{GIF}}"></p>
</div>
</div>
<div class="szw-foot">
<p><a href="#">关于我们</a> | <a href="#">网站声明</a> | <a href="#">联系方式</a> | <a href="#">违法和不良信息举报</a></p>
<p>互联网新闻信息服务许可证10120170011　京ICP证080219号　京公网安备 11010502031877号</p>
<p>神州网版权所有，未经书面授权禁止使用</p>
</div>
</body>
</html>
'''

FMT = {
    "img": '<p class="pic"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="pic-t">{t}</p>',
}

BLOCKS = r'''
p: 新华社石家庄4月16日电（记者 孟凡 郭佳宁）四月的冀东南平原，麦苗返青拔节，一望无际。在河北省沧州市南皮县乌马营镇，种粮大户刘春生蹲在地头，拨开麦垄查看长势：“去年这块地亩产小麦1100多斤，在盐碱地上能打这么多粮，搁过去想都不敢想。”
p: 沧州地处环渤海低平原，中重度盐碱地面积较大，土壤板结、保水保肥能力差，长期制约粮食生产。近年来，当地推广耐盐碱小麦品种，配套实施“上粮下渔”、暗管排盐、秸秆还田等改良措施，盐碱地“变身”良田。
img: 沧州南皮县农民在麦田里查看小麦长势
cap: 4月15日，在河北省沧州市南皮县，农民在麦田里查看小麦长势。新华社记者 孟凡 摄
p: “过去盐碱地上种小麦，出苗率只有五六成，现在能达到九成以上。”南皮县农业农村局农技站站长赵立平介绍，当地与科研院所合作选育的耐盐碱小麦品种，在含盐量千分之三左右的土地上表现稳定，今年全县推广面积达到18万亩。
p: 在位于沧州市的一家农业科技企业，工作人员正在调试一套土壤墒情监测系统。田间布设的传感器实时采集土壤水分、盐分和温度数据，农户通过手机就能查看，并根据提示适时灌溉、调控盐分。
p: 南皮县一家农机合作社负责人王建军说，合作社今年托管了周边村庄的2.6万亩盐碱地小麦，从播种、施肥到病虫害防治实行“一条龙”服务，“统一管理后，亩产比农户自己种平均高出一百多斤”。
p: 记者从沧州市农业农村局了解到，今年沧州市小麦播种面积稳定在590万亩以上，其中盐碱地小麦面积约120万亩，目前苗情整体好于常年。当地将继续推进盐碱地综合利用，力争到2027年改良提升盐碱耕地50万亩。
'''
