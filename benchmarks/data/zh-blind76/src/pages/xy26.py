from lib import *

NOTES = "百家号 article (Guangxi life account): platform header, account name with date, time and IP province, own-line 文 | 蓝小溪 at the top of the text (a person is named, so she is the author, not the account), numbered sub-headings, photos with short captions, 举报/声明 lines, 作者最新文章 list."

META = dict(id="xy-26", kind="self-media", lang="zh",
            title="南宁这5个夜市，本地人常去，吃一圈人均不到50元",
            authors=["蓝小溪"],
            publish_time="2025-06-13 12:05")

HEAD_TITLE = "南宁这5个夜市，本地人常去，吃一圈人均不到50元"

CSS = """
body{margin:0;background:#fff;font-family:Arial,"PingFang SC","Microsoft YaHei";color:#333}
.bj-head{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;justify-content:space-between}
.bj-head .lg{font-size:22px;font-weight:bold;color:#2932e1}
.bj-head a{font-size:14px;color:#333;margin-left:16px}
.bj-container{width:1000px;margin:30px auto;display:flex;gap:40px}
.bj-article{width:660px}
.bj-article .t{font-size:28px;font-weight:bold;line-height:1.45;margin-bottom:18px}
.bj-author{display:flex;align-items:center;gap:10px;font-size:13px;color:#999;margin-bottom:24px}
.bj-author .nm{font-size:15px;color:#333}
.bj-body p{font-size:17px;line-height:1.9;margin:0 0 22px}
.bj-body p.by{color:#666}
.bj-body h3{font-size:18px;margin:26px 0 14px}
.bj-body .ph{text-align:center;margin:0 0 8px}
.bj-body .phc{text-align:center;font-size:13px;color:#999}
.bj-foot{font-size:13px;color:#999;border-top:1px solid #f2f2f2;padding-top:12px}
.bj-side{flex:1}
.bj-side .box{border:1px solid #eee;padding:16px;margin-bottom:16px}
.bj-side .box p{font-size:14px;margin:8px 0}
.bj-bottom{text-align:center;font-size:12px;color:#999;padding:20px 0;border-top:1px solid #eee}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<h3>{t}</h3>",
    "IMG": lambda a, kw: f'<p class="ph">{img(a, data=True, w=600, h=400)}</p><p class="phc">{kw["cap"]}</p>',
}

BLOCKS = [
    X('<p class="by">文 | 蓝小溪</p>'),
    P("到了夏天，南宁人的快乐一大半在夜市。白天太热不想出门，等到太阳落山，约上三五好友去夜市嗦粉、吃烧烤、喝糖水，才是正经的南宁生活。今天就给大家盘点5个本地人常去的夜市，吃一圈下来人均不到50元。"),
    H("1. 中山路美食街"),
    P("老牌美食街，外地朋友来南宁几乎都会被带来。老友粉、卷筒粉、牛杂、酸嘢都能在这里吃到，建议避开周末高峰，工作日晚上9点以后去人会少一些。"),
    IMG("中山路美食街", cap="中山路美食街的夜晚"),
    H("2. 建政路夜市"),
    P("本地学生和上班族的最爱，距离广西大学不远，价格实惠。一份烤生蚝大概15元一打，一碗柠檬鸭粉十几块，吃完再来一杯冰冻柠檬茶，完美。"),
    H("3. 北宁街夜市"),
    P("就在兴宁区老街附近，摊位不算多，但好几家都是开了十几年的老店。推荐螺蛳鸭脚煲和炒田螺，味道偏辣，能吃辣的朋友不要错过。"),
    H("4. 琅东夜市"),
    P("位置在青秀区，周边写字楼多，晚上下班的人不少。这里的烧烤品种多，还有不少网红小吃摊，适合拍照打卡。"),
    H("5. 水街夜市"),
    P("邕江边上的老街区，吃完可以顺便沿着江边散步。糖水铺是一大特色，芒果西米露、红豆沙、绿豆沙都只要几块钱一碗。"),
    P("最后提醒一下，夏天夜市人多，注意保管好随身物品；吃海鲜、烧烤要挑干净卫生的摊位。你最常去的是哪个夜市？欢迎在评论区告诉我。"),
]


def frame(M, body):
    return f"""<body>
<div class="bj-head"><span class="lg">百家号</span><span><a href="#">百度首页</a><a href="#">发布</a><a href="#">登录</a></span></div>
<div class="bj-container">
<div class="bj-article">
<div class="t">{M["title"]}</div>
<div class="bj-author">{img("南宁生活家头像", data=True, w=40, h=40)}<div><div class="nm">南宁生活家</div><div>{M["publish_time"]}广西</div></div><button type="button">+关注</button></div>
<div class="bj-body">
{body}
</div>
<div class="bj-foot">举报/反馈<br>声明：本文为作者原创，未经授权禁止转载。</div>
</div>
<div class="bj-side">
<div class="box"><b>作者最新文章</b>
<p><a href="#">南宁地铁5号线延长运营时间，末班车推迟到23点</a></p>
<p><a href="#">青秀山荷花开了，拍照最佳时间和位置都在这</a></p>
<p><a href="#">周末去哪儿？南宁周边5个避暑好去处</a></p>
</div>
<div class="box"><b>相关推荐</b><p><a href="#">柳州螺蛳粉和南宁老友粉，你更爱哪一个？</a></p></div>
</div>
</div>
<div class="bj-bottom">©2025 Baidu 使用百度前必读 ICP证 网站备案信息</div>
</body>"""
