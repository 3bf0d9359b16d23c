# 百家号文章页（2023）：账号名 + 无年份时间；文末括号里注明作者（真人）
from blocks import P, H, UL, IMG, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-26", "kind": "self-media", "lang": "zh",
    "title": "冬天的沙溪古镇，比旺季更值得一去",
    "authors": ["赵一鸣"],
    "publish_time": "11-13 08:46",
    "body": [
        P("很多人问我，云南冬天去哪儿人少又好玩？我的答案总是大理剑川的沙溪古镇。这个茶马古道上唯一幸存的古集市，到了冬天，游客少了，阳光还是好得不像话。"),
        IMG("沙溪寺登街"),
        H("早晨：去寺登街看阳光"),
        P("九点以后，阳光慢慢爬上兴教寺的屋檐，寺登街的红砂石板被照得发亮。古戏台前几乎没有人，只有几个本地老人坐在墙根下晒太阳。这时候拍照，怎么拍都好看。"),
        H("中午：吃一顿白族家常菜"),
        P("古镇里的小馆子都不贵，推荐点一份黄焖鸡、一盘炒乳扇，再来一碗酸辣鱼。冬天正是当地的萝卜和青菜最甜的时候，清炒一盘就很下饭。"),
        H("下午：沿黑潭河走一走"),
        P("从古镇东门出去，沿着黑潭河边的田埂往玉津桥方向走，一路上是收割后的稻田和远处的雪邦山，走一个来回大概两个小时。"),
        H("几点小提示"),
        UL("冬季早晚温差大，白天十几度，夜里接近零度，记得带厚外套；",
           "周五是沙溪的集市日，周边村子的白族、彝族村民都会来赶集；",
           "古镇里不少客栈冬季有折扣，提前在平台上比较一下价格。"),
        NOTE("（作者：赵一鸣，旅行作者，现居大理）", '<p class="sign">{}</p>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#f5f5f5;font-family:"PingFang SC","Microsoft YaHei",Arial,sans-serif;color:#333}
a{color:inherit;text-decoration:none}
.bjh-header{background:#fff;height:60px;border-bottom:1px solid #eee}.bjh-header .in{width:1000px;margin:auto;display:flex;align-items:center;justify-content:space-between;height:60px}
.bjh-header img{width:120px;height:34px}.bjh-header .s input{width:300px;height:34px;border:2px solid #4e6ef2;border-radius:8px 0 0 8px;padding:0 10px}.bjh-header .s a{background:#4e6ef2;color:#fff;padding:8px 16px;border-radius:0 8px 8px 0}
.page{width:1000px;margin:20px auto;display:flex;gap:20px}
.main{flex:1;background:#fff;padding:30px 40px}
.main h2.t{font-size:28px;line-height:1.45;margin:0 0 16px}
.au{display:flex;align-items:center;gap:12px;margin-bottom:24px}.au img{width:40px;height:40px;border-radius:50%}.au .name{font-weight:600}.au .time{font-size:13px;color:#999}
.body{font-size:17px;line-height:1.9}.body p{margin:0 0 20px}.body h3{font-size:18px;margin:0 0 12px}.body ul{margin:0 0 20px;padding-left:22px}.body li{margin-bottom:8px}
.body .img{margin:0 0 20px}.body .img img{width:100%;height:380px;background:#eee}.body .sign{color:#666;font-size:15px}
.statement{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:12px}
.side{width:300px}.card{background:#fff;padding:20px;margin-bottom:16px}.card .avatar{width:64px;height:64px;border-radius:50%}.card .btn{display:inline-block;background:#4e6ef2;color:#fff;border-radius:16px;padding:4px 20px;margin-top:8px}
.card h4{margin:0 0 10px}.card li{font-size:14px;line-height:1.9}
"""


def render(p):
    body = rb(p["body"], img='<div class="img"><img src="{gif}" alt="{alt}"></div>')
    return doc(p["title"], CSS, f"""
<div class="bjh-header"><div class="in">{img("百家号")}<div class="s"><input type="text"><a href="#">百度一下</a></div><a href="#">登录</a></div></div>
<div class="page">
<div class="main">
<h2 class="t">{esc(p["title"])}</h2>
<div class="au">{img("滇西漫游笔记")}<div><div class="name">滇西漫游笔记</div><div class="time">{p["publish_time"]}　云南　旅游领域创作者</div></div></div>
<div class="body">
{body}
</div>
<div class="statement">举报/反馈<br>本文为百家号作者上传并发布，仅代表作者观点。</div>
</div>
<div class="side">
<div class="card" style="text-align:center">{img("滇西漫游笔记", "avatar")}<br><b>滇西漫游笔记</b><br><span style="font-size:13px;color:#999">3.2万粉丝　·　获赞 18万</span><br><a class="btn" href="#">+ 关注</a></div>
<div class="card"><h4>作者最新文章</h4><ul>{links(["诺邓古村：一碗火腿饭和千年盐井", "怒江大峡谷自驾，这几段路要注意", "和顺古镇的冬天，适合慢慢走"], '<li><a href="#">{}</a></li>')}</ul></div>
<div class="card"><h4>相关文章</h4><ul>{links(["大理冬季旅游攻略：避开人群的五个地方", "剑川木雕：一块木头上的千年手艺"], '<li><a href="#">{}</a></li>')}</ul></div>
</div></div>
""")
