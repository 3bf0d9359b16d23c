# 浙里新闻 (provincial news app web page) -- 2025 design, byline line between headline and info line, app banners
from lib import *

META = dict(
    id="xw-14", kind="media", lang="zh",
    title="浙江今年将新改建农村公路2000公里",
    authors=["金宇航", "孙璐", "叶晨曦"],
    publish_time="2025-04-23 07:32",
)

BODY = [
    P("4月22日，记者从省交通运输厅获悉，今年我省将新改建农村公路2000公里，实施农村公路安全生命防护工程1500公里，新增城乡公交一体化县（市、区）10个，进一步提升农村交通出行品质。"),
    P("“路修到哪里，产业就跟到哪里。”省交通运输厅相关负责人介绍，今年的农村公路建设将重点向山区海岛县倾斜，优先实施连接乡村旅游点、产业基地和物流节点的道路项目。26个山区海岛县的建设任务占到全省总量的六成左右。"),
    H("“四好农村路”向“品质路”升级"),
    P("经过多年建设，我省已实现具备条件的建制村100%通双车道公路。如何让农村公路从“通得了”变成“行得好”，是今年工作的重点。"),
    P("在丽水市景宁畲族自治县，一条连接5个行政村的乡村旅游公路正在加紧拓宽改造。县交通运输局工作人员介绍，道路改造后将增设观景平台和错车道，沿线还将布设充电桩和驿站。“过去自驾游客不敢往山里开，路修好了，民宿生意也能带起来。”"),
    P("与此同时，城乡公交一体化也在提速。今年我省将新增10个城乡公交一体化县（市、区），推动镇村公交与干线客运、物流配送融合发展，鼓励开通“客货邮”融合线路，让农产品“上行”和快递“下乡”更顺畅。"),
    H("管护机制同步完善"),
    P("针对部分农村公路“重建轻养”的问题，我省将全面推行农村公路“路长制”，建立县、乡、村三级路长体系，将日常养护经费纳入财政预算。今年全省农村公路优良中等路率目标为88%以上。"),
]

STYLE = dict(p='<p class="zl-p">{}</p>', h='<h2 class="zl-h2">{}</h2>')

CSS = """
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#fff;color:#1a1a1a}
.zl-appbar{position:sticky;top:0;background:#fff;display:flex;align-items:center;justify-content:space-between;padding:10px 24px;border-bottom:1px solid #f0f0f0}
.zl-appbar .open{background:#e62129;color:#fff;border-radius:16px;padding:6px 16px;font-size:14px}
.zl-channel{display:flex;gap:20px;padding:12px 24px;font-size:15px;overflow:hidden;white-space:nowrap}
.zl-article{max-width:760px;margin:0 auto;padding:10px 24px 40px}
.zl-title{font-size:26px;line-height:1.45;font-weight:700;margin:18px 0 14px}
.zl-byline{font-size:15px;color:#666}
.zl-row{display:flex;gap:14px;font-size:13px;color:#999;margin:8px 0 20px}
.zl-p{font-size:18px;line-height:1.85;margin:0 0 18px;text-align:justify}
.zl-h2{font-size:19px;margin:24px 0 12px;border-left:4px solid #e62129;padding-left:10px}
.zl-statement{font-size:13px;color:#999;background:#f7f7f7;padding:10px 12px;margin-top:24px}
.zl-actions{display:flex;justify-content:space-around;margin:24px 0;font-size:14px;color:#555}
.zl-rec h4{font-size:17px}
.zl-rec .item{display:flex;justify-content:space-between;border-bottom:1px solid #f2f2f2;padding:12px 0}
.zl-rec .item span{font-size:12px;color:#aaa}
.zl-foot{text-align:center;font-size:12px;color:#999;padding:30px 0;background:#f8f8f8;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="zl-appbar">{img("浙里新闻", 110, 32)}<span class="open">打开APP</span></div>
<div class="zl-channel"><span>推荐</span><span>浙江</span><span>时政</span><span>财经</span><span>民生</span><span>文化</span><span>视频</span><span>直播</span></div>
<article class="zl-article">
<h1 class="zl-title">{m['title']}</h1>
<div class="zl-byline">记者 金宇航 通讯员 孙璐 叶晨曦</div>
<div class="zl-row"><span>{m['publish_time']}</span><span>来源：浙江日报</span><span>阅读 3.1万</span></div>
{body}
<div class="zl-statement">本文为浙里新闻原创，转载请注明来源。</div>
<div class="zl-actions"><span>👍 点赞 126</span><span>💬 评论</span><span>⭐ 收藏</span><span>↗ 分享</span></div>
<div class="zl-rec"><h4>推荐阅读</h4>
<div class="item"><a href="#">杭州今年计划新开通定制公交线路50条</a><span>04-22 19:05</span></div>
<div class="item"><a href="#">山区海岛县“客货邮”融合覆盖率达95%</a><span>04-22 11:30</span></div>
<div class="item"><a href="#">浙江农村公路“路长制”实现县乡村全覆盖</a><span>04-21 08:12</span></div>
</div>
<p style="text-align:center">{img("扫码下载浙里新闻客户端", 120, 120)}<br>扫码下载浙里新闻客户端</p>
</article>
<div class="zl-foot">
<p><a href="#">关于我们</a> · <a href="#">用户协议</a> · <a href="#">隐私政策</a> · <a href="#">举报中心</a></p>
<p>浙江日报报业集团 版权所有　互联网新闻信息服务许可证：33120180001</p>
<p>浙ICP备17024617号-6　浙公网安备 33010602009865号</p>
</div>
"""
