ID = "wa-18"
KIND = "media"
LANG = "zh"
TITLE = "大连：4月20日起9条公交线路优化调整"
AUTHORS = ["孙晓雨"]
DATE = "2025/04/18 17:45"
NOTES = "City radio station site (2016 design): 节目 sidebar left of the article, 记者 孙晓雨 on its own line with the date 2025/04/18 17:45 and 来源 row glued after it, an audio bar 00:00 / 03:12 收听, the changes as a bulleted list (one paragraph per item), 温馨提示 paragraph, 编辑/审核 line, 热门推荐 and footer."

CSS = r'''
body{margin:0;font-size:14px;font-family:"Microsoft YaHei";background:#f5f5f5}
.hy-head{background:#00897b;color:#fff;padding:16px 0}
.hy-head .in{width:1000px;margin:0 auto;overflow:hidden}
.hy-head .in h2{float:left;margin:0;font-size:26px}
.hy-head .in .fm{float:right;font-size:13px;margin-top:8px}
.hy-nav{background:#00695c}
.hy-nav .in{width:1000px;margin:0 auto}
.hy-nav a{color:#fff;float:left;padding:10px 18px}
.hy-nav:after{content:"";display:block;clear:both}
.hy-main{width:1000px;margin:20px auto;overflow:hidden}
.hy-side{float:left;width:200px;background:#fff}
.hy-side dt{background:#00897b;color:#fff;padding:8px}
.hy-side dd{margin:0;padding:6px 10px;border-bottom:1px solid #eee}
.hy-art{float:right;width:770px;background:#fff;padding:20px 30px;box-sizing:border-box}
.hy-art .t{font-size:24px;font-weight:bold;margin-bottom:10px}
.hy-art .a{color:#888;font-size:13px}
.hy-audio{background:#e0f2f1;padding:10px;margin:14px 0;border-radius:4px}
.hy-art .c p{line-height:1.9;margin:0 0 12px;font-size:16px}
.hy-art .c li{line-height:1.9;font-size:16px}
.hy-art .e{color:#999;font-size:13px;margin-top:20px}
.hy-hot{margin-top:20px}
.hy-hot li{line-height:1.9}
.hy-foot{clear:both;background:#263238;color:#90a4ae;text-align:center;font-size:12px;line-height:2;padding:16px 0}
'''

TEMPLATE = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{{TITLE}}-滨城之声</title>
<style>
{{CSS}}
</style>
</head>
<body>
<div class="hy-head"><div class="in"><h2>滨城之声</h2><div class="fm">大连新闻广播 FM88.6 / AM1080　<a href="#" style="color:#fff">在线收听</a></div></div></div>
<div class="hy-nav"><div class="in"><a href="/">首页</a><a href="#">新闻</a><a href="#">交通</a><a href="#">音乐</a><a href="#">节目单</a><a href="#">主持人</a><a href="#">互动</a></div></div>
<div class="hy-main">
<dl class="hy-side">
<dt>节目</dt><dd><a href="#">早安大连</a></dd><dd><a href="#">新闻直通车</a></dd><dd><a href="#">交通全方位</a></dd><dd><a href="#">民生热线</a></dd>
</dl>
<div class="hy-art">
<div class="t">{{TITLE}}</div>
<div class="a">记者 孙晓雨</div>
<div class="a">2025/04/18 17:45<span>来源：新闻直通车</span></div>
<div class="hy-audio">▶ 收听　00:00 / 03:12</div>
<div class="c">
{{BODY}}
</div>
<div class="e">编辑：贾琳　审核：程浩</div>
<div class="hy-hot"><b>热门推荐</b><ul>
<li><a href="#">星海湾跨海大桥4月21日起夜间限时通行</a></li>
<li><a href="#">大连地铁5号线延长运营时间</a></li></ul></div>
</div>
</div>
<div class="hy-foot">滨城之声 版权所有　广播电视节目制作经营许可证（辽）字第00451号<br>辽ICP备09034408号-2</div>
</body>
</html>
'''

FMT = {}

BLOCKS = r'''
p: 记者从大连市交通运输局获悉，为配合地铁线路开通和部分道路施工，4月20日起，大连市将对9条公交线路进行优化调整。具体调整情况如下：
li: 7路：延伸至小平岛公交枢纽，首末班时间不变；
li: 12路：因解放路施工，临时改由五四路绕行，停靠站点相应调整；
li: 26路：取消延安路站，新增团结街站；
li: 41路与542路：合并运营，线路编号保留41路；
li: 203路：高峰期发车间隔由12分钟缩短至8分钟；
li: 406路、705路、710路：调整为接驳地铁5号线，终点站改为后关村站。
p: 市交通运输局有关负责人介绍，此次调整主要考虑了地铁开通后的客流变化和市民出行需求，调整后公交与地铁的换乘将更加便捷。调整期间，各相关站点将张贴告示，并安排工作人员现场引导。
p: 温馨提示：市民可通过“大连公交”微信公众号或拨打公交服务热线96866查询具体线路和站点信息，合理安排出行时间。
'''
