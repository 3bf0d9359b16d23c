from lib import links, lis, GIF

PAGE = dict(
    id="wi-26", kind="self-media", lang="zh",
    region="湖南 长沙", site="今日头条·头条号“浏阳生活圈”（文章页）",
    title="浏阳这家开了30年的米粉店，凌晨4点就亮灯",
    authors=["浏阳生活圈"],
    publish_time="2025-11-21 12:37",
    head_title="浏阳这家开了30年的米粉店，凌晨4点就亮灯 - 今日头条",
    features="头条号文章页：元信息用中点粘连“原创·2025-11-21 12:37·浏阳生活圈·湖南”（无人名，作者取账号名）；"
             "右侧作者卡片（账号名、粉丝数、关注按钮）又出现一次账号名；正文短段落、两个小标题、结尾互动提问（正文）；"
             "图片 alt；“举报”“评论 56”“免责声明”“相关推荐”（含广告标记）等。",
)

BLOCKS = [
    ("p", "在浏阳，一天是从一碗米粉开始的。"),
    ("p", "凌晨4点多，城区老街的一家米粉店就亮起了灯。老板娘汤姐已经在灶台前忙活了半个多小时：大锅里熬着筒子骨汤，旁边的案板上摆着切好的码子——辣椒炒肉、酸豆角肉末、红烧牛肉……"),
    ("img", "米粉店凌晨亮灯", None),
    ("p", "这家店开了整整30年，从汤姐的婆婆手里传下来，店面不大，只有七八张桌子，却常常要排队。"),
    ("p", "“我们家的粉是每天早上现做的湿粉，吃起来滑、有嚼劲。汤一定要用筒子骨熬足四个小时，不能偷懒。”汤姐一边烫粉一边说。"),
    ("h", "老顾客吃了几十年"),
    ("p", "早上6点，店里已经坐满了人。有赶早班的上班族，有送孩子上学的家长，也有专门从长沙开车过来的“吃货”。"),
    ("p", "70岁的罗爹爹是这里的老熟客，“我从四十岁吃到七十岁，口味一直没变。”他每次都点一碗肉丝粉，加一个荷包蛋，再要一小碟剁辣椒。"),
    ("p", "也有年轻人慕名而来。来自长沙的小伙子小陈说，他是刷短视频看到的，“一大早开车过来，排了20分钟，值！”"),
    ("img", "一碗肉丝粉", None),
    ("h", "一碗粉的“坚持”"),
    ("p", "物价涨了，汤姐家的粉价格却一直很实在：肉丝粉9元，牛肉粉13元，码子分量足。有人劝她涨价，她摇摇头：“来吃的多是街坊，做的是人情生意。”"),
    ("p", "每天上午11点，米粉卖完就关门。汤姐说，下午要去市场挑骨头、备码子，第二天才能保证新鲜。"),
    ("p", "汤姐的儿子去年从长沙辞职回来帮忙，给店里开通了线上团购，还把熬汤、烫粉的过程拍成短视频发到网上。“我妈一开始不同意，说酒香不怕巷子深。后来看到外地客人多了，也就默认了。”小伙子笑着说，但店里的规矩一条没改：粉不提前烫，汤不隔夜用。"),
    ("p", "你吃过浏阳哪家米粉？欢迎在评论区分享你心中的“浏阳第一粉”！"),
]

FMT = {
    "p": '<p data-track="1">{t}</p>',
    "h": '<h1 class="pgc-h-arrow-right" data-track="1">{t}</h1>',
    "img": '<div class="pgc-img"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="640" height="427"></div>',
}

CSS = """
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;color:#222}
.tt-header{background:#fff;border-bottom:1px solid #e8e8e8;height:56px;display:flex;align-items:center;padding:0 40px}
.tt-header .logo{color:#f04142;font-size:22px;font-weight:bold}
.tt-header .hs{margin-left:auto;display:flex;gap:16px;font-size:14px;color:#666}
.main-content{display:flex;gap:24px;width:1080px;margin:24px auto}
.left-col{width:60px;font-size:13px;color:#666;text-align:center}
.left-col div{margin-bottom:18px}
.article-content{flex:1;background:#fff;padding:32px 40px}
.article-content h1.t{font-size:28px;line-height:1.4;margin:0 0 14px}
.article-meta{font-size:14px;color:#999;margin-bottom:24px}
.article-meta .original{border:1px solid #ccc;font-size:12px;padding:0 3px}
.article-body p{font-size:18px;line-height:1.85;margin:0 0 20px}
.article-body h1{font-size:20px;margin:28px 0 16px;padding-left:12px;border-left:4px solid #f04142}
.pgc-img img{width:100%;height:auto;background:#eee}
.disc{font-size:13px;color:#aaa;margin-top:20px}
.ops{display:flex;gap:20px;font-size:14px;color:#666;margin:20px 0}
.right-col{width:300px}
.author-card{background:#fff;padding:20px;text-align:center}
.author-card .nm{font-size:17px;font-weight:bold}
.author-card .fo{display:inline-block;background:#f04142;color:#fff;border-radius:4px;padding:4px 20px;margin-top:10px}
.rec{background:#fff;padding:16px 20px;margin-top:16px}
.rec li{list-style:none;font-size:14px;border-bottom:1px solid #f2f2f2;padding:10px 0}.rec ul{padding:0;margin:0}
.rec .ad{font-size:12px;color:#999;border:1px solid #ddd;padding:0 2px;margin-left:4px}
"""


def render(P, body):
    return f"""
<div class="tt-header"><span class="logo">今日头条</span><div class="hs"><span>首页</span><span>下载头条APP</span><span>创作者中心</span><input placeholder="搜索站内资讯、视频或用户"><span>登录</span></div></div>
<div class="main-content">
<div class="left-col"><div>👍<br>128</div><div>💬<br>56</div><div>⭐<br>收藏</div><div>↗<br>分享</div></div>
<div class="article-content">
<h1 class="t">{P['title']}</h1>
<div class="article-meta"><span class="original">原创</span>·<span>{P['publish_time']}</span>·<span class="name"><a href="#">浏阳生活圈</a></span>·<span>湖南</span></div>
<article class="article-body">
{body}
</article>
<div class="disc">免责声明：本文内容由作者发布，不代表平台观点。如有侵权请联系删除。</div>
<div class="ops"><span>举报</span><span>评论 56</span><span>写评论...</span></div>
</div>
<div class="right-col">
<div class="author-card"><img src="{GIF}" alt="" width="60" height="60"><div class="nm">浏阳生活圈</div><div>浏阳本地生活资讯 · 粉丝3.6万</div><span class="fo">+ 关注</span></div>
<div class="rec"><b>相关推荐</b><ul>
<li><a href="#">长沙人过早的十碗粉，你吃过几碗？</a></li>
<li><a href="#">浏阳蒸菜为什么好吃？老师傅说出秘诀</a></li>
<li><a href="#">湖南冬天必吃的腊味，这样做才正宗</a><span class="ad">广告</span></li>
<li><a href="#">大围山今冬第一场雪什么时候来？</a></li>
</ul></div>
</div>
</div>
"""
