# 宁夏 · 城市新闻网 · 专访（2020 design, Q&A with 记者：/name： labels as body, lead in italics, byline line）
from lib import *

PAGE = dict(
    id="wh-24", kind="media", lang="zh",
    title="让贺兰山东麓的酒庄走进更多人的生活",
    authors=["马晓东", "刘畅"],
    publish_time="2025-11-22 10:18",
    features="2020 city news site (宁夏) interview; section label 凤城访谈 and a 专访 chip before the headline; info "
             "row 2025-11-22 10:18 | 凤城新闻网 | 作者：…; italic lead paragraph; a 人物简介 box (not body); "
             "Q&A paragraphs that start with 记者： and 李树林： labels (body; the 记者 label is not a byline); "
             "photo with caption; 编辑/审校 line; tag cloud; footer.",
    blocks=[
        P("贺兰山东麓，是国内知名的葡萄酒产区。如何让酒庄从“卖酒”走向“卖体验”？本期凤城访谈，记者专访了银川一家酒庄的负责人李树林。", fmt='<p class="lead"><em>{t}</em></p>'),
        P("记者：您的酒庄今年接待游客的情况怎么样？"),
        P("李树林：今年到目前为止，我们接待游客大约3.8万人次，比去年多了一半。以前来的主要是做葡萄酒生意的客商，现在来的很多是年轻人和亲子家庭，他们来看葡萄园、参加采摘、学品酒，有的还在酒庄办婚礼。"),
        IMG("李树林在酒窖介绍葡萄酒陈酿过程"),
        CAP("李树林在酒窖向游客介绍葡萄酒陈酿过程。记者 刘　畅 摄"),
        P("记者：从“卖酒”到“卖体验”，酒庄做了哪些调整？"),
        P("李树林：最大的变化是把酒庄当成一个旅游目的地来经营。我们改造了参观路线，增加了葡萄酒博物馆、研学教室和餐厅，推出了“一日酿酒师”课程。游客在这里待的时间长了，消费自然就多了，今年酒庄非酒类收入已经占到三成。"),
        P("记者：您觉得产区下一步发展还需要在哪些方面发力？"),
        P("李树林：一是交通，希望有更多公交、旅游专线通到酒庄；二是人才，懂酿酒又懂营销、懂旅游的人还太少；三是品牌，产区要抱团发展，让大家一提起宁夏，就想到贺兰山东麓的葡萄酒。"),
        P("记者：对来银川的游客，您有什么推荐？"),
        P("李树林：秋天看葡萄采收，冬天来看埋土防寒，这是别的产区很少见的景象。欢迎大家来酒庄走一走，尝一尝我们宁夏的味道。"),
    ],
)

CSS = """
body{margin:0;background:#f4f1ec;font:16px/1.8 "Microsoft YaHei";color:#2d2d2d}
a{color:inherit;text-decoration:none}
.hdr{background:#fff;border-top:5px solid #6d1b7b}
.hdr .in{width:1120px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:80px}
.hdr .lg{font-size:28px;color:#6d1b7b;font-weight:bold}
.hdr nav a{margin-left:20px}
.cnt{width:1120px;margin:20px auto;display:flex;gap:30px}
.main{flex:1;background:#fff;padding:30px 50px}
.sect{color:#6d1b7b;font-size:14px}
h1{font-size:30px;margin:10px 0 12px;line-height:1.4}
h1 .chip{font-size:14px;background:#6d1b7b;color:#fff;padding:2px 8px;border-radius:3px;vertical-align:middle;margin-right:10px}
.mt{color:#999;font-size:14px;margin-bottom:18px}
.bio{background:#f7f2f8;border-radius:4px;padding:10px 16px;font-size:14px;color:#555;margin-bottom:16px}
.tx p{margin:0 0 14px;text-indent:2em}
.tx p.lead{text-indent:0;color:#555}
.tx p.cap{text-indent:0;text-align:center;font-size:14px;color:#888}
.ed{color:#aaa;font-size:13px;margin-top:10px}
.tags a{display:inline-block;border:1px solid #ddd;border-radius:12px;padding:0 10px;font-size:13px;margin:10px 6px 0 0}
.aside{width:300px}
.aside .box{background:#fff;padding:14px 18px;margin-bottom:16px}
.aside h4{margin:0 0 6px;color:#6d1b7b}
.aside li{font-size:14px;line-height:2}
.ftr{background:#2d1b31;color:#b9a9bd;text-align:center;font-size:13px;padding:24px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center;text-indent:0">' + img("{t}", 640, 400) + '</p>'})
    html_body = f"""
<div class="hdr"><div class="in"><span class="lg">凤城新闻网</span><nav>{links(["首页", "银川要闻", "县区", "民生", "文旅", "凤城访谈", "视频", "专题"])}</nav></div></div>
<div class="cnt">
<div class="main">
<div class="sect"><a href="#">首页</a> · <a href="#">凤城访谈</a></div>
<h1><span class="chip">专访</span>{esc(p["title"])}</h1>
<div class="mt">{p["publish_time"]} | 凤城新闻网 | 作者：记者 马晓东 刘　畅</div>
<div class="bio"><b>人物简介：</b>李树林，银川市西夏区一家葡萄酒庄总经理，从事葡萄种植和酿造20余年。</div>
<div class="tx">
{body}
</div>
<div class="ed">编辑：白　雪　审校：金　鹏</div>
<div class="tags"><a href="#">#贺兰山东麓</a><a href="#">#葡萄酒</a><a href="#">#文旅融合</a></div>
</div>
<div class="aside">
<div class="box"><h4>凤城访谈 · 往期</h4><ul><li><a href="#">枸杞电商达人：把“红宝石”卖向全国</a></li><li><a href="#">社区医生：守护家门口的健康</a></li><li><a href="#">非遗传承人：剪纸里的黄河故事</a></li></ul></div>
<div class="box"><h4>关注我们</h4>{img("凤城新闻网公众号", 120, 120)}</div>
</div>
</div>
<div class="ftr">凤城新闻网 版权所有　宁ICP备10200398号-1<br>互联网新闻信息服务许可证：64120180004　宁公网安备 64010602000451号</div>
"""
    return doc("让贺兰山东麓的酒庄走进更多人的生活_凤城新闻网", CSS, html_body)
