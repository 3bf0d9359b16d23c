# 头条号 article — account name only, numbered sub-headings, author card
from kit import *

CSS = """
body{margin:0;font:16px/1.75 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f8f8f8}
a{color:#222;text-decoration:none}
.tt-top{height:48px;background:#fff;border-bottom:1px solid #eee;display:flex;align-items:center;justify-content:space-between;padding:0 24px;font-size:14px}
.tt-top .logo{color:#f04142;font-weight:bold;font-size:20px}
.tt-top a{margin-left:16px}
.layout{width:1100px;margin:16px auto;display:flex;gap:20px}
.left-tools{width:60px;text-align:center;font-size:13px;color:#666;user-select:none}
.article{flex:1;background:#fff;padding:28px 40px}
.title-box h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.article-meta{font-size:14px;color:#999;margin-bottom:20px}
.article-meta span{margin-right:8px}
.original{border:1px solid #f04142;color:#f04142;font-size:12px;padding:0 3px}
.article-content p{margin:0 0 18px}
.article-content h2{font-size:19px;margin:24px 0 12px}
.pic{text-align:center}
.report{font-size:13px;color:#999}
.right{width:300px}
.card{background:#fff;padding:16px;margin-bottom:16px}
.card .name{font-weight:bold}
.card button{background:#f04142;color:#fff;border:0;border-radius:4px;padding:4px 18px}
.comment{background:#fff;padding:20px 40px;margin-top:16px;font-size:14px}
"""

HL = Headline("榆林人冬天爱吃的“钱钱饭”，3种豆子5种做法，你吃过几种？")

BODY = Body([
    P("一进腊月，陕北的早晨冷得刺骨。这时候要是能喝上一碗热乎乎的钱钱饭，从头暖到脚，那叫一个舒坦。"),
    P("很多外地朋友第一次听说“钱钱饭”都会问：是用铜钱做的饭吗？其实，“钱钱”是把黄豆、黑豆泡软后，用石锤砸成又圆又扁的豆片，形状像古时候的铜钱，所以叫钱钱。过去家家户户冬天都要砸上一大缸，够吃一整个冬天。"),
    IMG("砸好的黑豆钱钱"),
    H("1. 小米钱钱饭", tag="h2"),
    P("最常见的吃法。小米和钱钱一起下锅，小火慢熬半个小时，熬到米油浮起来，再撒一把红枣，黏糊糊、香喷喷，老人孩子都爱喝。"),
    H("2. 黑豆钱钱洋芋饭", tag="h2"),
    P("黑豆钱钱口感更韧，加上切成小块的洋芋（土豆），出锅前调一勺葱花炝锅油，咸香下饭，配上酸菜更是一绝。"),
    H("3. 钱钱和和饭", tag="h2"),
    P("陕北人管“米、面、菜一起煮”叫和和饭。钱钱、小米、手擀面加上豆角、南瓜一锅出，一碗顶一顿，是以前下地干活前的“硬饭”。"),
    H("4. 钱钱稀饭配油糕", tag="h2"),
    P("逢年过节，早上熬一锅稀溜溜的钱钱稀饭，配上刚出锅的黄米油糕，甜咸搭配，这是榆林人过年的标配。"),
    H("5. 钱钱炒菜", tag="h2"),
    P("钱钱泡发后也能炒着吃，和腊肉、青椒一起爆炒，豆香浓郁，很有嚼劲。"),
    P("现在超市里也能买到现成的钱钱，不过老一辈人总说，还是自家石锤砸的最香。你们那里冬天爱吃啥？评论区聊聊。"),
], mode="p")

PAGE = dict(
    id="xz-25", kind="self-media", lang="zh", region="陕西", site="今日头条·头条号",
    features="头条号；标题含引号、数字和问号；没有署名的人，作者为账号名；元数据行“原创 2024-12-03 07:42·陕北老李说三农·陕西”；"
             "编号小标题<h2>；左侧点赞/评论工具条user-select:none；右侧作者卡片和相关推荐；评论区",
    title_tag="榆林人冬天爱吃的“钱钱饭”，3种豆子5种做法，你吃过几种？ - 今日头条",
    css=CSS,
    meta={"description": "一进腊月，陕北的早晨冷得刺骨。"},
    authors=["陕北老李说三农"],
    publish_time="2024-12-03 07:42",
    parts=[
        '<div class="tt-top"><div><span class="logo">今日头条</span><a href="#">首页</a><a href="#">下载头条</a><a href="#">头条号</a></div>'
        + search("搜索站内资讯、视频或用户") + '<div><a href="#">登录</a></div></div>',
        '<div class="layout">',
        '<div class="left-tools">👍<br>256<br>💬<br>86<br>⭐<br>收藏<br>↗<br>分享</div>',
        '<div><div class="article">',
        HL,
        '<div class="article-meta"><span class="original">原创</span><span>2024-12-03 07:42</span>·<span><a href="#">陕北老李说三农</a></span>·<span>陕西</span></div>',
        BODY,
        '<p class="report">举报/反馈</p>',
        "</div>",
        '<div class="comment"><b>评论 86</b>' + ul([
            "黄土情深：小时候天天喝，现在想喝都找不到石锤砸的了", "榆林小李：和和饭才是灵魂！", "旅行的鱼：第一次知道钱钱是这么来的"], a=False) + "</div>",
        "</div>",
        '<div class="right"><div class="card">' + img("陕北老李说三农") + '<div class="name">陕北老李说三农</div><p>优质三农领域创作者</p>'
        '<p>128篇文章 · 12.6万粉丝</p><button type="button">关注</button></div>'
        '<div class="card"><b>相关推荐</b>' + ul(["陕北人冬天为啥离不开“钱钱饭”？", "米脂小米为什么这么香", "绥德油旋的3种吃法"]) + "</div></div>",
        "</div>",
    ],
)
