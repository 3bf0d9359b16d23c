"""wk-25: 头条号 article: glued meta 原创 + time + · + account, no person named; call to comment ends the article."""
from lib import *

PAGE = dict(id="wk-25", kind="self-media", lang="zh",
            title="锦州人注意！11月17日起，这6条公交线路有调整",
            authors=["锦州生活圈"], publish_time="2025-11-10 19:42")

BLOCKS = [
    P("近日，锦州市公交集团发布公告，为配合中央大街改造施工和冬季运营安排，自2025年11月17日起，对6条公交线路进行调整。具体如下："),
    H("一、调整走向的线路"),
    P("2路、12路：上行由解放路经中央大街改为经延安路、北京路，恢复原走向时间另行通知。停靠站点减少“中央大街站”，增加“延安路站”。"),
    P("16路：取消“五里河公园”至“锦州南站”区段，延伸至“滨海新区公交总站”。"),
    H("二、调整运营时间的线路"),
    L(["6路：末班车由21:00调整为20:30；",
       "23路：首班车由5:30调整为6:00；",
       "31路：冬季每日发车间隔由12分钟调整为15分钟。"]),
    IMG("", "图片来源：锦州公交集团"),
    P("公交集团提醒，降雪天气时部分线路可能临时绕行或延误，市民可通过“锦州公交”小程序查询车辆实时位置，合理安排出行时间。如有疑问，可拨打公交服务热线0416-3588012咨询。"),
    P("你平时常坐哪路车？调整后对你有影响吗？欢迎在评论区留言。"),
]

CSS = """
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Helvetica Neue","Microsoft YaHei";color:#222}
.tt-top{height:56px;background:#fff;border-bottom:1px solid #e8e8e8;display:flex;align-items:center;padding:0 24px;gap:24px;font-size:14px}
.tt-top .logo{color:#f04142;font-weight:bold;font-size:22px}.tt-top a{color:#222;text-decoration:none}
.tt-top .sb{margin-left:auto}.tt-top input{width:260px;height:32px;border:1px solid #e8e8e8;border-radius:4px;padding:0 10px}
.layout{width:1140px;margin:20px auto;display:flex;gap:20px}
.left-bar{width:60px;text-align:center;font-size:12px;color:#666}.left-bar div{margin-bottom:18px}
.article{flex:1;background:#fff;padding:30px 40px;border-radius:4px}
.article h1{font-size:28px;line-height:1.4;margin:0 0 14px}
.meta{font-size:14px;color:#999;margin-bottom:24px}.meta .o{border:1px solid #f04142;color:#f04142;border-radius:2px;font-size:12px;padding:0 3px;margin-right:8px}
.meta .nm{color:#406599}
.content{font-size:18px;line-height:1.8}.content p{margin:0 0 20px}.content h2{font-size:20px;margin:24px 0 12px}
.content img{width:100%;height:360px;background:#eee}.content .pic-cap{font-size:14px;color:#999}
.content ul{padding-left:22px}.content li{margin-bottom:8px}
.after{font-size:13px;color:#999;margin-top:24px;display:flex;gap:18px}
.cmt{margin-top:26px;border-top:1px solid #eee;padding-top:16px}.cmt textarea{width:100%;height:60px}
.right{width:300px}.card{background:#fff;padding:20px;border-radius:4px;margin-bottom:16px}
.card .n{font-size:18px;font-weight:bold}.card .f{font-size:13px;color:#999;margin:6px 0 12px}.card button{background:#f04142;color:#fff;border:0;padding:6px 30px;border-radius:4px}
.card h4{margin:0 0 10px}.card li{font-size:14px;line-height:1.7;margin-bottom:8px;list-style:none}.card ul{padding:0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h2")
    html = f"""
<div class="tt-top"><span class="logo">今日头条</span><a href="#">首页</a><a href="#">下载头条APP</a><a href="#">注册头条号</a><span class="sb"><input type="text" placeholder="搜索站内资讯、视频或用户"></span><a href="#">登录</a></div>
<div class="layout">
<div class="left-bar"><div>👍<br>12</div><div>💬<br>8</div><div>⭐<br>收藏</div><div>↗<br>分享</div></div>
<div class="article">
<h1>{PAGE["title"]}</h1>
<div class="meta"><span class="o">原创</span><span>2025-11-10 19:42</span><span>·</span><span class="nm">锦州生活圈</span></div>
<div class="content">
{bh}
</div>
<div class="after"><span>发布于：辽宁省</span><span>举报/反馈</span></div>
<div class="cmt"><b>评论 8</b><br><textarea placeholder="留下你的精彩评论吧"></textarea><br><button>评论</button></div>
</div>
<div class="right">
<div class="card">{img("锦州生活圈头像", gif=True)}<div class="n">锦州生活圈</div><div class="f">锦州本地生活资讯 · 2.6万粉丝</div><button>关注</button></div>
<div class="card"><h4>相关推荐</h4><ul>{links(["锦州这家老字号烧烤店要搬了，老顾客都舍不得","今冬锦州供暖时间定了，11月1日正式开栓","锦州南站至北京南站新增高铁车次","锦州到葫芦岛城际公交开通啦"], wrap="li")}</ul></div>
</div></div>
"""
    return doc(PAGE["title"] + " - 今日头条", CSS, html), gold
