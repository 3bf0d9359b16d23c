from lib import *

NOTES = "Provincial TV news site (Yunnan): info bar 来源 first, then date with slashes, then 记者/编辑/责编 (only the 记者 are authors), video-first layout with a poster image and duration, bold lead paragraph, quoted interviewees, safety tips as a list, 相关视频 grid, 扫码下载客户端 caption, footer."

META = dict(id="xy-23", kind="media", lang="zh",
            title="野生菌大量上市 昆明木水花市场日交易量超200吨",
            authors=["普丽华", "李浩"],
            publish_time="2025/06/12 20:15")

HEAD_TITLE = "野生菌大量上市 昆明木水花市场日交易量超200吨-云视网"

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#222}
.ys-header{background:#fff;border-bottom:4px solid #e53935}
.ys-header .wrap{width:1160px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:84px}
.ys-header .logo{font-size:30px;font-weight:bold;color:#e53935}
.ys-header nav a{margin-left:22px;color:#333;text-decoration:none;font-size:16px}
.ys-main{width:1160px;margin:22px auto;display:flex;gap:30px}
.ys-video-page{flex:1}
.ys-poster{position:relative;background:#222;height:430px;text-align:center;color:#bbb}
.ys-poster .dur{position:absolute;right:12px;bottom:10px;background:rgba(0,0,0,.6);padding:2px 6px;font-size:13px}
.ys-video-page h1{font-size:27px;margin:18px 0 8px}
.ys-attr{font-size:13px;color:#888;display:flex;flex-wrap:wrap;gap:14px}
.ys-desc p{font-size:16px;line-height:1.9;margin:14px 0}
.ys-desc p.lead{font-weight:bold}
.ys-desc ul{padding-left:22px;margin:0 0 14px}
.ys-desc li{font-size:16px;line-height:1.9}
.ys-rel h3{font-size:17px;border-left:4px solid #e53935;padding-left:8px}
.ys-rel .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;font-size:14px}
.ys-aside{width:280px;text-align:center;font-size:13px;color:#666}
.ys-footer{background:#212121;color:#9e9e9e;text-align:center;font-size:12px;padding:22px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f'<p class="{kw.get("cls", "")}">{t}</p>',
    "L": lambda items, kw: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
}

BLOCKS = [
    P("随着雨季到来，云南野生菌进入大量上市期。记者在昆明木水花野生菌交易市场看到，每天凌晨开始，来自楚雄、玉溪、普洱等地的野生菌源源不断运抵市场，目前日交易量已超过200吨。", cls="lead"),
    P("在市场交易区，见手青、干巴菌、鸡枞、牛肝菌等品种摆满摊位，前来采购的餐馆老板、电商商户和市民络绎不绝。商户杨大姐说，今年菌子上市比去年早了十来天，“见手青现在每公斤六七十元，比刚上市时便宜了一些，买的人越来越多。”"),
    P("市场管理方介绍，为了保障野生菌新鲜度，市场设有冷链预冷区，外地采购商下单后可当天完成分拣、包装和冷链发货，发往北京、上海、广州等城市的野生菌最快次日即可送达。"),
    P("与此同时，野生菌中毒也进入高发期。云南省疾控部门提醒，不采摘、不购买、不食用不认识的野生菌，食用时一定要煮熟煮透，并注意以下几点："),
    L(["不同品种的野生菌不要混在一起烹饪；",
       "食用野生菌时不要饮酒；",
       "吃剩的野生菌不宜隔夜食用；",
       "如出现恶心、呕吐、幻觉等症状，要立即就医。"]),
]


def frame(M, body):
    return f"""<body>
<div class="ys-header"><div class="wrap"><span class="logo">云视网 YNTV</span><nav><a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">点播</a><a href="#">栏目</a><a href="#">专题</a><input type="text" placeholder="搜索"></nav></div></div>
<div class="ys-main">
<div class="ys-video-page">
<div class="ys-poster">{img("视频封面", data=True, w=760, h=430)}<span class="dur">02:37</span></div>
<h1>{M["title"]}</h1>
<div class="ys-attr"><span>来源：云视网</span><span>{M["publish_time"]}</span><span>记者：普丽华 李浩</span><span>编辑：张敏</span><span>责编：王晨</span></div>
<div class="ys-desc">
{body}
</div>
<div class="ys-rel"><h3>相关视频</h3><div class="grid">
<div>{img("视频", data=True, w=200, h=112)}<br>教你辨别常见毒菌</div>
<div>{img("视频", data=True, w=200, h=112)}<br>楚雄野生菌交易火热</div>
<div>{img("视频", data=True, w=200, h=112)}<br>菌子季：厨师教你正确烹饪</div>
</div></div>
</div>
<div class="ys-aside">{img("客户端二维码", data=True, w=160, h=160)}<br>扫码下载云视频客户端</div>
</div>
<div class="ys-footer">
云岭广播电视台 版权所有　信息网络传播视听节目许可证：2504071<br>
滇ICP备09002635号　滇公网安备 53010202000273号　违法和不良信息举报：0871-64188011
</div>
</body>"""
