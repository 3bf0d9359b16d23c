# 陕西 · 省级电视台网站 · 视频新闻（2018 design: player placeholder, transcript, credits line after video）
from lib import *

PAGE = dict(
    id="wl-15", kind="media", lang="zh", site="秦视网",
    title="西安城区集中供热管网开始试水试压 11月15日起正式供暖",
    authors=["李雪梅", "任军"],
    publish_time="2025-10-16 19:48",
    features=["TV site video news page (2018)", "video player placeholder with 00:00 / 02:46 and 播放 text (not body)",
              "transcript paragraphs as body", "credits line at the end '记者 李雪梅 任军 西安报道' (authors, not body)",
              "'编辑：赵晨' (not author)", "栏目 label 《陕西新闻联播》", "more-videos grid, footer"],
)

BLOCKS = [
    ("x", '<div class="player">' + img("视频封面") + '<p class="ctl">播放　00:00 / 02:46　全屏</p></div><p class="lm">栏目：《陕西新闻联播》</p>'),
    ("p", "随着气温逐渐下降，西安城区供热单位从本周起开始对集中供热管网进行注水试压，为11月15日正式供暖做好准备。"),
    ("p", "在西安市某热力公司的一座换热站内，工作人员正在检查设备运行参数，逐段排查管网是否存在渗漏。据介绍，今年该公司共对43公里老旧管网进行了更新改造，新建换热站12座，新增供热面积约260万平方米。"),
    ("quote", "“试水试压期间，如果发现家里暖气片、阀门有漏水现象，请及时关闭阀门，并拨打我们的服务热线报修。”热力公司客服中心负责人提醒。"),
    ("p", "市城管局相关负责人表示，今年西安城区集中供热面积预计达到2.8亿平方米。为确保按时供热，各供热单位要在10月底前完成设备检修和管网试压，11月1日前完成燃料储备。对于供暖期间出现的问题，市民可拨打12345市民热线反映。"),
    ("p", "此外，今年西安将继续执行“按需延长供暖”机制，若11月上旬出现持续低温天气，将视情况提前启动供暖。"),
    ("x", '<p class="cr">记者 李雪梅 任军 西安报道</p><p class="cr">编辑：赵晨</p>'),
]

R = dict(p="<p>{}</p>", quote="<p>{}</p>")

CSS = """
body{margin:0;background:#111;color:#ddd;font:15px/1.9 "Microsoft YaHei"}.w{width:1100px;margin:0 auto}
.hd{display:flex;justify-content:space-between;align-items:center;height:70px}.hd a{color:#ddd;margin:0 10px}
.vbox{background:#1d1d1d;padding:20px 30px}.player{background:#000;height:300px;text-align:center}.ctl{color:#888}
h1{color:#fff;font-size:24px}.tm{color:#888;font-size:13px}.lm{color:#e0a000}.cr{text-align:right;color:#aaa}
.more{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.more div{background:#222;padding:6px}.ft{color:#666;font-size:12px;text-align:center;padding:20px}
"""


def render(P, body):
    vids = ["西咸新区秋播小麦进入关键期", "汉中：茶园秋管正当时", "延安苹果大量上市 客商踊跃收购", "宝鸡：渭河生态区秋色宜人"]
    return doc(P, CSS, f"""
<div class="w hd">{img("秦视网 陕西广播电视台")}<span>{links(["首页","直播","新闻","综艺","纪录","点播","客户端"])}</span></div>
<div class="w vbox">
<p class="tm">首页 / 新闻 / 陕西新闻联播</p>
<h1>{P['title_html']}</h1>
<p class="tm">发布时间：{P['publish_time']}　　播放：2.1万次</p>
{body}
</div>
<div class="w"><h3>更多视频</h3><div class="more">{"".join(f'<div>{img("")}<p>{v}</p><p class="tm">02:1{i}</p></div>' for i, v in enumerate(vids))}</div></div>
<div class="ft">陕西广播电视台 版权所有　信息网络传播视听节目许可证：2708264　陕ICP备05003107号</div>
""")
