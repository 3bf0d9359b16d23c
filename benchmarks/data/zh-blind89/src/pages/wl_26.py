# 自媒体 · 百家号（2021 PC layout: account + '发布时间' with province, '文/杜文博' line at the top, 举报/声明）
from lib import *

PAGE = dict(
    id="wl-26", kind="self-media", lang="zh", site="百家号",
    title="关中人说的“面条像裤带”，到底是哪一种面？",
    authors=["杜文博"],
    publish_time="2025-10-15 21:06",
    features=["百家号 PC article", "account '秦川史话' named, but the writer '文/杜文博' is printed at the top: author = the person",
              "date line '2025-10-15 21:06陕西' glued to the province", "sub-headings in bold, quoted speech, photo alt text",
              "'本文为百家号作者原创…' statement line, 举报, 相关推荐 and 百度APP QR"],
)

BLOCKS = [
    ("x", '<p class="wen">文/杜文博</p>'),
    ("p", "说起关中“十大怪”，很多人都能顺口说出几句，其中最有名的一句，大概就是“面条像裤带”。那么，这像裤带一样的面，到底是哪一种面？"),
    ("h", "宽、长、厚，一根就是一碗"),
    ("p", "在关中农村，老辈人说的“裤带面”，通常指的是手工扯出来的宽面。和好的面要反复揉、醒上半天，再搓成条、抹上油，吃的时候两手捏住面坯往案板上一摔一扯，就扯成了两三指宽、一米来长的面片。煮熟后浇上油泼辣子、葱花和蒜末，热油“刺啦”一泼，香味就出来了。"),
    ("img", "油泼扯面"),
    ("p", "这种面宽、长、厚，讲究的人家一根面就能盛满一碗，所以才有了“像裤带”的说法。"),
    ("p", "扯面的讲究，全在和面和醒面上。老辈人和面要加一点盐，水分几次加，面团要揉到“三光”——盆光、面光、手光。揉好的面要盖上湿布醒一两个小时，中间还要再揉几遍，这样扯的时候才不容易断。"),
    ("p", "扯面时，先把面坯按扁，用擀面杖在中间压一道印子，两手捏住两头往外一拉，顺势在案板上摔几下，面片就越扯越长、越扯越薄。手艺好的师傅，一根面能扯到两米多长，从中间一撕，就成了两根。"),
    ("h", "为什么关中人爱吃宽面？"),
    ("p", "关中平原自古就是小麦产区，面食自然成了当地人的主食。过去农活重，宽面耐饥、顶饱，做法也简单，一碗油泼面，配上一瓣蒜，就是一顿饭。"),
    ("quote", "一位在西安开了二十多年面馆的老师傅对我说：“面宽了，辣子、调料才挂得住，吃起来才有嚼劲。”"),
    ("p", "如今，扯面已经从农家饭桌走进了大小饭馆，还衍生出了油泼面、臊子扯面、西红柿鸡蛋扯面等多种吃法。你吃过最地道的“裤带面”是在哪里？欢迎留言聊聊。"),
]

R = dict(p="<p>{}</p>", h="<p><b>{}</b></p>", quote="<p>{}</p>", img=lambda alt, cap: f'<div class="im">{img(alt)}</div>')

CSS = """
body{margin:0;font:17px/1.9 Arial,"PingFang SC","Microsoft YaHei";color:#333;background:#fff}
.hd{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;gap:30px;padding:0 40px}.wrap{width:1080px;margin:0 auto;display:flex;gap:40px}
.ar{width:700px}.ar h2{font-size:28px;line-height:1.4;margin:30px 0 14px}.au{display:flex;gap:10px;align-items:center;color:#999;font-size:14px}
.au .n{color:#333;font-weight:bold}.wen{color:#666}.im{text-align:center}.sm{color:#999;font-size:13px;border-top:1px solid #eee;padding-top:10px}
.sd{flex:1;margin-top:30px}.card{border:1px solid #eee;padding:14px;margin-bottom:16px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="hd">{img("百度")}<span>{links(["首页","百家号","新闻","视频"], sep="　")}</span><input placeholder="搜索"></div>
<div class="wrap">
<div class="ar">
<h2>{P['title_html']}</h2>
<div class="au">{img("秦川史话头像")}<div><span class="n">秦川史话</span><br><span>{P['publish_time']}</span><span>陕西</span></div><span style="margin-left:auto">+关注</span></div>
{body}
<p class="sm">本文为百家号作者原创，未经授权不得转载　<a href="#">举报/反馈</a></p>
<h4>相关推荐</h4><ul>{lis(["陕西人的“八大碗”，你吃过几样？","西安回民街之外，本地人常去的几条小吃街","biangbiang面的“biang”字到底怎么写？"])}</ul>
</div>
<div class="sd"><div class="card"><b>秦川史话</b><p>讲述三秦大地的历史与民俗</p><p>作品 326　粉丝 4.8万</p></div>
<div class="card" style="text-align:center">{img("百度APP二维码")}<p>扫码下载百度APP</p></div></div>
</div>
""")
