from lib import *

NOTES = "头条号 article (Guangdong city account): platform bar (首页, 下载头条, 登录), meta line date·account·IP location glued with middle dots, no person named so the account is the author, closure schedule as a table and detour routes as list lines, 免责声明 and 举报 (not body), comment box, 相关推荐 with view counts."

META = dict(id="xy-25", kind="self-media", lang="zh",
            title="情侣路部分路段夜间封闭施工，附绕行指南",
            authors=["珠海城事通"],
            publish_time="2025-06-12 09:18")

HEAD_TITLE = "情侣路部分路段夜间封闭施工，附绕行指南 - 今日头条"

CSS = """
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei";color:#222}
.tt-nav{background:#fff;height:56px;display:flex;align-items:center;justify-content:space-between;padding:0 40px;border-bottom:1px solid #eee}
.tt-nav .l a{color:#222;margin-right:20px;text-decoration:none;font-size:14px}
.tt-nav .r a{color:#f04142;font-size:14px;margin-left:14px}
.tt-wrap{width:1000px;margin:20px auto;display:flex;gap:24px}
.tt-art{flex:1;background:#fff;padding:32px 40px}
.tt-art h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.tt-meta{font-size:13px;color:#999;margin-bottom:24px}
.tt-meta .src{color:#406599}
.tt-txt p{font-size:18px;line-height:1.8;margin:0 0 20px}
.tt-txt table{border-collapse:collapse;width:100%;margin-bottom:20px;font-size:16px}
.tt-txt td{border:1px solid #ddd;padding:6px 8px}
.tt-txt .pgc-img{text-align:center}
.tt-txt .pgc-img-caption{font-size:14px;color:#999;text-align:center}
.tt-note{font-size:13px;color:#999;border-top:1px solid #f0f0f0;padding-top:14px}
.tt-act{display:flex;gap:24px;font-size:14px;color:#666;margin-top:18px}
.tt-cmt{margin-top:24px}
.tt-cmt textarea{width:100%;height:70px}
.tt-side{width:300px}
.tt-side .card{background:#fff;padding:16px;margin-bottom:16px}
.tt-side .card .nm{font-weight:bold;font-size:16px}
.tt-side .rec p{font-size:14px;margin:10px 0}
.tt-side .rec span{font-size:12px;color:#999;display:block}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "T": lambda rows, kw: "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>",
    "IMG": lambda a, kw: f'<div class="pgc-img">{img(a, data=True, w=600, h=360)}<p class="pgc-img-caption">{kw["cap"]}</p></div>',
}

BLOCKS = [
    P("经常晚上去情侣路散步、开车的朋友注意啦！为配合情侣路沿线景观提升和排水管网改造，6月15日至7月31日，情侣路部分路段将在夜间实行封闭施工。"),
    P("具体封闭时间和路段如下："),
    T([["路段", "封闭时间", "封闭方式"],
       ["情侣中路（海滨泳场至珠海渔女段）", "6月15日至6月30日 22:00—次日6:00", "双向封闭"],
       ["情侣南路（海天驿站至日月贝段）", "7月1日至7月15日 22:00—次日6:00", "南往北方向封闭"],
       ["情侣北路（野狸岛入口至香炉湾段）", "7月16日至7月31日 22:00—次日6:00", "半幅封闭，保留单车道"]]),
    IMG("情侣路施工路段示意图", cap="施工路段示意图（来源：珠海交警）"),
    P("封闭施工期间，交警部门建议车辆提前选择以下路线绕行："),
    L(["1. 香洲往拱北方向：经凤凰路—迎宾南路绕行；",
       "2. 拱北往唐家方向：经九洲大道—港湾大道绕行；",
       "3. 前往野狸岛、珠海大剧院的车辆：经海洲路进入。"]),
    P("施工期间，沿线人行道和绿道基本保持开放，但部分施工区域会设置围挡，夜跑和散步的市民请注意安全，按照现场指示通行。白天道路正常通行，不受影响。"),
    P("小编提醒，具体以现场交通指示为准，大家出门前可以先查一下导航路况。转给身边常走情侣路的朋友吧！"),
]


def frame(M, body):
    return f"""<body>
<div class="tt-nav"><div class="l"><a href="#">首页</a><a href="#">下载头条</a><a href="#">头条号</a><a href="#">侵权投诉</a></div><div class="r"><input type="text" placeholder="搜索站内资讯、视频或用户"><a href="#">登录</a></div></div>
<div class="tt-wrap">
<div class="tt-art">
<h1>{M["title"]}</h1>
<div class="tt-meta"><span>{M["publish_time"]}</span>·<span class="src">珠海城事通</span>·<span>广东</span></div>
<div class="tt-txt">
{body}
</div>
<div class="tt-note">免责声明：本文内容来源于网络公开信息，仅供参考，如有侵权请联系删除。</div>
<div class="tt-act"><span>👍 36</span><span>评论 12</span><span>收藏</span><span>分享</span><span><a href="#">举报</a></span></div>
<div class="tt-cmt"><b>评论 12</b><br><textarea placeholder="写下你的评论..."></textarea></div>
</div>
<div class="tt-side">
<div class="card"><div class="nm">珠海城事通</div><div style="font-size:13px;color:#999">优质城市资讯领域创作者</div><div style="font-size:13px">3.2万粉丝 · 1562获赞</div><button type="button">关注</button></div>
<div class="card rec"><b>相关推荐</b>
<p><a href="#">珠海这条新路通车！从香洲到金湾只要20分钟</a><span>8.6万阅读</span></p>
<p><a href="#">珠海今年首个台风预警来了？气象台回应</a><span>3.1万阅读</span></p>
</div>
</div>
</div>
</body>"""
