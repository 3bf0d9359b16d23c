from lib import *

PAGE = dict(
    id="xv-25", kind="self-media", lang="zh",
    title="成都这家开了31年的蹄花老店，凌晨五点就有人排队",
    authors=["蓉城吃货日记"], publish_time="2025-05-06 12:03",
    doc_title="成都这家开了31年的蹄花老店，凌晨五点就有人排队 - 今日头条",
    css=SELF,
)
CSS = """
.hdr{justify-content:space-between}
.meta-line{color:#999;font-size:13px;margin-bottom:18px}
.meta-line .src{color:#222;margin-right:8px}
.lcol{width:80px;text-align:center;color:#999;font-size:13px}
.lcol div{margin:18px 0}
"""
FMT = {"img_cap": '<div class="pic"><img src="' + GIF + '" alt="{alt}" width="640" height="420"><p class="cap">{cap}</p></div>',
       "h": "<h3>{}</h3>"}

BODY = """
p 在成都，早上吃一碗蹄花汤，是很多老成都人雷打不动的习惯。
p 这次要说的这家店，藏在青羊区一条老街的拐角处，门面不大，连招牌都被油烟熏得有点发黄。但就是这样一家小店，已经开了31年，每天凌晨五点就有人在门口排队。
img 蹄花汤 | 一碗蹄花汤，汤色奶白，上面撒着葱花
h 一锅汤要熬六个小时
p 老板姓曾，今年58岁，从父亲手里接过这家店已经二十多年。她告诉我，店里的汤每天半夜十二点就开始熬，猪蹄先焯水去腥，再加入芸豆和骨头一起慢炖，至少要熬六个小时，汤才会变得奶白浓稠。
p “我们从来不加奶粉和增白剂，就是靠时间熬出来的。”曾姐说这话的时候，手上还在不停地给客人打汤。
h 蘸水才是灵魂
p 吃蹄花，蘸水很关键。店里的蘸水是用自家炒的辣椒面、花椒面加酱油和一点点白糖调成的，蹄花软糯，夹一块在蘸水里滚一圈，香辣中带着回甜。
li 蹄花汤：大碗28元，小碗22元
li 芸豆可以免费加汤
li 营业时间：5:30-13:30，卖完即止
p 我去的那天是周二早上六点多，店里已经坐满了人，有穿着睡衣下楼的街坊，也有拖着行李箱专门赶来的外地游客。一位吃了二十多年的老顾客说：“味道跟我小时候吃的一样，这就是老店的意义。”
p 如果你来成都，不妨早起一次，来尝尝这碗熬了三十多年的汤。
"""


def page(body):
    return f"""
<div class="hdr">{img("今日头条", 100, 30)}<div>{search("搜索站内资讯、视频或用户")}</div><div><a href="#">登录</a></div></div>
<div class="wrap">
<div class="lcol"><div>👍 1.2万</div><div>💬 386</div><div>⭐ 收藏</div><div>↗ 分享</div></div>
<div class="art">
<h1>成都这家开了31年的蹄花老店，凌晨五点就有人排队</h1>
<div class="meta-line"><span class="src">蓉城吃货日记</span>2025-05-06 12:03·四川</div>
<div class="body">
{body}
</div>
<p class="stmt">举报/反馈</p>
<div class="card"><h4>相关推荐</h4>
{dated_list([("成都人的早餐江湖：一碗豆花能吃出多少花样","05-09"),("玉林路那家冒菜店搬家了，新店地址在这里","05-07"),("春熙路背后的老巷子，藏着成都最后的糖油果子","05-04")])}</div>
</div>
<div class="side">
<div class="card">{img("蓉城吃货日记", 48, 48)}<p><b>蓉城吃货日记</b></p><p>优质美食领域创作者</p><p>286篇文章 · 12.6万粉丝</p><button class="follow" type="button">关注</button></div>
<div class="card"><h4>作者最新文章</h4>{ul(["这家钵钵鸡，我吃了十年","成都周末去哪儿：五个小众公园","一家人均40的川菜馆"], "rel")}</div>
</div>
</div>
"""
