ID = "wa-16"
KIND = "media"
LANG = "zh"
TITLE = "灵寿：大棚樱桃红了 村民增收甜了"
AUTHORS = ["刘佳", "马骁"]
DATE = "2025-04-16 18:02"
NOTES = "County 融媒体中心 site (2023 design): headline with an internal space, info row 来源 | 时间 | 阅读 separated by pipes, 记者：刘佳 通讯员：马骁 line above the body (通讯员 is an author), a video player box (00:00 / 02:36) and alt text, quoted speech, 编辑/审核/终审 line at the end (not authors), 上一篇/下一篇 and footer with 广播电视节目制作许可证."

CSS = r'''
body{margin:0;background:#eef3f8;font-family:"Microsoft YaHei"}
.lsr-top{background:#0c63b9;color:#fff;padding:0 5%}
.lsr-top .row1{display:flex;justify-content:space-between;align-items:center;height:80px}
.lsr-top .row1 .nm{font-size:26px;letter-spacing:2px}
.lsr-top .row2 a{color:#dfeaf6;display:inline-block;padding:10px 16px 12px 0}
.lsr-box{width:900px;margin:24px auto;background:#fff;padding:30px 50px 40px}
.lsr-pos{font-size:12px;color:#99a;margin-bottom:16px}
.lsr-h1{font-size:26px;font-weight:bold;text-align:center;line-height:1.5}
.lsr-attr{text-align:center;color:#8a9099;font-size:13px;margin:12px 0 22px}
.lsr-video{background:#000;color:#fff;text-align:center;height:300px;line-height:300px;margin-bottom:18px}
.lsr-con p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 12px}
.lsr-con p.rep{text-indent:0;color:#0c63b9}
.lsr-con p.tc{text-align:center;text-indent:0}
.lsr-con p.ed{text-indent:0;color:#999;font-size:14px;margin-top:24px}
.lsr-pn{margin-top:20px;font-size:14px;border-top:1px solid #eee;padding-top:12px}
.lsr-ft{background:#0a4f94;color:#cfe0f2;text-align:center;font-size:12px;line-height:2;padding:18px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>灵寿县融媒体中心</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="lsr-top">
<div class="row1"><span class="nm">灵寿县融媒体中心</span><span><input type="text" placeholder="输入关键字"> 搜索　<a href="#" style="color:#fff">冀云灵寿APP</a></span></div>
<div class="row2"><a href="/">首页</a><a href="#">灵寿新闻</a><a href="#">乡镇视窗</a><a href="#">部门动态</a><a href="#">视频专区</a><a href="#">专题</a></div>
</div>
<div class="lsr-box">
<div class="lsr-pos">首页 » 灵寿新闻</div>
<div class="lsr-h1">{{TITLE}}</div>
<div class="lsr-attr">来源：灵寿县融媒体中心 | 时间：2025-04-16 18:02 | 阅读：2871</div>
<div class="lsr-video">▶　00:00 / 02:36</div>
<div class="lsr-con">
{{BODY}}
</div>
<div class="lsr-pn">上一篇：<a href="#">灵寿县召开2025年春季植树造林推进会</a><br>下一篇：<a href="#">慈峪镇：小山楂做成“大产业”</a></div>
</div>
<div class="lsr-ft">
灵寿县融媒体中心 版权所有　地址：河北省石家庄市灵寿县松阳南大街99号<br>
广播电视节目制作经营许可证：（冀）字第01273号　冀ICP备19021144号-1
</div>
</body>
</html>
'''

FMT = {
    "nb": '<p class="rep">{t}</p>',
    "img": '<p class="tc"><img alt="{t}" src="{{GIF}}"></p>',
    "cap": '<p class="tc">{t}</p>',
}

BLOCKS = r'''
nb: 记者：刘佳　通讯员：马骁
p: 眼下正是大棚樱桃成熟上市的季节。走进灵寿县青同镇的樱桃种植园区，一座座温室大棚整齐排列，棚内樱桃树枝头挂满了红彤彤的果实，村民们忙着采摘、分拣、装箱，一派丰收景象。
p: “今年的樱桃个头大、糖度高，现在每斤批发价在40元左右，一个棚能收入十来万元。”种植户孟建国一边采摘一边给记者算起了收入账。他家有3个樱桃大棚，从去年冬天开始升温管理，比露地樱桃提前一个多月上市，卖上了好价钱。
img: 村民在大棚里采摘樱桃
cap: 村民在大棚里采摘樱桃
p: 青同镇发展设施樱桃种植已有8年时间，目前全镇樱桃大棚达到260多个，种植面积900余亩，年产值超过3000万元。为解决种植户技术难题，镇里联合县农业农村局组建技术服务队，定期入棚指导温湿度调控、授粉和病虫害防治。
p: 樱桃产业的发展也带动了周边村民就近务工。“在这儿摘樱桃一天能挣120块钱，离家近，还能照顾家里。”正在分拣樱桃的村民王秀英说。
p: 为拓宽销售渠道，当地还依托电商服务站开展直播带货，樱桃通过冷链物流发往北京、天津等地。青同镇负责人表示，下一步将打造樱桃采摘观光线路，推动樱桃产业与乡村旅游融合发展，让村民的“甜蜜事业”越来越红火。
x: <p class="ed">编辑：王雪　审核：张磊　终审：刘国庆</p>
'''
