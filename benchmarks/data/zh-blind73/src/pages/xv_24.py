from lib import *

PAGE = dict(
    id="xv-24", kind="media", lang="zh",
    title="“夜京城”要亮，更要暖",
    authors=["张弛"], publish_time="2025/05/16 10:00:00",
    doc_title="“夜京城”要亮，更要暖 - 京华热线评论频道",
    css=MEDIA,
)
CSS = """
.topline{background:#15407a}
.chan{border-top-color:#15407a}
.plinfo{color:#888;font-size:13px;margin-bottom:14px}
.plinfo div{line-height:22px}
.text .by{font-size:16px;color:#15407a}
"""

BODY = """
by 文/ 张弛
p 入夏以来，北京各区的夜间消费活动陆续开场：亮马河的游船重新起航，前门大街的夜市人头攒动，不少商场把营业时间延长到22点以后。“夜京城”越来越亮，这是城市活力的体现，也是扩大内需的有力抓手。
p 但“亮起来”只是第一步。从一些市民的反馈看，夜间出行不便、停车难、配套不足仍是不少夜经济地标的短板。逛到深夜，地铁停运，打车排队半小时；想带孩子去夜市，却找不到一处干净的母婴室；有的夜市烧烤摊占道经营，油烟和噪声让周边居民不堪其扰。这些问题看似琐碎，却直接影响着人们“还想不想再来”。
p 让“夜京城”暖起来，关键在于精细化的公共服务。交通上，可以根据客流数据在重点区域试点延长公交和地铁运营时间，开通夜间接驳专线；管理上，要在活力和秩序之间找到平衡，既给小商户留出经营空间，也要守住噪声、油烟和食品安全的底线；服务上，公共卫生间、休息座椅、应急医疗点等设施要跟得上。
p 夜经济不只是“买买买”。博物馆、美术馆、书店的夜间开放，公园里的夜跑和露天电影，同样是夜间生活的重要组成部分。一座城市的夜晚，既要有烟火气，也要有书卷气。
p 城市之“暖”，归根到底体现在对人的关照上。只有让市民和游客在夜色里走得安心、玩得舒心，“夜京城”的灯光才能越亮越久。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">京华热线</a><a href="#">新闻</a><a href="#">评论</a><a href="#">区县</a><a href="#">图片</a><a href="#">视频</a></div></div>
<div class="w">
<div class="logo-row">{img("京华热线 评论频道", 220, 60)}{search("搜索")}</div>
<div class="chan"><a href="#">评论首页</a><a href="#">京华时评</a><a href="#">热线锐评</a><a href="#">网友说</a><a href="#">专栏</a></div>
<div class="layout"><div class="maincol">
<div class="crumb">京华热线 &gt; 评论 &gt; 京华时评</div>
<h1 class="headline">“夜京城”要亮，更要暖</h1>
<div class="plinfo"><div>2025/05/16 10:00:00</div><div>来源：京华热线　　责任编辑：孔令宇</div></div>
<div class="text">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<h4>京华时评</h4>
{dated_list([("让“15分钟健身圈”更贴心","2025/05/15"),("老字号要守正更要出新","2025/05/14"),("别让“网红打卡”挤占居民生活","2025/05/12")])}
</div>
<div class="sidecol"><h4>专栏作者</h4><p>张弛 城市观察者</p><p>李萌 文化评论员</p></div>
</div></div>
<div class="footer"><p>京华热线 版权所有</p><p>京ICP证060371号　京公网安备11010102000893号　举报电话：010-6319xx00</p></div>
"""
