from lib import links, lis, GIF

PAGE = dict(
    id="wi-34", kind="e-paper", lang="zh",
    region="黑龙江 牡丹江", site="雪城日报电子版（版面热区 + 文章层式数字报）",
    title="绥芬河口岸前10月进出口货运量同比增长18.3%",
    authors=["孙宁宁"],
    publish_time="2025-11-19",
    head_title="雪城日报电子版",
    features="电子版：工具条“出版日期：2025-11-19　第03版：经济　上一版 下一版 上一期 下一期”；"
             "引题 / 分两行打印的主题（金标题无空格连接）/ 副题三层标题；作者只在末段结尾“（记者 孙宁宁）”（留在末段）；"
             "版面图热区列表、“本版其他稿件”、“我要纠错”、页脚。",
)

BLOCKS = [
    ("p", "记者从绥芬河海关获悉，今年1至10月，绥芬河口岸进出口货运量达到1126万吨，同比增长18.3%；其中铁路口岸货运量986万吨，公路口岸货运量140万吨。"),
    ("p", "在绥芬河铁路口岸站，一列满载木材、纸浆的国际货运列车缓缓驶入换装场，门吊来回穿梭，工作人员正在进行换装作业。“我们优化了换装作业流程，一列车的换装时间由原来的8小时压缩到5个多小时。”车站相关负责人介绍。"),
    ("p", "跨境电商成为新的增长点。今年以来，绥芬河跨境电商包裹量首次突破千万件，达到1060万件，同比增长42%。服装、家电、日用品等“中国制造”通过跨境电商通道源源不断地销往俄罗斯各地。"),
    ("p", "为提升通关效率，绥芬河海关推行“提前申报”“两步申报”等便利措施，对鲜活农产品开通“绿色通道”，实行“即报即验即放”。目前，进口货物整体通关时间较去年同期压缩近三成。"),
    ("p", "绥芬河市商务部门相关负责人表示，下一步将加快推进口岸基础设施改造升级，培育壮大跨境物流、进口加工等产业，推动口岸经济高质量发展。（记者 孙宁宁）"),
]

FMT = {"p": "<p>{t}</p>"}

CSS = """
body{margin:0;background:#2e3440;font-family:"Microsoft YaHei";color:#222}
.tool{background:#1f232b;color:#cfd5df;font-size:13px;padding:8px 20px}
.tool a{color:#8fbcbb;margin-left:12px}
.tool b{color:#fff;font-size:18px;margin-right:20px}
.stage{display:flex;gap:16px;padding:16px 20px}
.paper{width:460px;background:#fafafa;padding:10px}
.paper .hot a{display:block;font-size:13px;border-bottom:1px dashed #ccc;padding:4px 0}
.layer{flex:1;background:#fff;padding:30px 56px}
.layer .yt{font-size:16px;color:#555;margin:0}
.layer h2{font-size:28px;line-height:1.35;margin:6px 0}
.layer .ft{font-size:16px;color:#555;margin:0 0 16px}
.layer .txt p{font-size:17px;line-height:1.95;text-indent:2em}
.layer .bot{border-top:1px solid #ddd;margin-top:16px;padding-top:8px;font-size:13px;color:#666}
.others{width:250px;background:#fafafa;padding:12px;font-size:13px}
.others li{margin-bottom:8px}
.foot{text-align:center;color:#8d96a7;font-size:12px;padding:18px}
"""


def render(P, body):
    a, b = "绥芬河口岸前10月进出口货运量", "同比增长18.3%"
    assert a + b == P["title"]
    return f"""
<div class="tool"><b>雪城日报</b>出版日期：{P['publish_time']}　第03版：经济<a href="#">上一版</a><a href="#">下一版</a><a href="#">上一期</a><a href="#">下一期</a><a href="#">版面PDF</a><a href="#">返回首页</a></div>
<div class="stage">
<div class="paper"><img src="{GIF}" alt="雪城日报第03版版面图" width="440" height="620">
<div class="hot">{links(["绥芬河口岸前10月进出口货运量同比增长18.3%", "东宁：黑木耳“冬储”价格稳中有升", "牡丹江冰雪旅游推介会走进长三角", "海林：林下经济产值突破20亿元"], sep="")}</div></div>
<div class="layer">
<p class="yt">对俄贸易通道持续扩容</p>
<h2>{a}<br>{b}</h2>
<p class="ft">跨境电商包裹量首次突破千万件</p>
<div class="txt">
{body}
</div>
<div class="bot"><a href="#">我要纠错</a>　<a href="#">打印本文</a>　<a href="#">关闭</a></div>
</div>
<div class="others"><b>本版其他稿件</b><ul>{lis(["东宁：黑木耳“冬储”价格稳中有升", "牡丹江冰雪旅游推介会走进长三角", "海林：林下经济产值突破20亿元", "穆棱：大豆深加工项目试产"])}</ul></div>
</div>
<div class="foot">雪城日报社 主办　版权所有 未经授权禁止转载　黑ICP备06003158号　黑公网安备 23100202000074号</div>
"""
