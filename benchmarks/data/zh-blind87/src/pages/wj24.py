# 北京城市广播网站（虚构“京声网”），2025 年音频页：标题分两行排印，作者/编辑/审核同一行
from blocks import P, render as rb
from common import doc, links, img, esc

LINES = ["潮白河畔“候鸟驿站”", "迎来今冬首批天鹅"]
PAGE = {
    "id": "wj-24", "kind": "media", "lang": "zh",
    "title": "".join(LINES),
    "authors": ["周琳"],
    "publish_time": "2025-11-16 10:00",
    "body": [
        P("这两天，顺义区潮白河畔的“候鸟驿站”迎来了今冬第一批大天鹅。清晨，河面上薄雾弥漫，二十多只大天鹅在浅水区觅食、梳理羽毛，不时引颈高歌，吸引了不少摄影爱好者前来拍摄。"),
        P("“候鸟驿站”是顺义区去年在潮白河生态修复工程中建设的一处湿地保护区，面积约600亩。为了给候鸟留足栖息空间，管理部门在河道内保留了大片芦苇和浅滩，冬季还会在固定区域投放玉米、小麦等食物，帮助候鸟度过食物短缺期。"),
        P("顺义区园林绿化局野生动物保护科科长刘涛介绍，近年来潮白河水质持续向好，来这里越冬和迁徙停歇的鸟类逐年增多，今年已经监测到包括大天鹅、白琵鹭、鸳鸯在内的鸟类160余种。"),
        P("刘涛也提醒，观鸟、拍鸟要与鸟类保持50米以上的距离，不要驱赶、投喂，更不能使用无人机近距离拍摄，以免惊扰候鸟。市民发现受伤的野生鸟类，可拨打12345热线求助。"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"Source Han Sans SC","PingFang SC",sans-serif;color:#111;background:#fbfaf7}
a{color:inherit;text-decoration:none}
header{display:flex;justify-content:space-between;align-items:center;padding:18px 48px;border-bottom:1px solid #e8e4da}
header img{width:140px;height:34px}header nav{display:flex;gap:26px;font-size:15px}header .fm{font-size:13px;color:#a0522d}
.hero{max-width:860px;margin:50px auto 0;padding:0 24px}
.col{font-size:13px;letter-spacing:.2em;color:#a0522d}
.hero h1{font-size:38px;line-height:1.35;margin:12px 0 18px;font-weight:800}.hero h1 span{display:block}
.credits{font-size:14px;color:#777;line-height:1.8}
.audio{display:flex;align-items:center;gap:16px;background:#111;color:#fff;border-radius:40px;padding:10px 24px;margin:24px 0;user-select:none}
.audio .bar{flex:1;height:4px;background:#555;border-radius:2px}
.text{max-width:860px;margin:0 auto;padding:0 24px 40px;font-size:19px;line-height:2}.text p{margin:0 0 1.2em}
.playlist{max-width:860px;margin:0 auto;padding:0 24px}.playlist h3{font-size:18px}.playlist div{display:flex;justify-content:space-between;border-bottom:1px solid #e8e4da;padding:12px 0;font-size:15px}
footer{margin-top:40px;background:#111;color:#888;text-align:center;font-size:12px;line-height:2;padding:30px}
"""


def render(p):
    body = rb(p["body"])
    h1 = "".join("<span>%s</span>" % esc(l) for l in LINES)
    return doc(p["title"] + " | 京声网", CSS, f"""
<header>{img("京声网")}<nav>{links(["首页", "城市广播", "新闻广播", "交通广播", "音乐广播", "节目单", "主播"], '<a href="#">{}</a>', '')}</nav><span class="fm">FM 107.5</span></header>
<div class="hero">
<div class="col">城市广播 · 城市零距离</div>
<h1>{h1}</h1>
<div class="credits">作者：记者 周琳；编辑：杜然；审核：吴迪<br>{p["publish_time"]}</div>
<div class="audio"><span>▶</span><span>收听音频</span><span class="bar"></span><span>03:12</span></div>
</div>
<div class="text">
{body}
</div>
<div class="playlist"><h3>更多音频</h3>
<div><a href="#">野鸭湖湿地进入观鸟季</a><span>02:48</span></div>
<div><a href="#">北京今冬首场降雪或在月底</a><span>01:55</span></div>
<div><a href="#">南海子麋鹿苑冬季开放时间调整</a><span>03:30</span></div></div>
<footer>北京城市广播 版权所有　信息网络传播视听节目许可证：0108307　京ICP备05048213号-9<br>违法和不良信息举报：010-65158007</footer>
""")
