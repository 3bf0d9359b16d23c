# 网易号 · 海南（2019-style article page, 作者 | name line, date with seconds + 来源 account, 特别声明 footer note）
from lib import *

PAGE = dict(
    id="wh-27", kind="self-media", lang="zh",
    title="在三亚过冬的第五年，我终于搞懂了“候鸟”生活的正确打开方式",
    authors=["林澜"],
    publish_time="2025-11-18 09:40:12",
    features="网易号 article page (海南 lifestyle account); post_info row with the date (seconds) and 来源: "
             "account name; 作者 | 林　澜 line heading the text (spaced name; the person is the author, not the "
             "account); numbered sub-headings with emoji; photos with captions credited 图/…; the 特别声明 "
             "platform disclaimer and 返回网易首页/下载网易新闻客户端 (not body); 热门跟贴; 相关推荐.",
    blocks=[
        NB("作者 | 林　澜", fmt='<p class="f_center">{t}</p>'),
        P("五年前的冬天，我第一次带着爸妈来三亚过冬。那时候什么都不懂，租房租在景区边上，每天打车买菜，一个冬天下来花钱不少，老人还总说“住不惯”。"),
        P("今年是我们在三亚过冬的第五年。慢慢摸索下来，我总结了几条经验，分享给也想来海南过冬的朋友们。"),
        H("🌴 1. 租房：别只盯着海景"),
        P("海景房确实好看，但对老人来说，离菜市场、医院近更重要。我们现在租在吉阳区一个老小区，步行十分钟就有菜市场和社区卫生服务站，房租比海边便宜一半。建议提前一两个月在本地的租房群里找房，尽量当面签合同。"),
        IMG("小区附近的菜市场"),
        CAP("小区附近的菜市场，本地蔬菜很便宜。图/林澜"),
        H("🏥 2. 看病：提前办好异地就医备案"),
        P("这一条最重要。出发前在手机上办好异地就医备案，在三亚看门诊、住院就能直接刷医保卡结算。我爸去年冬天住了一次院，报销比例和在老家差不多，省了很多事。"),
        H("🧓 3. 社交：给老人找个“圈子”"),
        P("老人来过冬，最怕的是孤单。三亚很多社区都有“候鸟”老人组织的合唱团、太极队、书法班，我妈去年加入了一个合唱团，今年一来就被拉去排练了，比在老家还忙。"),
        H("🚌 4. 出行：公交比打车划算"),
        P("三亚的公交线路基本能覆盖主要景点，老人还能办敬老卡。市区到海边，公交半个小时左右，天气好的时候坐在窗边吹吹海风，也是一种享受。"),
        P("其实，过冬不只是换个地方晒太阳，而是换一种生活节奏。希望这些经验能帮到你。"),
    ],
)

CSS = """
body{margin:0;font:14px/1.6 "Microsoft YaHei";background:#fff;color:#404040}
a{color:#404040;text-decoration:none}
.N-nav-top{background:#f6f6f6;border-bottom:1px solid #e5e5e5;font-size:12px;line-height:36px}
.N-nav-top .in{width:1200px;margin:0 auto}
.N-nav-top a{margin-right:14px}
.N-nav-channel{width:1200px;margin:0 auto;line-height:50px;font-size:16px;border-bottom:2px solid #d0021b}
.N-nav-channel a{margin-right:20px}
.N-nav-channel b{color:#d0021b;font-size:22px;margin-right:30px}
.post_main{width:1200px;margin:20px auto;display:flex;gap:40px}
.post_content{width:800px}
.post_title{font-size:30px;color:#252525;line-height:1.4;margin:0 0 14px}
.post_info{font-size:14px;color:#888;margin-bottom:26px}
.post_body{font-size:18px;line-height:1.9;color:#404040}
.post_body p{margin:0 0 26px;text-indent:0}
.post_body p.f_center{text-align:center;color:#888}
.post_body h3{font-size:19px;color:#252525}
.post_body p.cap{text-align:center;font-size:14px;color:#888}
.post_statement{font-size:13px;color:#888;background:#f8f8f8;padding:12px;margin:20px 0}
.post_next{font-size:14px}
.tie h3,.rec h3{font-size:18px;border-left:4px solid #d0021b;padding-left:8px}
.tie .t{border-bottom:1px dashed #eee;padding:8px 0;font-size:14px}
.rec{width:360px}
.rec li{list-style:none;margin-bottom:14px;font-size:15px}
.rec ul{padding:0}
.N-footer{background:#f6f6f6;text-align:center;font-size:12px;color:#888;padding:20px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p class="f_center">' + img("{t}", 640, 430) + '</p>'})
    html_body = f"""
<div class="N-nav-top"><div class="in">{links(["网易首页", "应用", "网易新闻", "网易公开课", "网易严选", "支付"])}<span style="float:right"><a href="#">登录</a> <a href="#">注册免费邮箱</a></span></div></div>
<div class="N-nav-channel"><b>网易号</b>{links(["首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "时尚", "旅游", "本地"])}</div>
<div class="post_main">
<div class="post_content">
<h1 class="post_title">{esc(p["title"])}</h1>
<div class="post_info">{p["publish_time"]}　来源: <a href="#">海岛慢生活家</a>　<a href="#">举报</a></div>
<div class="post_body">
{body}
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。<br>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>
<div class="post_next"><a href="#">返回网易首页</a>　<a href="#">下载网易新闻客户端</a></div>
<div class="tie"><h3>热门跟贴</h3>
<div class="t"><b>网易海南省三亚市网友</b>：异地就医备案真的要提前办，亲测好用。</div>
<div class="t"><b>网易黑龙江省网友</b>：今年也打算带爸妈去，收藏了。</div></div>
</div>
<div class="rec"><h3>相关推荐</h3><ul>
<li><a href="#">海南冬季旅居指南：这6个小城比三亚更安静</a></li>
<li><a href="#">东北老人“候鸟”海南十年：我把家安在了椰林边</a></li>
<li><a href="#">三亚冬季房租又涨了？记者实地探访</a></li></ul></div>
</div>
<div class="N-footer">About NetEase - 公司简介 - 联系方法 - 招聘信息 - 客户服务 - 隐私政策 - 广告服务 - 网站地图<br>网易公司版权所有 ©1997-2025　粤B2-20090472</div>
"""
    return doc("在三亚过冬的第五年，我终于搞懂了“候鸟”生活的正确打开方式|三亚|候鸟|老人_网易订阅", CSS, html_body)
