PAGE = dict(
    id="wg-26", kind="self-media", lang="zh",
    site="百家号文章页（搜索引擎内容平台，2023 年）",
    features="作者头像+账号名+认证说明，时间与属地粘连（“2025-03-19 09:32江西”）；账号名即作者；正文粗体小标题；图片下方灰色图注；"
             "“本文由作者原创”声明；举报；评论框；“更多精彩推荐”；平台页脚",
    title="实探南昌新开的赣江滨江步道：夜景很出片，这几点要注意",
    authors=["洪城生活指南"],
    publish_time="2025-03-19 09:32",
    head_title="实探南昌新开的赣江滨江步道：夜景很出片，这几点要注意",
    CSS="""
body{margin:0;background:#f5f5f5;font:18px/1.8 Arial,"PingFang SC","Microsoft YaHei";color:#333}
.s-top{background:#fff;height:60px;display:flex;align-items:center;padding:0 40px;gap:30px;font-size:14px}
.s-top .lg{font-size:22px;color:#2932e1;font-weight:bold}
.page{width:1000px;margin:20px auto;display:flex;gap:20px}
.art{flex:1;background:#fff;padding:30px 40px}
.art .index-title{font-size:28px;font-weight:bold;line-height:1.45;margin-bottom:20px}
.author{display:flex;gap:12px;align-items:center;font-size:13px;color:#999;margin-bottom:26px}
.author .an{font-size:15px;color:#333}
.author .vt{color:#f60}
.author .fo{border:1px solid #2932e1;color:#2932e1;padding:0 12px;border-radius:14px}
.index-module_articleWrap p{margin:0 0 22px}
.index-module_articleWrap .img{text-align:center}
.index-module_articleWrap .imgdesc{text-align:center;font-size:14px;color:#999}
.decl{font-size:13px;color:#999}
.jb{font-size:13px;color:#999;text-align:right}
.cm{border-top:1px solid #eee;padding-top:12px;font-size:14px}
.rc{width:280px;background:#fff;padding:16px;font-size:14px}
.ft{text-align:center;font-size:12px;color:#999;padding:20px}
""",
    STYLE={"p": "<p>{t}</p>", "h": '<p><span class="bjh-strong" style="font-weight:bold">{t}</span></p>',
           "img": '<div class="img"><img alt="{alt}" src="%GIF%"></div><p class="imgdesc">{cap}</p>'},
    TEMPLATE="""
<div class="s-top"><span class="lg">百家号</span><a href="#">首页</a><a href="#">热点</a><a href="#">下载APP</a><a href="#">登录</a></div>
<div class="page">
<div class="art">
<div class="index-title">实探南昌新开的赣江滨江步道：夜景很出片，这几点要注意</div>
<div class="author"><img alt="" src="%GIF%" width="40" height="40"><div><div class="an">洪城生活指南</div><div><span>2025-03-19 09:32</span><span>江西</span> <span class="vt">南昌本地生活领域创作者</span></div></div><span class="fo">+关注</span></div>
<div class="index-module_articleWrap">
{{BODY}}
</div>
<p class="decl">本文由作者原创，未经授权禁止转载。</p>
<div class="jb">举报</div>
<div class="cm">评论　<input type="text" placeholder="写下你的评论..."> <br>还没有人评论，快来抢沙发～</div>
</div>
<div class="rc"><b>更多精彩推荐</b><ul>
<li><a href="#">南昌这几家早餐店，本地人从小吃到大</a></li>
<li><a href="#">南昌地铁最新时刻表出炉</a></li>
<li><a href="#">滕王阁春季夜游开放时间调整</a></li></ul></div>
</div>
<div class="ft">©2025 Baidu　使用百度前必读　百家号协议　京ICP证120386号</div>
""",
    BODY="""
p: 南昌红谷滩沿赣江新建的一段滨江步道最近正式开放了，小编周末特地去走了一圈，给大家实地探探路。
h: 一、步道在哪里？怎么去？
p: 这段步道北起世贸路，南到秋水广场南侧，全长大约3.2公里，沿江分布了4个观景平台。坐地铁1号线到秋水广场站，从2号出口出来步行5分钟就能到。
img: 滨江步道 | 步道沿江而建，一侧是江景，一侧是樱花树。
h: 二、有什么好玩的？
p: 步道边种了两排樱花和垂柳，现在樱花开了七八成，白天来拍照正合适。傍晚以后是另一番景色：对岸滕王阁亮灯，江面上能看到往来的游船，坐在观景台的台阶上看江景，风吹着很舒服。
p: 沿线还有一段专门的跑步道，地面是塑胶的，早晚有不少人来夜跑。中间的驿站有直饮水、充电宝租借和公共卫生间，还算方便。
img: 夜景 | 傍晚的观景平台，能看到对岸亮灯的滕王阁。
h: 三、这几点要注意
p: 一是周末晚上人特别多，尤其是秋水广场喷泉表演前后，建议错峰；二是步道禁止骑行电动车，自行车也只能推行；三是靠江的一侧有部分路段护栏较低，带小朋友的家长一定要看好孩子。
p: 总体来说，这条步道很适合散步、夜跑和拍照，周末没安排的朋友可以去走走。
""",
)
