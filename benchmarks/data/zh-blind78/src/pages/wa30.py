ID = "wa-30"
KIND = "self-media"
LANG = "zh"
TITLE = "五一假期前，这些交通出行提示请收好"
AUTHORS = ["春城交通服务"]
DATE = "2025-4-19 10:00"
NOTES = "微博头条文章 (weibo article): account 春城交通服务 with 认证 line, date 2025-4-19 10:00 and 发布于 吉林 and 阅读 count on one line, body of numbered 一、二、三、 sub-headings and short tips, hashtag line (#五一出行#, not body), 转发/评论/赞 counts, 微博 footer; no person named, so the account is the author."

CSS = r'''
body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei";color:#333}
.wb-topnav{background:#fff;height:50px;display:flex;align-items:center;gap:24px;padding:0 40px;border-bottom:1px solid #e6e6e6}
.wb-topnav .logo{color:#ff8200;font-weight:bold;font-size:20px}
.wb-topnav input{background:#f2f2f5;border:0;padding:8px 14px;width:260px;border-radius:16px}
.WB_artical{width:760px;margin:20px auto;background:#fff;padding:40px 60px}
.WB_artical .title{font-size:28px;font-weight:bold;line-height:1.4;margin-bottom:20px}
.WB_artical .author{display:flex;align-items:center;gap:10px;font-size:14px}
.WB_artical .author .v{color:#999;font-size:12px}
.WB_artical .info{font-size:12px;color:#999;margin:8px 0 30px}
.WB_artical .info span{margin-right:12px}
.WB_editor_iframe p{font-size:16px;line-height:1.9;margin:0 0 16px}
.WB_editor_iframe h2{font-size:18px;margin:24px 0 12px}
.WB_editor_iframe .topic a{color:#eb7350}
.WB_handle{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:30px;padding-top:14px;font-size:13px;color:#808080}
.wb-footer{text-align:center;font-size:12px;color:#999;padding:20px}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}} - 微博</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="wb-topnav"><span class="logo">微博</span><input type="text" placeholder="搜索微博"><span>首页</span><span>视频</span><span>发现</span><span>游戏</span><span style="margin-left:auto">注册 | 登录</span></div>
<div class="WB_artical">
<div class="title">{{TITLE}}</div>
<div class="author"><img alt="" src="{{GIF}}" width="30" height="30"><b>春城交通服务</b><span class="v">长春市交通运输服务中心官方微博</span></div>
<div class="info"><span>2025-4-19 10:00</span>
<span>发布于 吉林</span>
<span>阅读 3.1万</span></div>
<div class="WB_editor_iframe">
{{BODY}}
</div>
<div class="WB_handle"><span>转发 286</span><span>评论 57</span><span>赞 412</span></div>
</div>
<div class="wb-footer">微博客服 · 意见反馈 · 举报处理 · 网站导航　Copyright © 2009-2025 WEIBO</div>
</body>
</html>
'''

FMT = {
    "h": "<h2>{t}</h2>",
    "pn": '<p class="topic">{t}</p>',
}

BLOCKS = r'''
p: 五一假期临近，预计假期前后我市客流、车流将明显增加。为方便广大市民群众安全、顺畅出行，现将有关交通出行提示发布如下：
h: 一、错峰出行
p: 预计4月30日下午至晚间为出城高峰，5月5日下午至晚间为返程高峰。建议市民合理安排出行时间，尽量避开高峰时段。
h: 二、铁路和客运
p: 长春站、长春西站假期期间将加开临时旅客列车。长途客运方面，长春客运中心站、凯旋路客运站将根据客流情况增开加班车，旅客可通过“吉林公路客运”小程序提前购票。
h: 三、公交地铁
p: 假期期间，地铁1号线、2号线将延长运营时间至23时；南湖公园、净月潭等景区周边公交线路将适当加密发车班次。
h: 四、自驾出行
p: 假期期间7座及以下小型客车通行收费公路免收通行费，免费时段为4月30日0时至5月5日24时。请广大驾驶人出行前检查车况，不疲劳驾驶，不超速行驶，遇到拥堵时有序排队通行。
p: 出行信息可通过12328交通运输服务监督热线咨询。祝大家假期愉快，平安出行！
x: <p class="topic"><a href="#">#五一出行#</a> <a href="#">#长春身边事#</a></p>
'''
