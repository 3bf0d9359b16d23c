from lib import *

NOTES = "Street office sub-site (Shenzhen district), 2020 design: date box left of the headline, 信息来源 with the date glued, closing own-line byline 文/图 with a two-character name spaced by two spaces (王  静), photo caption, share row, 街道动态 list in a sidebar, footer of the district portal."

META = dict(id="xy-06", kind="government", lang="zh",
            title="沙头街道开展暑期防溺水宣传进社区活动",
            authors=["王静"],
            publish_time="2025-06-12 11:03")

HEAD_TITLE = "沙头街道开展暑期防溺水宣传进社区活动--福田区沙头街道办事处"

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei";color:#333}
.st-bar{border-bottom:1px solid #e6e6e6;font-size:12px;color:#666}
.st-bar .w{width:1160px;margin:auto;padding:6px 0;display:flex;justify-content:space-between}
.st-bar a{color:#666;margin:0 6px}
.st-logo{width:1160px;margin:auto;padding:24px 0;display:flex;align-items:center;gap:14px}
.st-logo b{font-size:28px;color:#006b5f}
.st-logo small{display:block;color:#6aa;font-size:13px}
.st-nav{background:#00796b}
.st-nav .w{width:1160px;margin:auto}
.st-nav a{color:#fff;display:inline-block;padding:12px 28px;text-decoration:none}
.st-page{width:1160px;margin:20px auto;display:grid;grid-template-columns:800px 320px;gap:40px}
.st-crumbs{font-size:13px;color:#999;padding-bottom:10px;border-bottom:1px solid #eee}
.st-headrow{display:flex;gap:18px;align-items:center;margin:20px 0}
.st-date{width:70px;height:70px;background:#00796b;color:#fff;text-align:center;line-height:1.3;padding-top:8px}
.st-date b{font-size:24px;display:block}
.st-headrow h1{font-size:24px;margin:0}
.st-src{font-size:13px;color:#999;margin-top:4px}
.st-doc p{font-size:16px;line-height:1.9;text-indent:2em;margin:0 0 12px}
.st-doc figure{margin:10px 0;text-align:center}
.st-doc figcaption{font-size:13px;color:#777}
.st-doc .by{text-align:right}
.st-share{margin-top:20px;font-size:13px;color:#999}
.st-aside h3{font-size:16px;background:#e8f4f2;padding:8px 12px;margin:0}
.st-aside ul{margin:0;padding:8px 12px;list-style:none;font-size:14px;line-height:2}
.st-footer{background:#f2f2f2;border-top:3px solid #00796b;font-size:13px;color:#666;text-align:center;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<figure>{img(a, data=True, w=640, h=420)}<figcaption>{kw["cap"]}</figcaption></figure>',
}

BLOCKS = [
    P("暑期临近，为进一步增强辖区居民特别是青少年的防溺水安全意识，6月11日下午，沙头街道联合辖区派出所、新沙社区工作站在新沙社区文化广场开展暑期防溺水宣传活动，吸引了200余名居民和学生参与。"),
    P("活动现场设置了宣传展板、知识问答和救援体验三个区域。工作人员通过真实案例向家长和孩子们讲解溺水事故的常见原因，提醒大家牢记“六不准”：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救。"),
    IMG("活动现场", cap="救援体验区，志愿者向孩子们示范如何抛投救生圈"),
    P("在救援体验区，来自深圳市蓝天救援队的志愿者示范了抛投救生圈、递竹竿等岸上施救方法，并手把手教居民做心肺复苏。“原来施救的第一原则是保护好自己，不能贸然下水。”参加体验的初二学生小林说。"),
    P("据介绍，今年以来，沙头街道已排查辖区内河道、人工湖、景观水池等涉水区域26处，增设警示标识40余块，在重点水域配备救生圈、救生绳等器材。暑假期间，街道还将组织网格员和志愿者在重点时段开展巡查劝导，守护孩子们度过一个平安暑假。"),
    X('<p class="by">文/图　沙头街道　王&nbsp;&nbsp;静</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="st-bar"><div class="w"><span>深圳市福田区人民政府门户网站 | 沙头街道办事处</span><span><a href="#">无障碍</a>|<a href="#">长者模式</a>|<a href="#">繁体</a>|<a href="#">手机版</a></span></div></div>
<div class="st-logo">{img("福田区", data=True, w=64, h=64)}<div><b>沙头街道办事处</b><small>Futian District Shatou Subdistrict Office</small></div></div>
<div class="st-nav"><div class="w"><a href="#">街道首页</a><a href="#">街道概况</a><a href="#">街道动态</a><a href="#">通知公告</a><a href="#">社区服务</a><a href="#">党建引领</a></div></div>
<div class="st-page">
<div class="st-main">
<div class="st-crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">沙头街道</a> &gt; <a href="#">街道动态</a> &gt; 正文</div>
<div class="st-headrow">
<div class="st-date"><b>12</b>2025-06</div>
<div><h1>{M["title"]}</h1><div class="st-src">信息来源：沙头街道办事处发布时间：{M["publish_time"]}</div></div>
</div>
<div class="st-doc">
{body}
</div>
<div class="st-share">分享：<a href="#">微信</a> <a href="#">微博</a>　　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
</div>
<div class="st-aside"><h3>街道动态</h3><ul>
<li><a href="#">沙头街道召开2025年安全生产工作推进会</a></li>
<li><a href="#">天安社区举办“邻里节”便民服务活动</a></li>
<li><a href="#">沙头街道开展燃气安全入户检查</a></li>
<li><a href="#">上沙社区“四点半课堂”开课啦</a></li>
</ul></div>
</div>
<div class="st-footer">
<p><a href="#">网站地图</a>　<a href="#">关于我们</a>　<a href="#">网站声明</a></p>
<p>主办：深圳市福田区人民政府　承办：深圳市福田区政务服务数据管理局　沙头街道办事处</p>
<p>粤ICP备06023417号　粤公网安备 44030402001736号　网站标识码：4403040005</p>
</div>
</body>"""
