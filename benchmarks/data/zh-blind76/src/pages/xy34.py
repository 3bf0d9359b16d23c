from lib import *

NOTES = "Prefecture daily e-paper (Yunnan), 2016 design: breadcrumb-like 当前版 line with 年月日 date, 主题 + 副题 (副题 not in title), ■本报记者 … 文/图 byline, sub-headings in 【】 brackets, long body with quoted speech and figures, photo caption, 上一篇/下一篇, 版面目录 with other headlines, old footer."

META = dict(id="xy-34", kind="e-paper", lang="zh",
            title="蒙自石榴挂果率创新高",
            authors=["杨梅"],
            publish_time="2025年6月11日")

HEAD_TITLE = "蒙自石榴挂果率创新高--滇南日报"

CSS = """
body{margin:0;background:#f0ebe1;font-family:"Microsoft YaHei",SimSun;color:#333}
#dn-header{width:1020px;margin:0 auto;background:#9b2d20;color:#fff;padding:14px 20px;display:flex;justify-content:space-between;align-items:flex-end}
#dn-header .logo{font-size:32px;font-family:"STXingkai","KaiTi"}
#dn-header .d{font-size:13px}
#dn-tools{width:1020px;margin:0 auto;background:#fff;padding:8px 20px;font-size:13px;border-bottom:1px solid #ddd}
#dn-tools a{margin-right:12px;color:#9b2d20}
#dn-main{width:1060px;margin:0 auto;background:#fff;display:flex}
#dn-catalog{width:250px;border-right:1px solid #e5ddd0;padding:14px;font-size:13px}
#dn-catalog h5{margin:0 0 6px;font-size:14px;color:#9b2d20}
#dn-catalog p{margin:4px 0}
#dn-detail{flex:1;padding:20px 46px}
#dn-detail .cur{font-size:13px;color:#888;margin-bottom:16px}
#dn-detail .title1{font-size:28px;text-align:center;font-weight:bold}
#dn-detail .title2{font-size:17px;text-align:center;margin:8px 0 16px;color:#555}
#dn-detail .author{font-size:15px;margin-bottom:10px}
#dn-detail .content p{font-size:16px;line-height:1.95;text-indent:2em;margin:0 0 10px}
#dn-detail .content p.s{text-indent:0;font-weight:bold}
#dn-detail .content .im{text-align:center;text-indent:0}
#dn-detail .content .imt{text-align:center;text-indent:0;font-size:14px;color:#9b2d20}
#dn-detail .pn{border-top:1px dashed #ccc;padding-top:8px;font-size:14px;margin-top:16px}
#dn-footer{width:1060px;margin:0 auto;background:#9b2d20;color:#f5e3dc;text-align:center;font-size:12px;padding:10px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="s">{t}</p>',
    "IMG": lambda a, kw: f'<p class="im">{img(a, w=560, h=380)}</p><p class="imt">{kw["cap"]}</p>',
}

BLOCKS = [
    X('<div class="author">■本报记者 杨梅 文/图</div>'),
    P("6月上旬，走进蒙自市新安所镇的石榴种植基地，一棵棵石榴树枝繁叶茂，青里透红的果实挂满枝头。果农们正忙着疏果、套袋，为即将到来的采收季做准备。"),
    H("【科学管护让挂果率提高】"),
    P("“今年每亩挂果在2800个左右，比去年多了三百多个。”种植户李大姐一边给石榴套袋一边说。她家种了15亩甜绿籽石榴，今年在农技人员指导下采用了疏花疏果和水肥一体化技术，果子个头更均匀。"),
    P("蒙自市农业农村局提供的数据显示，全市石榴种植面积约12.3万亩，今年平均挂果率比去年提高约8个百分点，创近五年新高。这主要得益于春季花期天气晴好、授粉充分，以及近年来推广的标准化管护技术逐步见效。"),
    IMG("石榴套袋", cap="果农在新安所镇石榴基地给石榴套袋"),
    H("【延长链条让果农多增收】"),
    P("石榴是蒙自的特色产业，也是不少果农的“致富果”。为了解决集中上市期价格波动的问题，蒙自近年来引进和培育石榴汁、石榴酒、石榴籽油等深加工企业9家，每年加工转化石榴约3万吨。同时，建成冷链仓储设施总库容达4.5万吨，让鲜果可以错峰销售。"),
    P("“过去石榴一到八九月集中上市就卖不上价，现在有冷库、有加工厂，价格稳多了。”新安所镇一家石榴合作社负责人说，合作社去年带动周边200多户农户户均增收1.2万元。"),
    P("据介绍，今年蒙自石榴预计产量可达25万吨，早熟品种将于7月下旬开始上市。当地将继续举办石榴文化旅游节，推动石榴产业与乡村旅游融合发展。"),
]


def frame(M, body):
    return f"""<body>
<div id="dn-header"><span class="logo">滇南日报</span><span class="d">{M["publish_time"]}　第3版：要闻</span></div>
<div id="dn-tools"><a href="#">首页</a><a href="#">上一期</a><a href="#">下一期</a><a href="#">往期回顾</a><a href="#">版面导航</a><a href="#">标题导航</a></div>
<div id="dn-main">
<div id="dn-catalog">
<h5>版面目录</h5>
<p><a href="#">第1版：头版</a></p><p><a href="#">第2版：要闻</a></p><p><a href="#">第3版：要闻</a></p><p><a href="#">第4版：综合</a></p>
<h5>本版新闻</h5>
<p><a href="#">蒙自石榴挂果率创新高</a></p>
<p><a href="#">个旧：锡文化街区改造完工</a></p>
<p><a href="#">建水紫陶产业产值突破30亿元</a></p>
<p><a href="#">弥勒召开雨季安全生产工作会</a></p>
</div>
<div id="dn-detail">
<div class="cur">当前版：第3版：要闻　　{M["publish_time"]}</div>
<div class="title1">{M["title"]}</div>
<div class="title2">今年预计产量可达25万吨，早熟品种7月下旬上市</div>
<div class="content">
{body}
</div>
<div class="pn"><a href="#">上一篇</a>：<a href="#">红河州召开乡村振兴重点工作推进会</a><br><a href="#">下一篇</a>：<a href="#">个旧：锡文化街区改造完工</a></div>
</div>
</div>
<div id="dn-footer">滇南日报社主办　版权所有 未经许可不得转载<br>滇ICP备05001378号</div>
</body>"""
