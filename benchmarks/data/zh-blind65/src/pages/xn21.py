from blocks import *
from furniture import *

ID, KIND, LANG = "xn-21", "media", "zh"
SITE = "灵山县融媒体中心网站（县级融媒体）"
DOC_TITLE = "灵山荔枝“触网”出圈 线上订单同比增长四成--灵山融媒"
TITLE = "灵山荔枝“触网”出圈线上订单同比增长四成"
AUTHORS = ["宁雪梅", "劳嘉怡"]
PUBLISH_TIME = "2023年06月14日 10:26"
FEATURES = ("county 融媒体 site; headline printed on two lines (<br>) and joined without a space, while the <title> "
            "has a space; byline line 灵山融媒记者　宁雪梅　劳嘉怡 (U+3000-spaced, not body); Chinese date with time; "
            "三审 lines 编辑/审核/终审; Word paste with <br> every 30–40 characters; 扫码关注 QR captions.")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#fff8ef}
.hd{background:#e65100;color:#fff;padding:16px 50px;font-size:26px}
.nv{background:#bf360c;padding:8px 50px}.nv a{color:#fff;margin-right:20px}
.ct{width:960px;margin:16px auto;background:#fff;padding:20px 50px}
h1{text-align:center;font-size:26px;line-height:1.45}
.sj{text-align:center;color:#999;font-size:13px}
.by{text-align:center;color:#555}
.wz p{margin:0 0 14px}
.sh{font-size:13px;color:#888}
.qrs{display:flex;gap:30px}.qrs div{text-align:center;font-size:12px}
.ft{background:#3e2723;color:#bcaaa4;text-align:center;font-size:12px;padding:14px}
"""

BODY = [
    X('<p class="by">灵山融媒记者　宁雪梅　劳嘉怡</p>'),
    BRP("眼下正值荔枝成熟季节，在灵山县新圩镇的荔枝园里，果农们忙着采摘、分拣、打包，一箱箱鲜果通过冷链物流发往全国各地。"),
    BRP("“今年我们在网上开了店，还请了本地主播来果园直播，订单比去年多了不少。”新圩镇萍塘村果农劳振兴一边打包一边告诉记者，他家30多亩荔枝，有一半以上是通过线上卖出去的，价格也比批发给收购商高出两三元一斤。"),
    BRP("灵山是“中国荔枝之乡”，全县荔枝种植面积达40万亩。为了解决荔枝保鲜期短、销售渠道单一的问题，灵山县近年来大力发展农村电商，建成县级电商公共服务中心1个、镇级服务站18个，培育本土电商主播200余名。"),
    BRP("县商务局负责人介绍，今年截至6月12日，全县荔枝线上销售订单达65万单，同比增长40%，线上销售额约1.1亿元。县里还与快递企业合作，开通荔枝寄递“绿色通道”，确保鲜果48小时内送达全国主要城市。"),
    BRP("下一步，灵山县将继续打造荔枝区域公用品牌，推动荔枝深加工，开发荔枝干、荔枝酒、荔枝醋等产品，延长产业链，带动更多果农增收致富。"),
]


def page(body):
    return f"""<body>
<div class="hd"><img alt="灵山融媒"> 灵山县融媒体中心　<small><a href="#">长者模式</a> <a href="#">无障碍</a></small></div>
<div class="nv"><a href="#">首页</a><a href="#">灵山新闻</a><a href="#">乡镇动态</a><a href="#">视频</a><a href="#">图说灵山</a><a href="#">专题</a><a href="#">直播</a></div>
<div class="ct">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">灵山新闻</a> &gt; 正文</div>
<h1>灵山荔枝“触网”出圈<br>线上订单同比增长四成</h1>
<div class="sj">来源：灵山县融媒体中心　　发布时间：{PUBLISH_TIME}　　阅读：<span>1890</span></div>
<div class="wz">
{body}
</div>
<div class="sh">编辑：黄琳　审核：宁振东　终审：覃海涛</div>
<div class="qrs"><div><img src="{QR_GIF}" alt=""><br>扫码关注“灵山发布”</div><div><img src="{QR_GIF}" alt=""><br>下载“灵山融媒”APP</div></div>
</div>
<div class="ft">灵山县融媒体中心主办　地址：灵山县灵城镇人民路9号　电话：0777-6512308<br>桂ICP备19002531号-1　桂公网安备45072102000086号</div>
</body>"""
