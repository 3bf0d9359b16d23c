from lib import *

PAGE = dict(
    id="xv-15", kind="media", lang="zh",
    title="杨浦滨江再延伸2.3公里 “工业锈带”变身“生活秀带”",
    authors=["李敏", "陈欢"], publish_time="2025-04-26 19:05:33",
    doc_title="杨浦滨江再延伸2.3公里 “工业锈带”变身“生活秀带” | 申江新闻",
    css=MEDIA,
)
CSS = """
.topline{background:#1b1b1b}
.chan{border-top-color:#e60012}
.ainfo{color:#999;font-size:13px;margin-bottom:20px}
.ainfo span{margin-right:20px}
.text h3{border-left:4px solid #e60012;padding-left:8px}
"""

BODY = """
orig 原标题：滨江又“长”了一截！杨浦滨江南段新贯通岸线今起开放
p 今天上午，杨浦滨江南段新贯通的2.3公里岸线正式向市民开放。至此，杨浦滨江公共空间贯通总长度达到7.8公里，从秦皇岛路码头一路向东延伸至定海路桥附近。
h 老厂房里“长”出新空间
p 新开放段原为船厂、纺织厂和煤气厂的生产岸线。改造中，设计团队保留了12处工业遗存，包括两座老吊车、一段运煤栈桥和一组钢结构厂房。其中，原煤气厂储气罐旁的钢构厂房被改造成半室外的“滨江会客厅”，可以举办展览和市集。
p “我小时候就住在这附近，那时候江边都是围墙，根本看不到江。”75岁的居民张老伯一早就来了，他在老吊车下拍了很多照片，“现在能沿着江一直走，感觉像换了个地方。”
h 慢行系统全线连通
p 新贯通段延续了杨浦滨江“三道”设计，漫步道、跑步道和骑行道分别设置，全线无断点。岸线上新增了4座驿站，提供饮水、休憩、母婴室等服务，其中2座驿站24小时开放。
p 为方便市民前往，公交杨浦线路将在周末增开滨江专线，地铁12号线相关站点也设置了滨江导向标识。
h 今年还将开放更多区域
p 据杨浦区相关部门介绍，今年下半年，杨浦滨江还将陆续开放一座工业博物馆和一处亲水平台，并结合“上海城市空间艺术季”举办系列活动，让“工业锈带”真正变成市民可感可及的“生活秀带”。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">申江新闻</a><a href="#">申江晚报</a><a href="#">APP下载</a><a href="#">登录</a></div></div>
<div class="w">
<div class="logo-row">{img("申江新闻", 200, 60)}{search("搜一搜")}</div>
<div class="chan"><a href="#">要闻</a><a href="#">上海</a><a href="#">区情</a><a href="#">城事</a><a href="#">财经</a><a href="#">文体</a><a href="#">视频</a><a href="#">直播</a></div>
<div class="layout"><div class="maincol">
<h1 class="headline">杨浦滨江再延伸2.3公里 “工业锈带”变身“生活秀带”</h1>
<div class="ainfo"><span>作者 | 李敏 陈欢</span><span>2025-04-26 19:05:33</span><span>来源：申江新闻</span></div>
<div class="text">
{body}
</div>
<p class="editor">编辑：沈佳　　责编：吴蓉</p>
<p class="ed">题图来源：杨浦区融媒体中心　图片编辑：项阳</p>
<div class="share"><a href="#">点赞 328</a><a href="#">收藏</a><a href="#">分享</a></div>
<h4>猜你喜欢</h4>
{dated_list([("徐汇滨江龙美术馆西岸馆推出春季特展","04-25"),("黄浦江两岸公共空间五一将举办多场活动","04-24"),("北外滩新地标年内亮相","04-22")])}
</div>
<div class="sidecol"><h4>24小时热榜</h4>{ul(["上海这些公园五一延长开放","沪上首批“全龄友好”社区名单出炉","上海今天最高气温27℃","申城地铁五一期间延时运营"], "rel")}
{qr("下载申江新闻APP")}</div>
</div></div>
<div class="footer">
<p>申江新闻 版权所有 未经授权不得转载</p>
<p>沪ICP备14011572号-4　沪公网安备31010602004117号　互联网新闻信息服务许可证：31120180004</p>
</div>
"""
