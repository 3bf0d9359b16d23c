from lib import *

META = dict(
    id="xu-24", kind="media", lang="zh",
    title="市区新建4处“口袋公园”投入使用",
    authors=["于航", "马宏宇"],
    publish_time="2025-09-14 09:51:23",
)
FEATURES = ("佳木斯 city news portal (invented 三江视窗, 2012 template crowded with banner-ad alt texts): 设为首页/加入收藏, "
            "ad images, nav in two rows, 您现在的位置, headline, info bar 时间/来源/作者 (spaced 于  航 plus 马宏宇)/点击, "
            "a list of the four parks, 【发表评论】【告诉好友】【打印此文】【关闭窗口】, 上一篇/下一篇, 相关文章, "
            "ad alt texts between blocks, long footer.")

BODY = [
    P("近日，我市今年新建的4处“口袋公园”全部完工并向市民开放，为周边居民增添了休闲健身的好去处。"),
    P("“口袋公园”是利用城市边角地、闲置地建设的小型公共绿地。今年，市住建部门结合老旧小区改造和街路更新，在人口密集、绿地较少的区域选址建设，新建的4处公园分别是："),
    L([
        "1.向阳区光复路与中山街交口的“光复园”，面积约2800平方米；",
        "2.前进区长安路北侧的“长安里游园”，面积约1900平方米；",
        "3.东风区建国路的“江畔健身角”，面积约1600平方米；",
        "4.郊区莲江口镇的“莲江广场游园”，面积约3500平方米。",
    ]),
    P("记者在光复园看到，园内铺设了塑胶步道，设置了儿童游乐设施、健身器材和休息座椅，还种植了丁香、榆叶梅、樟子松等适合本地气候的花木。附近居民王大爷说：“以前这里是一片空地，杂草丛生，现在变成了公园，每天吃完饭下楼就能遛弯。”"),
    P("据介绍，4处口袋公园总投资约680万元，新增绿地面积近1万平方米。明年我市还将继续推进口袋公园建设，让市民“推窗见绿、出门进园”。"),
]

CSS = """
body{margin:0;font-size:12px;font-family:宋体;background:#fff}
#wrap{width:960px;margin:0 auto}
#topline{height:24px;line-height:24px;border-bottom:1px solid #ddd;color:#666}
#topline a{margin-right:10px}
#logoRow{height:80px}
#logoRow .lg{float:left;font:bold 30px/80px 黑体;color:#006699}
#logoRow .ad1{float:right;margin-top:10px}
.nav1,.nav2{background:#006699;line-height:28px;padding-left:10px}
.nav2{background:#3388bb}
.nav1 a,.nav2 a{color:#fff;margin-right:16px;font-size:14px}
.adrow{margin:6px 0;text-align:center}
#pos{border:1px solid #cfe0ea;background:#f2f8fb;padding:4px 8px;margin:6px 0}
#mainL{float:left;width:680px}
#mainR{float:right;width:260px}
.tt{font:bold 22px 黑体;text-align:center;padding:14px 0 6px;color:#003355}
.xx{text-align:center;color:#999;border-bottom:1px dashed #ccc;padding-bottom:4px}
.nr{font-size:14px;line-height:26px;padding:10px}
.nr p{text-indent:2em;margin:8px 0}
.nr ul{list-style:none;padding-left:2em;margin:0}
.gn{text-align:right;padding-right:10px}
.sx{padding:6px 10px;border-top:1px solid #eee}
.xg b{display:block;background:#e8f2f8;padding:3px 6px;margin-top:8px}
#mainR .box{border:1px solid #cfe0ea;margin-bottom:8px;padding:6px}
#foot{clear:both;border-top:2px solid #006699;text-align:center;line-height:22px;padding:8px;color:#555}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "_三江视窗", CSS, f"""
<div id="wrap">
<div id="topline"><a href="#">设为首页</a><a href="#">加入收藏</a><a href="#">手机版</a>　今天是2025年9月14日 星期日</div>
<div id="logoRow"><div class="lg">三江视窗</div><div class="ad1"><img alt="广告：佳木斯金秋车展9月20日开幕" src="{GIF}"></div></div>
<div class="nav1"><a href="#">首页</a><a href="#">本地新闻</a><a href="#">县市新闻</a><a href="#">国内国际</a><a href="#">评论</a><a href="#">图片</a><a href="#">视频</a><a href="#">数字报</a></div>
<div class="nav2"><a href="#">房产</a><a href="#">汽车</a><a href="#">教育</a><a href="#">健康</a><a href="#">旅游</a><a href="#">美食</a><a href="#">招聘</a><a href="#">便民</a></div>
<div class="adrow"><img alt="广告：三江农商银行 金秋存款季" src="{GIF}"></div>
<div id="pos">您现在的位置：<a href="#">三江视窗</a> &gt;&gt; <a href="#">本地新闻</a> &gt;&gt; 正文</div>
<div id="mainL">
 <div class="tt">{e(t)}</div>
 <div class="xx">时间：2025-09-14 09:51:23　来源：佳木斯日报　作者：于&nbsp;&nbsp;航 马宏宇　点击：</div>
 <div class="nr">
{body}
 </div>
 <div class="gn">【<a href="#">发表评论</a>】【<a href="#">告诉好友</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</div>
 <div class="sx">上一篇：<a href="#">我市启动2025年冬季清雪准备工作</a><br>下一篇：<a href="#">佳木斯至同江高速公路沿线服务区完成升级</a></div>
 <div class="adrow"><img alt="广告：三江特产网上商城 全场包邮" src="{GIF}"></div>
 <div class="xg"><b>相关文章</b>
  · <a href="#">我市今年计划改造老旧小区56个</a><br>
  · <a href="#">沿江公园秋季花卉换装完成</a><br>
  · <a href="#">市区新增公共停车泊位1200个</a></div>
</div>
<div id="mainR">
 <div class="box"><b>图片新闻</b><br><img alt="松花江畔秋色美" src="{GIF}"> 松花江畔秋色美</div>
 <div class="box"><b>本周排行</b><br>1.<a href="#">市区部分路段今起封闭施工</a><br>2.<a href="#">佳木斯大学迎来8000余名新生</a><br>3.<a href="#">这些地方可以免费测血糖</a></div>
</div>
<div id="foot"><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系方式</a> | <a href="#">版权声明</a><br>
三江视窗 版权所有 Copyright © 2008-2025　黑ICP备08102237号　黑公网安备 23080302000109号<br>
地址：佳木斯市前进区长安西路67号　新闻热线：0454-8296110　广告热线：0454-8296338</div>
</div>
""")
