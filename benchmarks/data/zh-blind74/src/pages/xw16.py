# 刺桐新闻网 (泉州 city portal) -- 2013 table layout, info bar glued with full-width spaces incl. "作者：记者 … 通讯员 …"
from lib import *

META = dict(
    id="xw-16", kind="media", lang="zh",
    title="“五一”假期古城将推出12条文旅主题线路",
    authors=["蔡思颖", "黄志鹏"],
    publish_time="2025-04-24 08:56:11",
)

BODY = [
    P("“五一”假期临近，泉州古城各景区景点、街巷商家正在为迎接客流高峰做准备。记者从鲤城区文体旅游局获悉，假期期间，古城将推出“宋元风华”“非遗寻踪”“闽南美食”等12条文旅主题线路，并同步开展40余场文化活动。"),
    P("在西街，南音、提线木偶等非遗展演将在钟楼、开元寺周边轮番上演；在中山路，“骑楼市集”每晚18时至22时开放，集中展示德化瓷、永春漆篮等地方特色产品。“今年我们特别增加了夜间活动，希望游客能在古城多住一晚。”鲤城区文体旅游局工作人员说。"),
    P("为应对客流高峰，古城片区将实行交通管制和分时段预约游览。其中，开元寺、府文庙等热门景点实行“预约+限流”，日最大承载量分别控制在3万人次和1.5万人次。古城周边新增临时停车泊位1800个，并开通4条免费接驳专线，游客可“停车换乘”进入古城。"),
    P("据预测，“五一”假期泉州古城日均接待游客将超过25万人次。相关部门提醒，游客出行前可通过“泉州文旅”小程序查询景点预约、停车位余量等实时信息，合理安排行程，错峰出游。"),
]

STYLE = dict(p="<p>　　{}</p>")

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
.ct_top{background:#1c5d99;color:#fff;height:26px;line-height:26px}
.ct_nav td{background:#2f74b5;text-align:center;height:30px}
.ct_nav a{color:#fff;font-size:14px;font-weight:bold}
.ct_title{font-size:24px;font-family:黑体;text-align:center;padding:18px 0 6px;color:#0b3c6e}
.ct_info{text-align:center;color:#555;border-bottom:1px solid #bcd;padding-bottom:6px}
.ct_content{font-size:15px;line-height:28px;padding:8px 16px}
.ct_box{border:1px solid #c6d9ec}
.ct_box .hd{background:#e7f0fa;font-weight:bold;padding:4px 8px;font-size:13px;color:#1c5d99}
.ct_foot{border-top:2px solid #1c5d99;color:#444;line-height:22px;text-align:center;padding:8px 0}
"""


def page(body):
    m = META
    return f"""
<table width="980" align="center" cellspacing="0" cellpadding="0" class="ct_top"><tr><td>&nbsp;刺桐新闻网——泉州第一新闻门户</td><td align="right"><a href="#" style="color:#fff">泉州晚报</a> | <a href="#" style="color:#fff">东南早报</a> | <a href="#" style="color:#fff">手机版</a>&nbsp;</td></tr></table>
<table width="980" align="center" cellspacing="0" cellpadding="0"><tr><td width="300">{img("刺桐新闻网", 280, 80)}</td><td align="right">{img("广告位招租 0595-22597638", 660, 80)}</td></tr></table>
<table width="980" align="center" cellspacing="1" cellpadding="0" class="ct_nav"><tr>
<td><a href="#">首 页</a></td><td><a href="#">泉州新闻</a></td><td><a href="#">县市区</a></td><td><a href="#">社会</a></td><td><a href="#">财经</a></td><td><a href="#">文旅</a></td><td><a href="#">台海</a></td><td><a href="#">侨乡</a></td><td><a href="#">图片</a></td><td><a href="#">论坛</a></td>
</tr></table>
<table width="980" align="center" cellspacing="0" cellpadding="0" style="margin-top:8px"><tr>
<td width="690" valign="top">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">泉州新闻</a> &gt; <a href="#">本地</a></div>
<div class="ct_title">{m['title']}</div>
<div class="ct_info">{m['publish_time']}　来源：泉州晚报　作者：记者 蔡思颖 通讯员 黄志鹏　<a href="#">我要评论</a></div>
<div class="ct_content">
{body}
</div>
<div style="text-align:right;padding-right:16px">编辑：杨晓婷</div>
<div class="ct_box"><div class="hd">相关阅读</div>
<ul><li><a href="#">古城“五一”预约游览今起开放</a>（04-23）</li><li><a href="#">西街夜间经济再添新场景</a>（04-20）</li><li><a href="#">泉州获评“2025年度最具人气文旅城市”</a>（04-18）</li></ul></div>
</td>
<td width="12"></td>
<td width="278" valign="top">
<div class="ct_box"><div class="hd">图片新闻</div><p>{img("开元寺东西塔", 260, 170)}</p><p>开元寺东西塔</p></div>
<div class="ct_box"><div class="hd">热门文章</div><ul><li><a href="#">泉州市区新开3条公交线路</a></li><li><a href="#">晋江机场“五一”加密航班</a></li><li><a href="#">清源山景区“五一”门票预约须知</a></li></ul></div>
</td>
</tr></table>
<table width="980" align="center" class="ct_foot"><tr><td>
<a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a><br>
泉州晚报社主办　版权所有 刺桐新闻网　Copyright © 2006-2025<br>
闽ICP备05014538号　闽新闻备案号：35120160007　闽公网安备 35050202000084号
</td></tr></table>
"""
