# 看宁波 (city TV site) -- video news page: player placeholder, transcript body, 记者/摄像 credit line at the end
from lib import *

META = dict(
    id="xw-18", kind="media", lang="zh",
    title="鄞州首批“共享菜园”开放认领",
    authors=["董磊", "王轶凡"],
    publish_time="2025-04-24 21:06",
)

BODY = [
    P("在鄞州区东吴镇的一处“共享菜园”里，不少市民正忙着翻土、播种、搭架子。这片菜园由村里闲置的20多亩农田改造而成，被划分成180块小菜地，每块面积约15平方米，今年4月起向市民开放认领。"),
    P("市民刘女士带着女儿认领了一块菜地，种上了番茄、黄瓜和四季豆。她说：“平时孩子接触不到农活，周末带她过来，既能体验种菜的乐趣，也能了解蔬菜是怎么长出来的。”"),
    P("据了解，菜园认领费用为每块每年600元，村里统一提供种子、农具、有机肥和灌溉设施，还安排了有经验的村民担任“菜园管家”，为新手提供种植指导。市民没时间打理时，也可以委托“菜园管家”代为浇水除草。目前，首批菜地已被认领120多块。"),
    P("东吴镇相关负责人介绍，“共享菜园”既盘活了村里的闲置土地，每年能为村集体增收10万元左右，也为城市居民提供了亲近自然的去处。接下来，镇里计划在另外两个村推广这一模式。"),
]

STYLE = dict(p='<p class="nb-txt">{}</p>')

CSS = """
body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}
.nb-header{background:#000;border-bottom:2px solid #f39800}
.nb-header .c{width:1200px;margin:0 auto;display:flex;align-items:center;gap:30px;height:70px}
.nb-header a{color:#ddd;font-size:15px}
.nb-live{color:#f39800 !important}
.nb-main{width:1200px;margin:0 auto;display:flex;gap:24px;padding:20px 0}
.nb-left{flex:1}
.nb-right{width:330px}
.nb-player{background:#000;height:480px;position:relative;border:1px solid #333}
.nb-player .ctl{position:absolute;bottom:0;left:0;right:0;background:rgba(0,0,0,.6);padding:8px 12px;font-size:13px;display:flex;justify-content:space-between}
.nb-left h1{font-size:24px;color:#fff;margin:18px 0 8px}
.nb-meta{font-size:13px;color:#999}
.nb-meta b{font-weight:normal;color:#f39800}
.nb-txt{font-size:16px;line-height:1.9;color:#ccc;text-indent:2em}
.nb-credit{font-size:14px;color:#999;margin-top:20px}
.nb-right h3{color:#f39800;font-size:16px}
.nb-card{display:flex;gap:10px;margin-bottom:12px;font-size:14px}
.nb-foot{background:#000;color:#777;font-size:12px;text-align:center;padding:20px 0;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="nb-header"><div class="c">{img("看宁波", 130, 40)}<a href="#">首页</a><a href="#">新闻</a><a href="#">栏目</a><a class="nb-live" href="#">直播</a><a href="#">宁波新闻综合</a><a href="#">都市文体</a><a href="#">影视剧</a><a href="#">少儿</a><a href="#">登录</a></div></div>
<div class="nb-main">
<div class="nb-left">
<div class="nb-player">{img("视频封面：鄞州首批共享菜园开放认领", 800, 450)}<div class="ctl"><span>▶ 播放</span><span>00:00 / 02:15</span><span>标清 高清 全屏</span></div></div>
<h1>{m['title']}</h1>
<div class="nb-meta">时间：{m['publish_time']}　　栏目：<b>宁波新闻</b>　　来源：宁波新闻综合频道　　播放：1.6万</div>
<div class="nb-intro">
{body}
</div>
<div class="nb-credit">记者：董磊 王轶凡　摄像：杨帆</div>
<div class="nb-credit">责任编辑：周晓丽</div>
</div>
<div class="nb-right">
<h3>正在热播</h3>
<div class="nb-card">{img("缩略图", 120, 68)}<a href="#">宁波今年新增城市口袋公园60个 02:40</a></div>
<div class="nb-card">{img("缩略图", 120, 68)}<a href="#">【看见】凌晨四点的水产市场 05:12</a></div>
<div class="nb-card">{img("缩略图", 120, 68)}<a href="#">海曙：老旧小区加装电梯提速 01:58</a></div>
<h3>宁波新闻 往期回看</h3>
<p><a href="#">2025-04-23</a> <a href="#">2025-04-22</a> <a href="#">2025-04-21</a></p>
</div>
</div>
<div class="nb-foot">
宁波广播电视集团 版权所有　信息网络传播视听节目许可证：1104083<br>
浙ICP备05003547号　浙公网安备 33020302000293号　举报电话：0574-87659123
</div>
"""
