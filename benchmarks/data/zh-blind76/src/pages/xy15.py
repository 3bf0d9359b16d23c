from lib import *

NOTES = "City TV station site (Hainan): video player furniture (播放, 00:00 / 01:58, 视频加载中), own-line 海口台记者 … … 报道 byline above the text (not body; the two reporters are the authors), info bar with 年月日 time, pipes, 来源 and 编辑, 标签 row, 点赞 count, 热门视频 list, footer with 信息网络传播视听节目许可证."

META = dict(id="xy-15", kind="media", lang="zh",
            title="骑楼老街夜市6月15日起试运营 首批入驻摊位120个",
            authors=["符丽娜", "王子轩"],
            publish_time="2025年06月13日 21:40")

HEAD_TITLE = "骑楼老街夜市6月15日起试运营 首批入驻摊位120个_椰城网视"

CSS = """
body{margin:0;background:#101418;color:#d7dde3;font-family:"PingFang SC","Microsoft YaHei"}
a{color:#9fd3ff;text-decoration:none}
.yc-bar{display:flex;justify-content:space-between;align-items:center;max-width:1180px;margin:auto;padding:14px 0}
.yc-bar .nm{font-size:26px;color:#fff;font-weight:700}
.yc-bar .nm small{font-size:13px;color:#7aa;margin-left:8px}
.yc-tabs{max-width:1180px;margin:auto;border-bottom:1px solid #2a3038}
.yc-tabs a{display:inline-block;padding:10px 18px;color:#cfd6dd}
.yc-tabs a.on{color:#fff;border-bottom:2px solid #ff6a00}
.yc-wrap{max-width:1180px;margin:20px auto;display:flex;gap:30px}
.yc-main{flex:1}
.yc-player{background:#000;height:420px;position:relative;border-radius:6px}
.yc-player .ctl{position:absolute;bottom:0;left:0;right:0;background:rgba(255,255,255,.08);padding:6px 12px;font-size:13px;display:flex;justify-content:space-between}
.yc-player .ld{position:absolute;top:190px;width:100%;text-align:center;color:#888}
.yc-main h1{color:#fff;font-size:26px;margin:20px 0 8px}
.yc-meta{font-size:13px;color:#8a96a3}
.yc-by{color:#b9c4cf;font-size:15px;margin:16px 0 0}
.yc-desc p{font-size:16px;line-height:1.9;margin:0 0 14px}
.yc-tags{font-size:13px;color:#8a96a3}
.yc-tags a{background:#222a33;padding:2px 8px;border-radius:10px;margin-right:6px}
.yc-act{margin:14px 0;font-size:13px;color:#8a96a3}
.yc-side{width:320px}
.yc-side h3{color:#fff;font-size:16px}
.yc-side .it{display:flex;gap:8px;margin-bottom:12px;font-size:14px}
.yc-foot{border-top:1px solid #2a3038;font-size:12px;color:#7b8794;text-align:center;padding:20px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
}

BLOCKS = [
    X('<p class="yc-by">海口台记者 符丽娜 王子轩 报道</p>'),
    P("记者从海口市骑楼老街管理部门了解到，经过两个多月的改造提升，骑楼老街夜市将于6月15日起试运营，首批入驻摊位120个，营业时间为每天18时至次日1时。"),
    P("夜市位于博爱北路至新华北路之间的骑楼街区，分为海南特色小吃、文创手作、非遗展示和休闲饮品四个区域。记者在现场看到，统一设计的摊位车已经就位，不少商户正在调试灯光和设备。"),
    P("“我们家做清补凉已经三十多年了，能进驻夜市，希望让更多游客尝到老海口的味道。”商户吴阿姨一边整理餐具一边告诉记者。"),
    P("据介绍，为了不影响周边居民休息，夜市对音响设备音量进行了统一限制，并在街区出入口设置了临时停车点和共享单车停放区。同时，夜市实行统一收银、明码标价，游客可通过扫码对商户进行评价和投诉。"),
    P("骑楼老街管理部门负责人表示，试运营期间将根据客流和商户经营情况进行调整，计划在7月初正式开业，暑期还将推出骑楼光影秀、琼剧快闪等活动，进一步丰富市民游客的夜间消费体验。"),
]


def frame(M, body):
    return f"""<body>
<div class="yc-bar"><span class="nm">椰城网视<small>海口广播电视台</small></span><span><input type="text" placeholder="搜索视频"> <a href="#">登录</a></span></div>
<div class="yc-tabs"><a href="#">首页</a><a href="#" class="on">海口新闻</a><a href="#">直播</a><a href="#">栏目</a><a href="#">自贸港</a><a href="#">民生</a><a href="#">专题</a></div>
<div class="yc-wrap">
<div class="yc-main">
<div class="yc-player"><div class="ld">视频加载中...</div><div class="ctl"><span>▶ 播放</span><span>00:00 / 01:58</span><span>高清 全屏</span></div></div>
<h1>{M["title"]}</h1>
<div class="yc-meta">发布时间：{M["publish_time"]} | 来源：海口广播电视台 | 编辑：吴倩</div>
<div class="yc-desc">
{body}
</div>
<div class="yc-tags">标签：<a href="#">骑楼老街</a><a href="#">夜市</a><a href="#">夜间经济</a></div>
<div class="yc-act">👍 128　　分享到：微信 微博 QQ</div>
</div>
<div class="yc-side"><h3>热门视频</h3>
<div class="it">{img("缩略图", data=True, w=100, h=60)}<a href="#">海口江东新区：又一批重点项目集中开工</a></div>
<div class="it">{img("缩略图", data=True, w=100, h=60)}<a href="#">暴雨来袭 海口启动防汛四级应急响应</a></div>
<div class="it">{img("缩略图", data=True, w=100, h=60)}<a href="#">“椰城市民”云游海口湾 感受夏日清凉</a></div>
</div>
</div>
<div class="yc-foot">
海口广播电视台 版权所有　信息网络传播视听节目许可证：2108264<br>
琼ICP备08100725号-2　琼公网安备 46010602000349号　举报电话：0898-66513117
</div>
</body>"""
