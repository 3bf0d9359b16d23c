from lib import *

PAGE = dict(
    id="xv-28", kind="self-media", lang="zh",
    title="重庆这5个看夜景的地方，本地人都不一定全去过",
    authors=["山城生活家"], publish_time="2025-05-28 10:00",
    doc_title="重庆这5个看夜景的地方，本地人都不一定全去过_搜狐网",
    css=SELF,
)
CSS = """
.article-info{color:#999;font-size:13px;margin-bottom:18px}
.article-info .author{color:#406599;margin-right:10px}
.back{display:block;margin-top:20px;color:#406599}
"""
FMT = {"h": "<h3>{}</h3>", "img_cap": '<p><img src="' + GIF + '" alt="{alt}" width="640" height="400"></p><p class="cap">{cap}</p>'}

BODY = """
p 说到重庆，很多人第一反应就是夜景。洪崖洞、解放碑、南山一棵树，这些地方大家都听过，但人多到挤不动也是真的。今天给大家推荐5个相对小众、但夜景一点都不输的地方。
h 1. 鹅岭二厂
p 老厂房改造的文创园区，楼顶天台可以俯瞰长江和渝中半岛。傍晚六七点上去，能同时看到日落和亮灯，拍照非常出片。
h 2. 李子坝观景平台
p 白天看轻轨穿楼，晚上看灯光下的轻轨从楼里“钻”出来，感觉完全不一样。建议晚上8点以后去，人会少很多。
img 轻轨穿楼 | 夜晚的轻轨穿楼
h 3. 弹子石老街
p 在南岸这一侧，可以隔江看渝中半岛和朝天门，角度跟从洪崖洞看过去正好相反。老街上有不少小酒馆，适合坐下来慢慢看。
h 4. 鹅公岩大桥下的江边步道
p 这里基本是本地人散步的地方，游客很少。江风很舒服，对岸的九龙坡灯光倒映在江里，很安静。
h 5. 两江游船
p 最后这个不算小众，但确实值得。建议选晚上9点左右的班次，从朝天门出发，两岸的灯光会在这个时间段全部打开。
p 小贴士：重庆夏天晚上也很热，出门记得带水；很多观景点都有台阶，穿一双舒服的鞋很重要。
"""


def page(body):
    return f"""
<div class="hdr">{img("搜狐", 90, 30)}<a href="#">搜狐首页</a><a href="#">新闻</a><a href="#">旅游</a><a href="#">科技</a>{search("")}<a href="#">登录</a></div>
<div class="wrap">
<div class="art">
<h1>重庆这5个看夜景的地方，本地人都不一定全去过</h1>
<div class="article-info"><span class="author">山城生活家</span>2025-05-28 10:00 发布于重庆</div>
<div class="body">
{body}
</div>
<a class="back" href="#">返回搜狐，查看更多</a>
<p class="stmt">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p class="stmt">责任编辑：</p>
<div class="acts"><span>阅读 (3562)</span><span>点赞</span></div>
</div>
<div class="side"><div class="card">{img("山城生活家", 48, 48)}<p><b>山城生活家</b></p><p>文章 512　总阅读 860万</p><button class="follow" type="button">关注</button></div>
<div class="card"><h4>推荐阅读</h4>{dated_list([("重庆端午去哪玩？这份攻略收好","05-29"),("在重庆吃火锅，这些“黑话”你得懂","05-20"),("磁器口以外，重庆还有这些古镇","05-14")])}</div></div>
</div>
"""
