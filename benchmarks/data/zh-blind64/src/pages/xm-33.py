# 塞上日报 数字报 (宁夏 provincial paper e-paper), 2020 layout: 主题 + 副题
# (——…) stack; byline with spaced names under it; the 版面 list and the issue
# bar (2025-05-27 第03版：经济) above; 上一篇/下一篇 and 本版其他 after.
from kit import *

META = dict(
    id="xm-33", kind="e-paper", lang="zh",
    title="宁夏枸杞产业加快向精深加工延伸",
    authors=["马静", "王悦"],
    publish_time="2025-05-27",
)
HTML_TITLE = "宁夏枸杞产业加快向精深加工延伸--塞上日报"
CSS = BASE_CSS + """
body{background:#efefef}
.paperhd{background:#fff;border-bottom:3px solid #c00}
.paperhd .in{width:1160px;margin:0 auto;display:flex;align-items:flex-end;height:80px;gap:20px;padding-bottom:6px}
.paperhd b{font-size:36px;color:#c00;font-family:STXingkai,KaiTi}
.paperhd .issue{font-size:14px;color:#333}
.wrap{width:1160px;margin:14px auto;display:flex;gap:14px}
.side{width:330px;background:#fff;padding:10px;font-size:13px}
.side .pimg{height:440px;background:#fafafa;border:1px solid #eee}
.side h4{margin:10px 0 4px;color:#c00}
.side li{padding:3px 0}
.art{flex:1;background:#fff;padding:24px 50px}
h1{font-size:30px;text-align:center;margin:0;line-height:1.5}
.sub{font-size:18px;text-align:center;margin:6px 0 14px;color:#333}
.by{font-size:14px;text-align:center;color:#666;margin-bottom:18px}
.content{font-size:17px;line-height:1.95}
.content p{text-indent:2em;margin:0 0 10px}
.content h4{font-size:17px;margin:16px 0 8px;text-indent:2em}
.pn{border-top:1px dashed #ccc;margin-top:20px;padding-top:10px;font-size:14px}
.pn p{margin:4px 0}
.footer{text-align:center;font-size:12px;color:#777;padding:16px 0}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="paperhd"><div class="in"><b>塞上日报</b><span class="issue">@@DATE@@　第03版：经济</span><span>{links(["上一期", "下一期", "往期回顾"], sep=" | ")}</span></div></div>
<div class="wrap">
<div class="side"><div class="pimg">{img("版面图", 300, 440)}</div>
<h4>版面导航</h4><ul>{"".join(f'<li><a href="#">{b}</a></li>' for b in ["01 要闻", "02 要闻", "03 经济", "04 综合", "05 视点", "06 民生", "07 文旅", "08 副刊"])}</ul>
<h4>本版其他</h4>{ul(["贺兰山东麓葡萄酒出口额增长15%", "宁东能源化工基地一季度工业产值创新高", "吴忠市奶产业链招商签约项目12个"])}</div>
<div class="art">
<h1>@@TITLE@@</h1>
<p class="sub">——中宁县枸杞产业链调查</p>
<p class="by">本报记者&nbsp;&nbsp;马&nbsp;&nbsp;静&nbsp;&nbsp;&nbsp;&nbsp;通讯员&nbsp;&nbsp;王&nbsp;&nbsp;悦</p>
<div class="content">
@@BODY@@
</div>
{prevnext("贺兰山东麓葡萄酒出口额增长15%", "宁东能源化工基地一季度工业产值创新高", "上一篇：", "下一篇：")}
</div>
</div>
{footer(["塞上日报社版权所有　宁ICP备05000123号", "本报地址：银川市金凤区　新闻热线：0951-6031234"])}
"""
OPTS = dict(pstyle="p", hstyle="h4")
BODY = """
p 5月下旬，中宁县的枸杞园里新枝吐绿，头茬夏果即将开采。而在县城的枸杞产业园区里，一条条生产线正在加工枸杞原浆、枸杞多糖、枸杞籽油等产品，订单已经排到了8月。
p 作为“中国枸杞之乡”，中宁县枸杞种植面积稳定在20万亩左右。长期以来，当地枸杞以干果销售为主，附加值不高，价格波动也大。近年来，中宁县把精深加工作为延伸产业链、提升价值链的突破口，枸杞产业正在从“卖原料”向“卖产品”转变。
h 从一粒干果到一瓶原浆
p 在宁夏某枸杞生物科技公司的生产车间，鲜枸杞经过清洗、破碎、杀菌、灌装等工序，变成一瓶瓶枸杞原浆。公司负责人介绍，一斤鲜果做成原浆后，附加值能提高3倍以上。“我们与周边3000多户果农签订了鲜果收购协议，解决了鲜果不耐储运的问题，也让果农每斤多卖两三毛钱。”
h 精深加工产品达到120多种
p 据了解，中宁县目前已有枸杞加工企业86家，其中规模以上企业21家，开发出枸杞原浆、枸杞多糖、枸杞籽油、枸杞酒、枸杞化妆品等10大类120多种产品。去年全县枸杞精深加工转化率达到32%，比三年前提高了12个百分点，枸杞全产业链产值突破150亿元。
p 中宁县相关负责人表示，下一步将继续引进培育加工龙头企业，加强与高校和科研院所合作，开发枸杞功能性食品和医药产品，力争到2027年枸杞精深加工转化率达到40%以上。
"""
