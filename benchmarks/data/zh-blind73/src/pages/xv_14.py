from lib import *

PAGE = dict(
    id="xv-14", kind="media", lang="zh",
    title="朝阳公园夜间开放延至22时 首周接待游客超8万人次",
    authors=["王静"], publish_time="2025年05月12日 07:30 星期一",
    doc_title="朝阳公园夜间开放延至22时 首周接待游客超8万人次 - 北京晚讯网",
    css=MEDIA,
)
CSS = """
.topline{background:#003f7d}
.chan{border-top-color:#003f7d}
.infob{font-size:13px;color:#888;margin-bottom:18px}
.infob em{font-style:normal;margin:0 6px;color:#ccc}
.yd{color:#999;text-align:right;font-size:13px}
"""

BODY = """
p 本报讯（记者 王&nbsp;&nbsp;静）5月4日起，朝阳公园将夜间闭园时间由21时延长至22时，南门、西门、西二门三个大门开放夜间入园。记者昨天从朝阳公园管理处获悉，延时开放首周，公园共接待游客8.3万人次，其中18时以后入园游客占比近四成。
p 前天晚上8点多，记者在朝阳公园看到，沿湖步道的景观灯已经亮起，不少市民在湖边散步、夜跑，草坪上有家长带着孩子放风筝。“下班吃完饭过来走一圈，以前刚逛一会儿就要闭园了，现在能多待一个小时。”家住团结湖的刘先生说。
img 夜晚的朝阳公园 | 夜幕下，市民在朝阳公园湖边散步。本报记者 陈  阳 摄
p 为保障夜间游园安全，公园增加了巡逻人员和安保力量，在重点水域设置了警示标识和救生设备，对园内主要道路的照明进行了补充。公园还在南门广场设置了夜间便民服务点，提供饮用水、充电宝租借和应急药品。
p 朝阳公园管理处相关负责人介绍，夜间延时开放将持续到10月31日。公园将根据客流情况动态调整开放区域，湖心岛等部分区域夜间暂不开放，游客可通过公园公众号查询。
p 据了解，今年市属和区属公园中已有15家推出延时开放措施，玉渊潭、紫竹院等公园也在周末和节假日延长了开放时间。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">北京晚讯网</a><a href="#">数字报</a><a href="#">客户端</a><a href="#">English</a></div></div>
<div class="w">
<div class="logo-row">{img("北京晚讯", 200, 60)}<div>{search("请输入关键词")}</div></div>
<div class="chan"><a href="#">首页</a><a href="#">北京</a><a href="#">民生</a><a href="#">政务</a><a href="#">文化</a><a href="#">体育</a><a href="#">评论</a><a href="#">图片</a></div>
<div class="layout"><div class="maincol">
<div class="crumb">北京晚讯网 &gt; 北京 &gt; 正文</div>
<h1 class="headline">朝阳公园夜间开放延至22时 首周接待游客超8万人次</h1>
<div class="infob">2025年05月12日 07:30 星期一<em>|</em>来源：北京晚讯<em>|</em>编辑：李响<em>|</em>校对：刘畅</div>
<div class="text">
{body}
</div>
<p class="yd">阅读：12396</p>
<div class="share">分享：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<h4>更多新闻</h4>
{dated_list([("玉渊潭公园周末延时开放至21时","2025-05-10"),("北京多家公园推出“夜游”活动","2025-05-08"),("今年北京将新增一批全龄友好公园","2025-04-27")])}
</div>
<div class="sidecol"><h4>排行</h4>{ul(["五一假期北京接待游客人次创新高","北京地铁新线调试进展","本周北京最高气温将达32℃","北京中小学暑假安排公布"], "rel")}</div>
</div></div>
<div class="footer">
<p>北京晚讯网 版权所有　未经书面授权禁止转载</p>
<p>京ICP备12049037号-1　京公网安备11010502045518号　违法和不良信息举报电话：010-8765xx00</p>
</div>
"""
