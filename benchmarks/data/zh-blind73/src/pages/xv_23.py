from lib import *

PAGE = dict(
    id="xv-23", kind="media", lang="zh",
    title="端午龙舟赛5月31日锦江开桨 三天活动日程看这里",
    authors=["周舟"], publish_time="2025-05-28 20:15:02",
    doc_title="端午龙舟赛5月31日锦江开桨 三天活动日程看这里-蓉城晚报网",
    css=MEDIA,
)
CSS = """
.topline{background:#d7000f}
.chan{border-top-color:#d7000f}
.authbar{color:#777;font-size:13px;margin-bottom:18px}
table.dt{width:100%}
"""

BODY = """
p 粽香满城，龙舟竞渡。记者从锦江区获悉，2025成都锦江端午龙舟赛将于5月31日至6月2日在锦江九眼桥至安顺廊桥段举行，24支队伍将在三天里展开角逐。
p 据介绍，今年的龙舟赛分为标准龙舟男子组、女子组和混合组三个组别，参赛队伍来自成都、重庆、眉山、乐山等地，其中包括5支由社区居民组成的“邻里队”。赛道全长200米，采取预赛、半决赛、决赛的赛制。
h 活动日程
th 日期 | 时间 | 活动内容 | 地点
tr 5月31日 | 9:30-12:00 | 开幕式、龙舟祭祀表演、预赛 | 九眼桥段
tr 6月1日 | 10:00-16:00 | 半决赛、亲子龙舟体验 | 合江亭至安顺廊桥段
tr 6月2日 | 14:00-17:30 | 决赛、颁奖仪式 | 九眼桥段
p 比赛期间，沿岸还将同步举办端午文化市集，设置包粽子体验、非遗香囊制作、传统游戏等互动区，市民可免费参与。
h 出行提示
p 赛事期间，九眼桥周边部分道路将实施临时交通管制，建议市民乘坐地铁3号线或公交前往观赛。锦江区相关负责人提醒，观赛时请勿翻越护栏、在岸边堤坎处拥挤，注意儿童安全。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">蓉城晚报网</a><a href="#">蓉城晚报数字报</a><a href="#">客户端</a><a href="#">报料</a></div></div>
<div class="w">
<div class="logo-row">{img("蓉城晚报", 200, 60)}{search("请输入关键词")}</div>
<div class="chan"><a href="#">首页</a><a href="#">成都</a><a href="#">区（市）县</a><a href="#">民生</a><a href="#">消费</a><a href="#">文体</a><a href="#">视频</a></div>
<div class="layout"><div class="maincol">
<h1 class="headline">端午龙舟赛5月31日锦江开桨 三天活动日程看这里</h1>
<div class="authbar">作者：蓉城晚报记者 周舟 摄影记者 吴平 2025-05-28 20:15:02</div>
<div class="text">
{body}
</div>
<p class="editor">编辑 蒋雨 责编 钟鸣</p>
<div class="share"><a href="#">分享到微信</a><a href="#">分享到微博</a></div>
<h4>热门推荐</h4>
{dated_list([("龙舟赛决赛结果出炉 眉山队夺得男子组冠军","2025-06-02"),("端午假期成都接待游客超500万人次","2025-06-03"),("锦江夜游新增端午主题航线","2025-05-29")])}
</div>
<div class="sidecol"><h4>成都天气</h4><p>5月29日 多云 21~30℃</p><h4>热榜</h4>{ul(["成都地铁端午延长运营","成都大运公园新场馆开放","成都6月起实施新规"], "rel")}</div>
</div></div>
<div class="footer"><p>蓉城晚报网 版权所有 未经授权禁止复制或建立镜像</p><p>蜀ICP备14010937号-1　川公网安备51010402001275号</p></div>
"""
