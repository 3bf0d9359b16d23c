from lib import *

PAGE = dict(
    id="xv-13", kind="media", lang="zh",
    title="北京今年将新建改造城市绿道200公里",
    authors=["高路", "韩雪"], publish_time="2025-04-18 18:42:15",
    doc_title="北京今年将新建改造城市绿道200公里_中国时讯网",
    css=MEDIA,
)
CSS = """
.chan{border-top-color:#c4161c}
.hdinfo{color:#666;font-size:14px;border-bottom:1px solid #e5e5e5;padding-bottom:10px;margin-bottom:20px;display:flex;justify-content:space-between}
.hdinfo .l span{margin-right:16px}
.zb{color:#999;font-size:13px;margin-top:24px}
"""

BODY = """
p 新华社北京4月18日电（记者 高路 韩雪）记者18日从北京市园林绿化局获悉，北京今年将新建改造城市绿道200公里，重点推进温榆河、永定河沿线绿道贯通和中心城区“断点”连接，到年底全市绿道总里程将超过1800公里。
p 据介绍，今年建设的绿道将突出“连山、串水、通园”，在朝阳、海淀、丰台、通州等区打通一批社区与公园、公园与公园之间的步行和骑行通道。其中，温榆河绿道将新增贯通约28公里，建成后可串联沿线6处郊野公园和湿地。
p 北京市园林绿化局有关负责人表示，绿道建设将尽量利用现有河道堤岸、道路防护绿带和公园边角空间，少占地、不大拆大建，同时配套建设驿站、休憩座椅、公共卫生间和标识系统，方便市民健身休闲。
p 为提升绿道的使用体验，北京还将对已建成的部分绿道开展“体检”，重点修复破损路面、优化夜间照明、消除与机动车道交叉处的安全隐患。今年5月起，市民可通过“北京绿道”小程序查询绿道路线、驿站位置和实时人流情况。
p 截至2024年底，北京已建成各级绿道1620公里，形成了以三山五园绿道、亮马河绿道、南中轴绿道等为代表的一批特色绿道，年接待市民游客超过5000万人次。
"""


def page(body):
    return f"""
<div class="topline"><div class="w"><a href="#">首页</a><a href="#">手机版</a><a href="#">客户端</a><a href="#">登录</a>2025年6月12日</div></div>
<div class="w">
<div class="logo-row">{img("中国时讯网", 220, 60)}{search("搜索新闻")}</div>
<div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">国际</a><a href="#">财经</a><a href="#">社会</a><a href="#">地方</a><a href="#">科技</a><a href="#">文旅</a><a href="#">视频</a></div>
<div class="layout"><div class="maincol">
<div class="crumb"><a href="#">中国时讯网</a> &gt; <a href="#">地方</a> &gt; 正文</div>
<h1 class="headline">北京今年将新建改造城市绿道200公里</h1>
<div class="hdinfo"><div class="l"><span>2025-04-18 18:42:15</span><span>来源：新华社</span></div><div class="r"><a href="#">【字体：大 中 小】</a></div></div>
<div class="text">
{body}
</div>
<div class="zb">【纠错】　【责任编辑：薛涛】</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a><a href="#">复制链接</a></div>
<h4>相关新闻</h4>
{dated_list([("北京温榆河公园二期年内开放","2025-04-11"),("北京今年将新增口袋公园和小微绿地50处","2025-03-28"),("北京市民可通过小程序认领“绿色家园”","2025-03-12")])}
</div>
<div class="sidecol"><h4>热点推荐</h4>
{ul(["多地推出“五一”文旅消费新举措","2025年全国春播进度过半","一季度我国国内生产总值同比增长","京津冀协同发展十一周年：交通一体化提速"], "rel")}
<h4>图片新闻</h4>{img("颐和园春色", 300, 170)}<p>颐和园春色</p></div>
</div></div>
<div class="footer">
<p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a> | <a href="#">网站地图</a></p>
<p>互联网新闻信息服务许可证10120170026　京ICP证040089号　京公网安备11010502038841号</p>
<p>Copyright © 2000-2025 中国时讯网 版权所有</p>
</div>
"""
