# 宜城新闻网 (安庆 city portal) -- 2018 design, headline with a "——" 副标题 line, info bar with 作者 and 编辑
from lib import *

META = dict(
    id="xw-22", kind="media", lang="zh",
    title="长江大桥夜景照明提升工程完工",
    authors=["程子涵"],
    publish_time="2025-04-25 09:36:02",
)

BODY = [
    P("4月24日晚8时，随着一声令下，长江大桥及沿江两岸同时亮起，流光溢彩的灯光勾勒出大桥的优美轮廓，与江面倒影交相辉映。历时5个月建设，我市长江大桥夜景照明提升工程全面完工，沿江8公里岸线正式“点亮”。"),
    P("据市城管局介绍，此次提升工程对大桥主塔、斜拉索和桥身栏杆的照明设施进行了全面更新，更换和新增LED灯具1.2万余套，同步对迎江区、大观区沿江公园、滨江步道及重要建筑立面实施景观照明改造。改造后的灯光系统可根据节假日、重大活动等场景切换12种灯光模式。"),
    P("“以前晚上江边比较暗，现在灯一亮，散步的人明显多了。”在滨江公园锻炼的市民汪先生说。"),
    P("值得一提的是，此次改造全部采用节能灯具和智能控制系统，平日运行能耗比改造前降低约35%。灯光开启时间为每晚19时至22时，节假日延长至23时。"),
    P("市城管局相关负责人表示，下一步将结合沿江夜间经济发展，在滨江区域策划灯光秀、水上演艺等活动，进一步丰富市民游客的夜间文旅体验。"),
]

STYLE = dict(p='<p style="text-indent:2em">{}</p>')

CSS = """
body{margin:0;background:#f5f5f5;font-family:"Microsoft YaHei";color:#333}
.yc-head{background:#fff;height:110px}
.yc-head .in,.yc-nav .in,.yc-main{width:1100px;margin:0 auto}
.yc-head .in{display:flex;align-items:center;justify-content:space-between;height:110px}
.yc-nav{background:#2a4e96}
.yc-nav a{color:#fff;padding:0 16px;line-height:44px;display:inline-block}
.yc-main{background:#fff;margin-top:12px;padding:20px 40px}
.yc-local{color:#888;font-size:13px}
.yc-tit{text-align:center;margin:24px 0 16px}
.yc-tit h1{font-size:28px;margin:0}
.yc-tit h2{font-size:18px;color:#555;font-weight:normal;margin:8px 0 0}
.yc-attr{text-align:center;font-size:13px;color:#999;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:8px 0}
.yc-text{font-size:17px;line-height:1.9}
.yc-pn{font-size:14px;border-top:1px dashed #ccc;padding-top:10px}
.yc-foot{text-align:center;font-size:12px;color:#777;padding:20px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="yc-head"><div class="in">{img("宜城新闻网 安庆新闻门户", 360, 70)}<div><a href="#">安庆日报</a> | <a href="#">安庆晚报</a> | <a href="#">数字报</a> | <a href="#">登录</a></div></div></div>
<div class="yc-nav"><div class="in"><a href="#">首页</a><a href="#">安庆要闻</a><a href="#">县域</a><a href="#">民生</a><a href="#">文化</a><a href="#">旅游</a><a href="#">健康</a><a href="#">视频</a><a href="#">专题</a></div></div>
<div class="yc-main">
<div class="yc-local">您现在的位置： 宜城新闻网 &gt; 安庆要闻</div>
<div class="yc-tit">
<h1>{m['title']}</h1>
<h2>——沿江8公里岸线“点亮”迎五一</h2>
</div>
<div class="yc-attr">{m['publish_time']} | 来源：安庆日报 | 作者：程子涵 | 编辑：方圆 | 点击：<span>5310</span></div>
<div class="yc-text">
{body}
</div>
<div class="yc-pn">
<p>上一篇：<a href="#">菱湖公园牡丹迎来最佳观赏期</a></p>
<p>下一篇：<a href="#">我市启动2025年城市精细化管理提升行动</a></p>
</div>
<p><b>分享到：</b> <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></p>
</div>
<div class="yc-foot">
<a href="#">网站简介</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a><br>
安庆日报社主办　Copyright © 2008-2025 宜城新闻网 All Rights Reserved<br>
皖ICP备08101462号　互联网新闻信息服务许可证：34120170008
</div>
"""
