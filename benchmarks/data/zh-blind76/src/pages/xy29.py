from lib import *

NOTES = "微信公众号 article (Guangdong county agriculture account): meta line 原创 + author name + account name + 年月日 time + IP province (author is the named person), bold lead, 一、二、三 sub-headings, expert quoted speech, image captions, closing 来源/编辑/审核 block (not authors), 阅读/在看 counts, 微信扫一扫 QR captions, 预览时标签不可点."

META = dict(id="xy-29", kind="self-media", lang="zh",
            title="廉江荔枝“抢鲜”上市，农技员教你科学采摘保鲜",
            authors=["陈雅婷"],
            publish_time="2025年6月14日 18:30")

HEAD_TITLE = "廉江荔枝“抢鲜”上市，农技员教你科学采摘保鲜"

CSS = """
body{margin:0;background:#f7f7f7;font-family:-apple-system,"PingFang SC","Microsoft YaHei";color:#333}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:30px 24px}
.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px;font-weight:400}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}
.rich_media_meta_list .orig{background:rgba(0,0,0,.05);padding:1px 4px;font-size:12px}
.rich_media_meta_list .acc{color:#576b95}
.rich_media_content p{font-size:17px;line-height:1.75;margin:0 0 18px;letter-spacing:.5px;text-align:justify}
.rich_media_content p.sec{color:#2e7d32;font-weight:bold;text-align:center}
.rich_media_content .im{text-align:center;margin:0}
.rich_media_content .imc{text-align:center;font-size:14px;color:#888}
.rich_media_content .tail{font-size:14px;color:#888;text-align:left}
.rich_media_tool{font-size:15px;color:rgba(0,0,0,.5);display:flex;gap:20px;margin-top:24px}
.qr_code_pc{position:fixed;right:40px;top:200px;width:140px;text-align:center;font-size:13px;color:#666;background:#fff;padding:10px}
.wx-tip{font-size:12px;color:#bbb;text-align:center;margin-top:16px}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="sec">{t}</p>',
    "IMG": lambda a, kw: f'<p class="im">{img(a, data=True, w=600, h=400)}</p><p class="imc">{kw["cap"]}</p>',
}

BLOCKS = [
    P("<strong>6月中旬，廉江市的妃子笑、白糖罂等早中熟荔枝陆续进入采收高峰。怎样采摘才能让荔枝更耐放、卖出好价钱？市农业技术推广中心的农技员来到田间，给果农们送上了采摘保鲜“指南”。</strong>"),
    H("一、选对时间采"),
    P("“采摘荔枝最好选在晴天的早上露水干了以后，或者傍晚气温降下来的时候。”市农业技术推广中心农艺师钟国华说，中午高温时采摘，果实温度高，呼吸作用强，容易褐变；雨天或雨后马上采摘，果皮带水，也容易腐烂。"),
    IMG("农技员在果园指导", cap="农技员在良垌镇果园指导果农采摘"),
    H("二、按成熟度采"),
    P("钟国华介绍，就近销售的荔枝可以在果皮全红、果肉饱满时采摘；需要长途运输的，可以在八九成熟、果皮基本转红但果顶还略带青色时采摘。采摘时要整穗剪下，尽量少伤果蒂，轻拿轻放。"),
    H("三、及时预冷保鲜"),
    P("采下的荔枝要尽快放到阴凉处，去掉烂果、裂果后分级，有条件的要在采后4小时内进入预冷库，把果温降到5℃左右再包装运输。“预冷做得好，荔枝在冷链条件下可以保鲜一周左右，比不预冷的多出三四天。”"),
    P("据了解，今年廉江市荔枝种植面积约25万亩，预计产量在10万吨以上。目前，全市已在主产镇设立荔枝产地预冷和集中分拣点16个，并组织邮政、快递企业开通荔枝寄递专线，帮助果农把荔枝卖出去、卖得远。"),
    X('<p class="tail">来源：廉江市农业技术推广中心<br>编辑：李婷<br>审核：钟建</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="rich_media">
<h1 class="rich_media_title">{M["title"]}</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span> 陈雅婷 <span class="acc">廉江乡村振兴</span> {M["publish_time"]} 广东</div>
<div class="rich_media_content">
{body}
</div>
<div class="wx-tip">预览时标签不可点</div>
<div class="rich_media_tool"><span>阅读 2.3万</span><span>赞 186</span><span>在看 45</span><span>写留言</span></div>
</div>
<div class="qr_code_pc">{img("二维码", data=True, w=120, h=120)}<p>微信扫一扫<br>关注该公众号</p></div>
</body>"""
