# 苏视新闻 (provincial TV news site) -- 2024 card design, "记者 / …" byline chip, video teaser, 推荐 feed
from lib import *

META = dict(
    id="xw-23", kind="media", lang="zh",
    title="江苏今年将新增普惠托位2万个",
    authors=["吴悠", "韩雪松"],
    publish_time="2025-04-25 19:32",
)

BODY = [
    P("记者从今天（4月25日）召开的全省托育服务工作推进会上了解到，今年江苏将新增普惠托位2万个，每千人口拥有3岁以下婴幼儿托位数达到4.6个，进一步缓解家庭“带娃难”问题。"),
    P("在南京市建邺区一家社区托育点，20多名一岁半到三岁的孩子正在老师带领下做游戏。这家托育点由社区闲置用房改造而成，实行普惠收费，全日托每月收费2200元，比周边市场化机构低三到四成。孩子家长杨女士说：“离家只有五分钟路，早上送过来再去上班，时间上很从容。”"),
    H("多种模式扩大普惠供给"),
    P("省卫生健康委相关负责人介绍，今年江苏将重点推动三类托育服务扩容：一是支持幼儿园开设托班，招收2至3岁幼儿；二是鼓励用人单位在工作场所为职工提供福利性托育服务；三是在新建居住区同步配建托育设施，老旧小区通过改造补齐短板。"),
    P("与此同时，省里将完善托育服务价格形成机制，对普惠托育机构按托位给予建设补助和运营补贴，并加强从业人员培训和日常监管，确保“托得住”也“托得好”。"),
]

STYLE = dict(p='<p class="ss-p">{}</p>', h='<p class="ss-p ss-st"><strong>{}</strong></p>')

CSS = """
body{margin:0;background:#f2f3f5;font-family:"PingFang SC","Microsoft YaHei";color:#222}
.ss-nav{background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.06)}
.ss-nav .in{width:1160px;margin:0 auto;display:flex;align-items:center;height:64px;gap:28px}
.ss-nav a{font-size:16px;color:#333}
.ss-nav .app{margin-left:auto;background:#ff5a00;color:#fff;border-radius:4px;padding:6px 14px}
.ss-grid{width:1160px;margin:20px auto;display:grid;grid-template-columns:1fr 320px;gap:20px}
.ss-card{background:#fff;border-radius:8px;padding:28px 40px}
.ss-card h1{font-size:28px;line-height:1.45;margin:0 0 14px}
.ss-chips{display:flex;gap:12px;font-size:13px;color:#8a8a8a;margin-bottom:20px}
.ss-chips .rep{color:#ff5a00}
.ss-video{background:#000;color:#fff;height:340px;display:flex;align-items:center;justify-content:center;border-radius:6px;margin-bottom:20px}
.ss-p{font-size:17px;line-height:1.85;margin:0 0 16px}
.ss-st{color:#ff5a00}
.ss-side .ss-card{padding:16px}
.ss-side h3{font-size:16px;margin:0 0 10px}
.ss-item{font-size:14px;line-height:1.6;border-bottom:1px solid #f0f0f0;padding:8px 0}
.ss-item small{display:block;color:#aaa}
.ss-foot{text-align:center;color:#999;font-size:12px;padding:30px 0;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="ss-nav"><div class="in">{img("苏视新闻", 120, 36)}<a href="#">首页</a><a href="#">江苏</a><a href="#">时政</a><a href="#">民生</a><a href="#">直播</a><a href="#">电视</a><a href="#">广播</a><a class="app" href="#">下载客户端</a></div></div>
<div class="ss-grid">
<div class="ss-card">
<h1>{m['title']}</h1>
<div class="ss-chips"><span class="rep">记者 / 吴悠 韩雪松</span><span>{m['publish_time']}</span><span>江苏新闻</span></div>
<div class="ss-video">{img("视频：江苏今年将新增普惠托位2万个", 600, 338)}</div>
{body}
<p style="font-size:12px;color:#aaa">原创稿件，未经授权禁止转载</p>
<p style="font-size:13px;color:#888">责编：程颖</p>
</div>
<div class="ss-side">
<div class="ss-card">
<h3>推荐</h3>
<div class="ss-item"><a href="#">托育服务纳入全省民生实事项目</a><small>江苏新闻 · 04-24</small></div>
<div class="ss-item"><a href="#">南京：社区托育点“家门口”托起幸福童年</a><small>新闻眼 · 04-23</small></div>
<div class="ss-item"><a href="#">江苏出台措施支持用人单位办托</a><small>江苏新时空 · 04-21</small></div>
</div>
<div class="ss-card"><h3>扫码下载苏视新闻</h3>{img("苏视新闻客户端二维码", 120, 120)}</div>
</div>
</div>
<div class="ss-foot">
江苏省广播电视总台（集团）版权所有　信息网络传播视听节目许可证：1007104<br>
苏ICP备06046728号　苏公网安备 32010602010344号　违法和不良信息举报电话：025-83188066
</div>
"""
