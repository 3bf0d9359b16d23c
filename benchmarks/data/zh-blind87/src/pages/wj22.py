# 曲靖市级媒体网站（虚构“曲靖融媒”），2022 年移动优先：全媒体记者署名单独一行，点号日期
from blocks import P, H, NOTE, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-22", "kind": "media", "lang": "zh",
    "title": "会泽：高原蔬菜“冬种”忙 订单直供粤港澳",
    "authors": ["李慧", "王晓东"],
    "publish_time": "2025.11.12",
    "body": [
        NOTE("曲靖日报社全媒体记者 李慧 通讯员 王晓东", '<p class="author">{}</p>'),
        P("初冬时节，走进会泽县娜姑镇的高原蔬菜种植基地，连片的菜地里，工人们正忙着移栽菜心和芥蓝幼苗，滴灌管道整齐地铺在垄间。“这批菜45天后就能采收，全部按订单发往广州和香港。”基地负责人张建平说。"),
        H("错季种植“种”出好效益"),
        P("会泽县海拔落差大，冬季光照充足，是发展冬春错季蔬菜的理想区域。今年以来，全县冬春蔬菜种植面积达到12万亩，主要品种有菜心、芥蓝、荷兰豆、西兰花等，预计产量24万吨。"),
        IMG("工人在基地移栽菜苗", "工人在基地移栽菜苗。（图片由会泽县农业农村局提供）"),
        H("订单农业让菜农心里有底"),
        P("为了解决“卖菜难”，会泽县引进了12家农产品加工和冷链物流企业，推行“企业+合作社+农户”的订单模式，企业提供种苗、技术和保底收购价，农户负责种植管理。目前全县已有8600多户农户签订了种植订单。"),
        P("“以前种菜怕价格跌，现在签了合同，种多少收多少，一亩地纯收入能有五六千元。”娜姑镇白雾村村民邓光荣算着自家的收入账。"),
        P("会泽县农业农村局相关负责人表示，下一步将加快建设田头冷库和产地分拣中心，推动更多会泽蔬菜进入粤港澳大湾区市场。"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC",sans-serif;color:#333}
a{color:inherit;text-decoration:none}
.appbar{position:sticky;top:0;background:#fff;border-bottom:1px solid #eee;display:flex;align-items:center;justify-content:space-between;padding:10px 16px;max-width:760px;margin:0 auto}
.appbar img{width:130px;height:32px}.appbar .open{background:#e4393c;color:#fff;border-radius:16px;padding:4px 14px;font-size:14px}
.tabs{max-width:760px;margin:0 auto;display:flex;overflow:hidden;gap:18px;padding:10px 16px;font-size:15px;color:#666;white-space:nowrap}
.art{max-width:760px;margin:0 auto;padding:8px 16px 30px}
.art h1{font-size:24px;line-height:1.45;margin:8px 0}
.meta{display:flex;justify-content:space-between;color:#999;font-size:13px;margin-bottom:16px}
.content{font-size:17px;line-height:1.85;text-align:justify}.content p{margin:0 0 1em}
.content .author{color:#1b5fae;font-size:15px}
.content h2{font-size:18px;color:#e4393c;margin:1.2em 0 .6em}
.content .pic{margin:0}.content .pic img{width:100%;height:260px;background:#eee}.content .cap{font-size:13px;color:#888;text-align:center}
.footinfo{font-size:13px;color:#999;border-top:1px solid #f0f0f0;padding-top:10px}
.bottombar{user-select:none;display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;color:#666;font-size:14px;max-width:760px;margin:0 auto}
.recommend{max-width:760px;margin:0 auto;padding:0 16px}.recommend h3{font-size:17px}.recommend li{list-style:none;border-bottom:1px solid #f3f3f3;padding:10px 0}
.recommend ul{padding:0}.copy{text-align:center;font-size:12px;color:#aaa;padding:20px 0 40px;line-height:1.8}
"""


def render(p):
    body = rb(p["body"], h="<h2>{}</h2>", img='<p class="pic"><img src="{gif}" alt="{alt}"></p>{cap}', cap='<p class="cap">{}</p>')
    return doc(p["title"] + "-曲靖融媒", CSS, f"""
<div class="appbar">{img("曲靖融媒")}<a class="open" href="#">APP内打开</a></div>
<div class="tabs">{links(["推荐", "曲靖", "县区", "视频", "直播", "政务", "民生", "文旅"], '<a href="#">{}</a>', '')}</div>
<div class="art">
<h1>{esc(p["title"])}</h1>
<div class="meta"><span>{p["publish_time"]}　曲靖日报</span><span>阅读 3.6万</span></div>
<div class="content">
{body}
</div>
<div class="footinfo">编辑：赵琳　审核：周云　终审：何建国</div>
</div>
<div class="bottombar"><span>写评论</span><span>点赞 208</span><span>收藏</span><span>分享</span></div>
<div class="recommend"><h3>为你推荐</h3><ul>{links(["马龙区：冬季农业开发“抢”农时", "陆良县蔬菜产业园再添新项目", "宣威火腿节将于12月开幕", "麒麟区新增三条城乡公交线路"], '<li><a href="#">{}</a></li>')}</ul></div>
<div class="copy">曲靖日报社　曲靖市融媒体中心 版权所有<br>互联网新闻信息服务许可证：53120200005　滇ICP备16003854号-2</div>
""")
