from lib import *

PAGE = dict(
    id="xv-20", kind="media", lang="zh",
    title="大熊猫国家公园四川片区去年监测到野生大熊猫活动痕迹逾1200处",
    authors=["杨帆", "陈曦"], publish_time="2025年03月21日08:21",
    doc_title="大熊猫国家公园四川片区去年监测到野生大熊猫活动痕迹逾1200处|大熊猫_新闻_华景网",
    css=MEDIA,
)
CSS = """
.topline{background:#f5f5f5;color:#333}
.topline a{color:#333}
.chan{border-top-color:#ff8200}
.date-source{font-size:13px;color:#666;margin-bottom:16px}
.date-source .date{margin-right:10px}
.keywords{color:#999;font-size:12px}
.article-editor{text-align:right;color:#999;font-size:12px}
.cmnt{border:1px solid #eee;padding:12px;margin-top:16px;color:#999}
.cmnt textarea{width:100%;height:60px}
"""

BODY = """
p 新华社成都3月20日电（记者 杨帆 陈曦）记者20日从大熊猫国家公园四川省管理局获悉，2024年大熊猫国家公园四川片区通过红外相机和日常巡护，共监测到野生大熊猫活动痕迹1236处，拍摄到野生大熊猫影像资料300余次。
p 据介绍，大熊猫国家公园四川片区去年共布设红外相机4800余台，开展巡护监测2.1万余次，巡护里程超过16万公里。监测数据显示，野生大熊猫在岷山、邛崃山等山系的活动范围较往年有所扩大，部分区域还记录到带仔活动的雌性大熊猫。
p 除大熊猫外，红外相机还记录到川金丝猴、雪豹、绿尾虹雉、林麝等珍稀野生动物的活动影像。其中，雪豹在四川片区有4个监测点位被连续多年拍到。
p 四川省管理局有关负责人表示，近年来，当地持续推进栖息地修复和生态廊道建设，累计修复大熊猫栖息地20余万亩，打通了多处因道路、村落造成的隔离带，为大熊猫种群交流创造了条件。
p 下一步，四川将进一步完善“天空地”一体化监测体系，推进智慧国家公园建设，并加强社区共建共管，引导周边群众参与生态保护和自然教育。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">华景网首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">科技</a><a href="#">博客</a><a href="#">视频</a><a href="#">登录</a></div></div>
<div class="w">
<div class="logo-row">{img("华景新闻", 160, 50)}{search("热搜：五一出行")}</div>
<div class="chan"><a href="#">新闻中心</a><a href="#">国内</a><a href="#">国际</a><a href="#">社会</a><a href="#">军事</a><a href="#">评论</a><a href="#">图片</a></div>
<div class="layout"><div class="maincol">
<h1 class="headline">大熊猫国家公园四川片区去年监测到野生大熊猫活动痕迹逾1200处</h1>
<div class="date-source"><span class="date">2025年03月21日08:21</span> <a href="#">新华社</a> <a href="#">大 中 小</a> <a href="#">评论(126)</a></div>
<div class="text">
{body}
</div>
<p class="keywords">关键词：大熊猫 国家公园 四川</p>
<p class="article-editor">责任编辑：张子龙 SN226</p>
<div class="share">分享到：<a href="#">微博</a><a href="#">微信</a><a href="#">QQ空间</a></div>
<div class="cmnt"><p>我要评论</p><textarea placeholder="文明上网，理性发言"></textarea><p>发布</p></div>
<h4>相关阅读</h4>
{dated_list([("卧龙保护区红外相机拍到大熊猫母子","2025-03-19"),("雪豹现身四川贡嘎山区域","2025-03-15"),("大熊猫“和花”近况公布","2025-03-24")])}
</div>
<div class="sidecol"><h4>新闻排行</h4>{ul(["全国两会后各地部署重点工作","多地气温创同期新高","成都地铁新线开通运营","国内油价迎来下调"], "rel")}</div>
</div></div>
<div class="footer"><p>华景网客户服务热线：400-6900-xxx　欢迎批评指正</p><p>Copyright © 1996-2025 HUAJING Corporation, All Rights Reserved</p><p>京ICP证000007号　京公网安备11000002000016号</p></div>
"""
