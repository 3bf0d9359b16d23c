# 淮上新闻网 (蚌埠 city news portal) -- 2017 design, 本报讯 byline in the first paragraph, 责任编辑 line at the end
from lib import *

META = dict(
    id="xw-15", kind="media", lang="zh",
    title="高铁站南广场公交枢纽5月1日启用",
    authors=["邵文杰", "柏松"],
    publish_time="2025-04-24 08:15:47",
)

BODY = [
    P("本报讯（记者 邵文杰 通讯员 柏松）记者昨日从市交通运输局获悉，蚌埠南站南广场公交枢纽将于5月1日正式启用，届时将有8条公交线路进场运营，高铁站与市区主要片区的公交接驳将更加便捷。"),
    P("南广场公交枢纽位于高铁站南出站口东侧，占地约1.6万平方米，设有12个发车位、40个驻车位和一座两层候车楼。候车楼内设置了实时公交信息显示屏、母婴室、自助售检票机和便民服务台，并与高铁出站通道通过风雨连廊无缝衔接，旅客出站后步行约3分钟即可到达。"),
    P("据介绍，进场运营的8条线路中，有5条由原高铁站北广场和周边道路调整而来，另新开通3条线路，分别通往龙子湖区大学城、经开区长青片区和怀远县城。其中，开往怀远县城的城际公交实行分段计价，全程票价6元。"),
    P("市交通运输局相关负责人表示，枢纽启用后，高铁站周边道路临时停靠点将同步取消，以缓解站前道路拥堵。市民可通过“蚌埠公交”微信小程序查询线路调整详情和实时到站信息。"),
]

STYLE = dict(p='<p style="text-indent:2em;">{}</p>')

CSS = """
body{margin:0;font-size:14px;font-family:"宋体";background:#fff}
a{color:#222;text-decoration:none}
.hs_topline{background:#f7f7f7;border-bottom:1px solid #e5e5e5;height:30px;line-height:30px;font-size:12px}
.hs_w{width:1000px;margin:0 auto}
.hs_logo{height:100px;display:flex;align-items:center;justify-content:space-between}
.hs_menu{background:#0f5ca8;height:36px}
.hs_menu a{color:#fff;line-height:36px;padding:0 12px;font-size:14px}
.hs_sub{background:#eaf2fb;height:30px;line-height:30px;font-size:12px}
.hs_sub a{padding:0 8px;color:#0f5ca8}
.hs_pos{height:36px;line-height:36px;color:#555}
.hs_cont{display:flex;gap:20px}
.hs_l{width:680px}
.hs_r{width:300px}
.hs_l h1{font-size:26px;text-align:center;font-family:"微软雅黑";margin:20px 0 12px}
.hs_xx{text-align:center;color:#666;font-size:12px;background:#f5f5f5;padding:6px}
.hs_txt{font-size:16px;line-height:30px;padding:10px 0}
.hs_zb{text-align:right;color:#666}
.hs_r h3{background:#0f5ca8;color:#fff;font-size:14px;padding:6px 10px;margin:0}
.hs_r li{line-height:26px;font-size:13px}
.hs_footer{border-top:3px solid #0f5ca8;margin-top:30px;padding:14px 0;text-align:center;color:#555;font-size:12px;line-height:24px}
"""


def page(body):
    m = META
    return f"""
<div class="hs_topline"><div class="hs_w">淮上新闻网欢迎您！　<a href="#">设为首页</a> <a href="#">加入收藏</a>　<a href="#">蚌埠日报</a> <a href="#">蚌埠晚报</a> <a href="#">数字报</a></div></div>
<div class="hs_w hs_logo">{img("淮上新闻网 www.huaishang.cn", 330, 70)}{img("广告：蚌埠银行 美好生活 金融相伴", 600, 80)}</div>
<div class="hs_menu"><div class="hs_w"><a href="#">首页</a><a href="#">蚌埠新闻</a><a href="#">县区</a><a href="#">民生</a><a href="#">经济</a><a href="#">教育</a><a href="#">健康</a><a href="#">文旅</a><a href="#">专题</a><a href="#">图片</a><a href="#">视频</a><a href="#">数字报</a></div></div>
<div class="hs_sub"><div class="hs_w"><a href="#">龙子湖区</a><a href="#">蚌山区</a><a href="#">禹会区</a><a href="#">淮上区</a><a href="#">怀远县</a><a href="#">五河县</a><a href="#">固镇县</a></div></div>
<div class="hs_w">
<div class="hs_pos">您当前的位置 ：<a href="#">淮上新闻网</a> &gt;&gt; <a href="#">蚌埠新闻</a> &gt;&gt; 正文</div>
<div class="hs_cont">
<div class="hs_l">
<h1>{m['title']}</h1>
<div class="hs_xx">发布时间：{m['publish_time']}　　来源：蚌埠日报　　浏览量：<span>2,351</span>　　<a href="#">【我要纠错】</a></div>
<div class="hs_txt">
{body}
</div>
<p class="hs_zb">责任编辑：何蕾</p>
<p><a href="#">【打印】</a> <a href="#">【关闭】</a> <a href="#">【返回顶部】</a></p>
<div><b>相关新闻：</b>
<p>· <a href="#">高铁站南广场公交枢纽主体工程完工</a></p>
<p>· <a href="#">我市优化调整12条公交线路</a></p>
</div>
</div>
<div class="hs_r">
<h3>热点排行</h3>
<ol>
<li><a href="#">蚌埠今年将实施民生工程36项</a></li>
<li><a href="#">龙子湖景区“五一”活动安排出炉</a></li>
<li><a href="#">市区新增公共停车泊位2800个</a></li>
<li><a href="#">第十届淮河文化旅游节6月开幕</a></li>
</ol>
<h3>图片新闻</h3>
<p>{img("春日龙子湖", 280, 180)}</p><p>春日龙子湖</p>
</div>
</div>
</div>
<div class="hs_footer">
<a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a><br>
主办：蚌埠日报社　版权所有 © 淮上新闻网　未经书面授权不得复制或建立镜像<br>
互联网新闻信息服务许可证：34120170011　皖ICP备09006185号　违法和不良信息举报电话：0552-2051329
</div>
"""
