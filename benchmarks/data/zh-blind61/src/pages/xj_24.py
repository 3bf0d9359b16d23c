from lib import *

PAGE = dict(
    id="xj-24", kind="media", lang="zh",
    title="呼和浩特今冬新增集中供热面积260万平方米",
    authors=["苏日娜", "韩冬"],
    publish_time="2024-10-28 19:05",
    doc_title="呼和浩特今冬新增集中供热面积260万平方米_呼和浩特广播电视台",
    pfmt="p", hfmt="strong",
    features="city broadcaster site (2019 layout); 本台记者 … … byline inside the info line; 【播放视频】 and 本台消息 labels; "
             "quoted speech; 编辑/审核/监制 lines (not authors); 热门新闻 ranking; footer that opens with a 如有疑问 sentence.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f6f6f6;color:#333}
.w{width:1140px;margin:0 auto}
.hd{background:#b31b1b;padding:16px 0;color:#fff}
.hd b{font-size:26px}
.hd a{color:#fff;margin-left:16px}
.ct{display:flex;gap:24px;margin-top:14px}
.ma{flex:1;background:#fff;padding:20px 36px}
.sd{width:300px;background:#fff;padding:12px}
h1{font-size:26px}
.inf{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.vd{background:#111;color:#999;text-align:center;padding:70px 0;margin:14px 0}
.tx p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 12px}
.bj{color:#999;font-size:13px}
.ft{background:#333;color:#bbb;text-align:center;font-size:12px;padding:14px 0;margin-top:20px}
""",
)

HTML = """
<div class="hd"><div class="w"><b>呼和浩特广播电视台</b><a href="#">首页</a><a href="#">青城新闻</a><a href="#">电视</a><a href="#">广播</a><a href="#">专题</a><a href="#">青城眼客户端</a></div></div>
<div class="w ct">
<div class="ma">
<p style="color:#999;font-size:13px">当前位置：首页 &gt; 青城新闻 &gt; 本地</p>
<h1>呼和浩特今冬新增集中供热面积260万平方米</h1>
<div class="inf">发布时间：2024-10-28 19:05　来源：呼和浩特广播电视台　本台记者：苏日娜 韩冬</div>
<div class="vd">【播放视频】 00:00 / 02:16</div>
<div class="tx">
{{BODY}}
</div>
<p class="bj">编辑：陈&nbsp;&nbsp;静　审核：王志刚　监制：刘海波</p>
</div>
<div class="sd"><h3>热门新闻</h3><ol><li><a href="#">首府地铁3号线开工建设</a></li><li><a href="#">大召广场冬季灯光秀11月亮灯</a></li><li><a href="#">呼和浩特新增3处冰雪运动场地</a></li></ol></div>
</div>
<div class="ft">如有疑问，请拨打新闻热线0471-6926118，欢迎提供新闻线索。<br>呼和浩特广播电视台 版权所有　蒙ICP备09003716号-1　网络视听许可证1506153号</div>
"""

BODY = [
    P("本台消息 记者从呼和浩特市城市管理综合执法局获悉，今年首府新增集中供热面积260万平方米，新建改造供热管网96公里，全市集中供热总面积达到1.6亿平方米。"),
    P("据介绍，今年首府全面完成了第二热电厂至东区的供热主管网改造，将原来的枝状管网改为环状管网，一旦某段管道出现故障，可以通过另一侧管网继续供热，供热安全性大大提高。"),
    P("在赛罕区一处刚刚完成改造的老旧小区，居民张桂芳告诉记者：“以前暖气一到冬天最冷的时候就不太热，今年换了新管道，试水的时候就感觉热乎多了。”"),
    P("城市管理综合执法局供热管理科科长李明表示，今年供热期间，全市将开通供热服务热线，对群众反映的暖气不热问题实行“首接负责制”，确保当天受理、限时解决。同时，供热企业将加强巡线检修，做好应急抢修准备，全力保障居民温暖过冬。"),
]
