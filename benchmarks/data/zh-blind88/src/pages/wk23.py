"""wk-23: 内蒙古 city daily's news site (2016 design): 本报讯（全媒体记者 … 实习记者 …）in the first paragraph."""
from lib import *

PAGE = dict(id="wk-23", kind="media", lang="zh",
            title="敖汉小米“触网”走俏 今年线上销量增长四成",
            authors=["王丽娜", "包文静"], publish_time="2025年11月14日 10:16")

BLOCKS = [
    P("本报讯（全媒体记者 王丽娜 实习记者 包文静）新米上市，香飘万里。连日来，敖汉旗各小米加工企业开足马力，脱壳、筛选、包装，一袋袋新小米通过电商平台和冷链物流发往全国各地。记者从敖汉旗农牧局获悉，今年全旗谷子种植面积稳定在90万亩，预计产量超过2.6亿公斤，截至目前线上销售额同比增长四成。"),
    P("在敖汉旗新惠镇一家小米加工企业的直播间里，主播正向网友介绍新米的口感和熬粥技巧，订单提示音此起彼伏。企业负责人刘振东说，今年“双十一”期间，公司线上订单比平时多出三倍，为了保证发货，车间实行两班倒，每天发货量超过1.5万单。"),
    P("“以前小米主要靠客商上门收，价格说了不算。现在自己注册了品牌，在网上卖，每斤能多卖一块多钱。”贝子府镇种植大户于海山今年种了300亩谷子，全部与合作社签订了订单。"),
    P("近年来，敖汉旗依托“全球重要农业文化遗产”品牌优势，制定小米种植和加工地方标准，建设谷子良种繁育基地和标准化种植示范区，培育小米加工企业和合作社120余家，开发出小米锅巴、小米醋、小米饼干等系列产品。同时，当地还建成县级电商公共服务中心和32个乡村电商服务站，培训电商主播400多人。"),
    P("敖汉旗农牧局相关负责人表示，下一步将继续擦亮敖汉小米品牌，推动小米产业向精深加工延伸，让小小谷粒成为农民增收的“金豆豆”。"),
]

CSS = """
body{margin:0;font:14px/1.7 "Microsoft YaHei";background:#fff;color:#333}
.redline{height:4px;background:#c00}
.hd{width:1000px;margin:0 auto;height:88px;position:relative}
.hd .lg{position:absolute;left:0;top:18px;font-size:32px;color:#c00;font-weight:bold;font-family:"STXinwei","华文新魏","KaiTi"}
.hd .dt{position:absolute;right:0;top:34px;color:#666;font-size:12px}
.nv{width:1000px;margin:0 auto;border-top:1px solid #c00;border-bottom:1px solid #c00;height:36px}
.nv a{float:left;padding:0 16px;line-height:36px;color:#333;font-size:15px;text-decoration:none}
.cur{width:1000px;margin:10px auto;color:#666;font-size:12px}.cur a{color:#666}
.art{width:1000px;margin:0 auto;overflow:hidden}
.art .lft{float:left;width:680px}
.art .rgt{float:right;width:290px;background:#f8f8f8;padding:10px;box-sizing:border-box}
.art h1{font-size:24px;margin:14px 0;color:#111}
.art .info{font-size:12px;color:#888;border-bottom:1px dotted #ccc;padding-bottom:8px}.art .info span{margin-right:12px}
.art .zw{font-size:16px;line-height:2}.art .zw p{text-indent:2em;margin:14px 0}
.art .rgt h3{font-size:15px;border-left:3px solid #c00;padding-left:6px}.art .rgt li{font-size:13px;line-height:24px}
.art .bq{color:#999;font-size:12px;margin-top:16px}
.ft{clear:both;border-top:1px solid #c00;width:1000px;margin:20px auto 0;text-align:center;font-size:12px;color:#666;line-height:22px;padding:10px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="redline"></div>
<div class="hd"><span class="lg">赤峰传媒网</span><span class="dt">2025年11月14日 星期五　<a href="#">赤峰日报</a> | <a href="#">红山晚报</a> | <a href="#">数字报刊</a></span></div>
<div class="nv">{links(["首页","赤峰新闻","旗县区","社会","经济","文化","评论","图片","视频","专题"])}</div>
<div class="cur">当前位置：<a href="#">赤峰传媒网</a> → <a href="#">赤峰新闻</a> → 正文</div>
<div class="art">
<div class="lft">
<h1>{PAGE["title"]}</h1>
<div class="info"><span>2025年11月14日 10:16</span><span>来源：赤峰日报</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="zw">
{bh}
</div>
<div class="bq">[责任编辑：白雪]</div>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="rgt"><h3>赤峰新闻</h3><ul>{links(["赤峰至京沈高铁联络线进展顺利","宁城县设施农业冬季生产全面展开","红山区开展冬季供热专项检查","巴林左旗契丹辽文化旅游季启幕","克什克腾旗完成禁牧区围栏修缮"], wrap="li")}</ul>
<h3>图片新闻</h3><p>{img("", gif=True)}初雪后的达里诺尔湖</p></div>
</div>
<div class="ft">赤峰日报社主办　赤峰传媒网版权所有<br>蒙ICP备06004512号-1　蒙公网安备 15040202000079号　新闻热线：0476-8222190</div>
"""
    return doc(PAGE["title"] + "_赤峰传媒网", CSS, html), gold
