# 搜狐号 -- account 漳州城事通, "文 | 陈秋萍" byline line inside the article, 返回搜狐 / 责任编辑 / 平台声明
from lib import *

META = dict(
    id="xw-27", kind="self-media", lang="zh",
    title="古城百年老店的四果汤，又排起了长队",
    authors=["陈秋萍"],
    publish_time="2025-04-26 08:31",
)

BODY = [
    X('<p class="sh-by">文 | 陈秋萍</p>'),
    P("天气一热，漳州古城香港路上的那家四果汤老店门口，又排起了长队。"),
    P("这家店开了一百多年，传到现在已经是第四代。店面不大，只有六七张桌子，墙上挂着一块褪了色的木招牌。老板娘王阿姨说，每年四月底开始就进入旺季，周末一天能卖出一千多碗。"),
    P("所谓“四果汤”，其实料远不止四种。一碗端上来，有石花冻、薏米、绿豆、莲子、芋圆、红豆，再浇上一勺自熬的糖水，加上刨冰，清甜解暑。“石花冻每天凌晨就开始熬，要熬四个多小时，凉了才能切块。”王阿姨说，这么多年，做法一直没变过。"),
    IMG("一碗四果汤", None),
    P("排队的人里，有不少是外地游客。来自江西的游客刘先生说，他是在网上看到推荐专门找过来的，“排了二十分钟，值了”。也有附近的老街坊，端着自家的大碗来打包，“从小吃到大，还是这个味道”。"),
    P("如今，古城里卖四果汤的店铺越来越多，但老店依然坚持手工熬料、现点现做。王阿姨说，儿子大学毕业后也回来帮忙了，还开通了线上外卖，“老手艺不能丢，也要跟上年轻人的节奏”。"),
]

STYLE = dict(p="<p>{}</p>", img='<p class="sh-img"><img src="' + GIF + '" alt="{alt}" width="600" height="400"></p>')

CSS = """
body{margin:0;background:#f6f6f6;font-family:"PingFang SC","Microsoft YaHei";color:#191919}
.sh-head{background:#fff;height:64px;border-bottom:1px solid #e5e5e5}
.sh-head .w{width:1140px;margin:0 auto;display:flex;align-items:center;gap:22px;height:64px;font-size:15px}
.sh-head .rt{margin-left:auto}
.sh-wrap{width:1140px;margin:20px auto;display:flex;gap:20px}
.sh-left{width:200px;background:#fff;padding:16px;font-size:13px;text-align:center}
.sh-article{flex:1;background:#fff;padding:30px 50px}
.sh-right{width:260px;background:#fff;padding:16px;font-size:14px}
.sh-article h1{font-size:28px;line-height:1.4;margin:0 0 12px}
.sh-article-info{font-size:14px;color:#888;margin-bottom:20px}
.sh-article-info .time{margin-right:10px}
.sh-body p{font-size:17px;line-height:1.85;margin:0 0 20px}
.sh-by{color:#666}
.sh-img{text-align:center}
.sh-back{font-size:14px;color:#1f83e2;margin-top:30px}
.sh-editor{font-size:14px;color:#888}
.sh-stmt{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:10px;margin-top:20px}
"""


def page(body):
    m = META
    return f"""
<div class="sh-head"><div class="w">{img("搜狐", 90, 30)}<a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">教育</a><a href="#">时尚</a><a href="#">科技</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">更多</a><span class="rt"><a href="#">登录狐友</a></span></div></div>
<div class="sh-wrap">
<div class="sh-left">{img("漳州城事通头像", 70, 70)}<p><b>漳州城事通</b></p><p>文章 2316　总阅读 860万</p><p><a href="#">查看TA的文章&gt;</a></p></div>
<div class="sh-article">
<h1>{m['title']}</h1>
<div class="sh-article-info"><span class="time">{m['publish_time']}</span>发布于：福建省</div>
<div class="sh-body">
{body}
</div>
<p class="sh-back"><a href="#">返回搜狐，查看更多</a></p>
<p class="sh-editor">责任编辑：</p>
<div class="sh-stmt">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<p style="font-size:13px;color:#888">阅读 (6021)</p>
</div>
<div class="sh-right">
<b>作者最新文章</b>
<ul>
<li><a href="#">漳州这条老街修缮完成，五一开街</a></li>
<li><a href="#">南山寺的素面，你吃过吗？</a></li>
<li><a href="#">九龙江边的新晋露营地，周末人气爆棚</a></li>
</ul>
<b>推荐阅读</b>
<ul><li><a href="#">福建人夏天离不开的10种糖水</a></li><li><a href="#">漳州古城一日游攻略，本地人带你玩</a></li></ul>
</div>
</div>
"""
