# 上海 · 区融媒体中心网站（2023 app-like design: '作者：记者 王  静 通讯员 李晓', 编辑/审核/终审 block）
from lib import *

PAGE = dict(
    id="wl-23", kind="media", lang="zh", site="青浦融媒",
    title="白鹤草莓进入秋季定植期 今年新品种“白雪公主”扩种",
    authors=["王静", "李晓"],
    publish_time="2025-10-15 17:20",
    features=["district 融媒体 site, app-like 2023 design", "'作者：记者 王&nbsp;&nbsp;静 通讯员 李晓' line with a spaced name",
              "info bar with time and 阅读量 above the byline", "closing 编辑/审核/终审 block (not authors)", "photo with caption", "quoted speech",
              "'打开APP' buttons and 点赞/收藏 buttons, footer"],
)

BLOCKS = [
    ("p", "眼下，白鹤镇的草莓种植户陆续进入秋季定植期。在赵屯草莓园区的连栋大棚里，种植户们正弯腰将一株株草莓苗栽进起好的垄上，浇水、覆膜，忙得不亦乐乎。"),
    ("img", "草莓定植", "种植户在大棚里定植草莓苗。"),
    ("p", "“今年我家种了12亩，除了老品种‘红颜’，还扩种了4亩‘白雪公主’。这个品种果子白里透粉，去年在市场上很受欢迎，每斤能卖到60元左右。”种植户沈建华说。"),
    ("p", "白鹤镇是上海市草莓主产区之一，全镇草莓种植面积约3000亩。为帮助种植户提高品质，镇农业服务中心今年推广了基质育苗、水肥一体化和熊蜂授粉等技术，并组织农技人员分片包干，开展一对一技术指导。"),
    ("p", "镇农业服务中心负责人介绍，按照目前的进度，今年白鹤草莓预计12月上旬陆续上市，届时还将举办草莓采摘季活动，推动农旅融合发展。"),
]

R = dict(p="<p>{}</p>",
         img=lambda alt, cap: f'<div class="im">{img(alt)}<p class="cp">{cap}</p></div>')

CSS = """
body{margin:0;background:#f5f5f5;font:17px/1.8 -apple-system,"PingFang SC",sans-serif;color:#222}
.app{max-width:720px;margin:0 auto;background:#fff;min-height:100vh}.bar{display:flex;justify-content:space-between;align-items:center;padding:10px 16px;border-bottom:1px solid #eee}
.dl{background:#0062cc;color:#fff;border-radius:14px;padding:2px 12px;font-size:14px}.ct{padding:16px 20px}h1{font-size:24px;line-height:1.4;margin:6px 0 10px}
.mt{font-size:13px;color:#999}.au{font-size:14px;color:#666;margin:6px 0 16px}.cp{font-size:14px;color:#888;text-align:center}.im{text-align:center}
.ed{font-size:13px;color:#999;background:#fafafa;padding:8px 12px}.act{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;color:#666}
.more li{border-bottom:1px solid #f0f0f0;padding:8px 0;list-style:none}.ft{font-size:12px;color:#aaa;text-align:center;padding:20px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="app">
<div class="bar">{img("青浦融媒")}<span class="dl">打开APP</span></div>
<div class="ct">
<h1>{P['title_html']}</h1>
<div class="mt">{P['publish_time']}　阅读量 3.6万</div>
<div class="au">作者：记者 王&nbsp;&nbsp;静 通讯员 李晓</div>
{body}
<div class="ed"><p>编辑：黄颖</p><p>审核：朱立</p><p>终审：蒋伟</p></div>
<div class="act"><span>点赞 126</span><span>收藏</span><span>分享</span></div>
<h4>推荐阅读</h4>
<ul class="more">{lis(["青浦区第十届农民丰收节活动回顾","朱家角古镇秋季游客量同比增长","练塘茭白进入采收尾声"])}</ul>
<p style="text-align:center;color:#0062cc">打开APP 阅读更多精彩内容</p>
</div>
<div class="ft">上海市青浦区融媒体中心 出品<br>沪ICP备18027413号-1</div>
</div>
""")
