# 高原都市报 数字报 (青海, city paper e-paper): the headline is printed on two
# lines (joined without a space in the gold); a 副题 under it; 版次
# "A05：民生·社会" above; reporter line on its own (a Tibetan name, no dot).
from kit import *

META = dict(
    id="xm-34", kind="e-paper", lang="zh",
    title="西宁“15分钟便民生活圈”今年再添28个",
    authors=["才让卓玛"],
    publish_time="2025年05月29日 星期四",
)
HTML_TITLE = "西宁“15分钟便民生活圈”今年再添28个"
CSS = BASE_CSS + """
body{background:#fff}
.bar{background:#0d3b66;color:#fff;font-size:13px}
.bar .in{width:1100px;margin:0 auto;padding:8px 0;display:flex;gap:20px}
.bar a{color:#fff}
.mast{width:1100px;margin:10px auto;display:flex;align-items:center;border-bottom:1px solid #0d3b66;padding-bottom:8px}
.mast b{font-size:34px;color:#0d3b66}
.mast .r{margin-left:auto;font-size:14px}
.ban{width:1100px;margin:0 auto;background:#f0f4f8;padding:6px 10px;box-sizing:border-box;font-size:14px}
.ban strong{color:#0d3b66}
.grid{width:1100px;margin:12px auto;display:grid;grid-template-columns:1fr 260px;gap:20px}
h1{font-size:30px;text-align:center;line-height:1.45;margin:14px 0 6px}
.fu{font-size:16px;text-align:center;color:#555;margin:0 0 14px}
.rep{text-align:center;color:#777;font-size:14px}
.content{font-size:17px;line-height:1.9;margin-top:14px}
.content p{margin:0 0 14px;text-indent:2em}
.art-list{margin:0 0 14px 3em}
.art-list li{list-style:none}
.pn{display:flex;justify-content:space-between;border-top:1px solid #ddd;padding-top:10px;font-size:14px}
.rr h4{background:#0d3b66;color:#fff;margin:0;padding:6px}
.rr li{padding:5px 6px;font-size:14px;border-bottom:1px dotted #ccc}
.footer{border-top:3px solid #0d3b66;text-align:center;font-size:12px;color:#666;padding:14px 0}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="bar"><div class="in"><a href="#">高原都市网</a><a href="#">高原都市报</a><a href="#">客户端</a><span>数字报刊平台</span></div></div>
<div class="mast"><b>高原都市报</b><span class="r">@@DATE@@　{links(["上一期", "下一期", "往期"], sep=" ")}</span></div>
<div class="ban"><strong>A05：民生·社会</strong>　{links(["A01：头版", "A02：要闻", "A03：要闻", "A04：时事", "A05：民生·社会", "A06：区县", "A07：体育", "A08：广告"], sep="　")}</div>
<div class="grid">
<div>
<h1>西宁“15分钟便民生活圈”<br>今年再添28个</h1>
<p class="fu">新增社区食堂、家政服务点等便民设施400余个</p>
<p class="rep">记者&nbsp;才让卓玛</p>
<div class="content">
@@BODY@@
</div>
<div class="pn"><span>上一篇：<a href="#">城北区开展夏季燃气安全检查</a></span><span>下一篇：<a href="#">西宁市区新增12条公交线路</a></span></div>
</div>
<div class="rr"><h4>本版新闻</h4>{ul(["西宁“15分钟便民生活圈”今年再添28个", "城北区开展夏季燃气安全检查", "西宁市区新增12条公交线路", "湟水河畔的“夜跑族”", "市民热线：小区电梯何时能修好"])}</div>
</div>
{footer(["高原都市报社主办　版权所有　青ICP备09000345号", "新闻热线：0971-8491234"])}
"""
OPTS = dict(pstyle="p", lstyle="ul")
BODY = """
p 家门口吃上热乎饭、楼下就能修鞋配钥匙、步行几分钟就能买到新鲜菜……5月28日，记者从西宁市商务局了解到，今年西宁市将新建28个“15分钟便民生活圈”，新增各类便民服务设施400余个，让居民生活更方便。
p “15分钟便民生活圈”是指以社区居民为服务对象，在步行15分钟左右的范围内，配齐购物、餐饮、家政、维修等基本生活服务设施。截至去年底，西宁市已建成“15分钟便民生活圈”62个，覆盖居民约85万人。
p 今年新建的28个生活圈将重点布局在老旧小区集中、配套设施不足的区域，主要补齐以下短板：
li 一是新建改造社区食堂和老年助餐点30个；
li 二是新增家政服务、维修、理发等便民服务网点120个；
li 三是改造提升菜市场和生鲜超市25个；
li 四是设置快递收发、便民充电等智能设施230余个。
p 在城东区东关大街附近的一个老旧小区，新开的社区食堂每天中午都坐满了人。“一荤一素一汤，老年人打八折只要12元，比自己做饭还省事。”72岁的居民马秀英说。
p 市商务局相关负责人介绍，今年还将引导连锁便利店、品牌家政企业进社区，并对符合条件的便民网点给予一次性补贴，力争到年底全市“15分钟便民生活圈”覆盖率达到80%以上。
"""
