# 今日宝应 电子版 (county weekly-ish paper) -- 2016 e-paper, short item with closing (王  静 刘晓川) byline line, 版次 select box
from lib import *

META = dict(
    id="xw-35", kind="e-paper", lang="zh",
    title="射阳湖镇荷藕套养小龙虾亩均增效3000元",
    authors=["王静", "刘晓川"],
    publish_time="2025-04-26",
)

BODY = [
    P("近日，射阳湖镇荷藕套养小龙虾基地迎来首批小龙虾集中上市。连日来，基地里的养殖户每天凌晨就划着小船下塘收笼，一笼笼青壳红螯的小龙虾被倒进分拣台，按规格分装后当天就被运往南京、上海等地的批发市场。"),
    P("“藕塘里养虾，虾吃杂草和害虫，虾的排泄物又给藕当肥料，一水两用、一地双收。”养殖大户周成林说，他今年套养了260亩，预计小龙虾亩产150公斤左右，加上荷藕收入，每亩效益比单纯种藕多出3000元左右。"),
    P("近年来，射阳湖镇依托水网密布的资源优势，大力推广“藕虾共生”生态种养模式，全镇套养面积已达1.8万亩。镇里还与县农业农村局合作，建立小龙虾苗种繁育基地，组织技术人员定期下塘开展病害防治指导，帮助养殖户降低养殖风险。"),
    P("下一步，射阳湖镇将加快建设小龙虾冷链物流中心，延伸发展虾尾加工，进一步提高产品附加值。"),
]

STYLE = dict(p='<div class="by-p">{}</div>')

CSS = """
body{margin:0;background:#f0ece2;font:14px/1.7 "Microsoft YaHei"}
#by_head{width:1000px;margin:0 auto;background:#a11;color:#fff;display:flex;align-items:center;justify-content:space-between;height:76px;padding:0 16px;box-sizing:border-box}
#by_tool{width:1000px;margin:0 auto;background:#fff;border-bottom:1px solid #ddd;padding:6px 16px;box-sizing:border-box}
#by_main{width:1000px;margin:8px auto;display:flex;gap:10px}
#by_bm{width:330px;background:#fff;padding:8px}
#by_news{flex:1;background:#fff;padding:20px 36px}
#by_news h2{font-size:24px;text-align:center;margin:6px 0 18px}
.by-p{font-size:16px;line-height:1.9;text-indent:2em;margin-bottom:10px}
.by-sign{text-align:right;font-size:15px}
.by-list li{line-height:1.9}
#by_foot{width:1000px;margin:0 auto;text-align:center;font-size:12px;color:#666;padding:12px 0}
"""


def page(body):
    m = META
    return f"""
<div id="by_head">{img("今日宝应", 200, 50)}<span>宝应县融媒体中心主办　国内统一刊号：CN32-0099</span></div>
<div id="by_tool">{m['publish_time']}　第2版：综合新闻　<select><option>第1版：要闻</option><option selected>第2版：综合新闻</option><option>第3版：镇村</option><option>第4版：荷乡副刊</option></select>　<a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">本期PDF</a>　<a href="#">往期检索</a></div>
<div id="by_main">
<div id="by_bm">
{img("第2版：综合新闻", 310, 440)}
<p><b>本版导读</b></p>
<ul class="by-list">
<li><a href="#">县政协召开专题协商会</a></li>
<li><a href="#">射阳湖镇荷藕套养小龙虾亩均增效3000元</a></li>
<li><a href="#">全县开展春季森林防火督查</a></li>
<li><a href="#">城区新增3处口袋公园</a></li>
</ul>
</div>
<div id="by_news">
<h2>{m['title']}</h2>
{body}
<p class="by-sign">（王&nbsp;&nbsp;静　刘晓川）</p>
<p style="color:#999;font-size:13px">【<a href="#">返回目录</a>】【<a href="#">打印本文</a>】</p>
</div>
</div>
<div id="by_foot">今日宝应 版权所有　地址：宝应县安宜镇叶挺路66号　苏ICP备12045561号</div>
"""
