# 头条号 (今日头条 article page): the left action rail (赞/评论/收藏/分享) comes
# before the article in the copy; headline ending in a question mark; meta line
# 原创 · date · account; no person named, so the account is the author.
from kit import *

META = dict(
    id="xm-25", kind="self-media", lang="zh",
    title="去张掖看七彩丹霞，为什么最好是傍晚去？",
    authors=["西北旅行家老杨"],
    publish_time="2025-05-30 18:22",
)
HTML_TITLE = "去张掖看七彩丹霞，为什么最好是傍晚去？ - 今日头条"
CSS = BASE_CSS + """
body{font-family:"PingFang SC","Helvetica Neue",Arial,sans-serif;color:#222}
.tt-top{height:44px;display:flex;align-items:center;padding:0 20px;border-bottom:1px solid #eee;font-size:14px}
.tt-top .logo{color:#f04142;font-weight:bold;font-size:18px;margin-right:20px}
.tt-top a{margin-right:16px}
.tt-top .r{margin-left:auto}
.main{width:1120px;margin:20px auto;display:flex;gap:40px}
.rail{width:60px;text-align:center;font-size:13px;color:#666}
.rail div{margin-bottom:22px}
.article{flex:1;max-width:680px}
h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.meta{font-size:13px;color:#999;margin-bottom:24px}
.meta .orig{border:1px solid #f04142;color:#f04142;padding:0 3px;margin-right:8px;font-size:12px}
.content{font-size:18px;line-height:1.8}
.content p{margin:0 0 22px}
.content h2{font-size:20px;margin:28px 0 14px}
.content .pic-cap{font-size:14px;color:#999;text-align:center}
.report{font-size:13px;color:#999;margin:30px 0}
.side{width:300px}
.author{border:1px solid #eee;border-radius:6px;padding:16px;text-align:center}
.author .n{font-weight:bold;font-size:16px}
.author .btn{display:inline-block;background:#f04142;color:#fff;border-radius:4px;padding:4px 20px;margin-top:8px}
.side h4{margin:20px 0 8px}
.side li{padding:6px 0;font-size:14px}
.comment{max-width:680px;margin:0 auto 30px 160px;border-top:1px solid #eee;padding-top:14px;font-size:14px}
"""
TEMPLATE = f"""
<div class="tt-top"><span class="logo">今日头条</span>{links(["首页", "下载头条", "发布作品"])}<span class="r">{search("搜索站内资讯、视频或用户", "")}</span><a href="#">登录</a></div>
<div class="main">
<div class="rail"><div>👍<br>1.2万</div><div>💬<br>356</div><div>⭐<br>收藏</div><div>↗<br>分享</div></div>
<div class="article">
<h1>@@TITLE@@</h1>
<div class="meta"><span class="orig">原创</span><span>@@DATE@@</span>·<span>西北旅行家老杨</span></div>
<div class="content">
@@BODY@@
</div>
<div class="report">举报/反馈</div>
</div>
<div class="side">
<div class="author">{img("头像", 60, 60)}<div class="n">西北旅行家老杨</div><div>12.6万粉丝 · 优质旅游领域创作者</div><span class="btn">关注</span></div>
<h4>作者最新文章</h4>{ul(["青海湖环湖自驾，这5个观景点千万别错过", "敦煌鸣沙山骑骆驼，早上还是下午好？", "甘南扎尕那：藏在石城里的人间仙境"])}
<h4>相关推荐</h4>{ul(["张掖七彩丹霞门票多少钱？2025最新攻略", "西北大环线12天自驾路线分享", "河西走廊上的四座古城，你去过几座？"])}
</div>
</div>
<div class="comment"><b>评论 356</b><p><input type="text" placeholder="写下你的评论..."><button type="button">发布</button></p>
<p>张掖小王：傍晚确实好看，就是人太多了，建议工作日去。　2025-05-31</p><p>旅途中的猫：收藏了，七月去</p></div>
"""
OPTS = dict(pstyle="p", hstyle="h2", capstyle="p")
BODY = """
p 上个月第三次去张掖，专门在七彩丹霞景区待了一整天，从早上开园一直到太阳落山。对比下来，我的结论很明确：看七彩丹霞，一定要选傍晚。
p 为什么这么说？给大家说说我的几点体会。
h 一、光线决定了颜色
p 丹霞地貌的颜色来自不同时期沉积的砂岩和泥岩，红、黄、橙、灰、白层层叠叠。但这些颜色能不能“显”出来，很大程度上取决于光线。中午阳光直射，山体反光强，看上去发白、发灰，拍出来的照片也平淡。傍晚太阳角度低，侧光照在山体上，层次感和饱和度一下子就出来了。
img 傍晚时分的七彩丹霞
cap 傍晚时分的七彩丹霞，颜色最为饱满
h 二、气温更舒服
p 张掖夏天白天紫外线很强，景区里几乎没有遮阳的地方，中午在观景台上站十分钟就晒得发烫。傍晚气温降下来，风也凉快，走栈道不累。
h 三、日落是“压轴大戏”
p 景区一共有四个观景台，其中二号和四号观景台是看日落的最佳位置。太阳落山前后大约半小时，整片山体会从橙红变成紫红，再慢慢暗下去，那种变化很难用语言形容。
h 几点小提醒
p 1.景区实行区间车游览，夏季最后一班区间车一般在日落后半小时左右，出发前最好在售票处确认时间；
p 2.四号观景台人最多，建议提前一小时上去占位置；
p 3.早晚温差大，记得带一件外套；
p 4.栈道以外的区域严禁踩踏，丹霞地貌一旦被破坏很难恢复。
p 如果你只有一天时间，可以上午去平山湖大峡谷，下午四点以后再进七彩丹霞，这样两个景点都不耽误。
"""
