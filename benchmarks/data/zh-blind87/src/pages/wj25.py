# 头条号文章的 App 分享页（2024）：只有账号名，无真人署名；“打开App”浮条、关注按钮、IP 属地
from blocks import P, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-25", "kind": "self-media", "lang": "zh",
    "title": "立冬过后，天津人的早晨是从一碗锅巴菜开始的",
    "authors": ["津沽美食记"],
    "publish_time": "2025-11-12 19:30",
    "body": [
        P("立冬一过，天津的早晨就冷起来了。六点半，河北区一家开了二十多年的早点铺门口已经排起了队，老板娘一手掀锅盖，一手往碗里码锅巴，热气腾地一下冒出来，整条胡同都是卤子的香味。"),
        P("锅巴菜，天津人叫“嘎巴菜”，是用绿豆和小米磨浆摊成薄薄的煎饼，晾凉后切成柳叶条，浇上用香料、淀粉和酱油熬成的卤子，再撒上芝麻酱、腐乳汁、辣椒油和香菜。一碗下去，浑身都暖和。"),
        IMG("刚出锅的锅巴菜"),
        P("老板娘说，做锅巴菜最讲究的是卤子，八角、花椒、姜末要先用香油煸出味儿，再下大料水，勾芡的时候火候不能急，卤子要稠而不粘。“卤子熬坏了，锅巴再好也白搭。”"),
        P("一碗锅巴菜7块钱，配一套煎饼果子或者两根果子，就是很多老天津人一成不变的早点标配。排在我前面的张大爷说，他在这儿吃了十几年，“换了别家，吃着总觉得差点意思”。"),
        P("如果你冬天来天津，不妨早起一回，找一家胡同里的老早点铺，坐在冒着热气的小桌旁，来一碗锅巴菜，体会一下天津人的早晨。"),
        IMG("排队买早点的市民"),
        P("你最喜欢天津哪一家的锅巴菜？欢迎在评论区推荐。"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Helvetica Neue",sans-serif;color:#222}
a{color:inherit;text-decoration:none}
.topbar{display:flex;justify-content:space-between;align-items:center;padding:10px 16px;border-bottom:1px solid #f2f2f2;max-width:680px;margin:0 auto}
.topbar img{width:90px;height:26px}.topbar .open{background:#f04142;color:#fff;border-radius:4px;padding:4px 12px;font-size:14px}
.article{max-width:680px;margin:0 auto;padding:16px}
.article h1{font-size:22px;line-height:1.45;margin:0 0 14px;font-weight:700}
.author{display:flex;align-items:center;gap:10px;margin-bottom:18px}.author img{width:36px;height:36px;border-radius:50%}
.author .n{font-size:15px;font-weight:600}.author .t{font-size:12px;color:#999}.author .follow{margin-left:auto;background:#f04142;color:#fff;border-radius:14px;padding:3px 14px;font-size:13px}
.content{font-size:17px;line-height:1.8}.content p{margin:0 0 16px}.content .pgc-img{margin:0 0 16px}.content .pgc-img img{width:100%;height:300px;background:#f1f1f1;border-radius:4px}
.ip{font-size:13px;color:#999}
.report{font-size:13px;color:#999;margin-top:10px}
.actions{user-select:none;display:flex;justify-content:space-around;border-top:1px solid #f2f2f2;border-bottom:1px solid #f2f2f2;padding:10px 0;margin:16px 0;font-size:14px;color:#666}
.feed{max-width:680px;margin:0 auto;padding:0 16px}.feed h3{font-size:16px}
.feed .item{border-bottom:1px solid #f2f2f2;padding:12px 0}.feed .item .s{font-size:12px;color:#999;margin-top:4px}
.more{text-align:center;color:#406599;font-size:14px;padding:20px}
"""


def render(p):
    body = rb(p["body"], img='<div class="pgc-img"><img src="{gif}" alt="{alt}"></div>')
    feed = "".join('<div class="item"><a href="#">%s</a><div class="s">%s</div></div>' % (esc(t), esc(s)) for t, s in [
        ("天津人过冬必备的五种小吃，你吃过几种？", "津沽美食记 · 评论 86"),
        ("南市食品街老字号回归，煎饼果子还是老味道", "津门吃货 · 评论 231"),
        ("冬天喝一碗羊汤，这家店开在居民楼底下三十年", "城市味道 · 评论 47"),
    ])
    return doc(p["title"] + " - 今日头条", CSS, f"""
<div class="topbar">{img("今日头条")}<a class="open" href="#">打开App</a></div>
<div class="article">
<h1>{esc(p["title"])}</h1>
<div class="author">{img("津沽美食记")}<div><div class="n">津沽美食记</div><div class="t">{p["publish_time"]} · 优质美食领域创作者</div></div><a class="follow" href="#">关注</a></div>
<div class="content">
{body}
</div>
<div class="ip">发布于：天津</div>
<div class="report"><a href="#">举报/反馈</a></div>
<div class="actions"><span>点赞 1.3万</span><span>评论 412</span><span>收藏</span><span>分享</span></div>
</div>
<div class="feed"><h3>相关推荐</h3>{feed}</div>
<div class="more">打开今日头条，查看更多精彩内容</div>
""")
