# 微博头条文章 — account as author, 发布于 date, English letters in headline
from kit import *

CSS = """
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#333;background:#f2f2f5}
a{color:#eb7350;text-decoration:none}
.wb-top{height:50px;background:#fff;border-bottom:1px solid #ddd;display:flex;align-items:center;justify-content:space-between;padding:0 30px}
.wb-top .logo{color:#e6162d;font-weight:bold;font-size:22px}
.WB_artical{width:760px;margin:20px auto;background:#fff;padding:36px 50px}
.main_title h1{font-size:28px;line-height:1.4;margin:0 0 18px;color:#333}
.art_info{display:flex;align-items:center;gap:10px;font-size:14px;color:#808080;margin-bottom:26px}
.art_info .W_f14{color:#333}
.WB_editor_iframe p{margin:0 0 20px}
.WB_editor_iframe h2{font-size:19px;margin:28px 0 10px;border-left:4px solid #eb7350;padding-left:10px}
.pic{text-align:center}.pic-note{font-size:14px;color:#999;text-align:center}
.DCI_v2{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:12px}
.handle{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080;font-size:14px}
"""

HL = Headline("西安地铁App上线“AR导航”，实测3个换乘站", tags={"main": ("h1", None)},
              wrap=('<div class="main_title">', "</div>"))

BODY = Body([
    P("前几天刷到消息，西安地铁官方App更新后上线了“AR实景导航”功能，号称在换乘站里举起手机就能看到箭头指路。作为一个经常在换乘站绕晕的人，我周末专门去实测了3个大站。"),
    H("钟楼站：出站口终于不再找错"),
    P("钟楼站出口多、通道长，以前每次都要看半天指示牌。打开AR导航，选择“D出口（钟楼饭店方向）”，屏幕上立刻出现一条蓝色箭头，沿着通道走，转弯处还会提前提示。全程大概3分钟，一次就找对了。"),
    H("北大街站：换乘提示很清楚"),
    P("从2号线换乘1号线，AR导航会提示“请走左侧楼梯”“前方50米右转”，还会显示预计步行时间。高峰期人多的时候，举着手机走路有点不方便，建议站在旁边先看清方向再走。"),
    IMG("AR导航界面截图", "AR导航界面（作者截图）"),
    H("小寨站：信号偶尔会“漂”"),
    P("在小寨站的换乘大厅，定位有两次出现了偏差，箭头方向跳了一下，重新扫描站内标识后就恢复了。客服说目前功能还在优化中，后续会增加更多车站。"),
    P("总体来说，这个功能对第一次来西安的游客和不熟悉线路的老人挺友好，日常通勤的话，用处可能没那么大。你们用过了吗？感觉怎么样？"),
], mode="p", wrap=('<div class="WB_editor_iframe">', "</div>"))

PAGE = dict(
    id="xz-30", kind="self-media", lang="zh", region="陕西", site="微博头条文章",
    features="微博文章；标题含英文“App”“AR”、数字和引号；作者为账号“长安城事观察”；“发布于 2024-11-22 21:08”；"
             "图片说明“（作者截图）”不是正文；小标题“站名：”形式；转发/评论/赞按钮、版权声明",
    title_tag="西安地铁App上线“AR导航”，实测3个换乘站 - 微博",
    css=CSS,
    meta={"description": "西安地铁官方App上线AR实景导航功能，实测3个换乘站。"},
    authors=["长安城事观察"],
    publish_time="2024-11-22 21:08",
    parts=[
        '<div class="wb-top"><span class="logo">微博</span>' + search("大家都在搜：西安地铁") + '<span><a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">登录</a> <a href="#">注册</a></span></div>',
        '<div class="WB_artical">',
        HL,
        '<div class="art_info">' + img("长安城事观察的头像") + '<a href="#" class="W_f14">长安城事观察</a><span>发布于 2024-11-22 21:08</span><span>阅读 3.2万</span></div>',
        BODY,
        '<p class="DCI_v2">本文经授权发布，版权归原作者所有，未经许可不得转载。</p>',
        '<div class="handle"><a href="#">转发 126</a><a href="#">评论 89</a><a href="#">赞 1024</a></div>',
        "</div>",
    ],
)
