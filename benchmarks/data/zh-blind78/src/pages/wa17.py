ID = "wa-17"
KIND = "media"
LANG = "zh"
TITLE = "长春：“一老一小”服务站开进社区"
AUTHORS = ["付宇", "李昂"]
DATE = "2025-04-17 20:31"
NOTES = "Provincial TV station site (2019 dark design): program label 栏目：吉林新闻 above the headline (not title), 时间/播放量 row, a player box with 00:00 / 01:58 and 高清/标清 buttons, transcript body with 【同期】 lines of interviewees (body), closing line 吉林台记者 付宇 李昂 报道 (own line, not body; reporters are authors), 责编 line, 往期节目 list, footer with 信息网络传播视听节目许可证."

CSS = r'''
body{margin:0;background:#14161a;color:#ddd;font-family:"Microsoft YaHei"}
a{color:#9cc7ff}
.cb-top{background:#0b0c0f;height:70px;display:flex;align-items:center;padding:0 60px;gap:40px}
.cb-top .brand{font-size:24px;color:#fff;font-weight:bold}
.cb-top .menu a{margin-right:22px;color:#ccc}
.cb-stage{width:1080px;margin:26px auto}
.cb-player{background:#000;height:500px;position:relative;color:#888}
.cb-player .bar{position:absolute;bottom:0;left:0;right:0;background:#222;padding:8px 14px;font-size:13px;display:flex;justify-content:space-between}
.cb-info{padding:20px 0;border-bottom:1px solid #2a2d33}
.cb-info .col{font-size:13px;color:#ff9e3d}
.cb-info h1{font-size:26px;color:#fff;margin:10px 0}
.cb-info .mt{font-size:13px;color:#888}
.cb-info .mt span{margin-right:20px}
.cb-txt p{font-size:16px;line-height:2;margin:0 0 14px;color:#cfd2d8}
.cb-txt p.tail{color:#888}
.cb-list h3{color:#fff;font-size:17px}
.cb-list li{line-height:2}
.cb-copy{background:#0b0c0f;color:#777;text-align:center;font-size:12px;line-height:2;padding:20px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}_吉林新闻_长白广电网</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="cb-top"><span class="brand">长白广电网</span><div class="menu"><a href="/">首页</a><a href="#">直播</a><a href="#">新闻</a><a href="#">综艺</a><a href="#">纪录</a><a href="#">专题</a></div></div>
<div class="cb-stage">
<div class="cb-player"><div class="bar"><span>▶ 00:00 / 01:58</span><span>高清　标清　全屏</span></div></div>
<div class="cb-info">
<div class="col">栏目：吉林新闻</div>
<h1>{{TITLE}}</h1>
<div class="mt"><span>时间：2025-04-17 20:31</span>
<span>播放：1.2万</span></div>
</div>
<div class="cb-txt">
{{BODY}}
</div>
<div class="cb-list"><h3>往期节目</h3><ul>
<li><a href="#">吉林新闻 2025-04-16</a></li>
<li><a href="#">吉林新闻 2025-04-15</a></li>
<li><a href="#">吉林新闻 2025-04-14</a></li></ul></div>
</div>
<div class="cb-copy">
长白广电网 版权所有　信息网络传播视听节目许可证：0709426号<br>
吉ICP备07001853号-3　吉公网安备 22010402000667号
</div>
</body>
</html>
'''

FMT = {
    "nb": '<p class="tail">{t}</p>',
}

BLOCKS = r'''
p: 社区里的老人有人照顾，放学的孩子有地方去，这是不少双职工家庭的心愿。近日，长春市朝阳区红旗街道的“一老一小”综合服务站正式投入使用，为辖区老人和儿童提供助餐、托管、康养、课业辅导等服务。
p: 下午三点半，服务站的四点半课堂里已经坐满了放学的孩子。志愿者老师正在辅导孩子们写作业，隔壁的长者食堂里，几位老人刚刚做完健康监测，正在聊天喝茶。
p: 【同期】朝阳区红旗街道居民 刘桂兰：以前孩子放学没人接，我们老两口腿脚又不方便，现在孩子放学直接来这儿，我们中午也在这儿吃饭，一份饭菜才十块钱，省心多了。
p: 服务站面积约800平方米，由社区闲置用房改造而成，设置了长者食堂、康复理疗室、儿童托管室、亲子阅读区等功能空间，由专业社会组织负责运营，收费实行政府指导价。
p: 【同期】红旗街道党工委书记 宋立新：我们把老人和孩子的服务放在一个站点里，场地、人员可以共享，运营成本降下来了，服务时间还能延长到晚上七点。
p: 据了解，今年长春市计划在中心城区新建“一老一小”综合服务站40个，实现每个街道至少有一处，进一步织密社区养老托育服务网络。
nb: 吉林台记者 付宇 李昂 报道
nb: 责编：宋晓
'''
