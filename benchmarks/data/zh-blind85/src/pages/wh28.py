# 微信公众号 · 宁夏（mp article page, 原创 author account date region meta line, section-styled paragraphs）
from lib import *

PAGE = dict(
    id="wh-28", kind="self-media", lang="zh",
    title="六盘山下的冬日秘境，这份慢游攻略请收好",
    authors=["海静"],
    publish_time="2025年11月19日 18:30",
    features="微信公众号 article page (宁夏 county culture-and-tourism account); meta line 原创 海　静 六盘秘境文旅 "
             "2025年11月19日 18:30 宁夏 (author, account, date, region glued in one block); 点击蓝字关注我们 header "
             "image alt; paragraphs as nested <section>/<span>; numbered 01/02/03 headings; 图源 captions; closing "
             "来源/编辑/审核 lines and 往期推荐 (not body); 阅读原文/分享/收藏/点赞/在看 bar; 微信扫一扫 "
             "QR caption.",
    blocks=[
        P("提起六盘山，很多人想到的是夏天的清凉。其实，入冬后的六盘山，有着另一番味道：山林覆雪、雾凇挂枝，游人少了，山里安静得能听见雪落的声音。"),
        P("今天，小编给大家整理了一份六盘山冬日慢游攻略，赶紧收藏起来吧！"),
        H("01　看雾凇：老龙潭的清晨"),
        P("冬季的清晨，老龙潭周边气温低、湿度大，常常能看到雾凇。最佳观赏时间是早上8点到10点，太阳一出来，雾凇就会慢慢消融，想拍照的朋友一定要早起。"),
        IMG("老龙潭雾凇"),
        CAP("▲老龙潭雾凇（图源：摄影爱好者 李　斌）"),
        H("02　住民宿：在火炕上听雪"),
        P("六盘山脚下的几个村子，这两年开起了不少特色民宿。土坯墙、火炕、热茶，晚上围着炉子烤洋芋，是城里体验不到的乐趣。民宿价格一般在每晚200元到400元，周末建议提前预订。"),
        H("03　尝美食：暖胃又暖心"),
        P("来六盘山，一定要尝尝当地的荞面饸饹、羊肉臊子面和油香。冬天里来上一碗热腾腾的羊肉汤，整个人都暖和了。"),
        H("出行小贴士"),
        LI(["冬季山区道路可能结冰，自驾请提前检查车辆，备好防滑链；",
            "山上昼夜温差大，请带好羽绒服、帽子和手套；",
            "部分景点冬季开放时间调整，出发前可拨打景区咨询电话0954-5012369了解。"],
           fmt='<section class="tips">{items}</section>', item='<p><span>{t}</span></p>'),
    ],
)

CSS = """
body{margin:0;background:#fff;font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei";color:rgba(0,0,0,.9)}
a{color:#576b95;text-decoration:none}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px;font-weight:400}
#meta_content{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px;line-height:20px}
#meta_content .orig{background:rgba(0,0,0,.05);color:rgba(0,0,0,.3);font-size:12px;padding:0 4px;margin-right:6px}
#meta_content .acc{color:#576b95;margin:0 6px}
#js_content{font-size:17px;line-height:1.75;letter-spacing:.5px}
#js_content section{margin:0 0 20px}
#js_content section.h{text-align:center;color:#c0392b;font-weight:bold;border-bottom:1px dashed #c0392b;padding-bottom:4px}
#js_content section.cap{text-align:center;font-size:13px;color:#888}
#js_content .tips p{margin:0 0 8px}
.endnote{font-size:13px;color:#888;margin-top:20px}
.wq h4{text-align:center;color:#c0392b}
.wq p{font-size:15px;margin:6px 0}
.bar{display:flex;justify-content:space-between;font-size:14px;color:rgba(0,0,0,.5);border-top:1px solid #eee;margin-top:20px;padding-top:10px}
.qr{text-align:center;font-size:13px;color:#888;margin-top:30px}
"""


def render(p):
    body = render_body(p["blocks"], {
        "p": '<section><span style="font-size:16px;">{t}</span></section>',
        "h": '<section class="h"><span><strong>{t}</strong></span></section>',
        "img": '<section style="text-align:center">' + img("{t}", 640, 420) + '</section>',
        "cap": '<section class="cap"><span>{t}</span></section>'})
    html_body = f"""
<div class="rich_media">
<h1 class="rich_media_title">{esc(p["title"])}</h1>
<div id="meta_content"><span class="orig">原创</span><span>海　静</span><a class="acc" href="#">六盘秘境文旅</a><em>{p["publish_time"]}</em> <em>宁夏</em></div>
<div id="js_content">
<section style="text-align:center">{img("点击蓝字关注我们", 600, 80)}</section>
{body}
<section class="endnote"><p>来源：六盘秘境文旅</p><p>编辑：马小燕</p><p>审核：杨　光</p></section>
<section class="wq"><h4>往期推荐</h4><p><a href="#">泾河源头的秋天，美得不像话</a></p><p><a href="#">周末去哪儿？这5个古村落值得一去</a></p></section>
</div>
<div class="bar"><a href="#">阅读原文</a><span>阅读 3862</span><span>分享　收藏　点赞 96　在看 41</span></div>
<div class="qr">{img("二维码", 120, 120)}<br>微信扫一扫<br>关注该公众号</div>
</div>
"""
    return doc("六盘山下的冬日秘境，这份慢游攻略请收好", CSS, html_body,
               head_extra='<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">\n')
