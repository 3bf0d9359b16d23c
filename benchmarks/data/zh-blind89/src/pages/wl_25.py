# 自媒体 · 头条号 app share page（2024: account header, '原创' tag, time glued to IP location '·重庆', open-app banners）
from lib import *

PAGE = dict(
    id="wl-25", kind="self-media", lang="zh", site="今日头条",
    title="开了30年的老面馆搬家了，街坊们一路追着去吃",
    authors=["山城吃货指南"],
    publish_time="2025-10-18 12:37",
    features=["头条号 app share page", "no person named: author = account name '山城吃货指南'", "'原创' label and '关注' button next to the account",
              "time glued to the IP location '2025-10-18 12:37·重庆'", "short paragraphs with photos (alt text only)", "bold sub-heading",
              "'打开今日头条 查看更多精彩内容' banners, 相关推荐, comment count"],
)

BLOCKS = [
    ("p", "在南岸区弹子石老街口开了30年的“刘幺妹小面”，上个月搬到了两百米外的新铺面。开业第一天，门口就排起了长队，不少老街坊专门赶来“打卡”。"),
    ("img", "面馆门口排队的食客"),
    ("p", "老板刘幺妹今年58岁，从1995年开始在老街口卖小面。老街改造，原来的铺面要拆，她一度想过干脆不开了。“好多老主顾天天来问，搬到哪里去了，我一想，还是接着开吧。”"),
    ("h", "味道没变，价格也没怎么变"),
    ("p", "新店面积比原来大了一倍，能摆下十张桌子。招牌还是那块掉了漆的木头牌子，菜单也还是那几样：小面、豌杂面、牛肉面、抄手。二两小面卖8元，只比十年前涨了2块钱。"),
    ("img", "一碗豌杂面"),
    ("p", "“辣椒是自己炒的，豌豆要提前泡一夜，再用小火炖四个小时。”刘幺妹说，这些做法她一直没变过。坐在角落里吃面的王大爷说，他从年轻时就在这里吃，“别处的面也吃过，就是觉得没这家的对味”。"),
    ("p", "小编去的那天是工作日中午，等了大概二十分钟才有位子。建议大家避开饭点，早上7点开门，下午2点以后人会少很多。"),
    ("p", "你家楼下有没有这样一家吃了很多年的老店？欢迎在评论区分享。"),
]

R = dict(p="<p>{}</p>", h="<p><strong>{}</strong></p>", img=lambda alt, cap: f'<div class="pg">{img(alt)}</div>')

CSS = """
body{margin:0;font:18px/1.75 -apple-system,"PingFang SC",sans-serif;color:#222;background:#fff}
.tb{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;align-items:center;padding:8px 14px;border-bottom:1px solid #eee}
.op{background:#f04142;color:#fff;border-radius:16px;padding:3px 14px;font-size:14px}.m{max-width:680px;margin:0 auto;padding:12px 18px}
h1{font-size:24px;line-height:1.45;margin:8px 0 14px}.ac{display:flex;align-items:center;gap:10px;margin-bottom:16px}.ac .nm{font-weight:bold;font-size:15px}
.ac .tm{color:#999;font-size:13px}.yc{border:1px solid #f04142;color:#f04142;font-size:11px;padding:0 3px;border-radius:2px}.gz{margin-left:auto;background:#f04142;color:#fff;border-radius:14px;padding:2px 12px;font-size:14px}
.pg{text-align:center;margin:12px 0}.ft{color:#999;font-size:13px}.bn{background:#fff4f4;text-align:center;padding:12px;color:#f04142;margin:20px 0}
.rec li{list-style:none;border-bottom:1px solid #f2f2f2;padding:10px 0}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="tb">{img("今日头条")}<span class="op">打开APP</span></div>
<div class="m">
<h1>{P['title_html']}</h1>
<div class="ac">{img("山城吃货指南的头像")}<div><div class="nm">山城吃货指南</div><div class="tm"><span class="yc">原创</span> <span>{P['publish_time']}</span><span>·重庆</span></div></div><span class="gz">关注</span></div>
{body}
<p class="ft">举报　|　评论 56</p>
<div class="bn">打开今日头条 查看更多精彩内容</div>
<h4>相关推荐</h4>
<ul class="rec">{lis(["重庆人早餐离不开的一碗面，外地人吃了直呼过瘾","解放碑附近5家老火锅，本地人私藏","弹子石老街改造后重新开街，晚上太美了"])}</ul>
<div class="bn">打开今日头条 查看更多精彩内容</div>
</div>
""")
