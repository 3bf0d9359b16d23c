from lib import *

PAGE = dict(
    id="xj-33", kind="e-paper", lang="zh",
    title="以“冷资源”激活“热经济”",
    authors=[],
    publish_time="2024年12月16日",
    doc_title="黑龙江日报 - 以“冷资源”激活“热经济”",
    pfmt="p", hfmt="strong",
    features="e-paper commentary: headline printed on two lines (joined without space); 副题 (not title); 本报评论员 with no name "
             "(authors []); 版次 tabs; 本版标题 list; date in the paper header; 上一篇/下一篇 and 返回目录.",
    css="""
body{margin:0;background:#ede6d6;font:15px/1.8 SimSun,"Songti SC",serif;color:#111}
.w{width:1100px;margin:0 auto;background:#fffdf7}
.head{border-bottom:2px solid #8b0000;padding:14px 24px;display:flex;justify-content:space-between}
.head b{font-size:32px;color:#8b0000}
.tabs{background:#f6efe0;padding:6px 24px}
.tabs a{margin-right:14px}
.lay{display:flex}
.side{width:280px;padding:14px;border-right:1px solid #e0d6c0}
.side a{display:block;line-height:2}
.art{flex:1;padding:20px 40px}
.art h1{text-align:center;font-size:30px;line-height:1.5;margin:10px 0}
.art h2{text-align:center;font-size:18px;font-weight:normal;margin:0 0 8px}
.pl{text-align:center;font-family:楷体,KaiTi;font-size:16px}
.art p.t{text-indent:2em}
.nv{margin-top:20px}
.ft{text-align:center;font-size:12px;color:#666;padding:12px}
""",
)

HTML = """
<div class="w">
<div class="head"><b>黑龙江日报</b><span>2024年12月16日　第02版：评论　<a href="#">返回目录</a></span></div>
<div class="tabs"><a href="#">01 要闻</a><a href="#">02 评论</a><a href="#">03 要闻</a><a href="#">04 经济</a><a href="#">05 视点</a><a href="#">06 文体</a><a href="#">07 专版</a><a href="#">08 天北</a></div>
<div class="lay">
<div class="side"><b>本版标题</b><a href="#">以“冷资源”激活“热经济”</a><a href="#">让营商环境成为“金字招牌”</a><a href="#">基层减负要减到点子上</a><a href="#">龙江论坛｜读懂黑土地的“新农事”</a>
<p><img alt="第02版：评论"></p></div>
<div class="art">
<h1>以“冷资源”<br>激活“热经济”</h1>
<h2>——二论推动冰雪经济高质量发展</h2>
<p class="pl">本报评论员</p>
{{BODY}}
<p class="nv"><a href="#">上一篇</a>　<a href="#">下一篇</a></p>
</div></div>
<div class="ft">黑龙江日报报业集团版权所有　黑ICP备09001036号</div>
</div>
"""

BODY = [
    P("冰天雪地也是金山银山。进入冬季，我省各地冰雪旅游、冰雪运动、冰雪装备等产业加速发力，冰雪经济正在成为拉动消费、带动就业的重要力量。"),
    P("把“冷资源”转化为“热经济”，关键在于延伸产业链条。冰雪旅游不能只靠“一季饭”，要推动冰雪与文化、体育、康养、研学深度融合，让游客不仅来得了，更留得住、愿意再来。冰雪装备制造要瞄准滑雪板、造雪机、冰雪场馆设施等细分领域，引进龙头企业，培育本土品牌，提高产业附加值。"),
    P("把“冷资源”转化为“热经济”，根本在于提升服务品质。去年冬天，我省冰雪旅游火爆出圈，靠的是真诚热情的服务和不断创新的产品。今年要在交通接驳、住宿餐饮、价格监管、应急保障等方面持续用力，坚决杜绝宰客欺客行为，让每一位游客都感受到龙江的温度。"),
    P("把“冷资源”转化为“热经济”，还要让群众共享发展成果。冰雪经济发展得好不好，要看老百姓的钱袋子鼓没鼓。要鼓励农民参与冰雪民宿、特色餐饮、冰雪运动服务等项目，让更多人端上“冰雪饭碗”。"),
    P("冰雪之约，热情相待。只要我们坚持不懈、久久为功，一定能让冰雪资源持续释放发展红利。"),
]
