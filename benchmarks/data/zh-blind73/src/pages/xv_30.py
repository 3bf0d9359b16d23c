from lib import *

PAGE = dict(
    id="xv-30", kind="self-media", lang="zh",
    title="北京骑行新路线：从亮马河到温榆河，这条滨水绿道一路都是风景",
    authors=["骑行北京"], publish_time="2025-06-03 21:14",
    doc_title="北京骑行新路线：从亮马河到温榆河，这条滨水绿道一路都是风景 - 微博",
    css=SELF,
)
CSS = """
.wb-top{background:#fff;border-bottom:1px solid #eee;height:56px;display:flex;align-items:center;gap:30px;padding:0 40px}
.cover{background:#ccc;height:260px}
.wb-meta{color:#939393;font-size:13px;margin:14px 0 24px}
.wb-meta a{color:#eb7350}
.wb-meta p{margin:2px 0}
.wb-act{border-top:1px solid #eee;padding-top:10px;color:#808080}
.wb-act span{margin-right:30px}
.cmt li{border-bottom:1px solid #f2f2f2;padding:8px 0}
"""
FMT = {"h": "<h3>{}</h3>"}

BODY = """
p 周末又骑了一次新开放的滨水绿道，从亮马河一路骑到温榆河公园，全程大约26公里，路况很好，推荐给大家。
h 路线
li 起点：亮马河国际风情水岸（燕莎段）
li 途经：东坝郊野公园—东坝河绿道—金盏森林公园
li 终点：温榆河公园（朝阳段）南门
p 全程基本都是专用骑行道或者人车分离的绿道，只有东坝附近有约800米需要走辅路，注意避让机动车。
h 沿途亮点
p 亮马河段沿河的餐厅和咖啡馆很多，早上骑过去人不多，可以先吃个早饭。东坝河绿道是今年5月刚贯通的，两边种了很多月季，现在正是花期。金盏森林公园里有一段林荫路，夏天骑行很凉快。
p 到温榆河公园以后，可以在南门附近的驿站休息，有饮水和补胎工具，公园里还有自行车租赁点。
h 注意事项
p 一是周末上午10点以后亮马河段人会比较多，建议早点出发；二是绿道部分路段夜间照明不足，天黑前尽量结束骑行；三是请大家文明骑行，不要在步行道上骑快车。
p 我们6月7日（周六）早上7点在亮马河燕莎段集合组织一次骑行，欢迎大家评论区报名，名额30人。
"""


def page(body):
    return f"""
<div class="wb-top">{img("微博", 80, 30)}{search("搜索微博")}<a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">登录/注册</a></div>
<div class="wrap">
<div class="art">
<div class="cover">{img("头图", 1, 1)}</div>
<h1>北京骑行新路线：从亮马河到温榆河，这条滨水绿道一路都是风景</h1>
<div class="wb-meta"><p><a href="#">骑行北京</a>　<span>北京骑行领域博主</span></p><p>发布于 2025-06-03 21:14　<span>阅读数 3.6万</span></p></div>
<div class="body">
{body}
</div>
<div class="wb-act"><span>转发 286</span><span>评论 512</span><span>赞 2371</span></div>
<div class="card"><h4>评论</h4><ul class="cmt"><li>老马识途：报名+1，周六见！ 6-4 08:12</li><li>西瓜不甜：东坝那段确实要小心，上周差点被车剐了 6-3 22:40</li><li>北京骑士团：收藏了，这周末就去 6-3 21:30</li></ul></div>
</div>
<div class="side"><div class="card">{img("骑行北京", 48, 48)}<p><b>骑行北京</b></p><p>粉丝 28.6万　微博 4123</p><button class="follow" type="button">+关注</button></div>
<div class="card"><h4>TA的文章</h4>{dated_list([("北京十大骑行公园盘点","2025-05-20"),("城市骑行新手装备清单","2025-04-12")])}</div></div>
</div>
"""
