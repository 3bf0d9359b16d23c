from lib import *

NOTES = "网易号 article (Yunnan travel account): info line date with seconds, 来源: account, IP province, 举报 link; route sections with bold sub-headings, practical tips as list lines, photo captions, 特别声明 block (not body), 相关推荐 and 热门跟贴; the account is the author."

META = dict(id="xy-27", kind="self-media", lang="zh",
            title="环洱海骑行攻略：这几段路风景最好，6月去刚刚好",
            authors=["大理慢游记"],
            publish_time="2025-06-14 10:23:15")

HEAD_TITLE = "环洱海骑行攻略：这几段路风景最好，6月去刚刚好|洱海|大理_网易订阅"

CSS = """
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei";color:#404040}
.ne-top{height:34px;background:#f6f6f6;border-bottom:1px solid #ddd;font-size:12px;display:flex;align-items:center;padding:0 60px;gap:16px}
.ne-top a{color:#555}
.ne-logo{width:1100px;margin:auto;padding:18px 0;font-size:22px;color:#d22222;font-weight:bold}
.ne-post{width:1100px;margin:auto;display:flex;gap:50px}
.ne-main{width:700px}
.ne-main h1{font-size:30px;line-height:1.4;margin:0 0 12px;color:#262626}
.ne-info{font-size:14px;color:#888;margin-bottom:24px}
.ne-info a{color:#888;margin-left:10px}
.ne-content p{font-size:18px;line-height:1.85;margin:0 0 24px}
.ne-content p.f_center{text-align:center;margin-bottom:6px}
.ne-content p.cap{font-size:14px;color:#999;text-align:center}
.ne-content b{color:#262626}
.ne-decl{background:#f8f8f8;padding:12px 16px;font-size:13px;color:#999;line-height:1.8}
.ne-tie{margin-top:20px;font-size:14px}
.ne-right{flex:1}
.ne-right h3{font-size:16px;border-bottom:1px solid #eee;padding-bottom:8px}
.ne-right li{font-size:14px;line-height:2}
.ne-foot{border-top:1px solid #ddd;margin-top:40px;text-align:center;font-size:12px;color:#888;padding:16px 0}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<p><b>{t}</b></p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "IMG": lambda a, kw: f'<p class="f_center">{img(a, data=True, w=640, h=420)}</p><p class="cap">{kw["cap"]}</p>',
}

BLOCKS = [
    P("6月的大理，雨季刚刚开始，白天多是晴天，傍晚偶尔来一场阵雨，空气特别干净。这个时候环洱海骑行，游客没有五一那么多，苍山洱海也最绿，是我们觉得一年里最舒服的时候。"),
    P("环洱海一圈大约130公里，普通人一天骑完会很累，建议分两天，或者只挑风景最好的几段骑。下面是我们反复骑过之后最推荐的三段。"),
    H("第一段：才村码头—龙龛码头"),
    P("这段在洱海西岸，生态廊道修得很平整，全程不到10公里，一路都是湿地和芦苇，适合新手和带孩子的家庭。傍晚在龙龛码头看日落，人比网红点少很多。"),
    IMG("洱海西岸生态廊道", cap="洱海西岸生态廊道，骑行的人不算多"),
    H("第二段：喜洲古镇—桃源码头"),
    P("从喜洲古镇出发，穿过大片稻田到海边。6月稻田刚插完秧，一片嫩绿，拍照很出片。骑累了可以在喜洲吃个破酥粑粑，再去海舌公园走一走。"),
    H("第三段：双廊—挖色"),
    P("东岸的路有些起伏，风景更开阔，能远远看到对面的苍山。这段适合有一定体力的朋友，建议租电助力车。"),
    P("最后说几个实用的小提醒："),
    L(["1. 防晒一定要做好，高原紫外线很强，防晒霜、帽子、袖套都要带；",
       "2. 雨季随身带一件轻便雨衣，下雨时找地方避一避再走；",
       "3. 生态廊道禁止机动车驶入，电动车要按规定限速；",
       "4. 租车前检查刹车和电量，保留好押金凭证。"]),
    P("你骑过洱海吗？最喜欢哪一段？评论区聊聊。"),
]


def frame(M, body):
    return f"""<body>
<div class="ne-top"><a href="#">网易首页</a><a href="#">应用</a><a href="#">网易新闻</a><a href="#">网易公开课</a><a href="#">登录</a></div>
<div class="ne-logo">网易 | 订阅</div>
<div class="ne-post">
<div class="ne-main">
<h1>{M["title"]}</h1>
<div class="ne-info">{M["publish_time"]}　来源: <a href="#" style="margin:0">大理慢游记</a>　云南<a href="#">举报</a></div>
<div class="ne-content">
{body}
</div>
<div class="ne-decl">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
<div class="ne-tie">热门跟贴　<a href="#">0跟贴</a><br><input type="text" placeholder="文明上网，理性发言"> <button type="button">发表</button></div>
</div>
<div class="ne-right"><h3>相关推荐</h3><ul>
<li><a href="#">大理古城vs丽江古城，第一次去云南选哪个？</a></li>
<li><a href="#">沙溪古镇：茶马古道上的最后一个集市</a></li>
<li><a href="#">昆明到大理高铁票怎么买更划算</a></li>
</ul></div>
</div>
<div class="ne-foot">网易公司版权所有 ©1997-2025</div>
</body>"""
